package jingdu.app.export;

import java.time.ZoneId;

import jingdu.io.ExportLabels;

/**
 * What every export format may need besides the report model: the labels in the user's language, the time
 * zone for dates, whether the annotations JSON carries the texts, a name for the whole (QDPX projects), and
 * the title the user gave the document (null or blank: the format's default).
 */
public record ExportContext(ExportLabels labels, ZoneId zone, boolean withText, String projectName, String title) {

    public ExportContext(ExportLabels labels, ZoneId zone, boolean withText, String projectName) {
        this(labels, zone, withText, projectName, null);
    }
}
