package jingdu.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.junit.jupiter.api.Test;

import jingdu.text.TextLayout;

/**
 * Ragged (left-aligned) PDF text wrapped as word processors wrap Chinese: an opening quotation mark never
 * ends a line and a number is never split, so such lines stop short of the margin. They still continue
 * their paragraph; headings, indented first lines and gaps still start new ones.
 */
class PdfLineJoinTest {

    static final int WIDTH = 24;
    static final float SIZE = 12;

    /** A paragraph and how many characters its first line is indented. */
    record Para(int indent, String text) {
    }

    static final List<Para> SPEECH = List.of(
            new Para(4, "在全市安全生产形势分析会上的讲话"),
            new Para(2, "同志们："),
            new Para(2, "今年以来，全市各部门坚持人民至上，始终做到“两个确保”，全力以赴抓好安全生产各项工作。"
                    + "全市共发生生产安全事故36起，同比下降18.2%，事故总量和死亡人数实现“双下降”，截至目前连续1000天未发生较大事故。"),
            new Para(2, "一、总体要求"),
            new Para(2, "各地要把安全生产摆在更加突出的位置，主要负责同志要亲自研究部署，分管负责同志要靠前指挥。"
                    + "2024年是全面完成“十四五”规划目标任务的关键一年，安全生产形势必须持续稳定向好。"));

    /** A line: column of its first character, row on the page, text. */
    record Placed(int column, int row, String text) {
    }

    /** Left-aligned wrapping with the usual Chinese line-breaking rules; punctuation may hang into the margin. */
    static List<Placed> wrap(List<Para> paragraphs, int gapRows) {
        List<Placed> out = new ArrayList<>();
        int row = 0;
        for (Para p : paragraphs) {
            String t = p.text();
            int i = 0;
            boolean first = true;
            while (i < t.length()) {
                int end = Math.min(t.length(), i + (first ? WIDTH - p.indent() : WIDTH));
                if (end < t.length()) {
                    while (end > i + 1 && latin(t.charAt(end - 1)) && (latin(t.charAt(end)) || t.charAt(end) == '.')) {
                        end--; // a number moves to the next line whole
                    }
                    while (end > i + 1 && "“‘（《".indexOf(t.charAt(end - 1)) >= 0) {
                        end--; // an opening quotation mark never ends a line
                    }
                    if ("，。、；：”）》！？%".indexOf(t.charAt(end)) >= 0) {
                        end++; // nor does closing punctuation start one: it hangs
                    }
                }
                out.add(new Placed(first ? p.indent() : 0, row++, t.substring(i, end)));
                i = end;
                first = false;
            }
            row += gapRows;
        }
        return out;
    }

    private static boolean latin(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    /** One A4 page per {@code perPage} lines, in STSong-Light (every glyph one em wide). */
    static byte[] pdf(List<Placed> lines, int perPage) throws Exception {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            COSDictionary font = DocumentFixtures.stSongLight();
            for (int from = 0; from < lines.size(); from += perPage) {
                List<Placed> page = lines.subList(from, Math.min(lines.size(), from + perPage));
                PDPage p = new PDPage(PDRectangle.A4);
                PDResources resources = new PDResources();
                COSDictionary fonts = new COSDictionary();
                fonts.setItem(COSName.getPDFName("F1"), font);
                resources.getCOSObject().setItem(COSName.FONT, fonts);
                p.setResources(resources);
                StringBuilder content = new StringBuilder();
                int firstRow = page.get(0).row();
                for (Placed l : page) {
                    float x = 90 + l.column() * SIZE;
                    float y = 760 - (l.row() - firstRow) * SIZE * 1.8f;
                    content.append("BT /F1 ").append(SIZE).append(" Tf 1 0 0 1 ").append(x).append(' ').append(y)
                            .append(" Tm <").append(HexFormat.of().formatHex(l.text().getBytes(StandardCharsets.UTF_16BE)))
                            .append("> Tj ET\n");
                }
                p.setContents(new PDStream(doc, new ByteArrayInputStream(content.toString().getBytes(StandardCharsets.US_ASCII))));
                doc.addPage(p);
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    static String expected(List<Para> paragraphs) {
        return String.join("\n", paragraphs.stream().map(Para::text).toList());
    }

    @Test
    void linesWrappedEarlyBeforeAQuoteOrANumberContinueTheirParagraph() throws Exception {
        List<Placed> lines = wrap(SPEECH, 0);
        // the layout really has the awkward breaks: before “, before a number (two short), after a full stop
        assertThat(lines).anySatisfy(l -> assertThat(l.text()).endsWith("做到"));
        assertThat(lines).anySatisfy(l -> assertThat(l.text()).endsWith("连续").hasSizeLessThanOrEqualTo(WIDTH - 2));
        assertThat(lines).anySatisfy(l -> assertThat(l.text()).endsWith("指挥。").hasSizeLessThanOrEqualTo(WIDTH - 2));
        String text = new PdfReader().read(pdf(lines, 40), "ragged.pdf");
        assertThat(text).isEqualTo(expected(SPEECH));
    }

    @Test
    void aParagraphRunningOverAPageBreakIsJoined() throws Exception {
        List<Placed> lines = wrap(SPEECH, 0);
        String text = new PdfReader().read(pdf(lines, 5), "pages.pdf");
        assertThat(text).isEqualTo(expected(SPEECH));
    }

    @Test
    void unindentedParagraphsSetApartByAGapStayApart() throws Exception {
        List<Para> flush = SPEECH.stream().map(p -> new Para(0, p.text())).toList();
        String text = new PdfReader().read(pdf(wrap(flush, 1), 60), "flush.pdf");
        assertThat(text).isEqualTo(expected(flush));
    }

    @Test
    void ofdSharesTheJoining(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = dir.resolve("ragged.ofd");
        double size = 5;
        try (org.ofdrw.layout.OFDDoc doc = new org.ofdrw.layout.OFDDoc(file)) {
            org.ofdrw.layout.VirtualPage page = new org.ofdrw.layout.VirtualPage(210d, 297d);
            for (Placed l : wrap(SPEECH, 0)) {
                org.ofdrw.layout.element.Paragraph p = new org.ofdrw.layout.element.Paragraph(30 + l.column() * size,
                        25 + l.row() * size * 1.8, size * (l.text().length() + 1), size * 1.6, l.text(), size);
                p.setPosition(org.ofdrw.layout.element.Position.Absolute);
                page.add(p);
            }
            doc.addVPage(page);
        }
        String text = new OfdReader().read(java.nio.file.Files.readAllBytes(file), "ragged.ofd");
        assertThat(text).isEqualTo(expected(SPEECH));
    }

    @Test
    void joiningNeverLosesText() throws Exception {
        String text = new PdfReader().read(pdf(wrap(SPEECH, 0), 7), "any.pdf");
        StringBuilder source = new StringBuilder();
        SPEECH.forEach(p -> source.append(p.text()));
        StringBuilder got = new StringBuilder();
        TextLayout.paragraphs(text).forEach(r -> got.append(r.of(text).replace(" ", "")));
        assertThat(got.toString()).isEqualTo(source.toString());
    }
}
