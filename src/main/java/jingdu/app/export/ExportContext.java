package jingdu.app.export;

import java.time.ZoneId;

import jingdu.io.ExportLabels;

/**
 * What every export format may need besides the report model: the labels in the user's language, the time
 * zone for dates, whether the annotations JSON carries the texts, and a name for the whole (QDPX projects).
 */
public record ExportContext(ExportLabels labels, ZoneId zone, boolean withText, String projectName) {
}
