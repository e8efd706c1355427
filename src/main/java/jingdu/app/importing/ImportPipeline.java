package jingdu.app.importing;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

import jingdu.analysis.SpeechAnalyzer;
import jingdu.app.Failures;
import jingdu.app.FileNames;
import jingdu.app.Library;
import jingdu.app.SpeechDraft;
import jingdu.app.library.Catalog;
import jingdu.app.search.Search;
import jingdu.io.ImportException;
import jingdu.model.Speech;
import jingdu.store.Database;
import jingdu.store.SpeechBatch;
import jingdu.store.StoreException;
import jingdu.store.TextHash;

/**
 * Imports many files on every core. Worker threads read, decode and analyse files, each with its own
 * engine; the calling thread is the only writer and stores the results in file order, in batched
 * transactions: the speech, its search index, and the engine's facts for the catalogue and the search
 * filters, so nothing is left for {@link Catalog#indexPending} or {@link Search#analysePending}.
 * A batch that fails is written again one speech per transaction, so one bad speech costs only itself;
 * a full disk stops the import at once (nothing after it could be saved), keeping what was committed.
 * A file whose text the library already holds is skipped, checked inside the writing transaction so two
 * copies in one import go in once. One pipeline runs once.
 */
public final class ImportPipeline {

    /** Speeches per transaction: big enough that commits cost little, small enough that readers wait little. */
    public static final int BATCH_SIZE = 50;
    /** A batch is written at the latest this long after its first speech arrived (slow files, few files). */
    public static final Duration BATCH_TIME = Duration.ofMillis(200);
    /** At most 20 progress updates a second reach the caller. */
    static final Duration PROGRESS_INTERVAL = Duration.ofMillis(50);
    /** How long the writer waits for the next file before it looks at cancel and the batch clock again. */
    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    /** Where the time went, summed over threads (read and analysis run in parallel, so they exceed wall time). */
    public record Stats(int files, int workers, long readNanos, long analyseNanos, long writeNanos, int transactions,
                        int retried) {
    }

    /** One file after a worker is done with it: a speech ready to store, or the reason it is skipped. */
    private record Result(Path file, SpeechDraft draft, String textHash, String normalizedHash, EngineFacts facts,
                          BatchImport.Skipped skipped) {
    }

    /** One transaction's outcome: the speeches stored, and the files skipped as duplicates by their place in it. */
    private record Written(List<Speech> speeches, Map<Integer, BatchImport.Skipped> duplicates) {
    }

    private final Library library;
    private final Supplier<? extends SpeechAnalyzer> engines;
    private final int workers;
    private final int batchSize;
    private final DocumentImport reader = new DocumentImport();
    private final AtomicLong readNanos = new AtomicLong();
    private final AtomicLong analyseNanos = new AtomicLong();
    private final AtomicBoolean used = new AtomicBoolean();
    private long writeNanos;
    private int transactions;
    private int retried;
    private boolean allowDuplicates;
    /** Notices about imported files, by their place in the file list. */
    private final Map<Integer, BatchImport.Notice> notices = new TreeMap<>();
    /** The disk-full failure that stopped the writer, or null. */
    private StoreException stoppedBy;
    private Stats stats;

    /** One worker per core, {@link #BATCH_SIZE} speeches per transaction. */
    public ImportPipeline(Library library, Supplier<? extends SpeechAnalyzer> engines) {
        this(library, engines, Runtime.getRuntime().availableProcessors(), BATCH_SIZE);
    }

    public ImportPipeline(Library library, Supplier<? extends SpeechAnalyzer> engines, int workers, int batchSize) {
        if (workers < 1 || batchSize < 1) {
            throw new IllegalArgumentException("workers and batch size must be positive");
        }
        this.library = library;
        this.engines = engines;
        this.workers = workers;
        this.batchSize = batchSize;
    }

    /** Stores a file even when the library already holds its text (the default skips it). */
    public ImportPipeline allowDuplicates(boolean allow) {
        this.allowDuplicates = allow;
        return this;
    }

