package jingdu.app.compile;

import java.util.Arrays;

/**
 * When two excerpts say the same thing: their character bigrams, with punctuation, spacing and letter case
 * left out, shared at least {@link #THRESHOLD} (the Dice coefficient of the two bigram multisets). So a
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

    /** The sorted bigrams of a normalised text (one element, the character, for a one-character text). */
    static long[] bigrams(String normalized) {
        if (normalized.length() < 2) {
            return normalized.isEmpty() ? new long[0] : new long[] {normalized.charAt(0)};
        }
        long[] out = new long[normalized.length() - 1];
        for (int i = 0; i < out.length; i++) {
            out[i] = ((long) normalized.charAt(i) << 16) | normalized.charAt(i + 1);
        }
        Arrays.sort(out);
        return out;
    }

    /** The Dice coefficient of two sorted bigram arrays: 1 for equal texts, 0 for nothing shared. */
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

    /** False when lengths alone rule out reaching the threshold (a cheap test before counting). */
    static boolean mayMatch(int lengthA, int lengthB) {
        int min = Math.min(lengthA, lengthB);
        int max = Math.max(lengthA, lengthB);
        return 2.0 * min / (min + max) >= THRESHOLD - 1e-9;
    }
}
