package jingdu.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

/**
 * The one place that calls HanLP's word segmenter (with parts of speech). Thread-safe. HanLP's own
 * organisation recognition doubled the cost of segmenting; the bodies speeches name as duty bearers are
 * listed in {@code lexicon/bodies.txt} instead, and the rest is recognised by their endings (ActorFinder).
 */
final class Segmenter {

    static {
        try (InputStream in = Segmenter.class.getResourceAsStream("/lexicon/bodies.txt")) {
            if (in == null) {
                throw new IllegalStateException("lexicon/bodies.txt is missing from the application");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    CustomDictionary.insert(word, "nt 1024");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // A HanLP Segment keeps configuration only, but one per thread costs nothing and rules out surprises.
    private final ThreadLocal<Segment> segment = ThreadLocal.withInitial(Segmenter::newSegment);

    static Segment newSegment() {
        return HanLP.newSegment()
                .enableOrganizationRecognize(false) // see the class comment
                .enableNameRecognize(false)
                .enablePlaceRecognize(false)
                .enableTranslatedNameRecognize(false)
                .enableJapaneseNameRecognize(false)
                .enableNumberQuantifierRecognize(false)
                .enableCustomDictionary(true)
                .enableOffset(true);
    }

    /**
     * The most characters HanLP is handed at once. Its word lattice costs hundreds of bytes a character
     * and the engine's rules walk whole sentences, so a paragraph without punctuation must not reach it
     * whole; real paragraphs (the longest in the corpora has 1,319 characters) are far shorter and are
     * segmented in one call, exactly as before.
     */
    static final int MAX_CALL = 4_000;
    /** Words ending this close to the edge of a window are segmented again with the text after them. */
    static final int MARGIN = 64;
    private static final String CUT_AFTER = "。！？；!?;，,、：:";

    private final Function<String, List<Term>> hanlp;

    Segmenter() {
        this.hanlp = s -> segment.get().seg(s);
    }

    /** For tests: sees every string handed to HanLP. */
    Segmenter(Function<String, List<Term>> hanlp) {
        this.hanlp = hanlp;
    }

    /**
     * HanLP's dictionary segmenter (longest match in its core and custom dictionaries, no statistical model, no
     * parts of speech): several times faster than {@link #tokenize}, for comparing many short texts, where the
     * same cut on both sides matters more than the best cut.
     */
    private static final ThreadLocal<Segment> DICTIONARY = ThreadLocal.withInitial(() ->
            new com.hankcs.hanlp.seg.Other.DoubleArrayTrieSegment().enableOffset(true)); // its own defaults: no warning

    /** Words of {@code text} by the dictionary segmenter; natures are empty. */
    Tokens dictionaryWords(String text) {
        Words out = new Words();
        for (Term t : DICTIONARY.get().seg(text)) {
            out.add(t.word, "", t.offset);
        }
        return out.tokens(0, text.length());
    }

    /** Words of text[from, to): in one call when short, else in windows of at most {@link #MAX_CALL}. */
    Tokens tokenize(String text, int from, int to) {
        Words out = new Words();
        int pos = from;
        while (pos < to) {
            if (to - pos <= MAX_CALL) {
                segment(text, pos, to, to, out);
                break;
            }
            int limit = pos + MAX_CALL;
            int cut = punctuationCut(text, pos + MAX_CALL / 2, limit);
            if (cut > 0) {
                segment(text, pos, cut, cut, out);
                pos = cut;
            } else {
                // no punctuation: keep the words that end well before the window's edge, start again after them
                int next = segment(text, pos, limit, limit - MARGIN, out);
                if (next <= pos) {
                    next = segment(text, pos, limit, limit, out); // one "word" fills the window (a run of digits)
                }
                pos = next > pos ? next : limit;
            }
        }
        return out.tokens(from, to);
    }

    /** Just after the last punctuation mark in text[from, to), or -1. */
    private static int punctuationCut(String text, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (CUT_AFTER.indexOf(text.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return -1;
    }

    /**
     * Segments text[from, to) and appends its words that end by {@code keepUntil}; returns the end of the
     * last word appended, or {@code from} when none was.
     */
    private int segment(String text, int from, int to, int keepUntil, Words out) {
        String sub = text.substring(from, to);
        List<Term> terms = hanlp.apply(sub);
        int pos = from;
        int kept = from;
        for (int n = 0; n < terms.size(); n++) {
            Term t = terms.get(n);
            // offsets found in the text: HanLP may skip whitespace, so word lengths alone can drift
            int k = sub.indexOf(t.word, pos - from);
            int start = k >= 0 ? from + k : pos;
            pos = start + t.word.length();
            if (pos > keepUntil) {
                break;
            }
            if (gluedModal(terms, n)) {
                out.add("要", "v", start);
                out.add("紧", "d", start + 1);
            } else {
                out.add(t.word, t.nature == null ? "x" : t.nature.toString(), start);
            }
            kept = pos;
        }
        return kept;
    }

    /**
     * 要紧/a 盯/v: HanLP glued the modal 要 to the first character of 紧盯 (各乡镇要紧盯重点时段); the words handed
     * on are 要/v 紧/d, so the directive and its subject are seen.
     */
    static boolean gluedModal(List<Term> terms, int n) {
        return terms.get(n).word.equals("要紧") && n + 1 < terms.size() && terms.get(n + 1).nature != null
                && terms.get(n + 1).nature.toString().startsWith("v");
    }

    /** Growable parallel arrays of words. */
    private static final class Words {
        private final List<String> word = new ArrayList<>();
        private final List<String> nature = new ArrayList<>();
        private int[] start = new int[64];

        void add(String w, String n, int s) {
            if (word.size() == start.length) {
                start = Arrays.copyOf(start, start.length * 2);
            }
            start[word.size()] = s;
            word.add(w);
            nature.add(n);
        }

        Tokens tokens(int from, int to) {
            int n = word.size();
            return new Tokens(word.toArray(new String[0]), nature.toArray(new String[0]), Arrays.copyOf(start, n), from, to);
        }
    }
}
