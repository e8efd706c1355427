package jingdu.app.export;

import java.util.List;

import jingdu.model.ExportFilter;

/**
 * One export: the format, which speeches (empty means every speech in the library) and the filter.
 * {@code withText} puts the speeches' text into the annotations JSON, so a colleague without them can import.
 * {@code title} is the document's title when the user wrote one (the ledger's title row); null or blank
 * means the format's own default (《speech》任务分解台账).
 */
public record ExportRequest(ExportFormat format, List<Long> speechIds, ExportFilter filter, boolean withText,
                            String title) {

    public ExportRequest {
        speechIds = List.copyOf(speechIds);
    }

    public ExportRequest(ExportFormat format, List<Long> speechIds, ExportFilter filter, boolean withText) {
        this(format, speechIds, filter, withText, null);
    }

    public ExportRequest(ExportFormat format, List<Long> speechIds, ExportFilter filter) {
        this(format, speechIds, filter, true);
    }

    /** The same request under another title. */
    public ExportRequest withTitle(String newTitle) {
        return new ExportRequest(format, speechIds, filter, withText, newTitle);
    }
}
