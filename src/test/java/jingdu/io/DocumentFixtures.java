package jingdu.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.ofdrw.layout.OFDDoc;
import org.ofdrw.layout.VirtualPage;
import org.ofdrw.layout.element.Paragraph;
import org.ofdrw.layout.element.Position;

/**
 * Real documents written by the libraries themselves (POI, PDFBox, ofdrw), holding the same short
 * speech, for the importer tests. The PDF and OFD are laid out here line by line, as word processors
 * do: wrapped paragraphs, first lines indented by two characters, a running header and a page number
 * on every page, and one paragraph that runs on over a page break.
 */
public final class DocumentFixtures {

    public static final String TITLE = "关于做好冬季安全生产工作的讲话";
    public static final List<String> PARAGRAPHS = List.of(
            TITLE,
            "同志们：",
            "今天我们召开全县安全生产工作会议，主要任务是深入贯彻落实上级关于安全生产的决策部署，分析当前安全生产形势，安排部署今冬明春安全生产工作。",
            "一、压实安全生产责任",
            "企业必须落实安全生产主体责任，主要负责人是本单位安全生产第一责任人，要对本单位的安全生产工作全面负责。",
            "各乡镇要加强燃气安全检查，住建部门要开展城镇燃气专项整治，确保不发生较大以上事故。",
            "二、加强隐患排查治理",
            "各部门要聚焦道路交通、建筑施工、危险化学品、消防等重点行业领域，深入开展隐患排查整治，做到发现一处、整改一处、销号一处，坚决遏制重特大事故发生。");
    public static final String HEADER = "县安全生产委员会办公室文件";

    /** The text every reader must give back: one paragraph per line. */
    public static String expectedText() {
        return String.join("\n", PARAGRAPHS);
    }

    private DocumentFixtures() {
    }

    // ---- Word ----------------------------------------------------------------------------------