    /** Where the time of the finished run went; null before. */
    public Stats stats() {
        return stats;
    }

    /**
     * Imports {@code files} (plain files, already expanded) in order, on the calling thread as the writer.
     * Stops soon once {@code cancelled} says so, keeping what was read so far (written in file order).
     */
    public BatchImport.Summary run(List<Path> files, List<BatchImport.Skipped> skippedBefore,
                                   BatchImport.Progress progress, BooleanSupplier cancelled) {
        return run(files, skippedBefore, progress, cancelled, speeches -> { });
    }

    /** As above; {@code committed} gets each transaction's speeches right after its commit, on this thread. */
    public BatchImport.Summary run(List<Path> files, List<BatchImport.Skipped> skippedBefore,
                                   BatchImport.Progress progress, BooleanSupplier cancelled,
                                   Consumer<List<Speech>> committed) {
        if (!used.compareAndSet(false, true)) {
            throw new IllegalStateException("an import pipeline runs once");
        }
        int total = files.size();
        List<CompletableFuture<Result>> slots = new ArrayList<>(total);
        for (int i = 0; i < total; i++) {
            slots.add(new CompletableFuture<>());
        }
        // bounds the speeches held in memory ahead of the writer
        Semaphore ahead = new Semaphore(Math.max(2 * batchSize, 8 * workers));
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        int threads = Math.max(1, Math.min(workers, total));
        AtomicInteger threadNo = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "jingdu-import-" + threadNo.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        for (int w = 0; w < threads; w++) {
            pool.execute(() -> work(files, slots, next, ahead, stop));
        }
        Throttle throttle = new Throttle(progress, PROGRESS_INTERVAL.toNanos());
        List<Speech> imported = new ArrayList<>();
        Map<Integer, BatchImport.Skipped> skipped = new TreeMap<>();
        List<Integer> batchIndex = new ArrayList<>();
        List<Result> batch = new ArrayList<>();
        long batchDeadline = 0;
        int consumed = 0;
        boolean wasCancelled = false;
        try {
            throttle.update(0, total, total == 0 ? null : files.get(0));
            while (consumed < total) {
                if (cancelled.getAsBoolean()) {
                    wasCancelled = true;
                    break;
                }
                long wait = batch.isEmpty() ? POLL_NANOS : Math.max(0, Math.min(POLL_NANOS, batchDeadline - System.nanoTime()));
                Result r = take(slots.get(consumed), wait);
                if (r != null) {
                    slots.set(consumed, null); // let the text go once written
                    ahead.release();
                    if (r.skipped() != null) {
                        skipped.put(consumed, r.skipped());
                    } else {
                        if (batch.isEmpty()) {
                            batchDeadline = System.nanoTime() + BATCH_TIME.toNanos();
                        }
                        batch.add(r);
                        batchIndex.add(consumed);
                    }
                    consumed++;
                }
                if (!batch.isEmpty() && (batch.size() >= batchSize || System.nanoTime() >= batchDeadline)) {
                    write(batch, batchIndex, imported, skipped, committed);
                    if (stoppedBy != null) {
                        break;
                    }
                }
                throttle.update(consumed, total, consumed < total ? files.get(consumed) : null);
            }
            if (stoppedBy == null) {
                write(batch, batchIndex, imported, skipped, committed);
            }
        } finally {
            stop.set(true);
            pool.shutdownNow();
        }
        throttle.finish(consumed, total, wasCancelled || stoppedBy != null);
        stats = new Stats(total, threads, readNanos.get(), analyseNanos.get(), writeNanos, transactions, retried);
        List<BatchImport.Skipped> allSkipped = new ArrayList<>(skippedBefore);
        allSkipped.addAll(skipped.values());
        BatchImport.Stopped stopped = stoppedBy == null ? null : new BatchImport.Stopped("import.stopped.diskFull",
                List.of(imported.size(), total - imported.size() - skipped.size()));
        return new BatchImport.Summary(imported, allSkipped, wasCancelled, stopped, List.copyOf(notices.values()));
    }

