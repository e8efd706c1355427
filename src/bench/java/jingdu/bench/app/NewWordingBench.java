package jingdu.bench.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import jingdu.analysis.NewPhraseFinder;
import jingdu.app.Library;
import jingdu.app.compare.NewWording;
import jingdu.app.compare.NewWordingException;
import jingdu.app.library.Catalog;
import jingdu.bench.analysis.BareSegmenter;
import jingdu.model.NewPhrase;
import jingdu.model.Speech;
import jingdu.text.TextLayout;

/**
 * 新提法 on a generated library: one speech of about 10,000 characters against 100 earlier ones of the same
 * size, timed end to end as the window and the command ask for it (the list of speeches, every earlier text
 * read from the file, the newer one segmented and its phrases checked), beside bare {@code HanLP.segment} of
 * the same 101 texts in the same run. A fifth of the newer speech's paragraphs are written backwards, so that
 * many of its phrases are new and every earlier speech is read to its end, as on a real library.
 */
public final class NewWordingBench {

    public static final double AIM_P95_MS = 1000;
    public static final int DEFAULT_EARLIER = 100;
    public static final int CHARS = 10_000;
    static final int WARM_UP = 3;
    public static final int DEFAULT_RUNS = 20;

    private NewWordingBench() {
    }

    /** What was measured: the use case's timings, bare segmentation of the same texts, and what it found. */
    public record Figures(Timings find, double segmentAllMillis, double segmentNewerMillis, int earlier, long chars,
                          List<NewPhrase> top, List<String> earlierTexts) {

        /** The use case's median beside segmenting the texts it reads. */
        public double ratio() {
            return find.p50() / segmentAllMillis;
        }
    }

    public static List<BenchRow> run(Path corpus, Path workDir, Consumer<String> log) throws IOException {
        Figures f = measure(corpus, DEFAULT_EARLIER, DEFAULT_RUNS, workDir, log);
        return List.of(
                new BenchRow(String.format("new wording: 1 speech vs %d earlier", f.earlier()),
                        String.format("p50 %.0f ms, p95 %.0f ms", f.find().p50(), f.find().p95()),
                        String.format("HanLP.segment of them %.0f ms", f.segmentAllMillis()),
                        String.format("p95 ≤%.0f ms", AIM_P95_MS), f.find().p95() <= AIM_P95_MS),
                BenchRow.info("new wording / segmenting the same texts", String.format("%.2f", f.ratio()),
                        String.format("newer one alone %.0f ms", f.segmentNewerMillis())));
    }

    public static Figures measure(Path corpus, int earlier, int runs, Path workDir, Consumer<String> log) throws IOException {
        CorpusText text = CorpusText.from(corpus, 20L);
        Files.createDirectories(workDir);
        Path file = workDir.resolve("new-wording-bench.db");
        Files.deleteIfExists(file);
        List<String> texts = new ArrayList<>();
        try (Library library = Library.open(file)) {
            for (int i = 0; i < earlier; i++) {
                texts.add(library.importString(text.speech("模拟讲话第" + (i + 1) + "号", CHARS), "bench-" + i + ".txt").text());
            }
            Speech newer = library.importString(newer(text.speech("新的讲话", CHARS)), "newer.txt");
            texts.add(newer.text());
            long chars = texts.stream().mapToLong(String::length).sum();
            log.accept(String.format("new wording: %d speeches, %,d characters", texts.size(), chars));
            NewWording newWording = new NewWording(library, new Catalog(library), new NewPhraseFinder());
            List<NewPhrase> top = List.of();
            long[] nanos = new long[runs];
            for (int r = -WARM_UP; r < runs; r++) {
                long t0 = System.nanoTime();
                top = newWording.find(newer.id(), 30);
                long t = System.nanoTime() - t0;
                if (r >= 0) {
                    nanos[r] = t;
                }
            }
            double all = median(3, () -> texts.forEach(BareSegmenter::segment));
            double one = median(5, () -> BareSegmenter.segment(newer.text()));
            return new Figures(Timings.ofNanos(nanos), all, one, earlier, chars, top, texts.subList(0, earlier));
        } catch (NewWordingException | jingdu.io.ImportException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every fifth paragraph backwards: new character sequences, in the corpus's own characters. */
    static String newer(String speech) {
        List<String> out = new ArrayList<>();
        List<TextLayout.Range> paragraphs = TextLayout.paragraphs(speech);
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i).of(speech);
            out.add(i % 5 == 4 ? new StringBuilder(p).reverse().toString() : p);
        }
        return String.join("\n", out);
    }

    private static double median(int runs, Runnable work) {
        work.run(); // warm
        long[] t = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            work.run();
            t[i] = System.nanoTime() - t0;
        }
        Arrays.sort(t);
        return t[runs / 2] / 1e6;
    }
}
