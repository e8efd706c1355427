package jingdu.analysis;

import java.util.Arrays;
import java.util.List;

/**
 * Aho–Corasick over a set of phrases: one pass over a text finds every phrase it contains, however many
 * phrases there are. Transitions live in one open-addressed table keyed by (node, char), so the automaton
 * of some 20,000 phrases is a few arrays, not 100,000 maps.
 */
final class PhraseAutomaton {

    private static final int ROOT = 0;

    private final int phraseCount;
    private int nodes = 1;
    /** The phrase ending at a node, or -1. */
    private int[] phraseAt = new int[64];
    private int[] fail = new int[64];
    /** The nearest node on the fail chain (itself excluded) where a phrase ends, or -1. */
    private int[] output = new int[64];
    private int[] firstChild = new int[64];
    private int[] nextSibling = new int[64];
    private char[] label = new char[64];
    private final Edges edges;

    PhraseAutomaton(List<String> phrases) {
        this.phraseCount = phrases.size();
        int chars = 0;
        for (String p : phrases) {
            chars += p.length();
        }
        edges = new Edges(chars + 1);
        Arrays.fill(phraseAt, -1);
        firstChild[ROOT] = -1;
        for (int i = 0; i < phrases.size(); i++) {
            insert(phrases.get(i), i);
        }
        link();
    }

    private void insert(String phrase, int index) {
        int node = ROOT;
        for (int k = 0; k < phrase.length(); k++) {
            char c = phrase.charAt(k);
            int next = edges.get(node, c);
            if (next < 0) {
                next = newNode(c);
                edges.put(node, c, next);
                nextSibling[next] = firstChild[node];
                firstChild[node] = next;
            }
            node = next;
        }
        if (phraseAt[node] < 0) {
            phraseAt[node] = index;
        }
    }

    private int newNode(char c) {
        if (nodes == phraseAt.length) {
            int n = nodes * 2;
            phraseAt = Arrays.copyOf(phraseAt, n);
            Arrays.fill(phraseAt, nodes, n, -1);
            fail = Arrays.copyOf(fail, n);
            output = Arrays.copyOf(output, n);
            firstChild = Arrays.copyOf(firstChild, n);
            nextSibling = Arrays.copyOf(nextSibling, n);
            label = Arrays.copyOf(label, n);
        }
        int node = nodes++;
        label[node] = c;
        firstChild[node] = -1;
        return node;
    }

    /** Fail and output links, breadth first. */
    private void link() {
        int[] queue = new int[nodes];
        int head = 0;
        int tail = 0;
        output[ROOT] = -1;
        for (int ch = firstChild[ROOT]; ch >= 0; ch = nextSibling[ch]) {
            fail[ch] = ROOT;
            output[ch] = -1;
            queue[tail++] = ch;
        }
        while (head < tail) {
            int node = queue[head++];
            for (int ch = firstChild[node]; ch >= 0; ch = nextSibling[ch]) {
                char c = label[ch];
                int f = fail[node];
                int to = edges.get(f, c);
                while (to < 0 && f != ROOT) {
                    f = fail[f];
                    to = edges.get(f, c);
                }
                fail[ch] = to < 0 ? ROOT : to;
                output[ch] = phraseAt[fail[ch]] >= 0 ? fail[ch] : output[fail[ch]];
                queue[tail++] = ch;
            }
        }
    }

    private int step(int node, char c) {
        int f = node;
        while (true) {
            int to = edges.get(f, c);
            if (to >= 0) {
                return to;
            }
            if (f == ROOT) {
                return ROOT;
            }
            f = fail[f];
        }
    }

    /**
     * Marks in {@code found} (indexed by phrase) every phrase {@code text} contains; phrases found before stay
     * found. Returns how many phrases are found in all.
     */
    int markContained(CharSequence text, Marks found) {
        int node = ROOT;
        for (int i = 0, n = text.length(); i < n; i++) {
            node = step(node, text.charAt(i));
            // a node marked once had its whole output chain marked with it: stop at the first marked one
            for (int t = phraseAt[node] >= 0 ? node : output[node]; t >= 0 && !found.node[t]; t = output[t]) {
                found.node[t] = true;
                found.phrase[phraseAt[t]] = true;
                found.count++;
            }
            if (found.count == phraseCount) {
                break;
            }
        }
        return found.count;
    }

    /** Where each phrase first ends in {@code text} ({@code -1}: nowhere) and how often it occurs (overlaps counted). */
    void occurrences(String text, int[] firstEnd, int[] count) {
        Arrays.fill(firstEnd, -1);
        Arrays.fill(count, 0);
        int node = ROOT;
        for (int i = 0, n = text.length(); i < n; i++) {
            node = step(node, text.charAt(i));
            for (int t = phraseAt[node] >= 0 ? node : output[node]; t >= 0; t = output[t]) {
                int p = phraseAt[t];
                if (count[p]++ == 0) {
                    firstEnd[p] = i + 1;
                }
            }
        }
    }

    /** Which phrases (and automaton nodes) were found, across the texts scanned. */
    Marks marks() {
        return new Marks(nodes, phraseCount);
    }

    static final class Marks {
        private final boolean[] node;
        private final boolean[] phrase;
        private int count;

        private Marks(int nodes, int phrases) {
            this.node = new boolean[nodes];
            this.phrase = new boolean[phrases];
        }

        boolean found(int phraseIndex) {
            return phrase[phraseIndex];
        }
    }

    /** (node, char) -> child, open addressing with linear probing. */
    private static final class Edges {
        private final long[] keys;
        private final int[] values;
        private final int mask;

        Edges(int expected) {
            int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
            keys = new long[capacity];
            Arrays.fill(keys, -1L);
            values = new int[capacity];
            mask = capacity - 1;
        }

        private int slot(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h >>> 32) & mask;
        }

        int get(int node, char c) {
            long key = ((long) node << 16) | c;
            for (int s = slot(key); ; s = (s + 1) & mask) {
                long k = keys[s];
                if (k == key) {
                    return values[s];
                }
                if (k == -1L) {
                    return -1;
                }
            }
        }

        void put(int node, char c, int child) {
            long key = ((long) node << 16) | c;
            int s = slot(key);
            while (keys[s] != -1L) {
                s = (s + 1) & mask;
            }
            keys[s] = key;
            values[s] = child;
        }
    }
}
