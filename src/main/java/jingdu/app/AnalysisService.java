package jingdu.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import jingdu.analysis.Analyzer;
import jingdu.analysis.SectorLexicon;
import jingdu.model.Analysis;
import jingdu.model.SectorCatalog;

/**
 * Runs the analysis engine, and other slow work, on one background thread so the window never waits.
 * The engine is built on that thread too: loading HanLP takes a moment and must not delay the first frame.
 */
public final class AnalysisService implements AutoCloseable {

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "jingdu-worker");
        t.setDaemon(true);
        return t;
    });
    private final SectorCatalog sectors;
    private final Supplier<Analyzer> factory;
    private Analyzer analyzer;

    /** An engine with the built-in lexicon only, or one whose lexicon adds no sectors. */
    public AnalysisService(Supplier<Analyzer> factory) {
        this(SectorLexicon.builtInCatalog(), factory);
    }

    /** {@code sectors} must be the catalogue of the engines {@code factory} builds. */
    public AnalysisService(SectorCatalog sectors, Supplier<Analyzer> factory) {
        this.sectors = sectors;
        this.factory = factory;
    }

    /**
     * The engine of an open library: its {@code lexicon.tsv} and its own word list, read again each time an
     * engine is built (after {@link #reload()}).
     */
    public static AnalysisService forLibrary(Library library) {
        Path dbFile = library.file();
        return new AnalysisService(Engines.sectorsForLibrary(dbFile), () -> Engines.forLibrary(dbFile, library.userTerms()));
    }

    /** The next work builds a new engine (the user's word list changed); work already queued keeps the old one. */
    public void reload() {
        executor.submit(() -> {
            analyzer = null;
        });
    }

    /** The sectors this service's engine knows; available at once, before the engine has loaded. */
    public SectorCatalog sectors() {
        return sectors;
    }

    /** Builds a new engine like this service's, for work that runs on its own threads (the batch import). */
    public Supplier<Analyzer> engineFactory() {
        return factory;
    }

    /**
     * Holds every task until {@code gate} completes. At start-up the gate is the first frame: on a
     * two-core machine, loading HanLP beside the window's first layout slows both, so the window goes first.
     */
    public void holdUntil(CompletableFuture<?> gate) {
        executor.submit(() -> {
            try {
                gate.join();
            } catch (RuntimeException e) {
                // a failed gate opens too: the engine must not wait forever
            }
        });
    }

    /**
     * Loads the engine and its dictionaries (HanLP loads them on the first segmentation), so the first
     * speech is highlighted sooner; completes when the engine is ready to read.
     */
    public CompletableFuture<Void> warmUp() {
        return submit(() -> {
            analyzer().analyze(WARM_UP_TEXT);
            return null;
        });
    }

    /** One sentence touching the segmenter, the sector lexicon and the obligation rules. */
    private static final String WARM_UP_TEXT = "各地区要严格落实企业安全生产主体责任，深入开展矿山、危险化学品领域专项整治。";

    public CompletableFuture<Analysis> analyze(String text) {
        return CompletableFuture.supplyAsync(() -> analyzer().analyze(text), executor);
    }

    /** Other slow work (imports) on the same thread, in order. */
    public <T> CompletableFuture<T> submit(Callable<T> work) {
        CompletableFuture<T> f = new CompletableFuture<>();
        executor.submit(() -> {
            try {
                f.complete(work.call());
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        });
        return f;
    }

    /** Work that needs the engine itself (exports re-read a speech), on the worker thread. */
    public <T> CompletableFuture<T> withAnalyzer(AnalyzerWork<T> work) {
        return submit(() -> work.run(analyzer()));
    }

    /** Work given the engine; may throw. */
    @FunctionalInterface
    public interface AnalyzerWork<T> {
        T run(Analyzer analyzer) throws Exception;
    }

    private Analyzer analyzer() {
        // only ever called on the worker thread, so no locking is needed
        if (analyzer == null) {
            analyzer = factory.get();
        }
        return analyzer;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
