package jingdu.model;

/** A row of the library pane: the summary and the speech's details. */
public record LibraryEntry(SpeechSummary summary, SpeechMeta meta) {

    public long id() {
        return summary.id();
    }
}
