package jingdu.app.annotate;

import jingdu.model.Utf16;

/** The checks every door that writes a note or a passage tag shares: the window's, the command line's. */
final class AnnotationChecks {

    private AnnotationChecks() {
    }

    /** [start, end) must be a non-empty range of the text whose ends fall between characters. */
    static void passage(String text, int start, int end) throws AnnotationException {
        if (start < 0 || end <= start || end > text.length()) {
            throw new AnnotationException("annotate.error.range", start, end, text.length());
        }
        between(text, start, end);
    }

    /** Neither end may cut an emoji or a CJK character outside the BMP in half: its quote could not be stored. */
    static void between(String text, int start, int end) throws AnnotationException {
        if (Utf16.splitsPair(text, start) || Utf16.splitsPair(text, end)) {
            throw new AnnotationException("annotate.error.splitsCharacter", String.valueOf(start), String.valueOf(end));
        }
    }

    /** A note's text, stripped; blank and unstorable (half a surrogate pair) bodies are refused. */
    static String body(String body) throws AnnotationException {
        if (body == null || body.isBlank()) {
            throw new AnnotationException("annotate.error.emptyNote");
        }
        if (!Utf16.isWellFormed(body)) {
            throw new AnnotationException("annotate.error.brokenCharacter");
        }
        return body.strip();
    }
}
