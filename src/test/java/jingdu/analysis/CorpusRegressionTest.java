package jingdu.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import jingdu.bench.analysis.GoldScorer;
import jingdu.bench.analysis.KeywordBaseline;

/** The engine over the shared gold (system property jingdu.shared): a drop below these figures is a regression. */
class CorpusRegressionTest {

    private static Path shared() {
        String dir = System.getProperty("jingdu.shared");
        assumeTrue(dir != null && Files.isDirectory(Path.of(dir, "gold")), "shared gold not available");
        return Path.of(dir);
    }

    @Test
    void engineStaysAboveItsFigures() throws IOException {
        Path shared = shared();
        GoldScorer.Result r = GoldScorer.score(Engine.ANALYZER, shared.resolve("gold"), shared.resolve("corpus"));
        assertThat(r.errors).isEmpty();
        assertThat(r.obligations.f1()).as("obligation F1").isGreaterThanOrEqualTo(0.97);
        assertThat(r.strengthAccuracy()).as("strength accuracy").isGreaterThanOrEqualTo(0.97);
        assertThat(r.sectors.f1()).as("sector F1").isGreaterThanOrEqualTo(0.97);
        assertThat(r.levels.f1()).as("level F1").isGreaterThanOrEqualTo(0.93);
        assertThat(r.slotFiles).as("gold files with actor labels").isPositive();
        assertThat(r.actorAccuracy()).as("actor accuracy").isGreaterThanOrEqualTo(0.95);
        assertThat(r.deadlines.f1()).as("deadline F1").isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void engineBeatsTheKeywordBaseline() throws IOException {
        Path shared = shared();
        GoldScorer.Result engine = GoldScorer.score(Engine.ANALYZER, shared.resolve("gold"), shared.resolve("corpus"));
        GoldScorer.Result baseline = GoldScorer.score(new KeywordBaseline(), shared.resolve("gold"), shared.resolve("corpus"));
        assertThat(engine.obligations.f1()).isGreaterThan(baseline.obligations.f1());
        assertThat(engine.sectors.f1()).isGreaterThan(baseline.sectors.f1());
        assertThat(engine.levels.f1()).isGreaterThan(baseline.levels.f1());
    }
}
