package jingdu.io;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * OFD (GB/T 33190, the Chinese national layout format): a zip of XML parts. Read here directly, with
 * the JDK's StAX parser (no DTDs, no external entities) on entries inflated by {@link ZipGuard}:
 * {@code OFD.xml} names the document, its {@code Document.xml} lists the pages in order, and each
 * page's content holds TextObject/TextCode elements with positions. Page templates and annotations
 * (where OFD producers put running headers, footers and page numbers) are not read at all.
 */
public final class OfdReader implements DocumentReader {

    public static final int MAX_PAGES = 2_000;

    @Override
    public String read(byte[] data, String name) throws ImportException {
        Map<String, byte[]> parts = ZipGuard.inflate(data, name, n -> n.toLowerCase().endsWith(".xml"));
        try {
            String docRoot = firstText(part(parts, "OFD.xml", name), "DocRoot");
            if (docRoot == null) {
                throw new ImportException("importer.error.damaged", name);
            }
            String docPath = resolve("", docRoot);
            String docDir = docPath.contains("/") ? docPath.substring(0, docPath.lastIndexOf('/') + 1) : "";
            List<String> pageLocations = attributes(part(parts, docPath, name), "Page", "BaseLoc");
            if (pageLocations.size() > MAX_PAGES) {
                throw new ImportException("importer.error.tooManyPages", name, MAX_PAGES);
            }
            List<PageLayout.Page> pages = new ArrayList<>();
            for (String loc : pageLocations) {
                byte[] page = parts.get(resolve(docDir, loc));
                if (page != null) {
                    pages.add(new PageLayout.Page(lines(page)));
                }
            }
            String text = PageLayout.paragraphs(pages, new TextBudget(name));
            if (text.isBlank()) {
                throw new ImportException("importer.error.noTextLayer", name);
            }
            return text;
        } catch (XMLStreamException | RuntimeException | StackOverflowError e) {
            throw new ImportException("importer.error.damaged", name);
        }
    }

    private static byte[] part(Map<String, byte[]> parts, String path, String name) throws ImportException {
        byte[] b = parts.get(path);
        if (b == null) {
            throw new ImportException("importer.error.damaged", name);
        }
        return b;
    }

    /** OFD locations are relative to the referring part's folder, or absolute from the package root. */
    static String resolve(String dir, String location) {
        String loc = location.strip().replace('\\', '/');
        String joined = loc.startsWith("/") ? loc.substring(1) : dir + loc;
        List<String> out = new ArrayList<>();
        for (String seg : joined.split("/")) {
            if (seg.isEmpty() || seg.equals(".")) {
                continue;
            }
            if (seg.equals("..")) {
                if (!out.isEmpty()) {
                    out.remove(out.size() - 1);
                }
            } else {
                out.add(seg);
            }
        }
        return String.join("/", out);
    }

    private static XMLStreamReader parser(byte[] xml) throws XMLStreamException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return f.createXMLStreamReader(new ByteArrayInputStream(xml));
    }

    private static String firstText(byte[] xml, String element) throws XMLStreamException {
        XMLStreamReader r = parser(xml);
        while (r.hasNext()) {
            if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals(element)) {
                return r.getElementText().strip();
            }
        }
        return null;
    }

    private static List<String> attributes(byte[] xml, String element, String attribute) throws XMLStreamException {
        List<String> values = new ArrayList<>();
        XMLStreamReader r = parser(xml);
        while (r.hasNext()) {
            if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals(element)) {
                String v = r.getAttributeValue(null, attribute);
                if (v != null && !v.isBlank()) {
                    values.add(v);
                }
            }
        }
        return values;
    }

    /** Each TextCode is a run of text on one baseline: page position = object boundary + code offset. */
    private static List<PageLayout.Line> lines(byte[] pageXml) throws XMLStreamException {
        List<PageLayout.Line> runs = new ArrayList<>();
        XMLStreamReader r = parser(pageXml);
        double bx = 0;
        double by = 0;
        double size = 3.5;
        double x = 0;
        double y = 0;
        while (r.hasNext()) {
            if (r.next() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String element = r.getLocalName();
            if (element.equals("TextObject")) {
                double[] boundary = numbers(r.getAttributeValue(null, "Boundary"));
                bx = boundary.length > 0 ? boundary[0] : 0;
                by = boundary.length > 1 ? boundary[1] : 0;
                double[] s = numbers(r.getAttributeValue(null, "Size"));
                size = s.length > 0 && s[0] > 0 ? s[0] : 3.5;
                x = 0;
                y = 0;
            } else if (element.equals("TextCode")) {
                double[] cx = numbers(r.getAttributeValue(null, "X"));
                double[] cy = numbers(r.getAttributeValue(null, "Y"));
                x = cx.length > 0 ? cx[0] : x;
                y = cy.length > 0 ? cy[0] : y;
                String deltaX = r.getAttributeValue(null, "DeltaX");
                String text = r.getElementText();
                if (text.isBlank()) {
                    continue;
                }
                int chars = text.codePointCount(0, text.length());
                double width = advance(deltaX, chars - 1, size) + size;
                runs.add(new PageLayout.Line(bx + x, bx + x + width, by + y, size, text));
                x += width; // a following TextCode without X continues after this one
            }
        }
        return mergeRuns(runs);
    }

    /** Runs on the same baseline are one line, in x order. */
    private static List<PageLayout.Line> mergeRuns(List<PageLayout.Line> runs) {
        List<PageLayout.Line> sorted = new ArrayList<>(runs);
        sorted.sort(java.util.Comparator.comparingDouble(PageLayout.Line::y).thenComparingDouble(PageLayout.Line::x0));
        List<PageLayout.Line> lines = new ArrayList<>();
        PageLayout.Line current = null;
        for (PageLayout.Line run : sorted) {
            if (current != null && Math.abs(run.y() - current.y()) <= 0.5 * current.size()) {
                String gap = run.x0() - current.x1() > 0.5 * current.size() ? " " : "";
                current = new PageLayout.Line(current.x0(), Math.max(current.x1(), run.x1()), current.y(),
                        Math.max(current.size(), run.size()), current.text() + gap + run.text());
            } else {
                if (current != null) {
                    lines.add(current);
                }
                current = run;
            }
        }
        if (current != null) {
            lines.add(current);
        }
        return lines;
    }

    /** Sum of the first {@code count} advances of a DeltaX list; {@code g n v} repeats v n times. */
    static double advance(String deltaX, int count, double size) {
        if (deltaX == null || deltaX.isBlank()) {
            return count * size;
        }
        String[] t = deltaX.strip().split("\\s+");
        double sum = 0;
        int used = 0;
        for (int i = 0; i < t.length && used < count; i++) {
            if (t[i].equals("g") && i + 2 < t.length) {
                int n = (int) Math.min(Integer.MAX_VALUE, Math.max(0, parse(t[i + 1])));
                double v = parse(t[i + 2]);
                int take = Math.min(n, count - used);
                sum += take * v;
                used += take;
                i += 2;
            } else {
                sum += parse(t[i]);
                used++;
            }
        }
        return sum + (count - used) * (used > 0 ? sum / used : size);
    }

    private static double parse(String s) {
        try {
            double d = Double.parseDouble(s);
            return Double.isFinite(d) ? d : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static double[] numbers(String attribute) {
        if (attribute == null || attribute.isBlank()) {
            return new double[0];
        }
        String[] t = attribute.strip().split("\\s+");
        double[] d = new double[Math.min(t.length, 8)];
        for (int i = 0; i < d.length; i++) {
            d[i] = parse(t[i]);
        }
        return d;
    }
}
