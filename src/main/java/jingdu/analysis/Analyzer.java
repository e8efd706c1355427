package jingdu.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jingdu.model.Analysis;
import jingdu.model.Obligation;
import jingdu.model.ParagraphInfo;
import jingdu.model.SectorMention;
import jingdu.text.TextLayout;

/**
 * Entry point of the analysis engine: text in, {@link Analysis} out. Thread-safe once built;
 * building loads lexicons (and HanLP), so build once and share.
 */
public final class Analyzer implements SpeechAnalyzer {

    /** File name of the user lexicon inside the data directory. */
    public static final String USER_LEXICON = "lexicon.tsv";

    private final SectorLexicon lexicon;
    private final Segmenter segmenter;
    private final SectorMatcher sectors;
    private final ObligationDetector obligations = new ObligationDetector();
    private final ActorFinder actors = new ActorFinder();
    private final DeadlineFinder deadlines = new DeadlineFinder();
    private final LevelSuggester levels = new LevelSuggester();

    /**
     * Paragraphs are segmented ahead, this many characters at a time, before the rules read them. HanLP's
     * dictionaries are large and read at random, so segmenting one paragraph between the rules' passes
     * over the previous one found them out of the cache every time: a long text analysed about a fifth
     * faster this way. The batch bounds the words held at once (a few megabytes).
     */
    static final int SEGMENT_AHEAD = 1 << 16;

    public Analyzer() {
        this(SectorLexicon.builtIn());
    }

    public Analyzer(SectorLexicon lexicon) {
        this(lexicon, new Segmenter());
    }

    /** For tests: an engine whose segmenter they watch. */
    Analyzer(SectorLexicon lexicon, Segmenter segmenter) {
        this.lexicon = lexicon;
        this.segmenter = segmenter;
        this.sectors = new SectorMatcher(lexicon);
    }

    /** Built-in lexicon plus {@code dataDirectory/lexicon.tsv} when that file exists. */
    public static Analyzer forDataDirectory(Path dataDirectory) {
        return withUserLexicon(dataDirectory.resolve(USER_LEXICON));
    }

    /** Built-in lexicon plus the given user lexicon file (ignored when absent). */
    public static Analyzer withUserLexicon(Path file) {
        return new Analyzer(SectorLexicon.load(file));
    }

    public SectorLexicon lexicon() {
        return lexicon;
    }

    /** {@code text} must already be normalized ({@link TextLayout#normalize}). */
    @Override
    public Analysis analyze(String text) {
        List<ParagraphInfo> paragraphs = new ArrayList<>();
        List<SectorMention> mentions = new ArrayList<>();
        List<Obligation> found = new ArrayList<>();
        DocumentContext doc = new DocumentContext(text);
        int index = 0;
        DocumentGenre genre = DocumentGenre.of(text);
        boolean sectionOnSafety = false; // the enclosing top-level section speaks of safety (三、守住安全底线)
        ActorScope bearers = new ActorScope();
        List<TextLayout.Range> paras = TextLayout.paragraphs(text);
        Tokens[] segmented = new Tokens[paras.size()];
        int ahead = 0; // paragraphs before this one are segmented
        for (int pi = 0; pi < paras.size(); pi++) {
            TextLayout.Range p = paras.get(pi);
            if (pi == ahead) {
                ahead = segmentAhead(text, paras, pi, segmented);
            }
            Tokens tokens = segmented[pi];
            segmented[pi] = null;
            List<TextLayout.Range> sentences = TextLayout.sentences(text, p);
            String para = p.of(text);
            boolean majorHeading = HeadingDetector.opensWithMajorMarker(para);
            int heading = HeadingDetector.level(text, p, sentences);
            ObligationDetector.Context ctx = new ObligationDetector.Context();
            List<LevelSuggester.Sentence> judged = new ArrayList<>(sentences.size());
            // an inline （一）… heading with its body in the same paragraph is a list item, continued in the paragraphs
            // up to its sibling; a stand-alone heading paragraph heads sibling paragraphs
            bearers.paragraph(para, heading > 0 && sentences.size() == 1, pi + 1 < paras.size() ? paras.get(pi + 1).of(text) : "");
            for (int i = 0; i < sentences.size(); i++) {
                TextLayout.Range sentence = sentences.get(i);
                // sector context rules read the whole sentence (their cost is linear); the other rules a bounded piece
                sectors.match(text, sentence.start(), sentence.end(), tokens, mentions, doc);
                List<TextLayout.Range> pieces = SentencePieces.of(text, sentence, tokens);
                for (int k = 0; k < pieces.size(); k++) {
                    TextLayout.Range s = pieces.get(k);
                    boolean headingSentence = i == 0 && k == 0 && (majorHeading || heading > 0);
                    ObligationDetector.Verdict v = obligations.detect(text, s.start(), s.end(), tokens, headingSentence, ctx);
                    ctx.directed |= v.strength() != null;
                    String explicit = v.strength() != null ? actors.find(text, tokens, s.start(), s.end()) : null;
                    String bearer = bearers.sentence(s.of(text), i == 0 && k == 0, v.strength() != null, explicit);
                    if (v.strength() != null) {
                        found.add(new Obligation(s.start(), s.end(), v.strength(), bearer,
                                deadlines.find(text, tokens, s.start(), s.end())));
                    }
                    judged.add(new LevelSuggester.Sentence(s.of(text), v.strength() != null));
                }
            }
            boolean onSafety = genre.safety() || DocumentGenre.safetyWords(para) > 0;
            if (heading == 1) {
                sectionOnSafety = onSafety;
            }
            paragraphs.add(new ParagraphInfo(index++, p.start(), p.end(), heading,
                    HeadingDetector.headingEnd(p, sentences, heading), levels.suggest(judged, genre, onSafety || sectionOnSafety)));
        }
        doc.resolve(mentions);
        return new Analysis(text, paragraphs, mentions, found);
    }

    /** Segments paragraphs from {@code from} on, {@link #SEGMENT_AHEAD} characters or more; returns the first left. */
    private int segmentAhead(String text, List<TextLayout.Range> paras, int from, Tokens[] into) {
        int i = from;
        long chars = 0;
        do {
            TextLayout.Range p = paras.get(i);
            into[i++] = segmenter.tokenize(text, p.start(), p.end());
            chars += p.end() - p.start();
        } while (i < paras.size() && chars < SEGMENT_AHEAD);
        return i;
    }
}
