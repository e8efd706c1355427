package jingdu.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;

import jingdu.analysis.SpeechAnalyzer;
import jingdu.io.DocumentFormat;
import jingdu.model.Speech;

/**
 * Imports many files at once: folders are searched (with their subfolders) for the supported
 * extensions, files named one by one are tried whatever their extension. Files are read and analysed in
 * parallel and stored in file order in batched transactions with everything the engine found; a file that
 * cannot be imported is skipped with its reason and the rest go on.
 */
public final class BatchImport {

    /** A file that was not imported and why, as a message key and its arguments. */
    public record Skipped(Path file, String key, List<Object> args) {
    }

    public record Summary(List<Speech> imported, List<Skipped> skipped, boolean cancelled) {
    }

    /** Files done so far, all files, and the next file (null once all are done). */
    @FunctionalInterface
    public interface Progress {
        void update(int done, int total, Path current);
    }

    private final Library library;
    private final Supplier<? extends SpeechAnalyzer> engines;

    /** With the library's own engine (built-in lexicon plus the user's {@code lexicon.tsv} beside the file). */
    public BatchImport(Library library) {
        this(library, () -> Engines.forLibrary(library.database().file()));
    }

    /** {@code engines} builds one engine per import thread. */
    public BatchImport(Library library, Supplier<? extends SpeechAnalyzer> engines) {
        this.library = library;
        this.engines = engines;
    }

    public Summary run(List<Path> paths) {
        return run(paths, (done, total, current) -> { }, () -> false);
    }

    /**
     * Imports in order on every core ({@link ImportPipeline}); stops soon once {@code cancelled} says so,
     * keeping what was read by then. Progress comes at most 20 times a second, from the calling thread.
     */
    public Summary run(List<Path> paths, Progress progress, BooleanSupplier cancelled) {
        List<Skipped> skipped = new ArrayList<>();
        List<Path> files = expand(paths, skipped);
        return new ImportPipeline(library, engines).run(files, skipped, progress, cancelled);
    }

    /** The files a list of files and folders stands for, folders walked in name order. */
    static List<Path> expand(List<Path> paths, List<Skipped> skipped) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.isDirectory(p)) {
                files.add(p);
                continue;
            }
            try (Stream<Path> walk = Files.walk(p)) {
                walk.filter(Files::isRegularFile).filter(BatchImport::supported).sorted().forEach(files::add);
            } catch (IOException | UncheckedIOException e) {
                skipped.add(new Skipped(p, "import.error.unreadable", List.of(String.valueOf(p.getFileName()),
                        String.valueOf(e.getMessage()))));
            }
        }
        return files;
    }

    public static boolean supported(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith("~$") && DocumentFormat.byExtension(name).isPresent(); // ~$ = Word's lock files
    }
}
