package jingdu.ui.reader;

import java.util.HashSet;
import java.util.Set;

import jingdu.model.Analysis;
import jingdu.model.ParagraphInfo;

/**
 * Which paragraphs the reader indents by two characters: every paragraph of body text. Not the title line, not a
 * heading that is a line of its own (一、总体要求), not the salutation (同志们：, written flush left), not an empty
 * line, and not a line that already starts with a space in the text (an imported 　　 indent is shown as it is). A heading that runs into its paragraph (一、风险上要再研判。
 * 夏季历来是…) opens body text and is indented with it. Pure, so the highlighter and tests can use it.
 */
public final class FirstLineIndent {

    private FirstLineIndent() {
    }

    /**
     * The offsets of the first characters to indent, ascending. {@code titleLine}: the first line is the title.
     * {@code analysis} may be null (not there yet): then only the title and the cases read from the text are left out.
     */
    public static int[] leads(String text, boolean titleLine, Analysis analysis) {
        Set<Integer> headings = new HashSet<>();
        if (analysis != null) {
            for (ParagraphInfo p : analysis.paragraphs()) {
                if (p.heading() > 0 && !p.runIn()) {
                    headings.add(p.start());
                }
            }
        }
        int[] out = new int[16];
        int n = 0;
        int line = 0;
        for (int start = 0; start <= text.length(); line++) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            if (end > start && !(line == 0 && titleLine) && indentable(text.charAt(start))
                    && !headings.contains(start) && !salutation(text, start, end)) {
                if (n == out.length) {
                    out = java.util.Arrays.copyOf(out, n * 2);
                }
                out[n++] = start;
            }
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** A short line ending with a colon: the salutation (同志们：, 各位领导、同志们：). */
    private static boolean salutation(String text, int start, int end) {
        char last = text.charAt(end - 1);
        return end - start <= SALUTATION_MAX && (last == '：' || last == ':');
    }

    /** The longest salutation line (各位领导、各位来宾、同志们：). */
    private static final int SALUTATION_MAX = 16;

    /**
     * A character the indent can carry: not a space, and one UTF-16 unit (the indent's node stands for exactly one
     * character of the flow, so a character outside the basic plane starts its paragraph unindented).
     */
    private static boolean indentable(char c) {
        return !Character.isWhitespace(c) && !Character.isSpaceChar(c) && !Character.isSurrogate(c);
    }
}
