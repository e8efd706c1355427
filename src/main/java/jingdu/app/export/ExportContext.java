package jingdu.app.export;

import java.time.ZoneId;

import jingdu.io.ExportLabels;
import jingdu.model.ReportOptions;

/**
 * What every export format may need besides the report model: the labels in the user's language, the time
 * zone for dates, whether the annotations JSON carries the texts, a name for the whole (QDPX projects), the
 * title the user gave the document (null or blank: the format's default) and the Word report's options
 * (markers, title block).
 */
public record ExportContext(ExportLabels labels, ZoneId zone, boolean withText, String projectName, String title,
                            ReportOptions report) {

    public ExportContext {
        report = report == null ? ReportOptions.DEFAULT : report;
    }

    public ExportContext(ExportLabels labels, ZoneId zone, boolean withText, String projectName, String title) {
        this(labels, zone, withText, projectName, title, ReportOptions.DEFAULT);
    }

    public ExportContext(ExportLabels labels, ZoneId zone, boolean withText, String projectName) {
        this(labels, zone, withText, projectName, null);
    }
}
