package jingdu.app;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import jingdu.analysis.Analyzer;
import jingdu.model.Analysis;

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
    private final Supplier<Analyzer> factory;
    private Analyzer analyzer;

    public AnalysisService(Supplier<Analyzer> factory) {
        this.factory = factory;
    }

    /** Builds a new engine like this service's, for work that runs on its own threads (the batch import). */
    public Supplier<Analyzer> engineFactory() {
        return factory;
    }

    /** Starts loading the engine now, so the first speech is highlighted sooner; completes when it is loaded. */
    public CompletableFuture<Void> warmUp() {
        return submit(() -> {
            analyzer();
            return null;
        });
    }

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
