package jingdu.app.importing;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jingdu.io.ImportException;

/**
 * The files a list of files and folders stands for, and why any is left out. One folder that cannot be read
 * costs only itself; pipes, devices and links that lead nowhere are named as what they are, never opened.
 */
final class ImportFiles {

    /** Walks a folder tree; {@link #FILE_TREE} for real, a failing one in tests (root may read any folder). */
    @FunctionalInterface
    interface Walker {
        void walk(Path root, FileVisitor<Path> visitor) throws IOException;
    }

    /** Links are not followed into folders, as before: a link to a folder cannot make the walk loop. */
    static final Walker FILE_TREE = (root, visitor) ->
            Files.walkFileTree(root, EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE, visitor);

    /** st_mode file types (the "unix" attribute view), to tell a pipe from a device. */
    private static final int S_IFMT = 0170000;
    private static final int S_IFIFO = 0010000;
    private static final int S_IFCHR = 0020000;
    private static final int S_IFBLK = 0060000;
    /** Linux gives up after 40 links; a chain this long is a loop for our purposes. */
    private static final int MAX_LINKS = 40;

    private ImportFiles() {
    }

    /**
     * Folders are walked with their subfolders, files of a supported type kept, in name order; a file named
     * on its own is kept whatever its extension (its reader says whether it is one). Folders and entries that
     * cannot be used are added to {@code skipped} with their reason.
     */
    static List<Path> expand(List<Path> paths, List<BatchImport.Skipped> skipped, Walker walker) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.isDirectory(p)) {
                files.add(p); // DocumentImport says why, if it is not a readable file
                continue;
            }
            List<Path> found = new ArrayList<>();
            try {
                // a link named by the user is followed (the walk would visit the link itself and find nothing)
                walker.walk(Files.isSymbolicLink(p) ? p.toRealPath() : p, new Collector(found, skipped));
            } catch (IOException e) { // the visitor goes on after every failure; this is the walk itself
                skipped.add(folderSkipped(p, e));
            }
            found.sort(null);
            files.addAll(found);
        }
        return files;
    }

    private static final class Collector extends SimpleFileVisitor<Path> {
        private final List<Path> files;
        private final List<BatchImport.Skipped> skipped;

        Collector(List<Path> files, List<BatchImport.Skipped> skipped) {
            this.files = files;
            this.skipped = skipped;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (!BatchImport.supported(file)) {
                return FileVisitResult.CONTINUE; // not a speech by its name: left alone
            }
            if (attrs.isRegularFile()) {
                files.add(file);
            } else if (!Files.isDirectory(file)) { // a link to a folder is not followed, as the walk does not
                Optional<ImportException> refusal = refusal(file);
                if (refusal.isEmpty()) {
                    files.add(file); // a link to a file
                } else {
                    skipped.add(skip(file, refusal.get()));
                }
            }
            return FileVisitResult.CONTINUE;
        }

        /** A folder that cannot be opened (or an entry whose details cannot be read): skip it, go on. */
        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                skipped.add(folderSkipped(file, e));
            } else if (BatchImport.supported(file)) {
                skipped.add(skip(file, unreadable(file, e)));
            }
            return FileVisitResult.CONTINUE;
        }

        /** The listing broke off part way: what was found is kept, the folder is reported. */
        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
            if (e != null) {
                skipped.add(folderSkipped(dir, e));
            }
            return FileVisitResult.CONTINUE;
        }
    }

    /**
     * Why {@code file} cannot be read as a document, or empty when it is a regular file (links followed).
     * Only file attributes are read: a pipe is never opened, so it cannot block the import.
     */
    static Optional<ImportException> refusal(Path file) {
        String name = String.valueOf(file.getFileName());
        BasicFileAttributes own;
        try {
            own = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return Optional.of(new ImportException("import.error.notFound", name));
        } catch (IOException e) {
            return Optional.of(unreadable(file, e));
        }
        BasicFileAttributes target = own;
        if (own.isSymbolicLink()) {
            try {
                target = Files.readAttributes(file, BasicFileAttributes.class);
            } catch (NoSuchFileException e) {
                return Optional.of(new ImportException("import.error.brokenLink", name));
            } catch (AccessDeniedException e) {
                return Optional.of(unreadable(file, e));
            } catch (IOException e) {
                return Optional.of(isLinkLoop(file) ? new ImportException("import.error.linkLoop", name) : unreadable(file, e));
            }
        }
        if (target.isRegularFile()) {
            return Optional.empty();
        }
        if (target.isDirectory()) {
            return Optional.of(new ImportException("import.error.special", name));
        }
        return Optional.of(new ImportException(specialKey(file), name));
    }

    private static String specialKey(Path file) {
        try {
            int type = ((Integer) Files.getAttribute(file, "unix:mode")) & S_IFMT;
            if (type == S_IFIFO) {
                return "import.error.fifo";
            }
            if (type == S_IFCHR || type == S_IFBLK) {
                return "import.error.device";
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            // no "unix" view (Windows): the plain reason will do
        }
        return "import.error.special";
    }

    /** Follows the link chain by hand: true when it comes back to a link it passed or never ends. */
    private static boolean isLinkLoop(Path file) {
        Set<Path> seen = new HashSet<>();
        Path current = file.toAbsolutePath();
        try {
            for (int i = 0; i < MAX_LINKS; i++) {
                if (!Files.isSymbolicLink(current)) {
                    return false;
                }
                if (!seen.add(current.normalize())) {
                    return true;
                }
                Path parent = current.getParent();
                Path next = Files.readSymbolicLink(current);
                current = parent == null ? next : parent.resolve(next);
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static ImportException unreadable(Path file, IOException e) {
        String name = String.valueOf(file.getFileName());
        if (e instanceof AccessDeniedException) {
            return new ImportException("import.error.denied", name);
        }
        return new ImportException("import.error.unreadable", name, reason(e));
    }

    private static BatchImport.Skipped folderSkipped(Path folder, IOException e) {
        if (e instanceof AccessDeniedException) {
            return new BatchImport.Skipped(folder, "import.error.folderDenied", List.of(folder.toString()));
        }
        return new BatchImport.Skipped(folder, "import.error.folderUnreadable", List.of(folder.toString(), reason(e)));
    }

    /** The system's reason without the path the message names anyway. */
    private static String reason(IOException e) {
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    private static BatchImport.Skipped skip(Path file, ImportException e) {
        return new BatchImport.Skipped(file, e.key(), List.of(e.args()));
    }
}
