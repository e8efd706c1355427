package jingdu.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.sqlite.SQLiteConnection;

/**
 * Backups of the library file through SQLite's online backup API, so a copy is consistent even while
 * the app writes. Automatic ones rotate in {@code backups/} beside the file (the newest {@link #KEEP});
 * manual ones go wherever the user says (a USB stick). Restoring checks the backup first and backs up
 * the current state, so a restore can itself be undone.
 */
public final class Backups {

    public static final int KEEP = 10;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final Database db;
    private final Clock clock;

    public Backups(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public Backups(Database db) {
        this(db, Clock.systemDefaultZone());
    }

    /** {@code <folder of the file>/backups}. */
    public static Path directory(Path dbFile) {
        Path parent = dbFile.toAbsolutePath().getParent();
        return parent.resolve("backups");
    }

    /** Automatic backups of {@code dbFile}, newest first. */
    public static List<Path> list(Path dbFile) {
        Path dir = directory(dbFile);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        String prefix = stem(dbFile) + "-";
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix) && p.toString().endsWith(".db"))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed())
                    .toList();
        } catch (IOException e) {
            throw new StoreException("store.error.backup", e.getMessage(), e);
        }
    }

    /**
     * Makes an automatic backup now and drops the oldest beyond {@link #KEEP}. The new backup has just
     * passed its check, so rotation never leaves the library without a sound backup.
     */
    public Path backupNow() {
        Path dir = directory(db.file());
        String name = stem(db.file()) + "-" + STAMP.format(clock.instant().atZone(ZoneId.systemDefault())) + ".db";
        Path target = write(dir.resolve(name));
        List<Path> all = list(db.file());
        for (Path old : all.subList(Math.min(KEEP, all.size()), all.size())) {
            if (old.equals(target)) {
                continue; // a clock set back sorts it last; it is still the newest sound one
            }
            try {
                Files.deleteIfExists(old);
            } catch (IOException e) {
                // an old backup that cannot be deleted is harmless; the next rotation tries again
            }
        }
        return target;
    }

    /**
     * A consistent copy of the library where the user says (a USB stick). Never over the library, its
     * side files, the automatic backups or another database; over another existing file only when
     * {@code replaceExisting} (see {@link OutputGuard}).
     */
    public Path backupTo(Path target, boolean replaceExisting) {
        OutputGuard.check(target, db.file(), replaceExisting);
        return write(target);
    }

    /**
     * Writes the copy under a temporary name, checks it ({@link #verify}) and only then moves it into
     * place: a copy of a damaged library is deleted, never kept as a backup, and the library is marked
     * damaged so nothing more is written to it.
     */
    private Path write(Path target) {
        Path partial = null;
        try {
            Path parent = target.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            partial = parent.resolve(target.getFileName() + ".partial");
            Files.deleteIfExists(partial);
            Path copy = partial;
            db.read(c -> c.unwrap(SQLiteConnection.class).getDatabase().backup("main", copy.toString(), null));
            try {
                verify(partial);
            } catch (StoreException e) {
                Files.deleteIfExists(partial);
                db.verifyFully();
                throw new StoreException("store.error.damaged", db.file().toString(), e);
            }
            Files.move(partial, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            deleteQuietly(partial);
            throw new StoreException("store.error.backup", target + ": " + e.getMessage(), e);
        } catch (StoreException e) {
            deleteQuietly(partial);
            throw e;
        }
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // a stray .partial is not listed as a backup
            }
        }
    }

    /**
     * Replaces the library's content with {@code backup}'s after checking it is a sound Jingdu file;
     * the current content is backed up first. Returns that safety backup.
     */
    public Path restore(Path backup) {
        verify(backup);
        Path safety = backupNow();
        db.read(c -> c.unwrap(SQLiteConnection.class).getDatabase().restore("main", backup.toString(), null));
        try {
            Migrations.apply(db); // the backup may come from an older Jingdu
        } catch (SQLException e) {
            throw new StoreException("store.error.restore", e.getMessage(), e);
        }
        return safety;
    }

    /** Throws unless {@code file} is an intact Jingdu database this version can read. */
    public static void verify(Path file) {
        try {
            if (!Files.isRegularFile(file) || !SqliteHeader.looksLikeSqlite(file)) {
                throw new StoreException("store.error.badBackup", file.toString(), null);
            }
        } catch (IOException e) {
            throw new StoreException("store.error.badBackup", file.toString(), e);
        }
        try (Connection c = LibraryFile.readOnly(file);
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                if (!rs.next() || !"ok".equals(rs.getString(1))) {
                    throw new StoreException("store.error.badBackup", file.toString(), null);
                }
            }
            try (ResultSet rs = s.executeQuery("PRAGMA user_version")) {
                int version = rs.next() ? rs.getInt(1) : 0;
                if (version > Migrations.LATEST) {
                    throw new StoreException("store.error.newer", file.toString(), null);
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE type='table' AND name='speech'")) {
                if (!rs.next() || rs.getInt(1) != 1) {
                    throw new StoreException("store.error.badBackup", file.toString(), null);
                }
            }
        } catch (SQLException e) {
            throw new StoreException("store.error.badBackup", file + ": " + e.getMessage(), e);
        }
    }

    /**
     * For a file that will not open (damaged, or not a Jingdu database): moves it aside, never deleting
     * it, and puts a copy of the newest sound backup in its place. Returns the path it was moved to.
     */
    public static Path recover(Path dbFile, Path backup, Clock clock) {
        verify(backup);
        String stamp = STAMP.format(clock.instant().atZone(ZoneId.systemDefault()));
        Path aside = dbFile.resolveSibling(dbFile.getFileName() + ".damaged-" + stamp);
        try {
            Files.move(dbFile, aside);
            for (String suffix : new String[] {"-wal", "-shm"}) {
                Path side = dbFile.resolveSibling(dbFile.getFileName() + suffix);
                if (Files.exists(side)) {
                    Files.move(side, aside.resolveSibling(aside.getFileName() + suffix));
                }
            }
            Files.copy(backup, dbFile);
            return aside;
        } catch (IOException e) {
            throw new StoreException("store.error.restore", dbFile + ": " + e.getMessage(), e);
        }
    }

    private static String stem(Path dbFile) {
        String name = dbFile.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
