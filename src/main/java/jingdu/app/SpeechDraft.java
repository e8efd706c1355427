package jingdu.app;

import jingdu.text.ParagraphRepair;
import jingdu.text.TextLayout;
import jingdu.io.ImportException;
import jingdu.model.Utf16;
import jingdu.io.TextBudget;

/**
 * A speech checked and laid out for storing: canonical text, title, paragraph count. {@code unsplit} is
 * null, or, when the text had lost its paragraph breaks and they were put back ({@link ParagraphRepair}),
 * the canonical text without them: what an earlier version stored, so a second import still finds it.
 */
public record SpeechDraft(String title, String sourceName, String text, int paragraphs, String unsplit) {

    /** True when paragraph breaks were put back. */
    public boolean resplit() {
        return unsplit != null;
    }

    /**
     * Refuses a text with nothing in it; the title is the first line when it reads as one, else the file name.
     * Only new speeches come through here, so re-splitting never moves the offsets of stored annotations.
     */
    public static SpeechDraft of(String text, String sourceName) throws ImportException {
        ParagraphRepair.Result repaired = ParagraphRepair.restore(TextLayout.normalize(text));
        String canonical = TextLayout.canonical(repaired.text());
        if (canonical.isEmpty()) {
            throw new ImportException("import.error.empty", sourceName);
        }
        if (canonical.length() > TextBudget.MAX_CHARS) {
            // every way in (files of any format, the clipboard) stops here at the latest, before the engine runs
            throw new ImportException("importer.error.tooMuchText", sourceName, TextBudget.MAX_CHARS);
        }
        if (!Utf16.isWellFormed(canonical)) {
            // only pasted text can carry half a surrogate pair (decoders never make one); UTF-8 cannot store it
            throw new ImportException("import.error.brokenCharacter", sourceName);
        }
        String source = SingleLine.clean(sourceName);
        return new SpeechDraft(Titles.of(canonical, source), source, canonical, TextLayout.paragraphs(canonical).size(),
                repaired.resplit() ? TextLayout.canonical(text) : null);
    }
}
