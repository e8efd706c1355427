package jingdu.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.wp.usermodel.HeaderFooterType;
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
import jingdu.model.Analysis;
import jingdu.model.DocumentPreview;
import jingdu.model.Note;
import jingdu.model.ParagraphInfo;
import jingdu.model.PassageTag;
import jingdu.model.ReportOptions;
import jingdu.model.Tag;

/**
 * The annotated report as .docx, laid out as a Chinese official document (GB/T 9704): A4 with its
 * margins, 二号 小标宋 title, 三号 黑体 / 楷体 headings, 三号 仿宋 body on a 28.95 pt line, page numbers
 * "— n —" in 四号 宋体, odd pages right and even pages left. Paragraphs use real Word styles (Title,
 * Heading 1–3, Normal) so the navigation pane and a table of contents work; every text is black. The
 * speech is followed paragraph by paragraph: an annotated paragraph whole, with its notes and tags under
 * it, a paragraph the user left alone only by the requirements the engine found in it, each once.
 * Strength, level and paragraph markers are printed only when {@link ReportOptions#markers()} asks.
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
    static final double LINE = 28.95;
    /** Twentieths of a point per character of 三号: for indents counted in characters. */
    private static final int CHAR = SANHAO * 20;

    /** Style ids in styles.xml. */
    static final String TITLE = "Title";
    static final String HEADING1 = "Heading1";
    static final String HEADING2 = "Heading2";
    static final String HEADING3 = "Heading3";
    static final String NORMAL = "Normal";

    private final ExportLabels labels;
    private final MarkdownReport words;
    private final DocxFonts fonts;
    private final ReportOptions options;

    public DocxReport(ExportLabels labels, java.time.ZoneId zone, DocxFonts fonts) {
        this(labels, zone, fonts, ReportOptions.DEFAULT);
    }

    public DocxReport(ExportLabels labels, java.time.ZoneId zone, DocxFonts fonts, ReportOptions options) {
        this.labels = labels;
        this.words = new MarkdownReport(labels, zone);
        this.fonts = fonts;
        this.options = options == null ? ReportOptions.DEFAULT : options;
    }

    /**
     * The most paragraphs a report may have. POI builds a Word document whole in memory, about 10 KB a
     * paragraph until written: 20,000 (some 2,000 pages) stay well inside the app's heap.
     */
    public static final int MAX_PARAGRAPHS = 20_000;

    /** How many paragraphs {@link #write} makes of {@code model} by default, counted before building anything. */
    public static int paragraphs(ReportModel model) {
        return paragraphs(model, ReportOptions.DEFAULT);
    }

    /**
     * How many paragraphs {@link #write} makes of {@code model} with {@code options}, counted before building
     * anything: the same walk as {@link #speech} without the document.
     */
    public static int paragraphs(ReportModel model, ReportOptions options) {
        boolean markers = options.markers();
        boolean several = model.speeches().size() != 1;
        long n = 1 + (options.issuer() != null ? 1 : 0) + (options.date() != null ? 1 : 0)
                + (options.issuer() != null || options.date() != null ? 1 : 0);
        for (SpeechPart part : model.speeches()) {
            n += (several ? 1 : 0) + (markers ? 1 : 0);
            Analysis analysis = part.work().analysis();
            String text = analysis.text();
            Map<Integer, ParagraphRow> kept = kept(part);
            Map<Integer, List<ObligationRow>> required = required(part);
            if (kept.isEmpty() && required.isEmpty()) {
                n++;
            }
            ParagraphInfo section = null;
            boolean sectionPrinted = false;
            for (ParagraphInfo info : analysis.paragraphs()) {
                if (info.heading() == 1) {
                    section = info;
                    sectionPrinted = false;
                }
                ParagraphRow row = kept.get(info.index());
                List<ObligationRow> rows = required.getOrDefault(info.index(), List.of());
                if (row == null && rows.isEmpty()) {
                    continue;
                }
                if (section != null && !sectionPrinted) {
                    n++;
                    sectionPrinted = true;
                }
                boolean isSectionTitle = section == info;
                if (row != null) {
                    boolean wholeLine = row.heading() > 1 && row.body().isEmpty();
                    boolean empty = !wholeLine && isSectionTitle && !markers
                            && skipSpace(text, info.headingEnd(), info.end()) >= info.end();
                    n += (empty ? 0 : 1) + row.notes().size() + (part.userTags(row.index()).isEmpty() ? 0 : 1)
                            + part.passageTags(row.index()).size();
                } else {
                    n += requirementSpans(info, rows, isSectionTitle).isEmpty() ? 0 : 1;
                }
            }
            n += part.speechNotes().isEmpty() ? 0 : 1 + part.speechNotes().size();
        }
        return (int) Math.min(Integer.MAX_VALUE, n);
    }

    /** The paragraphs the report prints whole: the model's kept ones, by index. */
    private static Map<Integer, ParagraphRow> kept(SpeechPart part) {
        Map<Integer, ParagraphRow> kept = new LinkedHashMap<>();
        for (Section section : part.sections()) {
            section.paragraphs().forEach(p -> kept.put(p.index(), p));
        }
        return kept;
    }

    /** The requirements by the paragraph they are in. */
    private static Map<Integer, List<ObligationRow>> required(SpeechPart part) {
        Map<Integer, List<ObligationRow>> required = new LinkedHashMap<>();
        for (ObligationRow r : part.obligations()) {
            required.computeIfAbsent(r.paragraph(), k -> new ArrayList<>()).add(r);
        }
        return required;
    }

    /**
     * What of each requirement a paragraph the user left alone prints, as {start, end} offsets in the text: the
     * requirement within the paragraph, less what a section title or an earlier requirement already printed.
     */
    private static List<int[]> requirementSpans(ParagraphInfo info, List<ObligationRow> rows, boolean isSectionTitle) {
        List<int[]> out = new ArrayList<>();
        int printed = isSectionTitle ? info.headingEnd() : info.start(); // never again what is already there
        for (ObligationRow r : rows) {
            int start = Math.max(printed, r.obligation().start());
            int end = Math.min(info.end(), r.obligation().end());
            if (end > start) {
                out.add(new int[] {start, end});
                printed = end;
            } else {
                out.add(null);
            }
        }
        return out.stream().allMatch(x -> x == null) ? List.of() : out;
    }

    public byte[] export(ReportModel model) {
        return InMemory.bytes(out -> write(model, out));
    }

    /** Writes the report to {@code out}. */
    public void write(ReportModel model, OutputStream out) throws IOException {
        try (XWPFDocument doc = document(model)) {
            doc.write(out);
        }
    }

    /**
     * The report as a Word document in memory; the caller closes it. {@link PdfReport} lays out this very
     * document, so the PDF and the Word report print the same paragraphs in the same styles.
     */
    XWPFDocument document(ReportModel model) {
        boolean several = model.speeches().size() != 1;
        String title = options.title() != null ? options.title()
                : several ? labels.get("export.report.title") : model.speeches().get(0).speech().title();
        XWPFDocument doc = blank(fonts, title, options.issuer() != null ? options.issuer() : "Jingdu");
        try {
            titleBlock(doc, title);
            int n = 1;
            for (SpeechPart part : model.speeches()) {
                if (several) {
                    styled(doc, HEADING1, chinese(n++) + "、" + part.speech().title());
                }
                if (options.markers()) {
                    XWPFParagraph source = styled(doc, NORMAL, null);
                    source.setAlignment(ParagraphAlignment.CENTER);
                    source.setIndentationFirstLine(0);
                    kai(source, words.source(part.speech()));
                }
                speech(doc, part, several);
            }
            return doc;
        } catch (RuntimeException | Error e) {
            try {
                doc.close();
            } catch (IOException | RuntimeException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    /**
     * A document of the 公文 layout: {@code body} fills a {@link #blank} one; when it fails the document is closed
     * (its parts hold memory and temporary files) and the failure goes on. The caller closes what is returned.
     */
    static XWPFDocument laidOut(DocxFonts fonts, String title, String creator,
                                java.util.function.Consumer<XWPFDocument> body) {
        XWPFDocument doc = blank(fonts, title, creator);
        try {
            body.accept(doc);
            return doc;
        } catch (RuntimeException | Error e) {
            try {
                doc.close();
            } catch (IOException | RuntimeException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    /** The head of a notice-like document: its title, the date line centred in 楷体, the summary. */
    static void head(XWPFDocument doc, String title, String dateLine, String summary, DocxFonts fonts) {
        styled(doc, TITLE, title);
        XWPFParagraph date = styled(doc, NORMAL, null);
        date.setAlignment(ParagraphAlignment.CENTER);
        date.setIndentationFirstLine(0);
        kai(date, dateLine, fonts);
        styled(doc, NORMAL, summary);
    }

    /** An item's detail lines under it: one paragraph in 楷体, indented by two characters, a line each. */
    static void details(XWPFDocument doc, List<String> lines, DocxFonts fonts) {
        XWPFParagraph details = styled(doc, NORMAL, null);
        // left-aligned: justified text would stretch a line that ends in a break
        details.setAlignment(ParagraphAlignment.LEFT);
        details.setIndentationFirstLine(0);
        details.setIndentationLeft(2 * SANHAO * 20);
        for (int i = 0; i < lines.size(); i++) {
            XWPFRun r = kai(details, lines.get(i), fonts);
            if (i < lines.size() - 1) {
                r.addBreak();
            }
        }
    }

    /**
     * An empty 公文 document: the report's styles and font table ({@link DocxStyles}), A4 with the GB/T 9704
     * margins and page numbers, and {@code title} and {@code creator} in its properties. Other documents of
     * the same layout ({@link CompilationReport}) start here too; the caller closes it.
     */
    static XWPFDocument blank(DocxFonts fonts, String title, String creator) {
        XWPFDocument doc = new XWPFDocument();
        try {
            DocxStyles.install(doc, fonts, LINE);
            pageSetup(doc, fonts);
            doc.getProperties().getCoreProperties().setTitle(title);
            doc.getProperties().getCoreProperties().setCreator(creator);
            return doc;
        } catch (RuntimeException | Error e) {
            try {
                doc.close();
            } catch (IOException | RuntimeException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    /**
     * What {@link #write} puts in the document, as formatted text: the same document built the same way, read
     * paragraph by paragraph (style, alignment, bold and 楷体 runs); only the first {@code maxBlocks} are kept.
     */
    public DocumentPreview preview(ReportModel model, int maxBlocks) {
        try (XWPFDocument doc = document(model)) {
            List<XWPFParagraph> paragraphs = doc.getParagraphs();
            List<DocumentPreview.Block> blocks = new ArrayList<>();
            for (XWPFParagraph p : paragraphs.subList(0, Math.min(maxBlocks, paragraphs.size()))) {
                blocks.add(block(p));
            }
            return new DocumentPreview(blocks, paragraphs.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory
        }
    }

    private DocumentPreview.Block block(XWPFParagraph p) {
        String style = p.getStyle() == null ? NORMAL : p.getStyle();
        DocumentPreview.Kind kind = switch (style) {
            case TITLE -> DocumentPreview.Kind.TITLE;
            case HEADING1 -> DocumentPreview.Kind.HEADING_1;
            case HEADING2 -> DocumentPreview.Kind.HEADING_2;
            case HEADING3 -> DocumentPreview.Kind.HEADING_3;
            default -> DocumentPreview.Kind.BODY;
        };
        List<DocumentPreview.Run> runs = new ArrayList<>();
        for (XWPFRun r : p.getRuns()) {
            String text = r.text();
            if (!text.isEmpty()) {
                runs.add(new DocumentPreview.Run(text, r.isBold(),
                        fonts.kai().equals(r.getFontFamily(XWPFRun.FontCharRange.eastAsia))));
            }
        }
        boolean centred = kind == DocumentPreview.Kind.TITLE || p.getAlignment() == ParagraphAlignment.CENTER;
        return new DocumentPreview.Block(kind, centred, runs);
    }

    /** The title (二号 小标宋, centred), then 发文单位 and the date in 楷体 when the user gave them. */
    private void titleBlock(XWPFDocument doc, String title) {
        styled(doc, TITLE, title);
        for (String line : java.util.Arrays.asList(options.issuer(),
                options.dateText() == null ? null : "（" + options.dateText() + "）")) {
            if (line != null) {
                XWPFParagraph p = styled(doc, NORMAL, null);
                p.setAlignment(ParagraphAlignment.CENTER);
                p.setIndentationFirstLine(0);
                kai(p, line);
            }
        }
        if (options.issuer() != null || options.date() != null) {
            styled(doc, NORMAL, ""); // a blank line before the text, as under a speech's title block
        }
    }

    /**
     * The speech in its own order: each first-level heading once (when something under it is printed), each
     * annotated paragraph whole, each other paragraph with requirements by those requirements only.
     */
    private void speech(XWPFDocument doc, SpeechPart part, boolean several) {
        Analysis analysis = part.work().analysis();
        String text = analysis.text();
        Map<Integer, ParagraphRow> kept = kept(part);
        Map<Integer, List<ObligationRow>> required = required(part);
        if (kept.isEmpty() && required.isEmpty()) {
            styled(doc, NORMAL, labels.get("export.none"));
        }
        String firstLevel = several ? HEADING2 : HEADING1;
        ParagraphInfo section = null;
        boolean sectionPrinted = false;
        for (ParagraphInfo info : analysis.paragraphs()) {
            if (info.heading() == 1) {
                section = info;
                sectionPrinted = false;
            }
            ParagraphRow row = kept.get(info.index());
            List<ObligationRow> rows = required.getOrDefault(info.index(), List.of());
            if (row == null && rows.isEmpty()) {
                continue;
            }
            if (section != null && !sectionPrinted) {
                styled(doc, firstLevel, text.substring(section.start(), section.headingEnd()));
                sectionPrinted = true;
            }
            boolean isSectionTitle = section == info;
            if (row != null) {
                paragraph(doc, info, row, rows, text, isSectionTitle, several);
                notesAndTags(doc, part, row);
            } else {
                requirements(doc, info, rows, text, isSectionTitle);
            }
        }
        if (!part.speechNotes().isEmpty()) {
            styled(doc, firstLevel, labels.get("export.section.speechNotes"));
            for (Note note : part.speechNotes()) {
                XWPFParagraph np = styled(doc, NORMAL, null);
                np.setAlignment(ParagraphAlignment.LEFT);
                lines(np, note.body(), fonts.kai());
            }
        }
    }

    /** An annotated paragraph: its heading in its own style, or run in, then its text, each part once. */
    private void paragraph(XWPFDocument doc, ParagraphInfo info, ParagraphRow row, List<ObligationRow> rows,
                           String text, boolean isSectionTitle, boolean several) {
        int headingEnd = info.headingEnd();
        if (row.heading() > 1 && row.body().isEmpty()) {
            // a whole-line lower heading: a heading of the navigation pane
            XWPFParagraph h = styled(doc, null, null);
            h.setStyle(row.heading() == 2 ? (several ? HEADING3 : HEADING2) : HEADING3);
            marker(h, row);
            withMarkers(h, text, info.start(), info.end(), rows, fonts.body());
            return;
        }
        XWPFParagraph p = styled(doc, NORMAL, null);
        marker(p, row);
        int from = info.start();
        if (isSectionTitle) {
            from = skipSpace(text, headingEnd, info.end()); // the section title above is its heading
            if (from >= info.end() && !options.markers()) {
                doc.removeBodyElement(doc.getPosOfParagraph(p)); // nothing runs on after the title
                return;
            }
        } else if (row.heading() > 0 && !row.body().isEmpty()) {
            // a run-in heading: 楷体 for （一）, bold 仿宋 for 1., then the text that runs on
            XWPFRun h = withMarkers(p, text, info.start(), headingEnd, rows, row.heading() == 2 ? fonts.kai() : null);
            if (row.heading() > 2 && h != null) {
                h.setBold(true);
            }
            from = headingEnd;
        }
        withMarkers(p, text, from, info.end(), rows, null);
    }

    /** A paragraph the user left alone: only the requirements found in it, in its order, each once. */
    private void requirements(XWPFDocument doc, ParagraphInfo info, List<ObligationRow> rows, String text,
                              boolean isSectionTitle) {
        List<int[]> spans = requirementSpans(info, rows, isSectionTitle);
        if (spans.isEmpty()) {
            return; // all of it is in the section title above
        }
        XWPFParagraph p = styled(doc, NORMAL, null);
        if (options.markers()) {
            kai(p, "【" + labels.paragraph(info.index()) + "】");
        }
        for (int i = 0; i < rows.size(); i++) {
            int[] span = spans.get(i);
            if (span == null) {
                continue;
            }
            ObligationRow r = rows.get(i);
            if (options.markers()) {
                strength(p, r);
            }
            plain(p, text.substring(span[0], span[1]).strip());
            if (options.markers()) {
                kai(p, labels.get("export.details", MarkdownReport.details(labels, r)));
            }
        }
    }

    /**
     * Prints text[from, to) into {@code p}; with markers each requirement starting there gets its strength
     * before it and its details after it. Returns the last run made (null if none); {@code font} null: the style's.
     */
    private XWPFRun withMarkers(XWPFParagraph p, String text, int from, int to, List<ObligationRow> rows, String font) {
        XWPFRun last = null;
        int at = from;
        if (options.markers()) {
            for (ObligationRow r : rows) {
                int s = r.obligation().start();
                int e = Math.min(r.obligation().end(), to);
                if (s < at || s >= to) {
                    continue;
                }
                last = piece(p, text.substring(at, s), font, last);
                strength(p, r);
                last = piece(p, text.substring(s, e), font, last);
                kai(p, labels.get("export.details", MarkdownReport.details(labels, r)));
                at = e;
            }
        }
        return piece(p, text.substring(at, Math.max(at, to)), font, last);
    }

    private XWPFRun piece(XWPFParagraph p, String s, String font, XWPFRun last) {
        if (s.isEmpty()) {
            return last;
        }
        XWPFRun r = plain(p, s);
        if (font != null) {
            r.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        }
        return r;
    }

    private void marker(XWPFParagraph p, ParagraphRow row) {
        if (options.markers()) {
            String levels = MarkdownReport.levelText(labels, row);
            kai(p, "【" + labels.paragraph(row.index()) + (levels.isEmpty() ? "" : "｜" + levels) + "】");
        }
    }

    private void strength(XWPFParagraph p, ObligationRow r) {
        XWPFRun s = plain(p, "【" + labels.strength(r.obligation().strength()) + "】");
        s.setFontFamily(fonts.heading(), XWPFRun.FontCharRange.eastAsia);
    }

    private static int skipSpace(String text, int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The user's notes, own tags and passage tags on the paragraph, each a 楷体 line under it. */
    private void notesAndTags(XWPFDocument doc, SpeechPart part, ParagraphRow p) {
        for (Note note : p.notes()) {
            // left-aligned: justified text would stretch a line that ends in the user's line break
            XWPFParagraph np = annotation(doc);
            kai(np, labels.get("export.report.noteLabel") + "“" + note.quote() + "”：").setBold(true);
            lines(np, note.body(), fonts.kai());
        }
        UserTags user = part.work().user();
        List<Tag> own = part.userTags(p.index());
        if (!own.isEmpty()) {
            XWPFParagraph tp = annotation(doc);
            kai(tp, labels.get("export.report.tagLabel") + "：").setBold(true);
            kai(tp, labels.tagPaths(user, own));
        }
        for (PassageTag t : part.passageTags(p.index())) {
            XWPFParagraph tp = annotation(doc);
            kai(tp, labels.get("export.report.tagLabel") + "“" + part.quote(t) + "”：").setBold(true);
            kai(tp, labels.tagPath(user, t.tagId()));
        }
    }

    private XWPFParagraph annotation(XWPFDocument doc) {
        XWPFParagraph p = styled(doc, NORMAL, null);
        p.setAlignment(ParagraphAlignment.LEFT);
        p.setIndentationFirstLine(0);
        p.setIndentationLeft(2 * CHAR);
        return p;
    }

    /** A paragraph in the style {@code styleId} (null: none set), with {@code text} if not null. */
    static XWPFParagraph styled(XWPFDocument doc, String styleId, String text) {
        XWPFParagraph p = doc.createParagraph();
        if (styleId != null) {
            p.setStyle(styleId);
        }
        if (text != null && !text.isEmpty()) {
            plain(p, text);
        }
        return p;
    }

    /** A run in its paragraph style's fonts and size. */
    static XWPFRun plain(XWPFParagraph p, String text) {
        XWPFRun r = p.createRun();
        r.setText(text);
        return r;
    }

    /** A run in 楷体 (notes, tags, the title block's lines, markers), otherwise as its style. */
    private XWPFRun kai(XWPFParagraph p, String text) {
        return kai(p, text, fonts);
    }

    /** A run in the 楷体 of {@code fonts}, otherwise as its paragraph's style. */
    static XWPFRun kai(XWPFParagraph p, String text, DocxFonts fonts) {
        XWPFRun r = plain(p, text);
        r.setFontFamily(fonts.kai(), XWPFRun.FontCharRange.eastAsia);
        return r;
    }

    /** A run whose Chinese text uses {@code font} and Latin text and digits Times New Roman. */
    static XWPFRun run(XWPFParagraph p, String text, String font, int size) {
        XWPFRun r = p.createRun();
        r.setText(text);
        style(r, font, size);
        return r;
    }

    private static void style(XWPFRun r, String font, int size) {
        r.setFontFamily(DocxFonts.LATIN, XWPFRun.FontCharRange.ascii);
        r.setFontFamily(DocxFonts.LATIN, XWPFRun.FontCharRange.hAnsi);
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

    private static void pageSetup(XWPFDocument doc, DocxFonts fonts) {
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
        pageNumber(doc.createFooter(HeaderFooterType.DEFAULT), ParagraphAlignment.RIGHT, fonts);
        pageNumber(doc.createFooter(HeaderFooterType.EVEN), ParagraphAlignment.LEFT, fonts);
    }

    /** "— n —", one character in from the outer edge. */
    private static void pageNumber(XWPFFooter footer, ParagraphAlignment align, DocxFonts fonts) {
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(align);
        if (align == ParagraphAlignment.RIGHT) {
            p.setIndentationRight(SIHAO * 20);
        } else {
            p.setIndentationLeft(SIHAO * 20);
        }
        run(p, "— ", fonts.number(), SIHAO);
        field(p, fonts).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        field(p, fonts).getCTR().addNewInstrText().setStringValue(" PAGE ");
        field(p, fonts).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        run(p, "1", fonts.number(), SIHAO);
        field(p, fonts).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        run(p, " —", fonts.number(), SIHAO);
    }

    /** An empty run in the number's font, to hold one part of the PAGE field. */
    private static XWPFRun field(XWPFParagraph p, DocxFonts fonts) {
        XWPFRun r = p.createRun();
        style(r, fonts.number(), SIHAO);
        return r;
    }

    private static int mm(double millimetres) {
        return (int) Math.round(millimetres / 25.4 * 1440);
    }

    /** 1 → 一, 12 → 十二, 20 → 二十: enough for sections and speeches. */
    public static String chinese(int n) {
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
