package jingdu.app.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import jingdu.io.AnnotationsJson;
import jingdu.io.CssPalette;
import jingdu.io.CsvExporter;
import jingdu.io.DocxFonts;
import jingdu.io.DocxReport;
import jingdu.io.HtmlExporter;
import jingdu.io.MarkdownReport;
import jingdu.io.PdfFonts;
import jingdu.io.PdfReport;
import jingdu.io.QdaCodebook;
import jingdu.io.QdpxExporter;
import jingdu.io.ReportModel;
import jingdu.io.XlsxLedger;

/**
 * One export format, and the registry of all of them: the export dialog's choices, the command line's
 * {@code --format} values and its help, and {@link Exports} all read {@link #values()}. A format is its id
 * (the CLI's value), its file type, how it is written and what the dialog previews; its display name is the
 * message {@code export.format.<id>} in both bundles. To add one: a {@code register(...)} line here.
 */
public final class ExportFormat {

    /** Writes the report model in this format. */
    @FunctionalInterface
    public interface Writer {
        void write(ExportContext context, ReportModel model, OutputStream out) throws IOException;
    }

    /** What the export dialog shows before the file is written. */
    @FunctionalInterface
    public interface Previewer {
        Exports.Preview preview(ExportContext context, ReportModel model);
    }

    /** Refuses a model the format cannot lay out (before anything is written). */
    @FunctionalInterface
    public interface Check {
        void check(ReportModel model) throws ExportException;
    }

    private static final List<ExportFormat> ALL = new ArrayList<>();

    public static final ExportFormat DOCX = register("docx", "docx", false, false, true,
            (c, m, out) -> new DocxReport(c.labels(), c.zone(), DocxFonts.OFFICIAL, c.report()).write(m, out),
            ExportFormat::wordPreview, m -> paragraphLimit(m, "export.error.docxTooLong"));
    /** The Word report drawn as PDF (PDFBox, fonts embedded as subsets): built from the same Word document. */
    public static final ExportFormat PDF = register("pdf", "pdf", false, false, true,
            (c, m, out) -> new PdfReport(c.labels(), c.zone(), c.report(), PdfFonts.systemDirs()).write(m, out),
            ExportFormat::wordPreview, m -> paragraphLimit(m, "export.error.pdfTooLong"));
    public static final ExportFormat XLSX = register("xlsx", "xlsx", false, true,
            (c, m, out) -> new XlsxLedger(c.labels(), CssPalette.app()).write(m, c.title(), out),
            (c, m) -> new Exports.Preview(null, new CsvExporter(c.labels()).ledgerRows(m)), m -> { });
    public static final ExportFormat MD = register("md", "md", true, false,
            (c, m, out) -> out.write(utf8(new MarkdownReport(c.labels(), c.zone()).export(m))),
            ExportFormat::markdownPreview, m -> { });
    public static final ExportFormat HTML = register("html", "html", true, false,
            (c, m, out) -> out.write(utf8(new HtmlExporter(c.labels(), c.zone(), CssPalette.app()).export(m))),
            (c, m) -> new Exports.Preview(new HtmlExporter(c.labels(), c.zone(), CssPalette.app()).export(m), null),
            m -> { });
    public static final ExportFormat CSV = register("csv", "csv", true, true,
            (c, m, out) -> out.write(new CsvExporter(c.labels()).ledger(m, c.title())),
            (c, m) -> new Exports.Preview(null, new CsvExporter(c.labels()).ledgerRows(m)), m -> { });
    public static final ExportFormat NOTES_CSV = register("notes-csv", "csv", true, true,
            (c, m, out) -> out.write(new CsvExporter(c.labels(), c.zone()).annotations(m)),
            (c, m) -> new Exports.Preview(null, new CsvExporter(c.labels(), c.zone()).annotationRows(m)), m -> { });
    public static final ExportFormat JSON = register("json", "json", true, false,
            (c, m, out) -> out.write(utf8(AnnotationsJson.write(m, c.withText()))),
            (c, m) -> new Exports.Preview(AnnotationsJson.write(m, false), null), m -> { });
    public static final ExportFormat QDPX = register("qdpx", "qdpx", false, false,
            (c, m, out) -> out.write(new QdpxExporter(c.labels(), Instant.now()).export(m, c.projectName())),
            ExportFormat::markdownPreview, m -> { });
    public static final ExportFormat QDC = register("qdc", "qdc", true, false,
            (c, m, out) -> out.write(QdaCodebook.of(c.labels(), m).qdc()),
            (c, m) -> new Exports.Preview(new String(QdaCodebook.of(c.labels(), m).qdc(), StandardCharsets.UTF_8), null),
            m -> { });
    public static final ExportFormat CODEBOOK_CSV = register("codebook-csv", "csv", true, true,
            (c, m, out) -> out.write(QdaCodebook.of(c.labels(), m).csv()),
            (c, m) -> new Exports.Preview(null, QdaCodebook.of(c.labels(), m).csvRows()), m -> { });

