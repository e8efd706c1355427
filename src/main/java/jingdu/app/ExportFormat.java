package jingdu.app;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What Jingdu can export; {@code id} is the CLI's --format value and {@code extension} the file's. */
public enum ExportFormat {
    DOCX("docx", "docx", false),
    XLSX("xlsx", "xlsx", false),
    MD("md", "md", true),
    HTML("html", "html", true),
    CSV("csv", "csv", true),
    NOTES_CSV("notes-csv", "csv", true),
    JSON("json", "json", true),
    QDPX("qdpx", "qdpx", false);

    private final String id;
    private final String extension;
    private final boolean text;

    ExportFormat(String id, String extension, boolean text) {
        this.id = id;
        this.extension = extension;
        this.text = text;
    }

    public String id() {
        return id;
    }

    public String extension() {
        return extension;
    }

    /** True for UTF-8 text that may go to standard output. */
    public boolean isText() {
        return text;
    }

    /** True when the preview is a table of rows rather than text. */
    public boolean isTable() {
        return this == XLSX || this == CSV || this == NOTES_CSV;
    }

    public static Optional<ExportFormat> fromId(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(ExportFormat::id).toList();
    }
}
