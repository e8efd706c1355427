package jingdu.analysis;

import java.util.List;

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

    /** Words of text[from, to). */
    Tokens tokenize(String text, int from, int to) {
        String sub = text.substring(from, to);
        List<Term> terms = segment.get().seg(sub);
        int n = terms.size();
        String[] word = new String[n];
        String[] nature = new String[n];
        int[] start = new int[n];
        int pos = from;
        for (int i = 0; i < n; i++) {
            Term t = terms.get(i);
            word[i] = t.word;
            nature[i] = t.nature == null ? "x" : t.nature.toString();
            // offsets found in the text: HanLP may skip whitespace, so word lengths alone can drift
            int k = sub.indexOf(t.word, pos - from);
            start[i] = k >= 0 ? from + k : pos;
            pos = start[i] + t.word.length();
        }
        return new Tokens(word, nature, start, from, to);
    }

}
