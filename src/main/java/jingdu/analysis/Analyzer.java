package jingdu.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jingdu.model.Analysis;
import jingdu.model.Obligation;
import jingdu.model.ParagraphInfo;
import jingdu.model.SectorMention;
import jingdu.model.Strength;
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
     * Paragraphs are read in batches of this many characters (most speeches are one batch), each step of the
     * analysis over the whole batch before the next: segmentation, then sentences and sectors, obligations,
     * duty bearers and deadlines, scope and levels. HanLP's dictionaries are large and read at random, and each
     * rule has its own patterns and word lists: run one paragraph at a time, every step found the others' data
     * in the cache in its place. The batch bounds the words held at once (about 30 bytes a character, 8 MB);
     * larger batches measured no faster.
     */
    static final int BATCH = 1 << 18;

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
        DocumentGenre genre = DocumentGenre.of(text);
        boolean sectionOnSafety = false; // the enclosing top-level section speaks of safety (三、守住安全底线)
        ActorScope bearers = new ActorScope();
        List<TextLayout.Range> paras = TextLayout.paragraphs(text);
        for (int from = 0; from < paras.size(); ) {
            List<Paragraph> batch = nextBatch(text, paras, from);
            for (Paragraph p : batch) {
                String para = p.range.of(text);
                p.sentences = TextLayout.sentences(text, p.range);
                p.majorHeading = HeadingDetector.opensWithMajorMarker(para);
                p.heading = HeadingDetector.level(text, p.range, p.sentences);
                for (TextLayout.Range sentence : p.sentences) {
                    // sector context rules read the whole sentence (their cost is linear); the other rules a bounded piece
                    sectors.match(text, sentence.start(), sentence.end(), p.tokens, mentions, doc);
                    p.pieces.addAll(SentencePieces.of(text, sentence, p.tokens));
                }
            }
            for (Paragraph p : batch) {
                ObligationDetector.Context ctx = new ObligationDetector.Context();
                p.strength = new Strength[p.pieces.size()];
                for (int k = 0; k < p.pieces.size(); k++) {
                    TextLayout.Range s = p.pieces.get(k);
                    boolean headingSentence = k == 0 && (p.majorHeading || p.heading > 0);
                    ObligationDetector.Verdict v = obligations.detect(text, s.start(), s.end(), p.tokens, headingSentence, ctx);
                    ctx.directed |= v.strength() != null;
                    p.strength[k] = v.strength();
                }
            }
            for (Paragraph p : batch) {
                p.explicit = new String[p.pieces.size()];
                p.deadline = new String[p.pieces.size()];
                for (int k = 0; k < p.pieces.size(); k++) {
                    if (p.strength[k] != null) {
                        TextLayout.Range s = p.pieces.get(k);
                        p.explicit[k] = actors.find(text, p.tokens, s.start(), s.end());
                        if (p.explicit[k] == null && actors.unaddressedRelay(text, p.tokens, s.start(), s.end())) {
                            p.explicit[k] = ActorScope.NOBODY;
                        }
                        p.deadline[k] = deadlines.find(text, p.tokens, s.start(), s.end());
                    }
                }
            }
            for (int b = 0; b < batch.size(); b++) {
                Paragraph p = batch.get(b);
                int pi = from + b;
                String para = p.range.of(text);
                // an inline （一）… heading with its body in the same paragraph is a list item, continued in the paragraphs
                // up to its sibling; a stand-alone heading paragraph heads sibling paragraphs
                bearers.paragraph(para, p.heading > 0 && p.sentences.size() == 1, pi + 1 < paras.size() ? paras.get(pi + 1).of(text) : "");
                List<LevelSuggester.Sentence> judged = new ArrayList<>(p.pieces.size());
                for (int k = 0; k < p.pieces.size(); k++) {
                    TextLayout.Range s = p.pieces.get(k);
                    Strength strength = p.strength[k];
                    String sentence = s.of(text);
                    String bearer = bearers.sentence(sentence, k == 0, strength != null, p.explicit[k]);
                    if (strength != null) {
                        found.add(new Obligation(s.start(), s.end(), strength, bearer, p.deadline[k]));
                    }
                    judged.add(new LevelSuggester.Sentence(sentence, strength != null));
                }
                boolean onSafety = genre.safety() || DocumentGenre.safetyWords(para) > 0;
                if (p.heading == 1) {
                    sectionOnSafety = onSafety;
                }
                paragraphs.add(new ParagraphInfo(pi, p.range.start(), p.range.end(), p.heading,
                        HeadingDetector.headingEnd(p.range, p.sentences, p.heading), levels.suggest(judged, genre, onSafety || sectionOnSafety)));
            }
            from += batch.size();
        }
        doc.resolve(mentions);
        return new Analysis(text, paragraphs, mentions, found);
    }

    /** A paragraph of a batch, filled in by the passes of {@link #analyze}; pieces in the order of its sentences. */
    private static final class Paragraph {
        final TextLayout.Range range;
        final Tokens tokens;
        final List<TextLayout.Range> pieces = new ArrayList<>();
        List<TextLayout.Range> sentences;
        boolean majorHeading;
        int heading;
        /** Per piece: its obligation's strength (null for none), explicit bearer and deadline. */
        Strength[] strength;
        String[] explicit;
        String[] deadline;

        Paragraph(TextLayout.Range range, Tokens tokens) {
            this.range = range;
            this.tokens = tokens;
        }
    }

    /** The paragraphs from {@code from} on, {@link #BATCH} characters or more, segmented. */
    private List<Paragraph> nextBatch(String text, List<TextLayout.Range> paras, int from) {
        List<Paragraph> batch = new ArrayList<>();
        long chars = 0;
        for (int i = from; i < paras.size() && (i == from || chars < BATCH); i++) {
            TextLayout.Range p = paras.get(i);
            batch.add(new Paragraph(p, segmenter.tokenize(text, p.start(), p.end())));
            chars += p.end() - p.start();
        }
        return batch;
    }
}
