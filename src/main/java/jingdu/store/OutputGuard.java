package jingdu.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Where Jingdu may write a file the user named (an export, a backup): never over the library, its
 * {@code -wal}/{@code -shm}/{@code -journal}, anything under its {@code backups/} folder, or any other
 * SQLite database; over another existing file only when the user said so (a confirmed save dialog, or
 * {@code --force}). Links are followed, so a symbolic or hard link to the library is refused too.
 */
public final class OutputGuard {

    private static final String[] SIDE_FILES = {"", "-wal", "-shm", "-journal"};

    private OutputGuard() {
    }

    /** Throws a {@link StoreException} naming the reason unless {@code target} may be written. */
    public static void check(Path target, Path libraryFile, boolean replaceExisting) {
        Path out = real(target);
        Path library = real(libraryFile);
        if (Files.isDirectory(out)) {
            throw new StoreException("store.error.output.folder", target.toString(), null);
        }
        for (String suffix : SIDE_FILES) {
            Path side = library.resolveSibling(library.getFileName() + suffix);
            if (out.equals(side) || sameFile(out, side)) {
                throw new StoreException("store.error.output.library", target.toString(), null);
            }
        }
        if (out.startsWith(real(Backups.directory(libraryFile)))) {
            throw new StoreException("store.error.output.library", target.toString(), null);
        }
        if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS) && !Files.exists(out)) {
            return;
        }
        if (!Files.isRegularFile(out)) {
            // a device, pipe or socket: renaming a file over it would replace it (as root, /dev/null itself)
            throw new StoreException("store.error.output.notAFile", target.toString(), null);
        }
        try {
            if (SqliteHeader.looksLikeSqlite(out)) {
                throw new StoreException("store.error.output.database", target.toString(), null);
            }
        } catch (IOException e) {
            throw new StoreException("store.error.output.unreadable", target + ": " + e.getMessage(), e);
        }
        if (!replaceExisting) {
            throw new StoreException("store.error.output.exists", target.toString(), null);
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /** The path with every link resolved that exists: the file's own, else its folder's. */
    private static Path real(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        try {
            if (Files.exists(abs)) {
                return abs.toRealPath();
            }
            Path parent = abs.getParent();
            if (parent != null && Files.exists(parent)) {
                return parent.toRealPath().resolve(abs.getFileName());
            }
        } catch (IOException e) {
            // unreadable: compare as written
        }
        return abs;
    }
}
