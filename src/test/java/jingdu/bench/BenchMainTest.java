package jingdu.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/** The benches' own entry point: the three commands, with their names and options, and nothing else. */
class BenchMainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream savedOut;
    private PrintStream savedErr;

    @BeforeEach
    void captureStreams() {
        savedOut = System.out;
        savedErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreStreams() {
        System.setOut(savedOut);
        System.setErr(savedErr);
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return BenchMain.run(args);
    }

    private List<String> errLines() {
        return err.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
    }

    @Test
    void theBenchJarHasTheThreeBenchCommands() {
        assertThat(new CommandLine(new BenchMain()).getSubcommands().keySet())
                .containsExactlyInAnyOrder("bench", "bench-search", "bench-app");
    }

    @Test
    void everyBenchCommandExplainsItselfWithItsOptions() {
        assertThat(run("bench", "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Usage: jingdu-bench bench", "--gold", "--corpus",
                "--megabytes", "--no-speed");
        assertThat(run("bench-search", "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Usage: jingdu-bench bench-search", "--corpus", "--sizes",
                "--iterations", "--dir", "--keep");
        assertThat(run("bench-app", "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Usage: jingdu-bench bench-app", "--only", "--runs",
                "--speeches", "--library", "--launcher", "--dir", "--keep");
    }

    @Test
    void benchAppRefusesAnUnknownPartAndNamesTheParts() {
        assertThat(run("bench-app", "--only", "startup,warp")).isNotZero();
        assertThat(String.join("\n", errLines())).contains("[warp]").contains("startup, reader, import, write, analysis");
    }

    @Test
    void aMissingRequiredOptionIsOneLineAndAHint() {
        assertThat(run("bench", "--corpus", "x")).isNotZero();
        assertThat(errLines()).hasSize(2);
        assertThat(errLines().get(0)).contains("--gold");
        assertThat(errLines().get(1)).contains("jingdu-bench bench --help");
    }
}
