package jingdu.app.compile;

import java.util.Arrays;

/**
 * When two excerpts say the same thing: their character bigrams, with punctuation, spacing and letter case
 * left out, shared at least {@link #THRESHOLD} (the Dice coefficient of the two sets of distinct bigrams). So a
 * sentence repeated in a later speech with a comma moved or a 的 dropped is one excerpt with two sources.
 */
public final class NearDuplicates {

    /** The least share of bigrams two excerpts have in common to be shown once. */
    public static final double THRESHOLD = 0.9;

    private NearDuplicates() {
    }

    /** Letters and digits only, full-width folded, lower case. */
    public static String normalize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp >= 0xFF01 && cp <= 0xFF5E) {
                cp -= 0xFEE0;
            }
            if (Character.isLetterOrDigit(cp)) {
                out.appendCodePoint(Character.toLowerCase(cp));
            }
        });
        return out.toString();
    }

    /** The distinct bigrams of a normalised text, sorted (one element, the character, for a one-character text). */
    static long[] bigrams(String normalized) {
        if (normalized.length() < 2) {
            return normalized.isEmpty() ? new long[0] : new long[] {normalized.charAt(0)};
        }
        long[] out = new long[normalized.length() - 1];
        for (int i = 0; i < out.length; i++) {
            out[i] = ((long) normalized.charAt(i) << 16) | normalized.charAt(i + 1);
        }
        Arrays.sort(out);
        int n = 0;
        for (int i = 0; i < out.length; i++) {
            if (i == 0 || out[i] != out[i - 1]) {
                out[n++] = out[i];
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** The Dice coefficient of two sorted sets of bigrams: 1 for equal sets, 0 for nothing shared. */
    static double similarity(long[] a, long[] b) {
        if (a.length == 0 && b.length == 0) {
            return 1;
        }
        int i = 0;
        int j = 0;
        int shared = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                shared++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return 2.0 * shared / (a.length + b.length);
    }

    /** The similarity of two texts as {@link #THRESHOLD} measures it. */
    public static double similarity(String a, String b) {
        return similarity(bigrams(normalize(a)), bigrams(normalize(b)));
    }

    /**
     * How many of a set's bigrams, taken in one global order, another set reaching the threshold with it must
     * share at least one of (prefix filtering): the set of {@code size} shares at least
     * {@code ceil(size * t / (2 - t))} bigrams with any set that reaches {@code t}, so the two prefixes of
     * {@code size - that + 1} meet.
     */
    static int prefix(int size) {
        int shared = (int) Math.ceil(size * THRESHOLD / (2 - THRESHOLD) - 1e-9);
        return Math.max(0, size - shared + 1);
    }
}
