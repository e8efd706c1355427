package jingdu.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import jingdu.analysis.Analyzer;
import jingdu.app.start.JvmOptions;
import jingdu.bench.analysis.Throughput;
import jingdu.bench.app.BenchRow;
import jingdu.bench.app.CorpusText;
import jingdu.bench.app.ImportBench;
import jingdu.bench.app.Machine;
import jingdu.bench.app.WriteBench;
import jingdu.bench.ui.ImportWindowBench;
import jingdu.bench.ui.ReaderBench;
import jingdu.bench.ui.StartupBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench-app", mixinStandardHelpOptions = true,
        description = {"Speed of the whole app on generated inputs, each figure beside the raw library underneath",
            "measured in the same run: cold start, opening a speech, a 1 MB document, importing 1,000 speeches,",
            "tag and note writes on a 10,000-speech library, analysis throughput, 新提法 against 100 earlier speeches.",
            "The window parts need a display",
            "(headless: xvfb-run -a java -jar target/jingdu-bench.jar bench-app)."})
final class AppBenchCommand implements Callable<Integer> {

    /** The parts, in the order they run; the machine is quietest for start-up at the beginning. */
    static final List<String> PARTS = List.of("startup", "reader", "import", "write", "analysis", "new-wording");

    @Mixin
    BenchFiles files;

    @Option(names = "--only", paramLabel = "PART", split = ",",
            description = "Run only these parts: startup, reader, import, write, analysis, new-wording.")
    List<String> only;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "5", description = "Cold starts per configuration. Default: ${DEFAULT-VALUE}.")
    int runs;

    @Option(names = "--speeches", paramLabel = "N", defaultValue = "1000",
            description = "Speeches to import in the import part. Default: ${DEFAULT-VALUE}.")
    int speeches;

    @Option(names = "--library", paramLabel = "N", defaultValue = "10000",
            description = "Speeches in the library the write part writes into. Default: ${DEFAULT-VALUE}.")
    int librarySize;

    @Option(names = "--launcher", paramLabel = "FILE",
            description = "Also cold-start this installed launcher (e.g. target/installer/Jingdu/bin/Jingdu).")
    Path launcher;

    /** Set on the JVM this command restarts itself in, so that it measures instead of restarting again. */
    static final String CHILD_PROPERTY = "jingdu.bench.child";

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Set<String> parts = new LinkedHashSet<>(only == null ? PARTS : only);
        parts.removeAll(PARTS);
        if (!parts.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "unknown part(s) " + parts + "; the parts are " + PARTS);
        }
        Set<String> run = new LinkedHashSet<>(only == null ? PARTS : only);
        List<String> jvm = ManagementFactory.getRuntimeMXBean().getInputArguments();
        List<String> missing = JvmOptions.missingFrom(jvm);
        if (!missing.isEmpty() && !Boolean.getBoolean(CHILD_PROPERTY)) {
            // the in-process parts (import, writes, analysis) must run as the installed app runs
            out.println("bench-app: measuring in a JVM with the app's options " + missing + " (resources/jvm/app.options)");
            return restartWith(missing, jvm);
        }
        Path work = files.workDir("jingdu-bench-app");
        out.println("machine  " + Machine.describe());
        List<BenchRow> rows = new ArrayList<>();
        boolean window = ReaderBench.canRun();
        if (!window) {
            out.println("no display: the window parts (startup, reader, import through the window) are skipped;"
                    + " run under xvfb-run -a for them");
        }
        try {
            if (run.contains("startup") && window) {
                rows.addAll(StartupBench.rows(StartupBench.measure(files.corpus, work, runs, launcher, out::println)));
            }
            if (run.contains("reader") && window) {
                rows.addAll(ReaderBench.rows(ReaderBench.measure(files.corpus, work, out::println)));
            }
            if (run.contains("import")) {
                rows.addAll(ImportBench.run(files.corpus, speeches, work, out::println));
                if (window) {
                    rows.addAll(ImportWindowBench.rows(ImportWindowBench.measure(files.corpus, work, speeches, out::println)));
                }
            }
            if (run.contains("write")) {
                rows.addAll(WriteBench.run(files.corpus, librarySize, work, out::println));
            }
            if (run.contains("analysis")) {
                rows.addAll(analysis());
            }
            if (run.contains("new-wording")) {
                rows.addAll(jingdu.bench.app.NewWordingBench.run(files.corpus, work, out::println));
            }
        } finally {
            files.cleanUp(work);
        }
        out.println();
        out.println(String.format("%-46s %-26s %-30s %-18s %s", "measure", "Jingdu", "raw library, same run", "aim", ""));
        rows.forEach(r -> out.println(r.format()));
        return 0;
    }

    private int restartWith(List<String> missing, List<String> jvm) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        cmd.addAll(missing);
        cmd.addAll(jvm);
        cmd.add("-D" + CHILD_PROPERTY + "=true");
        // the same class path (this jar, whose manifest adds the app's) and the benches' own entry point
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), BenchMain.class.getName()));
        cmd.addAll(spec.commandLine().getParseResult().originalArgs());
        return new ProcessBuilder(cmd).inheritIO().start().waitFor();
    }

    private List<BenchRow> analysis() throws IOException {
        CorpusText corpus = CorpusText.from(files.corpus, 11L);
        String text = corpus.document("安全生产工作会议材料汇编", 5_000_000);
        Analyzer engine = new Analyzer();
        Throughput.Report r = Throughput.measure(engine, text);
        Throughput.LongRun run = Throughput.measureLongRun(engine, corpus.document("安全生产工作会议材料汇编", 200_000),
                BenchCommand.LONG_RUN_BYTES);
        return List.of(new BenchRow("analysis throughput (5 MB)", String.format("%.2f MB/s", r.engineMBps()),
                        String.format("HanLP.segment %.2f MB/s", r.segmentMBps()),
                        "ratio ≥0.5", r.ratio() >= 0.5),
                new BenchRow("analysis, 1 MB without punctuation (one line)", String.format("%.2f MB/s", run.runMBps()),
                        String.format("1 MB of speeches %.2f MB/s", run.normalMBps()),
                        String.format("slowdown ≤2 (%.2f)", run.slowdown()), run.slowdown() <= 2));
    }
}
