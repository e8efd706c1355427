package jingdu.app.export;

import java.util.List;

import jingdu.model.ExportFilter;
import jingdu.model.ReportOptions;

/**
 * One export: the format, which speeches (empty means every speech in the library) and the filter.
 * {@code withText} puts the speeches' text into the annotations JSON, so a colleague without them can import.
 * {@code title} is the document's title when the user wrote one (the ledger's title row); null or blank
 * means the format's own default (《speech》任务分解台账). {@code report} holds the Word report's options:
 * markers in the body or not, and its title block (report title, 发文单位, date).
 */
public record ExportRequest(ExportFormat format, List<Long> speechIds, ExportFilter filter, boolean withText,
                            String title, ReportOptions report) {

    public ExportRequest {
        speechIds = List.copyOf(speechIds);
        report = report == null ? ReportOptions.DEFAULT : report;
    }

    public ExportRequest(ExportFormat format, List<Long> speechIds, ExportFilter filter, boolean withText,
                         String title) {
        this(format, speechIds, filter, withText, title, ReportOptions.DEFAULT);
    }

    public ExportRequest(ExportFormat format, List<Long> speechIds, ExportFilter filter, boolean withText) {
        this(format, speechIds, filter, withText, null);
    }

    public ExportRequest(ExportFormat format, List<Long> speechIds, ExportFilter filter) {
        this(format, speechIds, filter, true);
    }

    /** The same request under another title. */
    public ExportRequest withTitle(String newTitle) {
        return new ExportRequest(format, speechIds, filter, withText, newTitle, report);
    }

    /** The same request with other Word report options. */
    public ExportRequest withReport(ReportOptions newReport) {
        return new ExportRequest(format, speechIds, filter, withText, title, newReport);
    }
}
