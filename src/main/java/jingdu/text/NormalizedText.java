package jingdu.text;

import java.text.Normalizer;

/**
 * A text as a duplicate check compares it: Unicode NFKC (full-width letters, digits and ASCII punctuation
 * become their plain forms, so {@code ，} and {@code ,} agree), curly quotes as straight ones, and no
 * whitespace or invisible characters at all (line and paragraph breaks, U+3000, zero-width spaces, BOMs,
 * soft hyphens). Two files of one speech whose readers broke or joined its lines differently, or spaced
 * it differently, read the same here.
 */
public final class NormalizedText {

    private NormalizedText() {
    }

    /** The normalised form of {@code text}. */
    public static String of(CharSequence text) {
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        for (int i = 0; i < nfkc.length(); i++) {
            char c = nfkc.charAt(i);
            if (!dropped(c)) {
                out.append(folded(c));
            }
        }
        return out.toString();
    }

    /**
     * The normalised form of {@code text} with, for each of its characters, the [start, end) range of
     * {@code text} it came from: how a quote found in the normalised form is placed back in the text.
     * Each code point is normalised on its own (Chinese text has no combining sequences to compose).
     */
    public static Mapped mapped(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int[] starts = new int[text.length() + 1];
        int[] ends = new int[text.length() + 1];
        int n = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            String one = Normalizer.normalize(text.substring(i, next), Normalizer.Form.NFKC);
            for (int k = 0; k < one.length(); k++) {
                char c = one.charAt(k);
                if (dropped(c)) {
                    continue;
                }
                if (n == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, n * 2);
                    ends = java.util.Arrays.copyOf(ends, n * 2);
                }
                out.append(folded(c));
                starts[n] = i;
                ends[n] = next;
                n++;
            }
            i = next;
        }
        return new Mapped(out.toString(), java.util.Arrays.copyOf(starts, n), java.util.Arrays.copyOf(ends, n));
    }

    /** A normalised text and where each of its characters came from in the original. */
    public record Mapped(String text, int[] starts, int[] ends) {

        /** The original range of the normalised range [from, to) (to > from). */
        public TextLayout.Range original(int from, int to) {
            return new TextLayout.Range(starts[from], ends[to - 1]);
        }
    }

    private static boolean dropped(char c) {
        return TextLayout.isSpace(c) || switch (c) {
            case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD' -> true;
            default -> false;
        };
    }

    private static char folded(char c) {
        return switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> '\'';
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u301D', '\u301E' -> '"';
            default -> c;
        };
    }
}
