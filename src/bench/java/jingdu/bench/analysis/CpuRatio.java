package jingdu.bench.analysis;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

import jingdu.analysis.Analyzer;
import jingdu.model.Analysis;
import jingdu.text.TextLayout;

/**
 * A developer's tool for tuning the engine on a busy machine: the throughput ratio of {@link Throughput}
 * measured in this thread's CPU time rather than wall-clock time, so other processes sharing the cores
 * hardly move it; and a dump of the engine's whole output, to check that a change left it alone.
 * <pre>
 * java -cp target/jingdu-bench.jar:target/jingdu.jar jingdu.bench.analysis.CpuRatio ratio CORPUS [ROUNDS] [MB] [process]
 * java -cp target/jingdu-bench.jar:target/jingdu.jar jingdu.bench.analysis.CpuRatio dump DIR... &gt; out.txt
 * </pre>
 * {@code process} counts the whole process's CPU time instead of this thread's: the garbage collector's work
 * too (and the compiler's, quiet after the warm-up).
 */
public final class CpuRatio {

    private CpuRatio() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (args.length >= 2 && args[0].equals("ratio")) {
            int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
            double mb = args.length > 3 ? Double.parseDouble(args[3]) : 1;
            ratio(out, Path.of(args[1]), rounds, mb, args.length > 4 && args[4].equals("process"));
        } else if (args.length >= 2 && args[0].equals("dump")) {
            List<Path> dirs = new ArrayList<>();
            for (int i = 1; i < args.length; i++) {
                dirs.add(Path.of(args[i]));
            }
            dump(out, dirs);
        } else {
            System.err.println("usage: CpuRatio ratio CORPUS [ROUNDS] [MB] | dump DIR...");
            System.exit(2);
        }
    }

    private static void ratio(PrintStream out, Path corpus, int rounds, double mb, boolean process) throws Exception {
        ThreadMXBean thread = ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        LongSupplier mx = process ? os::getProcessCpuTime : thread::getCurrentThreadCpuTime;
        Analyzer engine = new Analyzer();
        String text = Throughput.repeatTo(corpusText(List.of(corpus)), (long) (mb * 1e6));
        // warm-up: a few whole passes of each, so both are compiled before anything is counted
        for (int i = 0; i < 3; i++) {
            BareSegmenter.segment(text);
            engine.analyze(text);
        }
        long bare = 0;
        long eng = 0;
        double bestRound = 0;
        List<Double> ratios = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            // the order alternates, so neither side always follows the other
            long b;
            long e;
            if (r % 2 == 0) {
                b = cpu(mx, () -> BareSegmenter.segment(text));
                e = cpu(mx, () -> engine.analyze(text));
            } else {
                e = cpu(mx, () -> engine.analyze(text));
                b = cpu(mx, () -> BareSegmenter.segment(text));
            }
            bare += b;
            eng += e;
            double round = (double) b / e;
            bestRound = Math.max(bestRound, round);
            ratios.add(round);
            out.printf("round %2d  bare %.3f s  engine %.3f s  ratio %.3f%n", r, b / 1e9, e / 1e9, round);
        }
        ratios.sort(null);
        out.printf((process ? "process " : "") + "CPU ratio (bare time / engine time) over %d rounds of %.1f MB: %.3f  (median round %.3f, best %.3f)%n",
                rounds, mb, (double) bare / eng, ratios.get(ratios.size() / 2), bestRound);
    }

    private static long cpu(LongSupplier mx, Runnable work) {
        long t0 = mx.getAsLong();
        work.run();
        return mx.getAsLong() - t0;
    }

    /** Every analysis of every .txt under {@code dirs}, plus their concatenation and its run without punctuation. */
    private static void dump(PrintStream out, List<Path> dirs) throws Exception {
        Analyzer engine = new Analyzer();
        for (Path f : files(dirs)) {
            out.println("== " + f);
            print(out, engine.analyze(TextLayout.normalize(Files.readString(f, StandardCharsets.UTF_8))));
        }
        String all = corpusText(dirs);
        out.println("== all");
        print(out, engine.analyze(all));
        out.println("== run");
        print(out, engine.analyze(Throughput.runOf(Throughput.withoutPunctuation(all), 300_000)));
    }

    private static void print(PrintStream out, Analysis a) {
        a.paragraphs().forEach(out::println);
        a.sectors().forEach(out::println);
        a.obligations().forEach(out::println);
    }

    private static List<Path> files(List<Path> dirs) throws Exception {
        List<Path> files = new ArrayList<>();
        for (Path d : dirs) {
            try (Stream<Path> s = Files.walk(d)) {
                s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
            }
        }
        return files;
    }

    private static String corpusText(List<Path> dirs) throws Exception {
        StringBuilder b = new StringBuilder();
        for (Path f : files(dirs)) {
            b.append(TextLayout.normalize(Files.readString(f, StandardCharsets.UTF_8))).append('\n');
        }
        return b.toString();
    }
}
