package jingdu.analysis;

import java.util.ArrayList;
import java.util.List;

import jingdu.text.TextLayout;

/**
 * The units the sentence rules read. A sentence is one unit; a sentence longer than {@link #MAX}
 * characters (text without sentence ends: a table flattened into one line, a run with no punctuation)
 * is read in pieces of at most {@link #MAX}, cut after a comma or between two words. The obligation,
 * duty-bearer, deadline and level rules walk their unit back and forth, so bounding it keeps the
 * engine's cost linear in the text; real sentences (the longest in the corpora has 290 characters) are
 * never cut.
 */
final class SentencePieces {

    static final int MAX = 1_000;
    private static final String CUT_AFTER = "，,、：:";

    private SentencePieces() {
    }

    /** {@code sentence} itself when short enough, else its pieces in order; {@code tokens} cover it. */
    static List<TextLayout.Range> of(String text, TextLayout.Range sentence, Tokens tokens) {
        if (sentence.end() - sentence.start() <= MAX) {
            return List.of(sentence);
        }
        List<TextLayout.Range> out = new ArrayList<>();
        int pos = sentence.start();
        while (sentence.end() - pos > MAX) {
            int cut = cut(text, pos, pos + MAX, tokens);
            TextLayout.addStripped(out, text, pos, cut);
            pos = cut;
        }
        TextLayout.addStripped(out, text, pos, sentence.end());
        return out;
    }

    /** Where to end the piece starting at {@code from}: after a comma, else between words, else at {@code limit}. */
    private static int cut(String text, int from, int limit, Tokens tokens) {
        int half = from + MAX / 2;
        for (int i = limit - 1; i >= half; i--) {
            if (CUT_AFTER.indexOf(text.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        int w = tokens.firstAtOrAfter(limit);
        if (w < tokens.size && tokens.start[w] == limit) {
            return limit;
        }
        if (w > 0 && tokens.start[w - 1] > half) {
            return tokens.start[w - 1];
        }
        return limit; // one "word" longer than half a piece: no word to keep whole
    }
}
