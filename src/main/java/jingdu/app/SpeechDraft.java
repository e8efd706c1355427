package jingdu.app;

import jingdu.analysis.TextLayout;
import jingdu.io.ImportException;

/** A speech checked and laid out for storing: canonical text, title, paragraph count. */
record SpeechDraft(String title, String sourceName, String text, int paragraphs) {

    /** Refuses a text with nothing in it; the title is the first line when it reads as one, else the file name. */
    static SpeechDraft of(String text, String sourceName) throws ImportException {
        String canonical = TextLayout.canonical(text);
        if (canonical.isEmpty()) {
            throw new ImportException("import.error.empty", sourceName);
        }
        return new SpeechDraft(Titles.of(canonical, sourceName), sourceName, canonical,
                TextLayout.paragraphs(canonical).size());
    }
}
