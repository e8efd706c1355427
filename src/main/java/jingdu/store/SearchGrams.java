package jingdu.store;

import java.util.List;

/**
 * How text becomes search tokens. Every character is one "unigram" token and every pair of
 * neighbouring characters one "bigram" token, both written as lowercase hex code points, so a query
 * of any length is a plain token (1 character), a bigram (2) or a phrase of overlapping bigrams (3+),
 * and no character the user types ever reaches the FTS5 query parser.
 */
public final class SearchGrams {

    /** Stands for a bigram that spans whitespace; keeps phrase positions honest without matching anything. */
    static final String GAP = "z";

    private SearchGrams() {
    }

    /**
     * Case and width folded, one UTF-16 unit for one, so offsets in the folded text are offsets in the
     * original: full-width ASCII becomes ASCII, Latin letters lower case, U+3000 a space.
     */
    public static String fold(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = fold(text.charAt(i));
        }
        return new String(out);
    }

    static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            c = (char) (c - 0xFEE0);
        } else if (c == '\u3000') {
            return ' ';
        }
        return Character.toLowerCase(c);
    }

    /** The unigram tokens of {@code text}, space separated (whitespace characters have none). */
    public static String unigrams(String text) {
        String folded = fold(text);
        StringBuilder b = new StringBuilder(folded.length() * 6);
        folded.codePoints().filter(cp -> !Character.isWhitespace(cp)).forEach(cp -> {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append('u').append(Integer.toHexString(cp));
        });
        return b.toString();
    }

    /** The bigram tokens of {@code text}, space separated, in order, one per neighbouring pair. */
    public static String bigrams(String text) {
        int[] cps = fold(text).codePoints().toArray();
        StringBuilder b = new StringBuilder(cps.length * 11);
        for (int i = 0; i + 1 < cps.length; i++) {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            appendBigram(b, cps[i], cps[i + 1]);
        }
        return b.toString();
    }

    private static void appendBigram(StringBuilder b, int first, int second) {
        if (Character.isWhitespace(first) || Character.isWhitespace(second)) {
            b.append(GAP);
        } else {
            b.append('b').append(Integer.toHexString(first)).append('x').append(Integer.toHexString(second));
        }
    }

    /** Length of a (folded, whitespace-free) term in characters, as the index counts them. */
    public static int length(String term) {
        return term.codePointCount(0, term.length());
    }

    /** FTS5 expression for the unigram index: every one-character term, AND-ed. */
    static String unigramQuery(List<String> terms) {
        StringBuilder b = new StringBuilder();
        for (String t : terms) {
            if (!b.isEmpty()) {
                b.append(" AND ");
            }
            b.append('"').append(unigrams(t)).append('"');
        }
        return b.toString();
    }

    /** FTS5 expression for the bigram index: each term of two or more characters a phrase, AND-ed. */
    static String bigramQuery(List<String> terms) {
        StringBuilder b = new StringBuilder();
        for (String t : terms) {
            if (!b.isEmpty()) {
                b.append(" AND ");
            }
            b.append('"').append(bigrams(t)).append('"');
        }
        return b.toString();
    }
}