    private static Result take(CompletableFuture<Result> slot, long nanos) {
        try {
            return nanos == 0 ? slot.getNow(null) : slot.get(nanos, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", e);
        } catch (ExecutionException e) {
            // work() completes every slot normally; anything else is a bug worth seeing
            throw new IllegalStateException(e.getCause());
        }
    }

    // ---- workers: read, decode, analyse -------------------------------------------------------

    private void work(List<Path> files, List<CompletableFuture<Result>> slots, AtomicInteger next, Semaphore ahead,
                      AtomicBoolean stop) {
        Engine engine = null;
        while (!stop.get()) {
            try {
                ahead.acquire();
            } catch (InterruptedException e) {
                return; // the writer is done
            }
            int i = next.getAndIncrement();
            if (i >= files.size() || stop.get()) {
                return;
            }
            Path file = files.get(i);
            Result r;
            try {
                if (engine == null) {
                    engine = new Engine();
                }
                r = process(file, engine);
            } catch (OutOfMemoryError e) {
                // this file's text and analysis are garbage now; the others go on, and the user is told why
                r = skip(file, "importer.error.outOfMemory", List.of(String.valueOf(file.getFileName()), Failures.maxHeapMegabytes()));
            } catch (Throwable e) { // never leave the writer waiting for a file
                r = skip(file, "importer.error.damaged", List.of(String.valueOf(file.getFileName())));
            }
            slots.get(i).complete(r);
        }
    }

    /** A worker's own engine, built on first use on the worker's thread. */
    private final class Engine {
        private SpeechAnalyzer engine;

        SpeechAnalyzer get() {
            if (engine == null) {
                engine = engines.get();
            }
            return engine;
        }
    }

    private Result process(Path file, Engine engine) {
        SpeechDraft draft;
        long t0 = System.nanoTime();
        String hash;
        String normalized;
        try {
            draft = SpeechDraft.of(reader.read(file), FileNames.readable(file));
            hash = TextHash.of(draft.text()); // here, not on the single writer thread
            normalized = TextHash.normalized(draft.text());
        } catch (ImportException e) {
            return skip(file, e.key(), List.of(e.args()));
        } catch (RuntimeException e) {
            return skip(file, "importer.error.damaged", List.of(String.valueOf(file.getFileName())));
        } finally {
            readNanos.addAndGet(System.nanoTime() - t0);
        }
        long t1 = System.nanoTime();
        EngineFacts facts = null;
        try {
            facts = EngineFacts.of(draft.text(), engine.get().analyze(draft.text()));
        } catch (RuntimeException | StackOverflowError e) {
            // the speech is still worth having; the window's catch-up reads it again later
        } finally {
            analyseNanos.addAndGet(System.nanoTime() - t1);
        }
        return new Result(file, draft, hash, normalized, facts, null);
    }

    private static Result skip(Path file, String key, List<Object> args) {
        return new Result(file, null, null, null, null, new BatchImport.Skipped(file, key, args));
    }

    // ---- the writer ------------------------------------------------------------------------------

    /**
     * Writes the batch in one transaction, or, if that fails, one speech per transaction; empties it. A full disk
     * is not retried speech by speech (every write would fail the same way): it stops the writer instead.
     */
    private void write(List<Result> batch, List<Integer> indexes, List<Speech> imported,
                       Map<Integer, BatchImport.Skipped> skipped, Consumer<List<Speech>> committed) {
        if (batch.isEmpty()) {
            return;
        }
        Database db = library.database();
        long t0 = System.nanoTime();
        try {
            transactions++;
            Written w = written(batch, SpeechBatch.write(db, rows(batch), allowDuplicates));
            noticed(batch, indexes, w);
            done(w, indexes, imported, skipped, committed);
        } catch (StoreException batchFailed) {
            if (batchFailed.isDiskFull()) {
                stoppedBy = batchFailed;
                return;
            }
            retried++;
            for (int k = 0; k < batch.size(); k++) {
                Result r = batch.get(k);
                try {
                    transactions++;
                    Written w = written(List.of(r), SpeechBatch.write(db, rows(List.of(r)), allowDuplicates));
                    noticed(List.of(r), indexes.subList(k, k + 1), w);
                    done(w, indexes.subList(k, k + 1), imported, skipped, committed);
                } catch (StoreException e) {
                    if (e.isDiskFull()) {
                        stoppedBy = e;
                        return;
                    }
                    skipped.put(indexes.get(k), new BatchImport.Skipped(r.file(), e.key(), List.of(String.valueOf(e.detail()))));
                }
            }
        } finally {
            writeNanos += System.nanoTime() - t0;
            batch.clear();
            indexes.clear();
        }
    }

    /** The stored files (not the duplicates) whose paragraphs were re-split, so the summary can say so. */
    private void noticed(List<Result> results, List<Integer> indexes, Written w) {
        for (int k = 0; k < results.size(); k++) {
            Result r = results.get(k);
            if (r.draft().resplit() && !w.duplicates().containsKey(k)) {
                notices.put(indexes.get(k), new BatchImport.Notice(r.file(), "import.notice.resplit",
                        List.of(String.valueOf(r.file().getFileName()), r.draft().paragraphs())));
            }
        }
    }

    /** After a commit: the speeches are saved, so the caller may announce them now. */
    private static void done(Written w, List<Integer> indexes, List<Speech> imported,
                             Map<Integer, BatchImport.Skipped> skipped, Consumer<List<Speech>> committed) {
        imported.addAll(w.speeches());
        w.duplicates().forEach((k, s) -> skipped.put(indexes.get(k), s));
        if (!w.speeches().isEmpty()) {
            committed.accept(List.copyOf(w.speeches()));
        }
    }

    /** The store's rows for the batch. */
    private static List<SpeechBatch.NewSpeech> rows(List<Result> results) {
        List<SpeechBatch.NewSpeech> rows = new ArrayList<>(results.size());
        for (Result r : results) {
            SpeechDraft d = r.draft();
            EngineFacts f = r.facts();
            rows.add(new SpeechBatch.NewSpeech(d.title(), d.sourceName(), FileNames.fullPath(r.file()), d.text(),
                    d.paragraphs(), r.textHash(), r.normalizedHash(),
                    f == null ? null : new SpeechBatch.Facts(f.sectors(), f.found(), f.sectorsByParagraph(), f.levelsByParagraph()),
                    d.unsplit()));
        }
        return rows;
    }

    /** What the store wrote, with each duplicate named as the file it came from. */
    private static Written written(List<Result> results, SpeechBatch.Written w) {
        Map<Integer, BatchImport.Skipped> duplicates = new TreeMap<>();
        w.duplicates().forEach((k, title) -> {
            Path file = results.get(k).file();
            duplicates.put(k, new BatchImport.Skipped(file, BatchImport.DUPLICATE,
                    List.of(String.valueOf(file.getFileName()), title)));
        });
        return new Written(w.speeches(), duplicates);
    }

    /** Passes progress on at most once per interval, and always the last state. */
    private static final class Throttle {
        private final BatchImport.Progress target;
        private final long interval;
        private long last = Long.MIN_VALUE;
        private int lastDone = -1;

        Throttle(BatchImport.Progress target, long intervalNanos) {
            this.target = target;
            this.interval = intervalNanos;
        }

        void update(int done, int total, Path current) {
            long now = System.nanoTime();
            if (done != lastDone && (last == Long.MIN_VALUE || now - last >= interval)) {
                last = now;
                lastDone = done;
                target.update(done, total, current);
            }
        }

        void finish(int done, int total, boolean cancelled) {
            if (!cancelled && done != lastDone) {
                target.update(done, total, null);
            }
        }
    }
}
