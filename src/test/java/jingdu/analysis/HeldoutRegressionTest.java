package jingdu.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jingdu.bench.analysis.GoldScorer;

/**
 * The engine over the eight held-out speeches (src/test/resources/heldout, written and labelled blind to
 * the engine): a drop below these figures is a regression. Thresholds sit a little under the figures
 * measured when the engine was last tuned (issue 3). The second development set h09–h12 (an enterprise group's
 * internal speech, a mayor's meeting mostly on the economy, a county bureau's meeting) has floors of its own.
 */
class HeldoutRegressionTest {

    private static final Path HELDOUT = Path.of("src/test/resources/heldout");

    @Test
    void engineStaysAboveItsHeldoutFigures(@TempDir Path gold) throws IOException {
        // h01–h12, as measured when these floors were set; h13–h16 have floors of their own
        try (Stream<Path> files = Files.list(HELDOUT.resolve("gold"))) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String name = f.getFileName().toString();
                if (name.matches("h(0[1-9]|1[0-2])_.*\\.json")) {
                    Files.copy(f, gold.resolve(name));
                }
            }
        }
        GoldScorer.Result r = GoldScorer.score(Engine.ANALYZER, gold, HELDOUT.resolve("corpus"));
        assertThat(r.errors).isEmpty();
        assertThat(r.obligations.f1()).as("obligation F1").isGreaterThanOrEqualTo(OBLIGATIONS);
        assertThat(r.strengthAccuracy()).as("strength accuracy").isGreaterThanOrEqualTo(STRENGTH);
        assertThat(r.sectors.f1()).as("sector F1").isGreaterThanOrEqualTo(SECTORS);
        assertThat(r.levels.f1()).as("level F1").isGreaterThanOrEqualTo(LEVELS);
        assertThat(r.actorAccuracy()).as("actor accuracy").isGreaterThanOrEqualTo(ACTORS);
        assertThat(r.deadlines.f1()).as("deadline F1").isGreaterThanOrEqualTo(DEADLINES);
    }

    @Test
    void engineStaysAboveItsSecondDevelopmentSetFigures(@TempDir Path gold) throws IOException {
        try (Stream<Path> files = Files.list(HELDOUT.resolve("gold"))) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String name = f.getFileName().toString();
                if (name.matches("h(09|1[0-2])_.*\\.json")) {
                    Files.copy(f, gold.resolve(name));
                }
            }
        }
        try (Stream<Path> copied = Files.list(gold)) {
            assertThat(copied.count()).as("h09–h12 gold files").isEqualTo(4);
        }
        GoldScorer.Result r = GoldScorer.score(Engine.ANALYZER, gold, HELDOUT.resolve("corpus"));
        assertThat(r.errors).isEmpty();
        assertThat(r.obligations.f1()).as("obligation F1").isGreaterThanOrEqualTo(DEV2_OBLIGATIONS);
        assertThat(r.sectors.f1()).as("sector F1").isGreaterThanOrEqualTo(DEV2_SECTORS);
        assertThat(r.levels.f1()).as("level F1").isGreaterThanOrEqualTo(DEV2_LEVELS);
        assertThat(r.actorAccuracy()).as("actor accuracy").isGreaterThanOrEqualTo(DEV2_ACTORS);
        assertThat(r.deadlines.f1()).as("deadline F1").isGreaterThanOrEqualTo(DEV2_DEADLINES);
    }

    @Test
    void engineStaysAboveItsThirdDevelopmentSetFigures(@TempDir Path gold) throws IOException {
        try (Stream<Path> files = Files.list(HELDOUT.resolve("gold"))) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String name = f.getFileName().toString();
                if (name.matches("h1[3-6]_.*\\.json")) {
                    Files.copy(f, gold.resolve(name));
                }
            }
        }
        try (Stream<Path> copied = Files.list(gold)) {
            assertThat(copied.count()).as("h13–h16 gold files").isEqualTo(4);
        }
        GoldScorer.Result r = GoldScorer.score(Engine.ANALYZER, gold, HELDOUT.resolve("corpus"));
        assertThat(r.errors).isEmpty();
        assertThat(r.obligations.f1()).as("obligation F1").isGreaterThanOrEqualTo(DEV3_OBLIGATIONS);
        assertThat(r.sectors.f1()).as("sector F1").isGreaterThanOrEqualTo(DEV3_SECTORS);
        assertThat(r.levels.f1()).as("level F1").isGreaterThanOrEqualTo(DEV3_LEVELS);
        assertThat(r.actorAccuracy()).as("actor accuracy").isGreaterThanOrEqualTo(DEV3_ACTORS);
        assertThat(r.deadlines.f1()).as("deadline F1").isGreaterThanOrEqualTo(DEV3_DEADLINES);
    }

    // h13–h16 (issue 15: a county leader's speech, a 市安委办 notice, a news report, a company's speech) measured
    // after the bearer round (score.sh dev3): obligations 0.996, sectors 0.982, levels 0.889, actors 1.000,
    // deadlines 0.979 (before it: actors 0.956, deadlines 0.925)
    private static final double DEV3_OBLIGATIONS = 0.97;
    private static final double DEV3_SECTORS = 0.96;
    private static final double DEV3_LEVELS = 0.87;
    private static final double DEV3_ACTORS = 0.97;
    private static final double DEV3_DEADLINES = 0.95;

    // h09–h12 measured after the level round (score.sh dev2): obligations 0.990, sectors 0.952, levels 0.947,
    // actors 0.969, deadlines 0.972 (levels were 0.750 before it)
    private static final double DEV2_OBLIGATIONS = 0.97;
    private static final double DEV2_SECTORS = 0.93;
    private static final double DEV2_LEVELS = 0.93;
    private static final double DEV2_ACTORS = 0.95;
    private static final double DEV2_DEADLINES = 0.95;

    // measured on all eight after the generalisation round 2: obligations 0.989, strength 0.997, sectors 0.973,
    // levels 0.954, actors 0.912 (dev 1.00, blind 0.81), deadlines 0.918; actor and deadline floors raised after the
    // bearer round of issue 15 (h01–h12: actors 0.970, deadlines 0.970)
    private static final double OBLIGATIONS = 0.97;
    private static final double STRENGTH = 0.98;
    private static final double SECTORS = 0.96;
    private static final double LEVELS = 0.94;
    private static final double ACTORS = 0.95;
    private static final double DEADLINES = 0.95;
}
