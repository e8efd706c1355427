package jingdu.bench.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import jingdu.analysis.Analyzer;
import jingdu.text.TextLayout;
import jingdu.app.importing.BatchImport;
import jingdu.app.library.Catalog;
import jingdu.app.Engines;
import jingdu.app.importing.ImportPipeline;
import jingdu.app.Library;
import jingdu.app.search.Search;
import jingdu.bench.analysis.BareSegmenter;

/**
 * Import speed: generates speeches of corpus-like size (3,000–6,000 characters, recombined from the corpus
 * sentences with a fixed seed) as .txt files, imports them into a fresh library through the real pipeline,
 * and measures beside it, on the same texts in the same run: bare HanLP segmentation on every core, a bare
 * sqlite-jdbc INSERT of the texts in one transaction, and the old serial path (one transaction per file,
 * the engine's facts filled afterwards by the catch-ups) on a smaller number of files.
 */
public final class ImportBench {

    private static final long SEED = 20240917L;
    /** The serial path takes about a tenth of a second per speech: measured on this many at most. */
    private static final int SERIAL_MAX = 100;
    private static final double AIM_SECONDS_PER_1000 = 10.0;

    /** Everything measured; seconds are wall time unless said otherwise. */
    public record Figures(int count, long chars, int cores, double warmUpSeconds, double importSeconds,
                          double importCpuSeconds, ImportPipeline.Stats stats, int skipped, double segmentSeconds, double insertSeconds,
                          int serialCount, double serialSeconds) {

        public double speechesPerSecond() {
            return count / importSeconds;
        }

        public double serialPerSecond() {
            return serialCount / serialSeconds;
        }

        /** The aim scales with the count: 10 s per 1,000 speeches. */
        public double aimSeconds() {
            return AIM_SECONDS_PER_1000 * count / 1000.0;
        }
    }

    private ImportBench() {
    }

    public static List<BenchRow> run(Path corpus, int count, Path workDir, Consumer<String> log) throws IOException {
        return rows(measure(corpus, count, workDir, log));
    }

    public static Figures measure(Path corpus, int count, Path workDir, Consumer<String> log) throws IOException {
        if (count < 1) {
            throw new IllegalArgumentException("count must be positive");
        }
        int cores = Runtime.getRuntime().availableProcessors();
        List<String> sentences = CorpusText.sentences(corpus);
        Path texts = Files.createDirectories(workDir.resolve("import-bench-texts"));
        List<String> speeches = generate(sentences, count);
        List<Path> files = new ArrayList<>(count);
        long chars = 0;
        for (int i = 0; i < count; i++) {
            files.add(Files.writeString(texts.resolve(String.format("speech-%05d.txt", i)), speeches.get(i), StandardCharsets.UTF_8));
            chars += speeches.get(i).length();
        }
        log.accept(String.format("generated %d speeches, %.1f M chars (avg %d), %d cores", count, chars / 1e6, chars / count, cores));

        // HanLP's dictionaries load once per process (the window does it at start): not part of the import
        long w0 = System.nanoTime();
        Analyzer warm = new Analyzer();
        for (int i = 0; i < Math.min(count, 2 * cores); i++) {
            warm.analyze(TextLayout.canonical(speeches.get(i)));
        }
        double warmUp = seconds(w0);
        log.accept(String.format("engine loaded and warmed in %.1f s", warmUp));

        Path dbFile = fresh(workDir.resolve("import-bench.db"));
        ImportPipeline pipeline;
        BatchImport.Summary summary;
        double cpu0 = processCpuSeconds();
        long t0 = System.nanoTime();
        try (Library library = Library.open(dbFile)) {
            pipeline = new ImportPipeline(library, () -> Engines.forLibrary(dbFile));
            summary = pipeline.run(files, List.of(), (d, t, c) -> { }, () -> false);
        }
        double importSeconds = seconds(t0);
        double importCpu = processCpuSeconds() - cpu0;
        try (Library library = Library.open(dbFile)) {
            Analyzer engine = new Analyzer();
            int left = new Catalog(library).indexPending(engine) + new Search(library).analysePending(engine);
            log.accept(String.format("pipeline: %.2f s (process CPU %.2f s) for %d files (%d imported, %d skipped), %d left for the catch-ups",
                    importSeconds, importCpu, count, summary.imported().size(), summary.skipped().size(), left));
        }

        double segment = segmentAll(speeches, cores);
        log.accept(String.format("bare HanLP.segment on %d threads: %.2f s", cores, segment));
        double insert = bareInsert(speeches, fresh(workDir.resolve("import-bench-raw.db")));
        log.accept(String.format("bare INSERT in one transaction: %.2f s", insert));

        int serialCount = Math.min(count, SERIAL_MAX);
        double serial = serial(files.subList(0, serialCount), fresh(workDir.resolve("import-bench-serial.db")));
        log.accept(String.format("old serial path: %.2f s for %d files", serial, serialCount));
        return new Figures(count, chars, cores, warmUp, importSeconds, importCpu, pipeline.stats(), summary.skipped().size(),
                segment, insert, serialCount, serial);
    }

