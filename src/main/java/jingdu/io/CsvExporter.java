package jingdu.io;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import jingdu.model.Level;
import jingdu.model.Note;
import jingdu.model.PassageTag;
import jingdu.model.Tag;

/**
 * CSV for spreadsheets (RFC 4180, CRLF, UTF-8 with a BOM so Excel reads the Chinese right): the task
 * ledger with the Excel sheet's columns, or every annotation (one row per tag and per note).
 */
public final class CsvExporter {

    private static final String BOM = "\uFEFF";

    /** Times as people read them in a spreadsheet: the user's local time, to the second. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final ExportLabels labels;
    private final ZoneId zone;

    /** Annotation times in the system's time zone. */
    public CsvExporter(ExportLabels labels) {
        this(labels, ZoneId.systemDefault());
    }

    public CsvExporter(ExportLabels labels, ZoneId zone) {
        this.labels = labels;
        this.zone = zone;
    }

    /** The ledger, as the first sheet of {@link XlsxLedger}, under its default title. */
    public byte[] ledger(ReportModel model) {
        return ledger(model, null);
    }

    /**
     * The ledger, as the first sheet of {@link XlsxLedger}: the title alone on the first line ({@code title},
     * or 《speech》任务分解台账 when it is blank), then the header and the lines.
     */
    public byte[] ledger(ReportModel model, String title) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(LedgerColumns.title(title, model, labels)));
        rows.addAll(ledgerRows(model));
        return encode(rows);
    }

    /** Every tag and note of the kept paragraphs. */
    public byte[] annotations(ReportModel model) {
        return encode(annotationRows(model));
    }

    /**
     * Header first, then the ledger's lines: a heading (一、…, （一）…) as a row with its text in the first
     * column, each obligation once with its hierarchical number (the dialog's preview shows these rows).
     */
    public List<List<String>> ledgerRows(ReportModel model) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(LedgerColumns.header(labels));
        for (LedgerColumns.Line line : LedgerColumns.lines(model)) {
            rows.add(LedgerColumns.cells(line, labels));
        }
        return rows;
    }

    /**
     * Header first, then one row per level tag, user tag, passage tag and note: speech, paragraph, kind,
     * level, tag (its path in the tag tree, {@code parent/child}), quote, note, time; then the notes on the
     * whole speech (no paragraph). Times are local, to the second ({@code 2026-12-03 15:46:05}).
     */
    public List<List<String>> annotationRows(ReportModel model) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(annotationHeader());
        for (ReportModel.SpeechPart part : model.speeches()) {
            String title = part.speech().title();
            UserTags user = part.work().user();
            for (ReportModel.Section section : part.sections()) {
                for (ReportModel.ParagraphRow p : section.paragraphs()) {
                    String number = String.valueOf(p.index() + 1);
                    for (Level l : new TreeSet<>(p.tags())) {
                        rows.add(List.of(title, number, labels.get("export.csv.kind.tag"),
                                labels.level(l), "", p.text(), "", ""));
                    }
                    for (Tag t : part.userTags(p.index())) {
                        rows.add(List.of(title, number, labels.get("export.csv.kind.userTag"),
                                "", labels.tagPath(user, t), p.text(), "", ""));
                    }
                    for (PassageTag t : part.passageTags(p.index())) {
                        rows.add(List.of(title, number, labels.get("export.csv.kind.passageTag"),
                                "", labels.tagPath(user, t.tagId()), part.quote(t), "", ""));
                    }
                    for (Note n : p.notes()) {
                        rows.add(List.of(title, number, labels.get("export.csv.kind.note"),
                                "", "", n.quote(), n.body(), time(n)));
                    }
                }
            }
            for (Note n : part.speechNotes()) {
                rows.add(List.of(title, "", labels.get("export.csv.kind.speechNote"), "", "", "", n.body(), time(n)));
            }
        }
        return rows;
    }

    private String time(Note n) {
        return TIME.format(n.createdAt().atZone(zone));
    }

    public List<String> annotationHeader() {
        return List.of(labels.get("export.csv.col.speech"), labels.get("export.csv.col.paragraph"),
                labels.get("export.csv.col.kind"), labels.get("export.ledger.col.level"),
                labels.get("export.csv.col.tag"), labels.get("export.csv.col.quote"),
                labels.get("export.ledger.col.notes"), labels.get("export.csv.col.created"));
    }

    static byte[] encode(List<List<String>> rows) {
        StringBuilder out = new StringBuilder(BOM);
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(field(row.get(i)));
            }
            out.append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Quotes when needed; a cell a spreadsheet would run as a formula (=, +, -, @) gets a leading
     * apostrophe, the usual guard against CSV formula injection from shared files.
     */
    static String field(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
