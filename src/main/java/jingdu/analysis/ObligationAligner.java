package jingdu.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jingdu.model.AlignedObligation;
import jingdu.model.ComparedObligation;
import jingdu.model.TaskChange;
import jingdu.model.WordingPiece;

/**
 * Aligns the obligations of an older side (one speech or several) with those of a newer speech by meaning:
 * each newer obligation continues at most one older one and each older one continues into at most one newer
 * one. Pure: no store; the same input always gives the same rows.
 *
 * <p>Similarity (decision 0018): TF-IDF cosine over HanLP words (its dictionary segmenter), blended with a TF-IDF cosine over character
 * bigrams of the content words (a word HanLP cuts differently on each side still shares its bigrams), plus a
 * little for the same duty bearer and the same sectors. The IDF is counted over both sides' obligations, so a
 * word every obligation has (安全, 工作) weighs little; modal and intensity words (要, 必须, 加强, 进一步) weigh
 * little whatever their counts, since a change of them is a change of strength, not of the task. Pairs are
 * taken best first, one to one, down to {@link #THRESHOLD}.
 */
public final class ObligationAligner {

    /** One link: older index, newer index, similarity in [0, 1]. */
    public record Link(int older, int newer, double similarity) {
    }

    /** The least similarity of a link: the middle of the widest best plateau on the development pairs (0.30-0.425; decision 0018). */
    public static final double THRESHOLD = 0.35;
    /** Share of the word cosine in the blend; the rest is the bigram cosine. */
    static final double WORD_SHARE = 0.5;
    /** Added when both name the same duty bearer, taken off when both name different ones. */
    static final double ACTOR_BONUS = 0.06;
    /** Times the Jaccard overlap of the two obligations' sectors, added. */
    static final double SECTOR_BONUS = 0.05;
    /** Weight of a word of {@link #FUNCTION_WORDS} beside an ordinary word's. */
    static final double FUNCTION_WEIGHT = 0.15;

    /**
     * Words that say how strongly or how keenly, or hold a sentence together, and not which task: a speech
     * that says 必须进一步加强 where the last one said 要加强 still asks for the same thing.
     */
    static final Set<String> FUNCTION_WORDS = WordLists.read("/lexicon/alignment-words.tsv", "function").set("function");

    private final Segmenter segmenter;

    public ObligationAligner() {
        this(new Segmenter());
    }

    ObligationAligner(Segmenter segmenter) {
        this.segmenter = segmenter;
    }

    /** The words of {@code text} as HanLP cuts them, punctuation and spaces left out. */
    public List<String> words(String text) {
        Tokens t = segmenter.dictionaryWords(text);
        List<String> out = new ArrayList<>(t.size);
        for (int i = 0; i < t.size; i++) {
            if (isWord(t.word[i])) {
                out.add(t.word[i]);
            }
        }
        return out;
    }

    /** Rows in the newer side's order (continued or new), then the dropped older ones in their order. */
    public List<AlignedObligation> align(List<ComparedObligation> older, List<ComparedObligation> newer) {
        Prepared p = prepare(older, newer);
        List<Link> links = links(p);
        Link[] byNewer = new Link[newer.size()];
        boolean[] olderLinked = new boolean[older.size()];
        for (Link l : links) {
            byNewer[l.newer()] = l;
            olderLinked[l.older()] = true;
        }
        List<AlignedObligation> rows = new ArrayList<>(newer.size() + older.size());
        for (int j = 0; j < newer.size(); j++) {
            Link l = byNewer[j];
            if (l == null) {
                rows.add(new AlignedObligation(TaskChange.NEW, null, newer.get(j), 0, List.of()));
            } else {
                ComparedObligation o = older.get(l.older());
                rows.add(new AlignedObligation(TaskChange.CONTINUED, o, newer.get(j), l.similarity(),
                        diff(p.older[l.older()].f().pieces, p.newer[j].f().pieces)));
            }
        }
        for (int i = 0; i < older.size(); i++) {
            if (!olderLinked[i]) {
                rows.add(new AlignedObligation(TaskChange.DROPPED, older.get(i), null, 0, List.of()));
            }
        }
        return rows;
    }

    /** The one-to-one links at or above {@link #THRESHOLD}, in the newer side's order. */
    public List<Link> links(List<ComparedObligation> older, List<ComparedObligation> newer) {
        return links(prepare(older, newer));
    }

    /** Every pair's similarity above zero (for tuning and tests), unordered. */
    List<Link> candidates(List<ComparedObligation> older, List<ComparedObligation> newer) {
        return candidates(prepare(older, newer), Double.MIN_VALUE);
    }

