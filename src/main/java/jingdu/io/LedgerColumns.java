package jingdu.io;

import java.util.List;

import jingdu.io.ReportModel.ObligationRow;

/** The task ledger's columns, shared by the Excel sheet, the CSV file and the dialog's preview table. */
public final class LedgerColumns {

    /** Message keys of the column headers, in order. */
    public static final List<String> KEYS = List.of(
            "export.ledger.col.number", "export.ledger.col.task", "export.ledger.col.strength",
            "export.ledger.col.sector", "export.ledger.col.level", "export.ledger.col.actor",
            "export.ledger.col.deadline", "export.ledger.col.source", "export.ledger.col.notes");

    /** Column widths in Excel character units (a Chinese character takes about two). */
    public static final List<Integer> WIDTHS = List.of(6, 56, 9, 18, 26, 16, 14, 32, 36);

    /** Index of the task column, which wraps. */
    public static final int TASK = 1;

    private LedgerColumns() {
    }

    public static List<String> header(ExportLabels labels) {
        return KEYS.stream().map(labels::get).toList();
    }

    public static List<String> cells(ObligationRow r, ExportLabels labels) {
        return List.of(
                String.valueOf(r.number()),
                r.text(),
                labels.strength(r.obligation().strength()),
                labels.sectors(r.sectors()),
                labels.levels(r.levels(), r.levelsSuggested()),
                r.obligation().actor() == null ? "" : r.obligation().actor(),
                r.obligation().deadline() == null ? "" : r.obligation().deadline(),
                labels.source(r.speech(), r.paragraph()),
                labels.noteBodies(r.notes()));
    }
}