    /** A .docx with a header and footer (left out on import) and a table whose cells are paragraphs. */
    public static Path docx(Path file) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText(HEADER);
            doc.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("- 1 -");
            for (String p : PARAGRAPHS) {
                doc.createParagraph().createRun().setText(p);
            }
            XWPFTable table = doc.createTable(1, 2);
            table.getRow(0).getCell(0).setText("燃气安全");
            table.getRow(0).getCell(1).setText("住建局牵头");
            doc.createParagraph().createRun().setText("散会。");
            doc.write(out);
        }
        return file;
    }

    public static String expectedDocxText() {
        return expectedText() + "\n燃气安全\n住建局牵头\n散会。";
    }

    // ---- laid-out pages ------------------------------------------------------------------------

    /** A line on a page: x in characters from the left margin, the line's index on the page. */
    record PlacedLine(int indentChars, int row, String text) {
    }

    static final int CHARS_PER_LINE = 24;
    static final int LINES_PER_PAGE = 8;

    /** Wraps the speech into pages: the header on row 0, body rows 2.., the page number last. */
    static List<List<PlacedLine>> pages() {
        List<List<PlacedLine>> pages = new ArrayList<>();
        List<PlacedLine> page = null;
        int row = 0;
        for (String p : PARAGRAPHS) {
            boolean title = p.equals(TITLE);
            int indent = title ? 4 : 2;
            String rest = p;
            boolean first = true;
            while (!rest.isEmpty()) {
                if (page == null || row >= LINES_PER_PAGE + 2) {
                    page = new ArrayList<>();
                    pages.add(page);
                    page.add(new PlacedLine(7, 0, HEADER));
                    row = 2;
                }
                int width = first ? CHARS_PER_LINE - indent : CHARS_PER_LINE;
                String line = rest.substring(0, Math.min(width, rest.length()));
                rest = rest.substring(line.length());
                page.add(new PlacedLine(first ? indent : 0, row++, line));
                first = false;
            }
        }
        for (int i = 0; i < pages.size(); i++) {
            pages.get(i).add(new PlacedLine(11, LINES_PER_PAGE + 3, "- " + (i + 1) + " -"));
        }
        return pages;
    }

    // ---- PDF -----------------------------------------------------------------------------------

    /**
     * A PDF in STSong-Light, the standard Chinese font every PDF reader has (Adobe-GB1, UniGB-UCS2-H
     * encoding, not embedded), as iText and many office systems write them: needs no font file here.
     */
    public static Path pdf(Path file) throws IOException {
        float size = 12;
        try (PDDocument doc = new PDDocument()) {
            COSDictionary font = stSongLight();
            for (List<PlacedLine> lines : pages()) {
                PDPage page = new PDPage(PDRectangle.A4);
                PDResources resources = new PDResources();
                COSDictionary fonts = new COSDictionary();
                fonts.setItem(COSName.getPDFName("F1"), font);
                resources.getCOSObject().setItem(COSName.FONT, fonts);
                page.setResources(resources);
                StringBuilder content = new StringBuilder();
                for (PlacedLine l : lines) {
                    float x = 90 + l.indentChars() * size;
                    float y = 760 - l.row() * size * 1.8f;
                    content.append("BT /F1 ").append(size).append(" Tf 1 0 0 1 ").append(x).append(' ').append(y)
                            .append(" Tm <").append(HexFormat.of().formatHex(l.text().getBytes(StandardCharsets.UTF_16BE)))
                            .append("> Tj ET\n");
                }
                page.setContents(new PDStream(doc, new java.io.ByteArrayInputStream(
                        content.toString().getBytes(StandardCharsets.US_ASCII))));
                doc.addPage(page);
            }
            doc.save(file.toFile());
        }
        return file;
    }

    /** {@code pages} pages, each holding the same one line in STSong-Light: a text layer, however dull. */
    public static Path repeatedLinePdf(Path file, int pages, String line) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            COSDictionary font = stSongLight();
            String content = "BT /F1 12 Tf 1 0 0 1 90 700 Tm <"
                    + HexFormat.of().formatHex(line.getBytes(StandardCharsets.UTF_16BE)) + "> Tj ET\n";
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                PDResources resources = new PDResources();
                COSDictionary fonts = new COSDictionary();
                fonts.setItem(COSName.getPDFName("F1"), font);
                resources.getCOSObject().setItem(COSName.FONT, fonts);
                page.setResources(resources);
                page.setContents(new PDStream(doc, new java.io.ByteArrayInputStream(content.getBytes(StandardCharsets.US_ASCII))));
                doc.addPage(page);
            }
            doc.save(file.toFile());
        }
        return file;
    }

    static COSDictionary stSongLight() {
        COSDictionary info = new COSDictionary();
        info.setString(COSName.REGISTRY, "Adobe");
        info.setString(COSName.ORDERING, "GB1");
        info.setInt(COSName.SUPPLEMENT, 4);
        COSDictionary descriptor = new COSDictionary();
        descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
        descriptor.setName(COSName.FONT_NAME, "STSong-Light");
        descriptor.setInt(COSName.FLAGS, 4);
        COSArray bbox = new COSArray();
        for (int v : new int[] {-25, -254, 1000, 880}) {
            bbox.add(COSInteger.get(v));
        }
        descriptor.setItem(COSName.FONT_BBOX, bbox);
        descriptor.setInt(COSName.ITALIC_ANGLE, 0);
        descriptor.setInt(COSName.ASCENT, 880);
        descriptor.setInt(COSName.DESCENT, -120);
        descriptor.setInt(COSName.CAP_HEIGHT, 880);
        descriptor.setInt(COSName.STEM_V, 93);
        COSDictionary cid = new COSDictionary();
        cid.setItem(COSName.TYPE, COSName.FONT);
        cid.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE0);
        cid.setName(COSName.BASE_FONT, "STSong-Light");
        cid.setItem(COSName.CIDSYSTEMINFO, info);
        cid.setItem(COSName.FONT_DESC, descriptor);
        cid.setInt(COSName.DW, 1000);
        COSDictionary type0 = new COSDictionary();
        type0.setItem(COSName.TYPE, COSName.FONT);
        type0.setItem(COSName.SUBTYPE, COSName.TYPE0);
        type0.setName(COSName.BASE_FONT, "STSong-Light-UniGB-UCS2-H");
        type0.setName(COSName.ENCODING, "UniGB-UCS2-H");
        COSArray descendants = new COSArray();
        descendants.add(cid);
        type0.setItem(COSName.DESCENDANT_FONTS, descendants);
        return type0;
    }

    // ---- OFD -----------------------------------------------------------------------------------

    /** An OFD written by ofdrw, one absolutely placed text line per wrapped line (mm units). */
    public static Path ofd(Path file) throws IOException {
        double size = 5;
        try (OFDDoc doc = new OFDDoc(file)) {
            for (List<PlacedLine> lines : pages()) {
                VirtualPage page = new VirtualPage(210d, 297d);
                for (PlacedLine l : lines) {
                    double x = 30 + l.indentChars() * size;
                    double y = 25 + l.row() * size * 1.8;
                    Paragraph p = new Paragraph(x, y, size * (l.text().length() + 1), size * 1.6, l.text(), size);
                    p.setPosition(Position.Absolute);
                    page.add(p);
                }
                doc.addVPage(page);
            }
        }
        return file;
    }

    // ---- hostile files -------------------------------------------------------------------------

    /** A .docx whose document part inflates to {@code megabytes} of zeros: a zip bomb. */
    public static Path zipBombDocx(Path file, int megabytes) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < megabytes; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return file;
    }

    /**
     * The speech's .docx as POI writes it, with {@code empty} more empty paragraphs ({@code <w:p/>}, as POI
     * writes them too) at the end of the body: they compress about 500 times.
     */
    public static Path docxWithEmptyParagraphs(Path file, int empty) throws IOException {
        // written into POI's own document.xml rather than through XWPF: 200,000 paragraph objects take seconds
        return rewrittenDocx(file, 0, xml -> xml.replace("</w:body>", "<w:p/>".repeat(empty) + "</w:body>"));
    }

    /** The speech's .docx with {@code extra} small custom XML parts added: a real package with many entries. */
    public static Path docxWithManyParts(Path file, int extra) throws IOException {
        return rewrittenDocx(file, extra, xml -> xml);
    }

    private static Path rewrittenDocx(Path file, int extraParts, java.util.function.UnaryOperator<String> document)
            throws IOException {
        byte[] plain;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String p : PARAGRAPHS) {
                doc.createParagraph().createRun().setText(p);
            }
            doc.write(out);
            plain = out.toByteArray();
        }
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(plain));
             ZipOutputStream zip = new ZipOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(file)))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("word/document.xml")) {
                    zip.write(document.apply(new String(in.readAllBytes(), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
                } else {
                    in.transferTo(zip);
                }
            }
            for (int i = 0; i < extraParts; i++) {
                byte[] part = ("<item n=\"" + i + "\"/>").getBytes(StandardCharsets.UTF_8);
                // stored, as zips may hold small parts
                ZipEntry e = new ZipEntry("customXml/item" + i + ".xml"); // .xml has a default content type
                java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                crc.update(part);
                e.setMethod(ZipEntry.STORED);
                e.setSize(part.length);
                e.setCompressedSize(part.length);
                e.setCrc(crc.getValue());
                zip.putNextEntry(e);
                zip.write(part);
            }
        }
        return file;
    }

    /** A .docx whose {@code entries} parts each inflate to {@code megabytes} of zeros: no single part looks big. */
    public static Path spreadZipBombDocx(Path file, int entries, int megabytes) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes(StandardCharsets.UTF_8));
            byte[] zeros = new byte[1024 * 1024];
            for (int e = 0; e < entries; e++) {
                zip.putNextEntry(new ZipEntry("word/part" + e + ".xml"));
                for (int i = 0; i < megabytes; i++) {
                    zip.write(zeros);
                }
                zip.closeEntry();
            }
        }
        return file;
    }

    /** An .ofd whose page inflates to {@code megabytes} of spaces inside valid XML. */
    public static Path zipBombOfd(Path file, int megabytes) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("OFD.xml"));
            zip.write("<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("Doc_0/Pages/Page_0/Content.xml"));
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < megabytes; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }
        return file;
    }

    /** The first {@code keep} bytes of a file: a download cut short. */
    public static Path truncated(Path source, Path file, double keep) throws IOException {
        byte[] b = Files.readAllBytes(source);
        return Files.write(file, java.util.Arrays.copyOf(b, (int) (b.length * keep)));
    }

    public static byte[] bytes(Path file) throws IOException {
        return Files.readAllBytes(file);
    }

    static byte[] zip(String... nameThenContent) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i + 1 < nameThenContent.length; i += 2) {
                zip.putNextEntry(new ZipEntry(nameThenContent[i]));
                zip.write(nameThenContent[i + 1].getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }
}
