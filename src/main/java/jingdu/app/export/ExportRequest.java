package jingdu.app.export;

import java.util.List;

import jingdu.model.ExportFilter;

/**
 * One export: the format, which speeches (empty means every speech in the library) and the filter.
 * {@code withText} puts the speeches' text into the annotations JSON, so a colleague without them can import.
 */
public record ExportRequest(ExportFormat format, List<Long> speechIds, ExportFilter filter, boolean withText) {

    public ExportRequest {
        speechIds = List.copyOf(speechIds);
    }

    public ExportRequest(ExportFormat format, List<Long> speechIds, ExportFilter filter) {
        this(format, speechIds, filter, true);
    }
}