    public static List<BenchRow> rows(Figures f) {
        ImportPipeline.Stats s = f.stats();
        List<BenchRow> rows = new ArrayList<>();
        rows.add(new BenchRow("import " + f.count() + " speeches (all facts, index)",
                String.format("%.2f s, %.0f/s, cpu %.1f s", f.importSeconds(), f.speechesPerSecond(), f.importCpuSeconds()),
                String.format("HanLP %.2f s, INSERT %.2f s", f.segmentSeconds(), f.insertSeconds()),
                String.format("<= %.1f s", f.aimSeconds()), f.importSeconds() <= f.aimSeconds() && f.skipped() == 0));
        rows.add(BenchRow.info("  of which analysis (thread-sum, " + s.workers() + " thr)",
                String.format("%.2f s + read %.2f s", s.analyseNanos() / 1e9, s.readNanos() / 1e9),
                String.format("bare HanLP %.2f s", f.segmentSeconds())));
        rows.add(BenchRow.info("  of which writing (writer thread)",
                String.format("%.2f s in %d tx", s.writeNanos() / 1e9, s.transactions()),
                String.format("bare INSERT %.2f s", f.insertSeconds())));
        rows.add(BenchRow.info("old serial import (tx per file, facts after)",
                String.format("%.1f speeches/s (n=%d)", f.serialPerSecond(), f.serialCount()),
                String.format("=> %.1f s for %d", f.count() / f.serialPerSecond(), f.count())));
        rows.add(BenchRow.info("engine load + warm-up (once per process)", String.format("%.2f s", f.warmUpSeconds()),
                ""));
        return rows;
    }

    // ---- the texts -------------------------------------------------------------------------------

    /** Speeches of 3,000–6,000 characters: a title line, then paragraphs of one to four sentences. */
    static List<String> generate(List<String> sentences, int count) {
        Random r = new Random(SEED);
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int target = 3000 + r.nextInt(3001);
            StringBuilder b = new StringBuilder("关于第" + (i + 1) + "号安全生产工作的讲话\n");
            while (b.length() < target) {
                for (int k = 1 + r.nextInt(4); k > 0; k--) {
                    b.append(sentences.get(r.nextInt(sentences.size())));
                }
                b.append('\n');
            }
            out.add(b.toString());
        }
        return out;
    }

    // ---- the baselines ---------------------------------------------------------------------------

    private static double segmentAll(List<String> speeches, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            AtomicInteger next = new AtomicInteger();
            long t0 = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < speeches.size(); i = next.getAndIncrement()) {
                        BareSegmenter.segment(speeches.get(i));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            return seconds(t0);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The texts into a plain table, same pragmas as the library (WAL, synchronous FULL), one transaction. */
    private static double bareInsert(List<String> speeches, Path dbFile) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dbFile.toAbsolutePath())) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=FULL");
                s.execute("CREATE TABLE speech(id INTEGER PRIMARY KEY, name TEXT NOT NULL, text TEXT NOT NULL)");
            }
            long t0 = System.nanoTime();
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO speech(name, text) VALUES (?,?)")) {
                for (int i = 0; i < speeches.size(); i++) {
                    ps.setString(1, "speech-" + i + ".txt");
                    ps.setString(2, speeches.get(i));
                    ps.executeUpdate();
                }
            }
            c.commit();
            return seconds(t0);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How importing worked before the pipeline: a transaction per file, then each catch-up reading every speech. */
    private static double serial(List<Path> files, Path dbFile) {
        long t0 = System.nanoTime();
        try (Library library = Library.open(dbFile)) {
            Analyzer engine = Engines.forLibrary(dbFile);
            for (Path f : files) {
                try {
                    library.importText(f);
                } catch (jingdu.io.ImportException e) {
                    throw new IllegalStateException(e);
                }
            }
            new Catalog(library).indexPending(engine);
            new Search(library).analysePending(engine);
        }
        return seconds(t0);
    }

    private static Path fresh(Path dbFile) throws IOException {
        for (String suffix : List.of("", "-wal", "-shm")) {
            Files.deleteIfExists(dbFile.resolveSibling(dbFile.getFileName() + suffix));
        }
        return dbFile;
    }

    /**
     * CPU time of the whole process so far (0 where the platform does not tell): with other programs on the
     * same cores, wall time says little and CPU time divided by the cores says what an idle machine would do.
     */
    private static double processCpuSeconds() {
        return ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(0.0);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