    private final String id;
    private final String extension;
    private final boolean text;
    private final boolean table;
    private final boolean report;
    private final Writer writer;
    private final Previewer previewer;
    private final Check check;

    private ExportFormat(String id, String extension, boolean text, boolean table, boolean report, Writer writer,
                         Previewer previewer, Check check) {
        this.id = id;
        this.extension = extension;
        this.text = text;
        this.table = table;
        this.report = report;
        this.writer = writer;
        this.previewer = previewer;
        this.check = check;
    }

    private static ExportFormat register(String id, String extension, boolean text, boolean table, Writer writer,
                                         Previewer previewer, Check check) {
        return register(id, extension, text, table, false, writer, previewer, check);
    }

    /** {@code report}: the format lays out the 公文 report and takes its options (title block, markers). */
    private static ExportFormat register(String id, String extension, boolean text, boolean table, boolean report,
                                         Writer writer, Previewer previewer, Check check) {
        ExportFormat f = new ExportFormat(id, extension, text, table, report, writer, previewer, check);
        ALL.add(f);
        return f;
    }

    /** A Word document is built whole in memory (POI has no streaming Word writer): its paragraphs are limited. */
    private static void paragraphLimit(ReportModel m, String key) throws ExportException {
        int paragraphs = DocxReport.paragraphs(m);
        if (paragraphs > DocxReport.MAX_PARAGRAPHS) {
            throw new ExportException(key, null, paragraphs, DocxReport.MAX_PARAGRAPHS);
        }
    }

    /** Every format, in the order the dialog and the help list them. */
    public static List<ExportFormat> values() {
        return Collections.unmodifiableList(ALL);
    }

    public static Optional<ExportFormat> fromId(String id) {
        return ALL.stream().filter(f -> f.id.equals(id)).findFirst();
    }

    public static List<String> ids() {
        return ALL.stream().map(ExportFormat::id).toList();
    }

    /** The command line's {@code --format} value. */
    public String id() {
        return id;
    }

    /** The file name extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** The message key of the format's name in the user's language. */
    public String nameKey() {
        return "export.format." + id;
    }

    /** True for UTF-8 text that may go to standard output. */
    public boolean isText() {
        return text;
    }

    /** True for the 公文 report (docx, pdf): the export dialog asks for its title block and markers. */
    public boolean isReport() {
        return report;
    }

    /** True when the preview is a table of rows rather than text. */
    public boolean isTable() {
        return table;
    }

    void check(ReportModel model) throws ExportException {
        check.check(model);
    }

    void write(ExportContext context, ReportModel model, OutputStream out) throws IOException {
        writer.write(context, model, out);
    }

    Exports.Preview preview(ExportContext context, ReportModel model) {
        return previewer.preview(context, model);
    }

    /** How many paragraphs of a laid-out document the dialog shows; the file has them all. */
    public static final int PREVIEW_PARAGRAPHS = 400;

    /**
     * The Word report as Word shows it: title, headings and body as formatted text, read from the same document
     * {@link DocxReport} writes (no Markdown). A format laid out from the same report (a PDF of it) previews with
     * this too: register it with {@code ExportFormat::wordPreview}.
     */
    public static Exports.Preview wordPreview(ExportContext c, ReportModel m) {
        int paragraphs = DocxReport.paragraphs(m, c.report());
        if (paragraphs > DocxReport.MAX_PARAGRAPHS) {
            // what writing would refuse is not built for the preview either
            return new Exports.Preview(c.labels().get("export.error.docxTooLong", paragraphs, DocxReport.MAX_PARAGRAPHS), null);
        }
        return Exports.Preview.of(new DocxReport(c.labels(), c.zone(), DocxFonts.OFFICIAL, c.report())
                .preview(m, PREVIEW_PARAGRAPHS));
    }

    /** Binary documents without a layout of their own (QDPX) preview as their Markdown: the same words. */
    private static Exports.Preview markdownPreview(ExportContext c, ReportModel m) {
        return new Exports.Preview(new MarkdownReport(c.labels(), c.zone()).export(m), null);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return id;
    }
}
