package jingdu.model;

/**
 * A row of the library pane: the summary, the speech's details, and where it came from: the imported
 * file's name ({@code sourceName}; for pasted text and the sample, what stood in for one) and its full path
 * ({@code sourcePath}, null when unknown: pasted, or imported before Jingdu kept paths).
 */
public record LibraryEntry(SpeechSummary summary, SpeechMeta meta, String sourceName, String sourcePath) {

    /** A row whose origin is not known. */
    public LibraryEntry(SpeechSummary summary, SpeechMeta meta) {
        this(summary, meta, null, null);
    }

    public long id() {
        return summary.id();
    }
}
