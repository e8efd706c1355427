package jingdu.app;

/**
 * Titles and the other one-line details of a speech. Line breaks, tabs and other control characters
 * become a space (they broke {@code list}'s tab-separated lines); bidirectional controls such as U+202E
 * are dropped (they reorder what the reader sees); so are byte-order marks and half surrogate pairs.
 */
public final class SingleLine {

    private SingleLine() {
    }

    /** The cleaned text, spaces collapsed and stripped; null stays null. */
    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(s.length());
        int n = s.length();
        for (int i = 0; i < n; ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (isBidiControl(cp) || cp == 0xFEFF || Character.getType(cp) == Character.SURROGATE) {
                continue;
            }
            boolean space = Character.isISOControl(cp) || Character.isWhitespace(cp)
                    || Character.getType(cp) == Character.LINE_SEPARATOR || Character.getType(cp) == Character.PARAGRAPH_SEPARATOR;
            if (space) {
                if (!b.isEmpty() && b.charAt(b.length() - 1) != ' ') {
                    b.append(' ');
                }
            } else {
                b.appendCodePoint(cp);
            }
        }
        return b.toString().strip();
    }

    /** Marks, embeddings, overrides and isolates of the Unicode bidirectional algorithm. */
    static boolean isBidiControl(int cp) {
        return cp == 0x061C || cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
    }
}
