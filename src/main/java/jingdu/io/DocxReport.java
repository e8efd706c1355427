package jingdu.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

import jingdu.io.ReportModel.ObligationRow;
import jingdu.io.ReportModel.ParagraphRow;
import jingdu.io.ReportModel.Section;
import jingdu.io.ReportModel.SpeechPart;
import jingdu.model.Note;
import jingdu.model.PassageTag;
import jingdu.model.Tag;

/**
 * The annotated report as .docx, laid out as a Chinese official document (GB/T 9704): A4 with its
 * margins, 二号 小标宋 title, 三号 黑体 / 楷体 headings, 三号 仿宋 body on a 28.95 pt line, page numbers
 * "— n —" in 四号 宋体, odd pages right and even pages left.
 */
public final class DocxReport {

    static {
        QuietLibraries.apply(); // POI's Log4j would otherwise print an error line on the console at its first use
    }

    /** Point sizes of the Chinese size names used. */
    static final int ERHAO = 22;
    static final int SANHAO = 16;
    static final int SIHAO = 14;
    /** 22 lines on the GB/T 9704 type area: 28.95 pt apart. */
    private static final double LINE = 28.95;
    /** Twentieths of a point per character of 三号: for indents counted in characters. */
    private static final int CHAR = SANHAO * 20;
    private static final String LATIN = "Times New Roman";

    private final ExportLabels labels;
    private final MarkdownReport words;
    private final DocxFonts fonts;

    public DocxReport(ExportLabels labels, java.time.ZoneId zone, DocxFonts fonts) {
        this.labels = labels;
        this.words = new MarkdownReport(labels, zone);
        this.fonts = fonts;
    }

    /**
     * The most paragraphs a report may have. POI builds a Word document whole in memory, about 10 KB a
     * paragraph until written: 20,000 (some 2,000 pages) stay well inside the app's heap.
     */
    public static final int MAX_PARAGRAPHS = 20_000;

    /** How many paragraphs {@link #write} makes of {@code model}, counted before building anything. */
    public static int paragraphs(ReportModel model) {
        boolean several = model.speeches().size() != 1;
        long n = 1; // the title
        for (SpeechPart part : model.speeches()) {
            n += (several ? 1 : 0) + 1 + Math.max(1, part.sections().size()); // heading, source, section titles or "none"
            n += part.speechNotes().isEmpty() ? 0 : 1 + part.speechNotes().size();
            for (Section section : part.sections()) {
                for (ParagraphRow p : section.paragraphs()) {
                    n += 1 + p.notes().size() + (part.userTags(p.index()).isEmpty() ? 0 : 1)
                            + part.passageTags(p.index()).size();
                }
            }
            Map<String, List<ObligationRow>> bySector = model.bySector(part.obligations());
            n += 1 + (bySector.isEmpty() ? 1 : 0); // the obligations' heading, "none"
            for (List<ObligationRow> rows : bySector.values()) {
                n += 1; // an obligation naming two sectors is listed under both
                for (ObligationRow r : rows) {
                    n += 1 + r.notes().size();
                }
            }
        }
        return (int) Math.min(Integer.MAX_VALUE, n);
    }

