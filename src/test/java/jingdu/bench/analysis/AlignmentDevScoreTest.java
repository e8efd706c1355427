package jingdu.bench.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import jingdu.analysis.Analyzer;
import jingdu.analysis.ObligationAligner;

/**
 * The aligner's score on the development pairs (src/test/resources/align/dev) stays where it was measured
 * (P 0.973, R 0.966, F1 0.970 when the threshold 0.35 was chosen) and well above the exact/substring matcher's.
 * The held-out test/ pairs are scored by the bench only.
 */
class AlignmentDevScoreTest {

    @Test
    void devScoreStaysAboveItsFloor() throws Exception {
        List<AlignmentScorer.Case> dev = AlignmentScorer.load(Path.of("src/test/resources/align/dev"), new Analyzer());
        assertThat(dev).hasSize(6);
        AlignmentScorer.Result aligner = AlignmentScorer.score(dev, AlignmentScorer.of(new ObligationAligner()));
        AlignmentScorer.Result exact = AlignmentScorer.score(dev, new ExactMatcher());
        assertThat(aligner.f1()).as(aligner.toString()).isGreaterThanOrEqualTo(0.95);
        assertThat(aligner.precision()).as(aligner.toString()).isGreaterThanOrEqualTo(0.94);
        assertThat(aligner.recall()).as(aligner.toString()).isGreaterThanOrEqualTo(0.94);
        assertThat(aligner.newDroppedAccuracy()).as(aligner.toString()).isGreaterThanOrEqualTo(0.93);
        assertThat(aligner.unmapped).as("gold quotes no engine obligation holds").isLessThanOrEqualTo(3);
        assertThat(exact.f1()).as(exact.toString()).isLessThan(aligner.f1() - 0.2);
    }
}