    private List<Link> links(Prepared p) {
        return oneToOne(candidates(p, THRESHOLD), p.older.length, p.newer.length);
    }

    // ---- features ----------------------------------------------------------------------------------

    /**
     * The features of one wording: word and bigram vectors (ids ascending; counts until weighed, then unit-length
     * TF-IDF), and the text cut at HanLP's word boundaries, punctuation included, for the diff. Obligations of
     * the same wording (a collection repeats its set phrases) share one.
     */
    private static final class Features {
        String normalized;
        String[] pieces;
        int[] wordIds;
        double[] wordWeights;
        int[] gramIds;
        double[] gramWeights;
    }

    /** One obligation: its wording's features, its duty bearer (null when none) and sectors. */
    private record Item(Features f, String actor, List<String> sectors) {
    }

    private record Prepared(Item[] older, Item[] newer) {
    }

    /** Words or bigrams numbered in the order first met. */
    private static final class Vocabulary {
        final Map<String, Integer> ids = new HashMap<>();
        boolean[] function = new boolean[256];

        int id(String s) {
            Integer id = ids.get(s);
            if (id == null) {
                id = ids.size();
                ids.put(s, id);
                if (id >= function.length) {
                    function = Arrays.copyOf(function, function.length * 2);
                }
                function[id] = FUNCTION_WORDS.contains(s);
            }
            return id;
        }

        int size() {
            return ids.size();
        }
    }

    private Prepared prepare(List<ComparedObligation> older, List<ComparedObligation> newer) {
        Vocabulary words = new Vocabulary();
        Vocabulary grams = new Vocabulary();
        Map<String, Features> byText = new HashMap<>();
        Item[] o = new Item[older.size()];
        Item[] n = new Item[newer.size()];
        for (int i = 0; i < o.length; i++) {
            o[i] = item(older.get(i), byText, words, grams);
        }
        for (int j = 0; j < n.length; j++) {
            n[j] = item(newer.get(j), byText, words, grams);
        }
        // document frequency over both sides' obligations, each obligation one document
        int[] wordDf = new int[words.size()];
        int[] gramDf = new int[grams.size()];
        for (Item[] side : List.of(o, n)) {
            for (Item it : side) {
                for (int id : it.f().wordIds) {
                    wordDf[id]++;
                }
                for (int id : it.f().gramIds) {
                    gramDf[id]++;
                }
            }
        }
        int docs = o.length + n.length;
        double[] wordIdf = idf(wordDf, docs);
        double[] gramIdf = idf(gramDf, docs);
        for (Features f : byText.values()) {
            weigh(f.wordIds, f.wordWeights, wordIdf, words.function);
            weigh(f.gramIds, f.gramWeights, gramIdf, null);
        }
        return new Prepared(o, n);
    }

    private Item item(ComparedObligation c, Map<String, Features> byText, Vocabulary words, Vocabulary grams) {
        Features f = byText.computeIfAbsent(c.text(), t -> features(t, words, grams));
        return new Item(f, c.actor() == null || c.actor().isBlank() ? null : c.actor().strip(), c.sectors());
    }

    private Features features(String text, Vocabulary words, Vocabulary grams) {
        Features f = new Features();
        f.normalized = normalized(text);
        Tokens t = segmenter.dictionaryWords(text);
        f.pieces = new String[t.size];
        int[] wordIds = new int[t.size];
        int wordCount = 0;
        int[] gramIds = new int[text.length() + 1];
        int gramCount = 0;
        int runStart = -1; // content words next to each other: their bigrams cross word edges
        int runEnd = -1;
        for (int k = 0; k < t.size; k++) {
            int end = k + 1 < t.size ? t.start[k + 1] : text.length();
            f.pieces[k] = text.substring(k == 0 ? 0 : t.start[k], end);
            String w = t.word[k];
            boolean word = isWord(w);
            int id = word ? words.id(w) : -1;
            boolean content = word && !words.function[id];
            if (word) {
                wordIds[wordCount++] = id;
            }
            if (content && runEnd == t.start[k]) {
                runEnd = t.start[k] + w.length();
            } else {
                gramCount = grams(text, runStart, runEnd, grams, gramIds, gramCount);
                runStart = content ? t.start[k] : -1;
                runEnd = content ? t.start[k] + w.length() : -1;
            }
        }
        gramCount = grams(text, runStart, runEnd, grams, gramIds, gramCount);
        counted(f, Arrays.copyOf(wordIds, wordCount), Arrays.copyOf(gramIds, gramCount));
        return f;
    }

