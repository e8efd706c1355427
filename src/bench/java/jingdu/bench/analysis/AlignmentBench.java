package jingdu.bench.analysis;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jingdu.analysis.Analyzer;
import jingdu.analysis.ObligationAligner;
import jingdu.app.AnalysisService;
import jingdu.app.Library;
import jingdu.app.Services;
import jingdu.app.compare.Comparer;
import jingdu.bench.app.CorpusText;
import jingdu.bench.app.LibraryGenerator;
import jingdu.bench.app.Timings;
import jingdu.model.ComparedObligation;
import jingdu.model.Comparison;
import jingdu.model.Speech;
import jingdu.model.TaskChange;
import jingdu.store.CollectionRepository;

/**
 * 对比 in the bench: the aligner's and the exact/substring matcher's precision and recall on the labelled pairs
 * (dev/ and test/), and its speed beside segmenting the same texts in the same run.
 */
public final class AlignmentBench {

    /** Characters of each speech of the two-speech measurement. */
    static final int SPEECH_CHARS = 10_000;
    /** Earlier speeches of the collection measurement. */
    static final int EARLIER = 100;
    static final int RUNS = 21;
    static final int COLLECTION_RUNS = 7;

    private AlignmentBench() {
    }

    /** P/R/F1 of both matchers on {@code dir}/dev and {@code dir}/test. */
    public static void scores(PrintStream out, Path dir, Analyzer engine) throws IOException {
        for (String part : List.of("dev", "test")) {
            Path d = dir.resolve(part);
            if (!Files.isDirectory(d)) {
                out.println("align    " + part + ": no pairs under " + d);
                continue;
            }
            List<AlignmentScorer.Case> cases = AlignmentScorer.load(d, engine);
            out.printf("align    %-4s aligner  %s%n", part, AlignmentScorer.score(cases, AlignmentScorer.of(new ObligationAligner())));
            out.printf("align    %-4s baseline %s%n", part, AlignmentScorer.score(cases, new ExactMatcher()));
        }
    }

    /** Two speeches of 10,000 characters, and one speech against 100 earlier ones in a generated library. */
    public static void speed(PrintStream out, Path corpus, Analyzer engine, Path work) throws Exception {
        twoSpeeches(out, corpus, engine);
        againstCollection(out, corpus, engine, work);
    }

    private static void twoSpeeches(PrintStream out, Path corpus, Analyzer engine) throws IOException {
        CorpusText source = CorpusText.from(corpus, 31L);
        String older = source.speech("在全市安全生产工作会议上的讲话", SPEECH_CHARS);
        String newer = followUp(older, CorpusText.from(corpus, 32L));
        List<ComparedObligation> a = AlignmentScorer.obligations(engine.analyze(older), 1);
        List<ComparedObligation> b = AlignmentScorer.obligations(engine.analyze(newer), 2);
        ObligationAligner aligner = new ObligationAligner();
        int continued = 0;
        long[] compare = new long[RUNS];
        long[] segment = new long[RUNS];
        for (int round = -3; round < RUNS; round++) { // three rounds of warm-up
            long t0 = System.nanoTime();
            BareSegmenter.segment(older);
            BareSegmenter.segment(newer);
            long t1 = System.nanoTime();
            continued = (int) aligner.align(a, b).stream().filter(r -> r.change() == TaskChange.CONTINUED).count();
            long t2 = System.nanoTime();
            if (round >= 0) {
                segment[round] = t1 - t0;
                compare[round] = t2 - t1;
            }
        }
        Timings c = Timings.ofNanos(compare);
        Timings s = Timings.ofNanos(segment);
        out.printf("align    speed two speeches %,d + %,d chars (%d + %d obligations, %d continued): compare p50 %.1f ms "
                        + "p95 %.1f ms (aim ≤ 300 ms)  bare HanLP.segment of both p50 %.1f ms p95 %.1f ms  ratio p50 %.2f%n",
                older.length(), newer.length(), a.size(), b.size(), continued, c.p50(), c.p95(), s.p50(), s.p95(),
                c.p50() / s.p50());
    }

    /** The next year's speech: every other paragraph of the older one kept, the rest new corpus paragraphs. */
    static String followUp(String older, CorpusText fresh) {
        String[] paragraphs = older.split("\n");
        StringBuilder b = new StringBuilder("在全市安全生产工作推进会议上的讲话\n");
        for (int i = 1; i < paragraphs.length; i += 2) {
            b.append(paragraphs[i]).append('\n');
        }
        String more = fresh.speech("", SPEECH_CHARS);
        for (String p : more.split("\n")) {
            if (b.length() >= SPEECH_CHARS) {
                break;
            }
            if (!p.isBlank()) {
                b.append(p).append('\n');
            }
        }
        return b.toString().strip();
    }

    private static void againstCollection(PrintStream out, Path corpus, Analyzer engine, Path work) throws Exception {
        Path file = work.resolve("align-bench.db");
        Files.deleteIfExists(file);
        Library library = Library.open(file);
        try (Services services = new Services(library, AnalysisService.forLibrary(library))) {
            LibraryGenerator.fromCorpus(corpus, engine).generate(library, EARLIER + 1);
            List<Speech> speeches = new ArrayList<>();
            library.list().forEach(s -> speeches.add(library.find(s.id()).orElseThrow()));
            speeches.sort(java.util.Comparator.comparingLong(Speech::id));
            CollectionRepository collections = new CollectionRepository(library.database());
            long k = collections.create("bench").id();
            speeches.forEach(s -> collections.add(k, s.id()));
            long newest = speeches.get(speeches.size() - 1).id();
            Comparer comparer = services.comparer();
            long t = System.nanoTime();
            Comparison first = comparer.compareWithCollection("bench", newest); // makes every speech's tasks: not timed
            double making = (System.nanoTime() - t) / 1e9;
            long[] compare = new long[COLLECTION_RUNS];
            long[] segment = new long[COLLECTION_RUNS];
            long chars = speeches.stream().mapToLong(s -> s.text().length()).sum();
            for (int round = -1; round < COLLECTION_RUNS; round++) {
                long t0 = System.nanoTime();
                for (Speech s : speeches) {
                    BareSegmenter.segment(s.text());
                }
                long t1 = System.nanoTime();
                services.comparer().compareWithCollection("bench", newest);
                long t2 = System.nanoTime();
                if (round >= 0) {
                    segment[round] = t1 - t0;
                    compare[round] = t2 - t1;
                }
            }
            Timings c = Timings.ofNanos(compare);
            Timings s = Timings.ofNanos(segment);
            out.printf("align    speed one vs %d earlier (generated library, %,d chars; %d + %d obligations, tasks made "
                            + "first in %.1f s): compare p50 %.0f ms p95 %.0f ms (aim ≤ 2 s)  bare HanLP.segment of the "
                            + "same %d texts p50 %.0f ms p95 %.0f ms  ratio p50 %.2f%n",
                    EARLIER, chars, first.rows().stream().filter(r -> r.older() != null).count(),
                    first.rows().stream().filter(r -> r.newer() != null).count(), making, c.p50(), c.p95(),
                    speeches.size(), s.p50(), s.p95(), c.p50() / s.p50());
        } finally {
            for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
                Files.deleteIfExists(work.resolve("align-bench.db" + suffix));
            }
        }
    }
}
