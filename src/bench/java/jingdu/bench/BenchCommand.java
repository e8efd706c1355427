package jingdu.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import jingdu.analysis.Analyzer;
import jingdu.bench.analysis.AlignmentBench;
import jingdu.bench.analysis.GoldScorer;
import jingdu.bench.analysis.KeywordBaseline;
import jingdu.bench.analysis.Throughput;
import jingdu.text.TextLayout;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true, description = "Score the analysis engine and the keyword baseline against gold files; measure speed.")
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Directory of gold *.json files.")
    Path gold;

    @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "Directory holding the speeches (searched recursively).")
    Path corpus;

    @Option(names = "--megabytes", defaultValue = "5", paramLabel = "MB", description = "Size of the throughput text (default 5).")
    double megabytes;

    @Option(names = "--no-speed", description = "Skip the throughput measurement.")
    boolean noSpeed;

    @Option(names = "--align", paramLabel = "DIR", defaultValue = "src/test/resources/align",
            description = "Labelled speech pairs for 对比 (dev/ and test/ of NN-name/old.txt, new.txt, links.tsv). Default: ${DEFAULT-VALUE}.")
    Path align;

    @Option(names = "--no-align", description = "Skip the alignment (对比) scores and speed.")
    boolean noAlign;

    /** Size of each text of the long-run measurement: 1 MB. */
    static final long LONG_RUN_BYTES = 1_000_000;

    @Override
    public Integer call() throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Analyzer engine = new Analyzer();
        report(out, "engine  ", GoldScorer.score(engine, gold, corpus), true);
        report(out, "baseline", GoldScorer.score(new KeywordBaseline(), gold, corpus), false);
        if (!noSpeed) {
            String text = Throughput.repeatTo(corpusText(), (long) (megabytes * 1e6));
            Throughput.Report r = Throughput.measure(engine, text);
            out.printf("speed    text=%.2f MB  engine=%.2f MB/s (%.2f s)  bare HanLP.segment=%.2f MB/s (%.2f s)  ratio=%.2f%n",
                    r.megabytes(), r.engineMBps(), r.engineSeconds(), r.segmentMBps(), r.segmentSeconds(), r.ratio());
            Throughput.LongRun run = Throughput.measureLongRun(engine, corpusText(), LONG_RUN_BYTES);
            out.printf("long run speeches=%.2f MB: %.2f MB/s  same text without punctuation, one line=%.2f MB: %.2f MB/s"
                            + "  slowdown=%.2f (aim ≤ 2)%n",
                    run.normalMegabytes(), run.normalMBps(), run.runMegabytes(), run.runMBps(), run.slowdown());
        }
        if (!noAlign) {
            AlignmentBench.scores(out, align, engine);
            if (!noSpeed) {
                Path work = Files.createTempDirectory("jingdu-align-bench");
                try {
                    AlignmentBench.speed(out, corpus, engine, work);
                } finally {
                    Files.deleteIfExists(work);
                }
            }
        }
        return 0;
    }

    /** {@code slots}: the analyzer finds duty bearers and deadlines (the keyword baseline does not). */
    private static void report(PrintStream out, String name, GoldScorer.Result r, boolean slots) {
        out.println(name + " obligations " + r.obligations);
        out.println(name + " sectors     " + r.sectors);
        out.println(name + " levels      " + r.levels);
        if (slots) {
            out.println(name + " " + r.slots());
            out.println(name + " " + r.summary());
        } else {
            out.println(name + " actors/deadlines: n/a (finds none)");
            out.println(name + " " + r.summary().replaceAll("actorAcc=\\S+ deadlineF1=\\S+", "actorAcc=n/a deadlineF1=n/a"));
        }
        r.errors.forEach(e -> out.println(name + " ERROR " + e));
    }

    private String corpusText() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.walk(corpus)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        StringBuilder b = new StringBuilder();
        for (Path f : files) {
            b.append(TextLayout.normalize(Files.readString(f, StandardCharsets.UTF_8))).append('\n');
        }
        return b.toString();
    }
}
