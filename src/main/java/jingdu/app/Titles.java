package jingdu.app;

import jingdu.analysis.SpeechFacts;

/** A speech's title: its first line when that reads as a title, else the file name, else the text's beginning. */
public final class Titles {

    /** How much of the text names a speech whose file name says nothing readable. */
    private static final int BEGINNING = 24;

    private Titles() {
    }

    /** Always one clean line ({@link SingleLine}): no tabs, line breaks or bidi controls. */
    public static String of(String canonicalText, String fileName) {
        int nl = canonicalText.indexOf('\n');
        String first = SingleLine.clean(nl < 0 ? canonicalText : canonicalText.substring(0, nl));
        // a sentence, an address (同志们：), a numbered heading or a bare date is no title
        if (SpeechFacts.isTitleLine(first)) {
            return first;
        }
        String name = fromFileName(fileName);
        return name.isEmpty() ? beginning(canonicalText) : name;
    }

    /** Whether a line reads as a title (short, no sentence inside, no salutation, numbered heading or bare date). */
    public static boolean isTitleLine(String line) {
        return SpeechFacts.isTitleLine(line);
    }

    /**
     * The file name without its extension. U+FFFD stands for bytes the system could not decode (see
     * {@link FileNames#readable}); they are dropped, and a name with nothing readable left gives "".
     */
    private static String fromFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String base = dot > 0 ? fileName.substring(0, dot) : fileName;
        String readable = SingleLine.clean(base.replace("\uFFFD", ""));
        return readable.codePoints().anyMatch(Character::isLetterOrDigit) ? readable : "";
    }

    /** The text's first characters, paragraphs run together, cut between characters (never inside an emoji). */
    private static String beginning(String canonicalText) {
        StringBuilder b = new StringBuilder();
        for (String line : canonicalText.split("\n")) {
            if (!b.isEmpty() && !line.isEmpty() && isLatin(b.charAt(b.length() - 1)) && isLatin(line.charAt(0))) {
                b.append(' ');
            }
            b.append(line);
            if (b.length() > 4 * BEGINNING) {
                break;
            }
        }
        String flat = SingleLine.clean(b.toString());
        if (flat.codePointCount(0, flat.length()) <= BEGINNING) {
            return flat;
        }
        return flat.substring(0, flat.offsetByCodePoints(0, BEGINNING)).strip() + "…";
    }

    private static boolean isLatin(char c) {
        return c < 0x2E80 && Character.isLetterOrDigit(c);
    }
}
