package jingdu.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * A 督办通报 (supervision notice) on the task board in the Word report's 公文 layout ({@link DocxReport#blank}: its
 * styles, fonts, page and numbers): the title (Title), the date centred in 楷体, the summary sentence, then each
 * lead unit a first-level heading (黑体) with its tasks as numbered body paragraphs and their details (出处, 到期日,
 * 逾期天数, 最新进展) in 楷体 under each. The PDF is this same document laid out by {@link PdfReport}. Laid out from
 * plain words ({@link Notice}): the caller has chosen, grouped and worded everything.
 */
public final class NoticeReport {

    static {
        QuietLibraries.apply();
    }

    /** One task: its text and its detail lines (each printed on a line of its own, in 楷体). */
    public record Item(String task, List<String> details) {
        public Item {
            details = List.copyOf(details);
        }
    }

    /** One lead unit's heading (一、县住建局（3 项）) and its tasks. */
    public record Group(String heading, List<Item> items) {
        public Group {
            items = List.copyOf(items);
        }
    }

    /** A chart picture (PNG) and the size it is printed at, in points. */
    public record Figure(byte[] png, double width, double height) {
    }

    /** The whole notice; {@code figures} (charts, may be empty) follow on a page of their own under {@code figuresHeading}. */
    public record Notice(String title, String dateLine, String summary, List<Group> groups, String figuresHeading,
                         List<Figure> figures) {
        public Notice {
            groups = List.copyOf(groups);
            figures = List.copyOf(figures);
        }

        public Notice(String title, String dateLine, String summary, List<Group> groups) {
            this(title, dateLine, summary, groups, null, List.of());
        }

        /** How many paragraphs the document has: it is built whole in memory, so the caller limits it. */
        public int paragraphs() {
            return 3 + groups.stream().mapToInt(g -> 1 + 2 * g.items().size()).sum() + (figures.isEmpty() ? 0 : 1 + figures.size());
        }
    }

    private final DocxFonts fonts = DocxFonts.OFFICIAL;

    public void writeDocx(Notice notice, OutputStream out) throws IOException {
        try (XWPFDocument doc = document(notice)) {
            doc.write(out);
        }
    }

    /** The PDF, with installed fonts from {@code fontDirs} where they are TrueType (see {@link PdfFonts}). */
    public void writePdf(Notice notice, List<Path> fontDirs, OutputStream out) throws IOException {
        try (XWPFDocument doc = document(notice)) {
            PdfReport.forDocuments(fontDirs).write(doc, out);
        }
    }

    /** The text width of the 公文 page (A4 less 28 mm and 26 mm margins), in points: a chart is printed this wide. */
    static final double TEXT_WIDTH = (210 - 28 - 26) / 25.4 * 72;

    private static void figures(XWPFDocument doc, Notice notice) {
        if (notice.figures().isEmpty()) {
            return;
        }
        XWPFParagraph heading = DocxReport.styled(doc, DocxReport.HEADING1, notice.figuresHeading());
        heading.setPageBreak(true);
        for (Figure f : notice.figures()) {
            XWPFParagraph p = DocxReport.styled(doc, DocxReport.NORMAL, null);
            p.setAlignment(ParagraphAlignment.CENTER);
            p.setIndentationFirstLine(0);
            p.setSpacingBetween(1, org.apache.poi.xwpf.usermodel.LineSpacingRule.AUTO); // a fixed 28 pt line would cut it
            double scale = Math.min(1, TEXT_WIDTH / f.width());
            try {
                p.createRun().addPicture(new java.io.ByteArrayInputStream(f.png()), org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG,
                        "chart.png", org.apache.poi.util.Units.toEMU(f.width() * scale),
                        org.apache.poi.util.Units.toEMU(f.height() * scale));
            } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                throw new IllegalStateException(e); // bytes in memory, a type POI knows
            }
        }
    }

    XWPFDocument document(Notice notice) {
        return DocxReport.laidOut(fonts, notice.title(), "Jingdu", doc -> {
            DocxReport.head(doc, notice.title(), notice.dateLine(), notice.summary(), fonts);
            for (Group group : notice.groups()) {
                DocxReport.styled(doc, DocxReport.HEADING1, group.heading());
                int n = 1;
                for (Item item : group.items()) {
                    DocxReport.styled(doc, DocxReport.NORMAL, n++ + ". " + item.task());
                    DocxReport.details(doc, item.details(), fonts);
                }
            }
            figures(doc, notice);
        });
    }
}
