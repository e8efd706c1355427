package jingdu.analysis;

import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;

/**
 * Every phrase of a set found in a text in one pass, however many phrases there are: HanLP's Aho–Corasick
 * double-array trie (the one its dictionaries use), built once per set. A phrase listed twice is reported under
 * its first index.
 */
final class PhraseAutomaton {

    /** Earlier texts are scanned in pieces of this many characters, so a scan stops soon after every phrase is found. */
    private static final int PIECE = 4096;

    private final AhoCorasickDoubleArrayTrie<Integer> trie = new AhoCorasickDoubleArrayTrie<>();
    private final int phraseCount;
    private final int listed;
    private final int longest;

    PhraseAutomaton(List<String> phrases) {
        TreeMap<String, Integer> first = new TreeMap<>();
        int longest = 1;
        for (int i = 0; i < phrases.size(); i++) {
            first.putIfAbsent(phrases.get(i), i);
            longest = Math.max(longest, phrases.get(i).length());
        }
        this.phraseCount = first.size();
        this.listed = phrases.size();
        this.longest = longest;
        trie.build(first);
    }

    /**
     * Marks in {@code found} (indexed by phrase) every phrase {@code text} contains; phrases found before stay
     * found. Returns how many different phrases are found in all.
     */
    int markContained(CharSequence text, Marks found) {
        String s = text.toString();
        // pieces overlap by the longest phrase less one, so a phrase across two pieces is whole in one of them
        for (int from = 0; from < s.length() && found.count < phraseCount; from += PIECE) {
            String piece = s.substring(from, Math.min(s.length(), from + PIECE + longest - 1));
            trie.parseText(piece, (begin, end, p) -> {
                if (!found.phrase[p]) {
                    found.phrase[p] = true;
                    found.count++;
                }
            });
        }
        return found.count;
    }

    /** Where each phrase first ends in {@code text} ({@code -1}: nowhere) and how often it occurs (overlaps counted). */
    void occurrences(String text, int[] firstEnd, int[] count) {
        Arrays.fill(firstEnd, -1);
        Arrays.fill(count, 0);
        trie.parseText(text, (begin, end, p) -> {
            count[p]++;
            if (firstEnd[p] < 0 || end < firstEnd[p]) {
                firstEnd[p] = end;
            }
        });
    }

    /** Which phrases were found, across the texts scanned. */
    Marks marks() {
        return new Marks(listed);
    }

    static final class Marks {
        private final boolean[] phrase;
        private int count;

        private Marks(int phrases) {
            this.phrase = new boolean[phrases];
        }

        boolean found(int phraseIndex) {
            return phrase[phraseIndex];
        }
    }
}
