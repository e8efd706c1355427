package jingdu.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jingdu.text.TextLayout;
import org.junit.jupiter.api.Test;

import com.hankcs.hanlp.seg.common.Term;

import jingdu.bench.analysis.Throughput;
import jingdu.model.Analysis;
import jingdu.model.Obligation;
import jingdu.model.SectorMention;
import jingdu.text.TextLayout;

/**
 * Text without punctuation (one unbroken line) used to make the engine's cost grow with the square of the
 * line. The engine now hands HanLP bounded windows and its sentence rules bounded pieces; these tests
 * count what each is handed instead of timing anything, and check that the cuts lose no words or terms.
 */
class LongRunTest {

    /** The held-out speeches without punctuation, whitespace and line breaks, repeated: 60,000 characters, no sentence end. */
    private static final String RUN = Throughput.runOf(Throughput.withoutPunctuation(heldoutSpeeches()), 180_000);

    private static String heldoutSpeeches() {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/heldout/corpus"))) {
            StringBuilder b = new StringBuilder();
            for (Path f : files.sorted().toList()) {
                b.append(Files.readString(f, StandardCharsets.UTF_8));
            }
            return b.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A segmenter that notes the length of every string it hands HanLP. */
    private static final class Watched {
        final List<Integer> calls = new ArrayList<>();
        final Segmenter segmenter = new Segmenter(s -> {
            synchronized (calls) {
                calls.add(s.length());
            }
            return Segmenter.newSegment().seg(s);
        });

        int longest() {
            return calls.stream().mapToInt(Integer::intValue).max().orElse(0);
        }

        long total() {
            return calls.stream().mapToLong(Integer::longValue).sum();
        }
    }

    @Test
    void hanlpIsHandedBoundedWindowsWhoseTotalGrowsLinearly() {
        assertThat(RUN.length()).isGreaterThan(10 * Segmenter.MAX_CALL);
        for (int n : new int[] {RUN.length() / 4, RUN.length()}) {
            Watched w = new Watched();
            Tokens tokens = w.segmenter.tokenize(RUN, 0, n);
            assertThat(tokens.size).isPositive();
            assertThat(w.longest()).as("longest string handed to HanLP, text of %d", n).isLessThanOrEqualTo(Segmenter.MAX_CALL);
            // each window but the last is segmented again only over its margin: work stays within a few percent of n
            assertThat(w.total()).as("characters segmented for a text of %d", n).isLessThanOrEqualTo(n + n / 20);
        }
    }

    @Test
    void windowsCutNoWord() {
        String text = RUN.substring(0, 6 * Segmenter.MAX_CALL);
        Watched w = new Watched();
        Tokens windowed = w.segmenter.tokenize(text, 0, text.length());
        assertThat(w.calls).hasSizeGreaterThanOrEqualTo(6).allMatch(n -> n <= Segmenter.MAX_CALL);
        List<Term> whole = Segmenter.newSegment().seg(text);
        // the words are those of one HanLP call over the whole run, including the ones at the windows' edges
        // (with 要紧/a before a verb cut into 要 紧, as the segmenter does)
        List<String> expected = new java.util.ArrayList<>();
        for (int n = 0; n < whole.size(); n++) {
            if (Segmenter.gluedModal(whole, n)) {
                expected.add("要");
                expected.add("紧");
            } else {
                expected.add(whole.get(n).word);
            }
        }
        assertThat(List.of(windowed.word)).isEqualTo(expected);
        int at = 0;
        for (int i = 0; i < windowed.size; i++) {
            assertThat(windowed.start[i]).isEqualTo(at);
            at += windowed.word[i].length();
        }
        assertThat(at).isEqualTo(text.length());
    }

    @Test
    void sentenceRulesReadPiecesCutBetweenWords() {
        String text = RUN.substring(0, 20 * SentencePieces.MAX + 123);
        Tokens tokens = new Segmenter().tokenize(text, 0, text.length());
        List<TextLayout.Range> pieces = SentencePieces.of(text, new TextLayout.Range(0, text.length()), tokens);
        assertThat(pieces).hasSizeGreaterThan(20);
        int at = 0;
        for (TextLayout.Range p : pieces) {
            assertThat(p.start()).isEqualTo(at);
            assertThat(p.end() - p.start()).isBetween(1, SentencePieces.MAX);
            assertThat(tokens.isBoundary(p.end())).as("piece ends between words at %d", p.end()).isTrue();
            at = p.end();
        }
        assertThat(at).isEqualTo(text.length());
        // a real sentence is one piece
        String sentence = "各乡镇、各部门要严格落实企业安全生产主体责任，深入开展危险化学品专项整治。";
        assertThat(SentencePieces.of(sentence, new TextLayout.Range(0, sentence.length()),
                new Segmenter().tokenize(sentence, 0, sentence.length()))).containsExactly(new TextLayout.Range(0, sentence.length()));
    }

    @Test
    void engineReadsAnUnpunctuatedRunInBoundedPieces() {
        Watched w = new Watched();
        Analyzer engine = new Analyzer(SectorLexicon.builtIn(), w.segmenter);
        String text = RUN;
        Analysis a = engine.analyze(text);
        assertThat(a.paragraphs()).hasSize(1);
        assertThat(w.longest()).isLessThanOrEqualTo(Segmenter.MAX_CALL);
        // the run is full of 要 and 必须: obligations are found, each one piece of bounded length
        assertThat(a.obligations()).hasSizeGreaterThan(text.length() / SentencePieces.MAX / 2);
        for (Obligation o : a.obligations()) {
            assertThat(o.end() - o.start()).isBetween(1, SentencePieces.MAX);
            assertThat(o.end()).isLessThanOrEqualTo(text.length());
        }
        // and the sector terms of the speeches are all still there
        assertThat(a.sectors()).extracting(SectorMention::sector).contains("hazchem", "forest_fire", "coal", "fire", "construction");
    }

    @Test
    void sectorTermAcrossAPieceBoundaryIsStillFound() {
        // filler without sector terms or commas, then 危险化学品 across the place where the first piece must end
        String filler = "认真研究部署进一步提高思想认识";
        StringBuilder b = new StringBuilder();
        while (b.length() < SentencePieces.MAX - 2) {
            b.append(filler);
        }
        b.setLength(SentencePieces.MAX - 2);
        int term = b.length();
        b.append("危险化学品");
        while (b.length() < 3 * SentencePieces.MAX) {
            b.append(filler);
        }
        String text = b.toString();
        Tokens tokens = new Segmenter().tokenize(text, 0, text.length());
        List<TextLayout.Range> pieces = SentencePieces.of(text, new TextLayout.Range(0, text.length()), tokens);
        assertThat(pieces.get(0).end()).as("the first cut falls inside the term").isStrictlyBetween(term, term + 5);

        Analysis a = Engine.ANALYZER.analyze(text);
        assertThat(a.sectors()).anySatisfy(m -> {
            assertThat(m.sector()).isEqualTo("hazchem");
            assertThat(m.start()).isEqualTo(term);
            assertThat(m.end()).isEqualTo(term + 5);
        });
    }
}
