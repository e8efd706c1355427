package jingdu.app.library;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jingdu.text.NormalizedText;
import jingdu.text.TextLayout;

/**
 * Finds speeches that are nearly the same text: two speeches are near-duplicates when each has at least
 * {@link #THRESHOLD} of its sentences in the other ({@code shared / max(|a|, |b|)}, over distinct sentences).
 * <p>Sentences are cut as the annotation guide cuts them ({@link TextLayout#sentences}), over the whole text
 * at once in its {@link NormalizedText} form, whitespace and line breaks left out: a sentence
 * a PDF reader broke over two lines, or over two paragraphs, is the same sentence as the .docx's. A few
 * sentences that differ (a page number left in, a header the reader kept) cost a few percent; two different
 * speeches sharing a greeting, a closing and the usual slogans stay far apart.
 * <p>Fast on large libraries without comparing every pair: each speech's sentences are ordered rarest first
 * across the library, and two speeches are compared only when they share one of the first few of them
 * (prefix filtering: a pair sharing {@code t·n} sentences must share one among the first {@code n − ⌈t·n⌉ + 1}
 * of either). Sentences common to many speeches sort last and so never make a pair by themselves.
 * Speeches are added one at a time, so their texts need not all be held at once.
 */
public final class DuplicateFinder {

    /** The share of sentences two near-duplicates have in common. */
    public static final double THRESHOLD = 0.95;

    /** Two speeches and the share of sentences they have in common (0–1). */
    public record Pair(long first, long second, double similarity) {
    }

    private final double threshold;
    private final List<Long> ids = new ArrayList<>();
    /** Each speech's distinct sentence keys, sorted by value. */
    private final List<long[]> keys = new ArrayList<>();
    private final Map<Long, Integer> index = new HashMap<>();

    public DuplicateFinder() {
        this(THRESHOLD);
    }

    public DuplicateFinder(double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
        }
        this.threshold = threshold;
    }

    /** Adds a speech; a speech with no sentence at all is left out. */
    public void add(long id, String text) {
        if (index.containsKey(id)) {
            throw new IllegalArgumentException("speech " + id + " added twice");
        }
        long[] k = sentenceKeys(text);
        if (k.length == 0) {
            return;
        }
        index.put(id, ids.size());
        ids.add(id);
        keys.add(k);
    }

    /** The share of sentences the two added speeches have in common; 0 for a speech not added. */
    public double similarity(long first, long second) {
        Integer a = index.get(first);
        Integer b = index.get(second);
        return a == null || b == null ? 0 : similarity(keys.get(a), keys.get(b));
    }

    /** Every pair at or above the threshold, each once (first id &lt; second id), in id order. */
    public List<Pair> pairs() {
        int n = ids.size();
        Map<Long, Integer> frequency = new HashMap<>();
        for (long[] k : keys) {
            for (long key : k) {
                frequency.merge(key, 1, Integer::sum);
            }
        }
        Map<Long, List<Integer>> postings = new HashMap<>();
        int[] seen = new int[n];
        Arrays.fill(seen, -1);
        List<Pair> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long[] a = keys.get(i);
            long[] prefix = prefix(a, frequency);
            for (long key : prefix) {
                List<Integer> earlier = postings.computeIfAbsent(key, k -> new ArrayList<>(2));
                for (int j : earlier) {
                    if (seen[j] == i) {
                        continue; // compared already through another shared sentence
                    }
                    seen[j] = i;
                    long[] b = keys.get(j);
                    if (Math.min(a.length, b.length) < required(Math.max(a.length, b.length))) {
                        continue; // too different in size to share enough
                    }
                    double similarity = similarity(a, b);
                    if (similarity >= threshold) {
                        long x = ids.get(i);
                        long y = ids.get(j);
                        out.add(new Pair(Math.min(x, y), Math.max(x, y), similarity));
                    }
                }
                earlier.add(i);
            }
        }
        out.sort(Comparator.comparingLong(Pair::first).thenComparingLong(Pair::second));
        return out;
    }

    /**
     * The speeches that are near-duplicates of each other, joined through any pair (so a group may hold two
     * that only meet through a third); each group in id order, groups by their first id.
     */
    public List<List<Long>> groups() {
        Map<Long, Long> parent = new HashMap<>();
        for (Pair p : pairs()) {
            long a = root(parent, p.first());
            long b = root(parent, p.second());
            if (a != b) {
                parent.put(Math.max(a, b), Math.min(a, b)); // the smallest id is a group's root
            }
        }
        Map<Long, List<Long>> byRoot = new TreeMap<>();
        for (long id : parent.keySet()) {
            byRoot.computeIfAbsent(root(parent, id), r -> new ArrayList<>()).add(id);
        }
        List<List<Long>> out = new ArrayList<>();
        for (List<Long> members : byRoot.values()) {
            members.sort(null);
            out.add(List.copyOf(members));
        }
        return out;
    }

    private static long root(Map<Long, Long> parent, long id) {
        parent.putIfAbsent(id, id);
        long r = id;
        while (parent.get(r) != r) {
            r = parent.get(r);
        }
        return r;
    }

    /** How many sentences a speech of {@code n} must share with another of at most its size. */
    private int required(int n) {
        return (int) Math.ceil(threshold * n - 1e-9);
    }

    /** The rarest {@code n − required(n) + 1} keys (ties by value): at least one is shared with any near-duplicate. */
    private long[] prefix(long[] k, Map<Long, Integer> frequency) {
        int length = Math.min(k.length, k.length - required(k.length) + 1);
        // frequency in the high half, the key's place (k is sorted by value) in the low half: one primitive sort
        long[] order = new long[k.length];
        for (int i = 0; i < k.length; i++) {
            order[i] = (long) frequency.get(k[i]) << 32 | i;
        }
        Arrays.sort(order);
        long[] out = new long[length];
        for (int i = 0; i < length; i++) {
            out[i] = k[(int) order[i]];
        }
        return out;
    }

    /** Shared distinct sentences over the larger count (both sorted by value). */
    static double similarity(long[] a, long[] b) {
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        int shared = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
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
        return (double) shared / Math.max(a.length, b.length);
    }

    /**
     * The text's distinct sentences as 64-bit fingerprints of their normalised form, sorted. The whole text is
     * normalised once and cut there (the sentence ends survive normalisation, full-width ones as their plain forms,
     * which the guide's cut knows too); breaks and spaces are gone by then, so no break can cut a sentence.
     */
    static long[] sentenceKeys(String text) {
        String normalized = NormalizedText.of(text);
        List<TextLayout.Range> sentences = TextLayout.sentences(normalized, new TextLayout.Range(0, normalized.length()));
        long[] out = new long[sentences.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = hash(normalized, sentences.get(i).start(), sentences.get(i).end());
        }
        return Arrays.stream(out).sorted().distinct().toArray();
    }

    /** FNV-1a over the characters, then a 64-bit finaliser: collisions are out of reach for a library's sentences. */
    private static long hash(String s, int from, int to) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < to; i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb93fe53c27f5L;
        h ^= h >>> 33;
        return h;
    }
}
