package jingdu.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * The Word report's styles.xml and font table: Normal (三号 仿宋, two characters' first-line indent, the
 * 28.95 pt line), Title (二号 小标宋, centred), Heading 1 (黑体), Heading 2 (楷体), Heading 3 (仿宋, bold),
 * the headings with outline levels so Word's navigation pane and a table of contents find them, and all
 * text black. The font table names each 公文 font with its fall-back ({@code w:altName}).
 */
final class DocxStyles {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private DocxStyles() {
    }

    static void install(XWPFDocument doc, DocxFonts fonts, double line) {
        try {
            doc.createStyles().setStyles(StylesDocument.Factory.parse(styles(fonts, line)).getStyles());
            fontTable(doc, fonts);
        } catch (XmlException | InvalidFormatException e) {
            throw new IllegalStateException("the report's own styles do not parse", e); // a bug, not input
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory
        }
    }

    static String styles(DocxFonts fonts, double line) {
        int lineTwips = (int) Math.round(line * 20);
        String indent = "<w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/>";
        return "<w:styles xmlns:w=\"" + W + "\">"
                + "<w:docDefaults><w:rPrDefault><w:rPr>" + fontsXml(fonts.body())
                + "<w:color w:val=\"000000\"/><w:kern w:val=\"0\"/><w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/>"
                + "<w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/></w:rPr></w:rPrDefault>"
                + "<w:pPrDefault><w:pPr><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"" + lineTwips
                + "\" w:lineRule=\"exact\"/></w:pPr></w:pPrDefault></w:docDefaults>"
                + style("Normal", "Normal", true, null,
                        "<w:jc w:val=\"both\"/>" + indent, fontsXml(fonts.body()) + size(16))
                + style("Title", "Title", false, null,
                        "<w:spacing w:before=\"0\" w:after=\"" + lineTwips + "\" w:line=\"720\" w:lineRule=\"exact\"/>"
                                + "<w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/><w:jc w:val=\"center\"/>",
                        fontsXml(fonts.title()) + size(22))
                + style("Heading1", "heading 1", false, 0, "<w:jc w:val=\"both\"/>" + indent,
                        fontsXml(fonts.heading()) + "<w:b w:val=\"0\"/>" + size(16))
                + style("Heading2", "heading 2", false, 1, "<w:jc w:val=\"both\"/>" + indent,
                        fontsXml(fonts.kai()) + "<w:b w:val=\"0\"/>" + size(16))
                + style("Heading3", "heading 3", false, 2, "<w:jc w:val=\"both\"/>" + indent,
                        fontsXml(fonts.body()) + "<w:b/>" + size(16))
                + "</w:styles>";
    }

    private static String style(String id, String name, boolean isDefault, Integer outline, String pPr, String rPr) {
        return "<w:style w:type=\"paragraph\"" + (isDefault ? " w:default=\"1\"" : "") + " w:styleId=\"" + id + "\">"
                + "<w:name w:val=\"" + name + "\"/>"
                + (isDefault ? "" : "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/>")
                + (outline == null ? "" : "<w:uiPriority w:val=\"9\"/>")
                + "<w:qFormat/>"
                + "<w:pPr>" + (outline == null ? "" : "<w:keepNext/>") + pPr
                + (outline == null ? "" : "<w:outlineLvl w:val=\"" + outline + "\"/>") + "</w:pPr>"
                + "<w:rPr>" + rPr + "<w:color w:val=\"000000\"/></w:rPr></w:style>";
    }

    private static String fontsXml(String eastAsia) {
        return "<w:rFonts w:ascii=\"" + DocxFonts.LATIN + "\" w:hAnsi=\"" + DocxFonts.LATIN + "\" w:eastAsia=\""
                + eastAsia + "\" w:cs=\"" + DocxFonts.LATIN + "\" w:hint=\"eastAsia\"/>";
    }

    private static String size(int points) {
        return "<w:sz w:val=\"" + points * 2 + "\"/><w:szCs w:val=\"" + points * 2 + "\"/>";
    }

    /** word/fontTable.xml: every font the report names, each with its fall-back and the GB2312 charset. */
    static String fontTableXml(DocxFonts fonts) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>")
                .append("<w:fonts xmlns:w=\"").append(W).append("\">");
        for (Map.Entry<String, String> f : fonts.fallBacks().entrySet()) {
            x.append("<w:font w:name=\"").append(f.getKey()).append("\">");
            if (f.getValue() != null) {
                x.append("<w:altName w:val=\"").append(f.getValue()).append("\"/>");
            }
            x.append("<w:charset w:val=\"86\"/><w:family w:val=\"")
                    .append(f.getKey().contains("黑") ? "modern" : "roman")
                    .append("\"/><w:pitch w:val=\"fixed\"/></w:font>");
        }
        x.append("<w:font w:name=\"").append(DocxFonts.LATIN).append("\"><w:charset w:val=\"00\"/>")
                .append("<w:family w:val=\"roman\"/><w:pitch w:val=\"variable\"/></w:font></w:fonts>");
        return x.toString();
    }

    private static void fontTable(XWPFDocument doc, DocxFonts fonts) throws InvalidFormatException, IOException {
        PackagePartName name = PackagingURIHelper.createPartName("/word/fontTable.xml");
        if (doc.getPackage().containPart(name)) {
            return;
        }
        PackagePart part = doc.getPackage().createPart(name, XWPFRelation.FONT_TABLE.getContentType());
        try (OutputStream out = part.getOutputStream()) {
            out.write(fontTableXml(fonts).getBytes(StandardCharsets.UTF_8));
        }
        doc.getPackagePart().addRelationship(name, TargetMode.INTERNAL, XWPFRelation.FONT_TABLE.getRelation());
    }
}
