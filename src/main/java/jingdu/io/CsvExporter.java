package jingdu.io;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import jingdu.model.Level;
import jingdu.model.Note;

/**
 * CSV for spreadsheets (RFC 4180, CRLF, UTF-8 with a BOM so Excel reads the Chinese right): the task
 * ledger with the Excel sheet's columns, or every annotation (one row per tag and per note).
 */
public final class CsvExporter {

    private static final String BOM = "\uFEFF";

    private final ExportLabels labels;

    public CsvExporter(ExportLabels labels) {
        this.labels = labels;
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

    /** Header first, then one row per tag and per note: speech, paragraph, kind, level, quote, note, date. */
    public List<List<String>> annotationRows(ReportModel model) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(annotationHeader());
        for (ReportModel.SpeechPart part : model.speeches()) {
            String title = part.speech().title();
            for (ReportModel.Section section : part.sections()) {
                for (ReportModel.ParagraphRow p : section.paragraphs()) {
                    for (Level l : new TreeSet<>(p.tags())) {
                        rows.add(List.of(title, String.valueOf(p.index() + 1), labels.get("export.csv.kind.tag"),
                                labels.level(l), p.text(), "", ""));
                    }
                    for (Note n : p.notes()) {
                        rows.add(List.of(title, String.valueOf(p.index() + 1), labels.get("export.csv.kind.note"),
                                "", n.quote(), n.body(), n.createdAt().toString()));
                    }
                }
            }
        }
        return rows;
    }

    public List<String> annotationHeader() {
        return List.of(labels.get("export.csv.col.speech"), labels.get("export.csv.col.paragraph"),
                labels.get("export.csv.col.kind"), labels.get("export.ledger.col.level"),
                labels.get("export.csv.col.quote"), labels.get("export.ledger.col.notes"),
                labels.get("export.csv.col.created"));
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