    public byte[] export(ReportModel model) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(model, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory
        }
        return out.toByteArray();
    }

    /** Writes the report to {@code out}. */
    public void write(ReportModel model, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            pageSetup(doc);
            boolean several = model.speeches().size() != 1;
            String title = several ? labels.get("export.report.title") : model.speeches().get(0).speech().title();
            doc.getProperties().getCoreProperties().setTitle(title);
            doc.getProperties().getCoreProperties().setCreator("Jingdu");
            title(doc, title);
            int n = 1;
            for (SpeechPart part : model.speeches()) {
                if (several) {
                    XWPFParagraph h = paragraph(doc, ParagraphAlignment.LEFT, 2 * CHAR);
                    run(h, chinese(n++) + "、" + part.speech().title(), fonts.heading(), SANHAO);
                }
                XWPFParagraph source = paragraph(doc, several ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER,
                        several ? 2 * CHAR : 0);
                run(source, words.source(part.speech()), fonts.kai(), SANHAO);
                speech(doc, model, part, several);
            }
            doc.write(out);
        }
    }

    private void speech(XWPFDocument doc, ReportModel model, SpeechPart part, boolean several) {
        if (part.sections().isEmpty()) {
            run(paragraph(doc, ParagraphAlignment.LEFT, 2 * CHAR), labels.get("export.none"), fonts.body(), SANHAO);
        }
        for (Section section : part.sections()) {
            // within a collection each speech is a first-level item, so its own sections drop a level
            run(paragraph(doc, ParagraphAlignment.LEFT, 2 * CHAR), words.sectionTitle(section),
                    several ? fonts.kai() : fonts.heading(), SANHAO);
            for (ParagraphRow p : section.paragraphs()) {
                XWPFParagraph para = paragraph(doc, ParagraphAlignment.BOTH, 2 * CHAR);
                String levels = MarkdownReport.levelText(labels, p);
                String mark = labels.paragraph(p.index()) + (levels.isEmpty() ? "" : "｜" + levels);
                run(para, "【" + mark + "】", fonts.kai(), SANHAO);
                if (section.heading() != null && p.index() == section.heading().index()) {
                    // its heading is the section's title just above: only what runs on after it
                    if (!p.body().isEmpty()) {
                        run(para, p.body(), fonts.body(), SANHAO);
                    }
                } else if (p.heading() > 0 && !p.body().isEmpty()) {
                    run(para, p.headingText(), fonts.body(), SANHAO).setBold(true);
                    run(para, p.text().substring(p.headingLength()), fonts.body(), SANHAO);
                } else {
                    run(para, p.text(), fonts.body(), SANHAO);
                }
                for (Note note : p.notes()) {
                    // left-aligned: justified text would stretch a line that ends in the user's line break
                    XWPFParagraph np = paragraph(doc, ParagraphAlignment.LEFT, 0);
                    np.setIndentationLeft(2 * CHAR);
                    XWPFRun label = run(np, labels.get("export.report.noteLabel") + "“" + note.quote() + "”：",
                            fonts.kai(), SANHAO);
                    label.setBold(true);
                    lines(np, note.body(), fonts.kai());
                }
                userTags(doc, part, p);
            }
        }
        if (!part.speechNotes().isEmpty()) {
            run(paragraph(doc, ParagraphAlignment.LEFT, 2 * CHAR), labels.get("export.section.speechNotes"),
                    several ? fonts.kai() : fonts.heading(), SANHAO);
            for (Note note : part.speechNotes()) {
                XWPFParagraph np = paragraph(doc, ParagraphAlignment.LEFT, 0);
                np.setIndentationLeft(2 * CHAR);
                lines(np, note.body(), fonts.kai());
            }
        }
        obligations(doc, model, part.obligations(), several);
    }

    /** The user's own tags on the paragraph and the tags on its passages, each as a line under it. */
    private void userTags(XWPFDocument doc, SpeechPart part, ParagraphRow p) {
        UserTags user = part.work().user();
        List<Tag> own = part.userTags(p.index());
        if (!own.isEmpty()) {
            XWPFParagraph tp = paragraph(doc, ParagraphAlignment.LEFT, 0);
            tp.setIndentationLeft(2 * CHAR);
            run(tp, labels.get("export.report.tagLabel") + "：", fonts.kai(), SANHAO).setBold(true);
            run(tp, labels.tagPaths(user, own), fonts.kai(), SANHAO);
        }
        for (PassageTag t : part.passageTags(p.index())) {
            XWPFParagraph tp = paragraph(doc, ParagraphAlignment.LEFT, 0);
            tp.setIndentationLeft(2 * CHAR);
            run(tp, labels.get("export.report.tagLabel") + "“" + part.quote(t) + "”：", fonts.kai(), SANHAO)
                    .setBold(true);
            run(tp, labels.tagPath(user, t.tagId()), fonts.kai(), SANHAO);
        }
    }

    private void obligations(XWPFDocument doc, ReportModel model, List<ObligationRow> rows, boolean several) {
        run(paragraph(doc, ParagraphAlignment.LEFT, 2 * CHAR), labels.get("export.section.obligations"),
                several ? fonts.kai() : fonts.heading(), SANHAO);
        Map<String, List<ObligationRow>> bySector = model.bySector(rows);
        if (bySector.isEmpty()) {
            run(paragraph(doc, ParagraphAlignment.LEFT, 2 * CHAR), labels.get("export.none"), fonts.body(), SANHAO);
        }
        int s = 1;
        for (Map.Entry<String, List<ObligationRow>> e : bySector.entrySet()) {
            run(paragraph(doc, ParagraphAlignment.LEFT, 2 * CHAR), "（" + chinese(s++) + "）" + labels.sector(e.getKey()),
                    fonts.kai(), SANHAO);
            int i = 1;
            for (ObligationRow r : e.getValue()) {
                XWPFParagraph p = paragraph(doc, ParagraphAlignment.BOTH, 2 * CHAR);
                run(p, (i++) + ". ", fonts.body(), SANHAO);
                XWPFRun strength = run(p, "【" + labels.strength(r.obligation().strength()) + "】", fonts.heading(), SANHAO);
                strength.setColor(strengthColour(r));
                run(p, r.text(), fonts.body(), SANHAO);
                run(p, labels.get("export.details", MarkdownReport.details(labels, r)), fonts.kai(), SANHAO);
                for (Note note : r.notes()) {
                    XWPFParagraph np = paragraph(doc, ParagraphAlignment.LEFT, 0);
                    np.setIndentationLeft(4 * CHAR);
                    run(np, labels.get("export.report.noteLabel") + "：", fonts.kai(), SANHAO).setBold(true);
                    lines(np, note.body(), fonts.kai());
                }
            }
        }
    }

    private static String strengthColour(ObligationRow r) {
        return switch (r.obligation().strength()) {
            case MANDATORY -> "C62828";
            case REQUIRED -> "1E63B5";
            case ADVISORY -> "5B8C3A";
        };
    }

    private void title(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingBetween(36, LineSpacingRule.EXACT);
        p.setSpacingAfter((int) (LINE * 20));
        run(p, text, fonts.title(), ERHAO);
    }

    private XWPFParagraph paragraph(XWPFDocument doc, ParagraphAlignment align, int firstLine) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        p.setSpacingBetween(LINE, LineSpacingRule.EXACT);
        p.setSpacingBefore(0);
        p.setSpacingAfter(0);
        if (firstLine > 0) {
            p.setIndentationFirstLine(firstLine);
        }
        return p;
    }

    /** A run whose Chinese text uses {@code font} and Latin text and digits Times New Roman. */
    static XWPFRun run(XWPFParagraph p, String text, String font, int size) {
        XWPFRun r = p.createRun();
        r.setText(text);
        style(r, font, size);
        return r;
    }

    private static void style(XWPFRun r, String font, int size) {
        r.setFontFamily(LATIN, XWPFRun.FontCharRange.ascii);
        r.setFontFamily(LATIN, XWPFRun.FontCharRange.hAnsi);
        r.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        r.setFontSize(size);
    }

    /** Keeps the user's line breaks as breaks within the paragraph. */
    private static void lines(XWPFParagraph p, String text, String font) {
        String[] parts = text.replace("\r", "").split("\n", -1);
        for (int i = 0; i < parts.length; i++) {
            XWPFRun r = run(p, parts[i], font, SANHAO);
            if (i < parts.length - 1) {
                r.addBreak();
            }
        }
    }

    private void pageSetup(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906)); // A4 in twips
        size.setH(BigInteger.valueOf(16838));
        CTPageMar mar = sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(mm(37)));
        mar.setBottom(BigInteger.valueOf(mm(35)));
        mar.setLeft(BigInteger.valueOf(mm(28)));
        mar.setRight(BigInteger.valueOf(mm(26)));
        mar.setHeader(BigInteger.valueOf(mm(15)));
        mar.setFooter(BigInteger.valueOf(mm(23))); // number's baseline about 7 mm below the type area
        mar.setGutter(BigInteger.ZERO);
        doc.setEvenAndOddHeadings(true);
        pageNumber(doc.createFooter(HeaderFooterType.DEFAULT), ParagraphAlignment.RIGHT);
        pageNumber(doc.createFooter(HeaderFooterType.EVEN), ParagraphAlignment.LEFT);
    }

    /** "— n —", one character in from the outer edge. */
    private void pageNumber(XWPFFooter footer, ParagraphAlignment align) {
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(align);
        if (align == ParagraphAlignment.RIGHT) {
            p.setIndentationRight(SIHAO * 20);
        } else {
            p.setIndentationLeft(SIHAO * 20);
        }
        run(p, "— ", fonts.number(), SIHAO);
        field(p).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        field(p).getCTR().addNewInstrText().setStringValue(" PAGE ");
        field(p).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        run(p, "1", fonts.number(), SIHAO);
        field(p).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        run(p, " —", fonts.number(), SIHAO);
    }

    /** An empty run in the number's font, to hold one part of the PAGE field. */
    private XWPFRun field(XWPFParagraph p) {
        XWPFRun r = p.createRun();
        style(r, fonts.number(), SIHAO);
        return r;
    }

    private static int mm(double millimetres) {
        return (int) Math.round(millimetres / 25.4 * 1440);
    }

    /** 1 → 一, 12 → 十二, 20 → 二十: enough for sections and speeches. */
    static String chinese(int n) {
        String digits = "零一二三四五六七八九";
        if (n < 10) {
            return String.valueOf(digits.charAt(n));
        }
        if (n < 100) {
            int tens = n / 10;
            int ones = n % 10;
            return (tens == 1 ? "" : String.valueOf(digits.charAt(tens))) + "十" + (ones == 0 ? "" : digits.charAt(ones));
        }
        return String.valueOf(n);
    }
}
