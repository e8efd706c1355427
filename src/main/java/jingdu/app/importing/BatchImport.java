package jingdu.app.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

import jingdu.analysis.SpeechAnalyzer;
import jingdu.app.Engines;
import jingdu.app.Library;
import jingdu.io.DocumentFormat;
import jingdu.model.Speech;

/**
 * Imports many files at once: folders are searched (with their subfolders) for the supported
 * extensions, files named one by one are tried whatever their extension. Files are read and analysed in
 * parallel and stored in file order in batched transactions with everything the engine found; a file that
 * cannot be imported is skipped with its reason and the rest go on. A file whose text the library already
 * holds is skipped (unless duplicates are allowed), so importing a folder again after a crash adds only the rest.
 */
public final class BatchImport {

    /** A file that was not imported and why, as a message key and its arguments. */
    public record Skipped(Path file, String key, List<Object> args) {

        /** True when the file was skipped because its text is already in the library (as a copy it could go in). */
        public boolean duplicate() {
            return DUPLICATE.equals(key);
        }
    }

    /** Why a file was skipped when its text is already in the library: {@code 已存在：《…》}. */
    public static final String DUPLICATE = "import.skipped.duplicate";

    /**
     * Why the import stopped before the end (the disk is full), as a message key and its arguments; the
     * speeches listed as imported are saved, the files after them were not tried.
     */
    public record Stopped(String key, List<Object> args) {
    }

    /** Something the user should know about a file that was imported (its paragraphs were re-split), as a message key. */
    public record Notice(Path file, String key, List<Object> args) {
    }

    /**
     * {@code stopped} is null unless the import had to stop early (not for a cancel: see {@code cancelled});
     * {@code notices} are about files that were imported.
     */
    public record Summary(List<Speech> imported, List<Skipped> skipped, boolean cancelled, Stopped stopped,
                          List<Notice> notices) {
        public Summary {
            notices = List.copyOf(notices);
        }

        /** How many files were skipped because their text is already in the library. */
        public long duplicates() {
            return skipped.stream().filter(Skipped::duplicate).count();
        }

        public Summary(List<Speech> imported, List<Skipped> skipped, boolean cancelled, Stopped stopped) {
            this(imported, skipped, cancelled, stopped, List.of());
        }

        public Summary(List<Speech> imported, List<Skipped> skipped, boolean cancelled) {
            this(imported, skipped, cancelled, null);
        }
    }

    /** Files done so far, all files, and the next file (null once all are done). */
    @FunctionalInterface
    public interface Progress {
        void update(int done, int total, Path current);
    }

    private final Library library;
    private final Supplier<? extends SpeechAnalyzer> engines;
    private final ImportFiles.Walker walker;
    private final boolean allowDuplicates;

    /** With the library's own engine (built-in lexicon plus the user's {@code lexicon.tsv} beside the file). */
    public BatchImport(Library library) {
        this(library, () -> Engines.forLibrary(library.database().file()));
    }

    /** {@code engines} builds one engine per import thread. */
    public BatchImport(Library library, Supplier<? extends SpeechAnalyzer> engines) {
        this(library, engines, ImportFiles.FILE_TREE, false);
    }

    BatchImport(Library library, Supplier<? extends SpeechAnalyzer> engines, ImportFiles.Walker walker, boolean allowDuplicates) {
        this.library = library;
        this.engines = engines;
        this.walker = walker;
        this.allowDuplicates = allowDuplicates;
    }

    /** The same import, storing a file even when the library already holds its text. */
    public BatchImport allowingDuplicates(boolean allow) {
        return new BatchImport(library, engines, walker, allow);
    }

    public Summary run(List<Path> paths) {
        return run(paths, (done, total, current) -> { }, () -> false);
    }

    public Summary run(List<Path> paths, Progress progress, BooleanSupplier cancelled) {
        return run(paths, progress, cancelled, speeches -> { });
    }

    /**
     * Imports in order on every core ({@link ImportPipeline}); stops soon once {@code cancelled} says so,
     * keeping what was read by then. Progress comes at most 20 times a second, from the calling thread;
     * {@code committed} hears of each transaction's speeches as soon as they are saved, on the same thread.
     */
    public Summary run(List<Path> paths, Progress progress, BooleanSupplier cancelled, Consumer<List<Speech>> committed) {
        List<Skipped> skipped = new ArrayList<>();
        List<Path> files = ImportFiles.expand(paths, skipped, walker);
        return new ImportPipeline(library, engines).allowDuplicates(allowDuplicates)
                .run(files, skipped, progress, cancelled, committed);
    }

    public static boolean supported(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith("~$") && DocumentFormat.byExtension(name).isPresent(); // ~$ = Word's lock files
    }
}