    /**
     * Adds the character bigrams of the run text[start, end) of content words (a lone character stands for
     * itself): 住建部门, cut 住建部/门, and 住建局 share 住建.
     */
    private static int grams(String text, int start, int end, Vocabulary grams, int[] out, int count) {
        if (start < 0) {
            return count;
        }
        if (end - start == 1) {
            out[count++] = grams.id(text.substring(start, end));
        }
        for (int q = start; q + 2 <= end; q++) {
            out[count++] = grams.id(text.substring(q, q + 2));
        }
        return count;
    }

    /** Sorted ids with repeats → distinct ids and their counts. */
    private static void counted(Features f, int[] words, int[] grams) {
        Arrays.sort(words);
        Arrays.sort(grams);
        f.wordIds = distinct(words);
        f.wordWeights = counts(words, f.wordIds.length);
        f.gramIds = distinct(grams);
        f.gramWeights = counts(grams, f.gramIds.length);
    }

    private static int[] distinct(int[] sorted) {
        return Arrays.stream(sorted).distinct().toArray();
    }

    private static double[] counts(int[] sorted, int distinct) {
        double[] out = new double[distinct];
        int k = -1;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                k++;
            }
            out[k]++;
        }
        return out;
    }

    /** Smoothed inverse document frequency. */
    private static double[] idf(int[] df, int docs) {
        double[] out = new double[df.length];
        for (int i = 0; i < df.length; i++) {
            out[i] = Math.log((docs + 1.0) / (df[i] + 1.0)) + 1;
        }
        return out;
    }

    /** Counts → sublinear term frequency (a function word's scaled down) times IDF, then unit length. */
    private static void weigh(int[] ids, double[] weights, double[] idf, boolean[] function) {
        double norm = 0;
        for (int k = 0; k < ids.length; k++) {
            double c = weights[k];
            double tf = c <= 1 ? c : 1 + Math.log(c);
            if (function != null && function[ids[k]]) {
                tf *= FUNCTION_WEIGHT;
            }
            weights[k] = tf * idf[ids[k]];
            norm += weights[k] * weights[k];
        }
        norm = Math.sqrt(norm);
        for (int k = 0; k < ids.length; k++) {
            weights[k] = norm == 0 ? 0 : weights[k] / norm;
        }
    }

    // ---- similarity --------------------------------------------------------------------------------

    /**
     * The pairs sharing a word or bigram whose similarity is at least {@code least}. An inverted index over the
     * older side's features: each newer obligation meets only the older ones that share something with it, and
     * the duty bearer and sectors are looked at only when they could lift a pair to {@code least}.
     */
    private List<Link> candidates(Prepared p, double least) {
        Postings words = new Postings();
        Postings grams = new Postings();
        for (int i = 0; i < p.older.length; i++) {
            words.add(i, p.older[i].f().wordIds, p.older[i].f().wordWeights);
            grams.add(i, p.older[i].f().gramIds, p.older[i].f().gramWeights);
        }
        double[] wordDot = new double[p.older.length];
        double[] gramDot = new double[p.older.length];
        int[] touched = new int[p.older.length];
        boolean[] seen = new boolean[p.older.length];
        List<Link> out = new ArrayList<>();
        for (int j = 0; j < p.newer.length; j++) {
            Item b = p.newer[j];
            int count = words.dot(b.f().wordIds, b.f().wordWeights, wordDot, seen, touched, 0);
            count = grams.dot(b.f().gramIds, b.f().gramWeights, gramDot, seen, touched, count);
            for (int t = 0; t < count; t++) {
                int i = touched[t];
                Item a = p.older[i];
                double base = WORD_SHARE * wordDot[i] + (1 - WORD_SHARE) * gramDot[i];
                if (base + ACTOR_BONUS + SECTOR_BONUS >= least) {
                    double s = a.f().normalized.equals(b.f().normalized) && !a.f().normalized.isEmpty() ? 1.0
                            : Math.min(0.99, Math.max(0, base + bonus(a, b)));
                    if (s >= least) {
                        out.add(new Link(i, j, s));
                    }
                }
                wordDot[i] = 0;
                gramDot[i] = 0;
                seen[i] = false;
            }
        }
        return out;
    }

    /** What the duty bearer and the sectors add to (or take from) the blend of the two cosines. */
    private static double bonus(Item a, Item b) {
        double s = 0;
        if (a.actor() != null && b.actor() != null) {
            s += a.actor().equals(b.actor()) ? ACTOR_BONUS : -ACTOR_BONUS;
        }
        if (!a.sectors().isEmpty() && !b.sectors().isEmpty()) {
            long shared = a.sectors().stream().filter(b.sectors()::contains).count();
            s += SECTOR_BONUS * shared / (a.sectors().size() + b.sectors().size() - shared);
        }
        return s;
    }

    /** Feature id → the older obligations that have it, with their weights. */
    private static final class Postings {
        private int[][] docs = new int[0][];
        private double[][] weights = new double[0][];
        private int[] sizes = new int[0];

        void add(int doc, int[] ids, double[] w) {
            for (int k = 0; k < ids.length; k++) {
                int id = ids[k];
                if (id >= sizes.length) {
                    int n = Math.max(id + 1, sizes.length * 2);
                    docs = Arrays.copyOf(docs, n);
                    weights = Arrays.copyOf(weights, n);
                    sizes = Arrays.copyOf(sizes, n);
                }
                if (docs[id] == null) {
                    docs[id] = new int[4];
                    weights[id] = new double[4];
                } else if (sizes[id] == docs[id].length) {
                    docs[id] = Arrays.copyOf(docs[id], sizes[id] * 2);
                    weights[id] = Arrays.copyOf(weights[id], sizes[id] * 2);
                }
                docs[id][sizes[id]] = doc;
                weights[id][sizes[id]] = w[k];
                sizes[id]++;
            }
        }

        /** Adds the query's dot product into {@code acc}; older obligations met first are listed in {@code touched}. */
        int dot(int[] ids, double[] w, double[] acc, boolean[] seen, int[] touched, int count) {
            for (int k = 0; k < ids.length; k++) {
                int id = ids[k];
                if (id >= sizes.length || docs[id] == null) {
                    continue;
                }
                int[] d = docs[id];
                double[] dw = weights[id];
                for (int q = 0; q < sizes[id]; q++) {
                    int i = d[q];
                    acc[i] += w[k] * dw[q];
                    if (!seen[i]) {
                        seen[i] = true;
                        touched[count++] = i;
                    }
                }
            }
            return count;
        }
    }

    /**
     * Greedy best-first: the most similar pair first; ties go to the earlier newer obligation, then to the later
     * older one (of several speeches, the most recent says it last).
     */
    static List<Link> oneToOne(List<Link> candidates, int olderSize, int newerSize) {
        List<Link> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingDouble(Link::similarity).reversed().thenComparingInt(Link::newer)
                .thenComparing(Comparator.comparingInt(Link::older).reversed()));
        boolean[] olderUsed = new boolean[olderSize];
        boolean[] newerUsed = new boolean[newerSize];
        List<Link> out = new ArrayList<>();
        for (Link l : sorted) {
            if (!olderUsed[l.older()] && !newerUsed[l.newer()]) {
                olderUsed[l.older()] = true;
                newerUsed[l.newer()] = true;
                out.add(l);
            }
        }
        out.sort(Comparator.comparingInt(Link::newer));
        return out;
    }

    private static boolean isWord(String w) {
        return w.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /** Punctuation and spaces left out: 。 at the end or one comma more is no difference of meaning. */
    static String normalized(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString();
    }

    // ---- wording difference ------------------------------------------------------------------------

    /** The word-level difference of two wordings (longest common subsequence over HanLP's words). */
    public List<WordingPiece> diff(String older, String newer) {
        return diff(cut(older), cut(newer));
    }

    private String[] cut(String text) {
        Tokens t = segmenter.dictionaryWords(text);
        List<String> out = new ArrayList<>(t.size);
        int from = 0;
        for (int k = 1; k <= t.size; k++) {
            int to = k < t.size ? t.start[k] : text.length();
            // HanLP cuts by UTF-16 unit: a character outside the basic plane (𠮷, an emoji) stays whole in one piece
            if (to < text.length() && to > from && Character.isLowSurrogate(text.charAt(to))) {
                continue;
            }
            if (to > from) {
                out.add(text.substring(from, to));
                from = to;
            }
        }
        return out.toArray(String[]::new);
    }

    /** LCS over two sequences of pieces; neighbouring pieces of one kind are joined, removed before added. */
    static List<WordingPiece> diff(String[] a, String[] b) {
        int n = a.length;
        int m = b.length;
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<WordingPiece> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a[i].equals(b[j])) {
                append(out, WordingPiece.Kind.SAME, a[i]);
                i++;
                j++;
            } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                append(out, WordingPiece.Kind.REMOVED, a[i]);
                i++;
            } else {
                append(out, WordingPiece.Kind.ADDED, b[j]);
                j++;
            }
        }
        return out;
    }

    private static void append(List<WordingPiece> out, WordingPiece.Kind kind, String text) {
        int last = out.size() - 1;
        if (last >= 0 && out.get(last).kind() == kind) {
            out.set(last, new WordingPiece(kind, out.get(last).text() + text));
        } else {
            out.add(new WordingPiece(kind, text));
        }
    }
}
