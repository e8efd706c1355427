package jingdu.app.compile;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The files a compilation is written as: Word and PDF in the 公文 layout, and Markdown. */
public enum CompileFormat {
    DOCX("docx"),
    PDF("pdf"),
    MD("md");

    private final String id;

    CompileFormat(String id) {
        this.id = id;
    }

    /** The id the command line takes, and the file's extension. */
    public String id() {
        return id;
    }

    public static Optional<CompileFormat> fromId(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equalsIgnoreCase(id == null ? "" : id.strip())).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(CompileFormat::id).toList();
    }
}
