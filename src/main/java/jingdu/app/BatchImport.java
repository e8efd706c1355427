package jingdu.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import jingdu.io.DocumentFormat;
import jingdu.io.ImportException;
import jingdu.model.Speech;
import jingdu.store.StoreException;

/**
 * Imports many files at once: folders are searched (with their subfolders) for the supported
 * extensions, files named one by one are tried whatever their extension. Each file is its own
 * transaction; a file that cannot be imported is skipped with its reason and the rest go on.
 */
public final class BatchImport {

    /** A file that was not imported and why, as a message key and its arguments. */
    public record Skipped(Path file, String key, List<Object> args) {
    }

    public record Summary(List<Speech> imported, List<Skipped> skipped, boolean cancelled) {
    }

    /** Called before each file (done files so far, all files, the file being read). */
    @FunctionalInterface
    public interface Progress {
        void update(int done, int total, Path current);
    }

    private final Library library;

    public BatchImport(Library library) {
        this.library = library;
    }

    public Summary run(List<Path> paths) {
        return run(paths, (done, total, current) -> { }, () -> false);
    }

    /** Imports in order; stops before the next file once {@code cancelled} says so. */
    public Summary run(List<Path> paths, Progress progress, BooleanSupplier cancelled) {
        List<Skipped> skipped = new ArrayList<>();
        List<Path> files = expand(paths, skipped);
        List<Speech> imported = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            if (cancelled.getAsBoolean()) {
                return new Summary(imported, skipped, true);
            }
            Path f = files.get(i);
            progress.update(i, files.size(), f);
            try {
                imported.add(library.importText(f));
            } catch (ImportException e) {
                skipped.add(new Skipped(f, e.key(), List.of(e.args())));
            } catch (StoreException e) {
                skipped.add(new Skipped(f, e.key(), List.of(String.valueOf(e.detail()))));
            }
        }
        progress.update(files.size(), files.size(), null);
        return new Summary(imported, skipped, false);
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
