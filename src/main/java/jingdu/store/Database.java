package jingdu.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteException;

/**
 * The user's SQLite file: WAL mode, foreign keys on, schema versioned through {@code PRAGMA user_version}
 * and brought forward by {@link Migrations}. Every write goes through {@link #inTransaction}.
 * One connection, used from one thread at a time (the store is single-writer by design).
 */
public final class Database implements AutoCloseable {

    /** Work done inside one transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private final Path file;
    private final Connection connection;
    /** Committed write transactions on this connection, so backups can tell whether anything changed. */
    private final java.util.concurrent.atomic.AtomicLong commits = new java.util.concurrent.atomic.AtomicLong();
    private WalCheckpointer checkpointer;
    private UncleanShutdown.Outcome unclean = UncleanShutdown.Outcome.CLEAN;
    private volatile boolean fullCheckPending;
    /** Set once damage is seen: from then on nothing is written to the file. */
    private volatile boolean damaged;
    private boolean registered;

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** How long the check on open may take before the rest is left to {@link #verifyFully} (ms). */
    static final long QUICK_CHECK_BUDGET_MS = 1500;

    /**
     * Opens (or creates) the library file. Nothing is written to a file that is not an SQLite database,
     * that another program made, that a newer Jingdu wrote or that SQLite's quick check finds damaged; a
     * file left by an unclean shutdown is first kept as found ({@link UncleanShutdown}).
     */
    public static Database open(Path file) {
        return open(file, QUICK_CHECK_BUDGET_MS, Clock.systemDefaultZone());
    }

    /** {@link #open(Path)} with the quick check's time budget (0: leave it all to {@link #verifyFully}). */
    static Database open(Path file, long checkBudgetMillis, Clock clock) {
        boolean created;
        try {
            if (Files.isDirectory(file)) {
                throw new StoreException("store.error.open", file.toString(), null);
            }
            created = SqliteHeader.isNewFile(file);
            if (!created && !SqliteHeader.looksLikeSqlite(file)) {
                throw new StoreException("store.error.notDatabase", file.toString(), null);
            }
            Path parent = file.toAbsolutePath().getParent();
            if (created && parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StoreException("store.error.open", file + ": " + e.getMessage(), e);
        }
        SqliteNative.prepare(); // before any connection, the checks' included
        UncleanShutdown.Outcome unclean = UncleanShutdown.Outcome.CLEAN;
        LibraryFile.Inspection inspection = null;
        if (!created) {
            unclean = UncleanShutdown.handle(file, OPEN_HERE.containsKey(key(file)), clock);
            inspection = LibraryFile.inspect(file, checkBudgetMillis);
        }
        Connection c = null;
        Database db = null;
        try {
            c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), connectionConfig().toProperties());
            db = new Database(file, c);
            OPEN_HERE.merge(key(file), 1, Integer::sum);
            db.registered = true;
            db.unclean = unclean;
            db.fullCheckPending = inspection != null && !inspection.checkComplete();
            db.checkReadable();
            int version = db.userVersion();
            if (version > Migrations.LATEST) {
                throw new StoreException("store.error.newer", file.toString(), null);
            }
            // Only now, with the file known to be ours and not from the future, may anything be written.
            if (inspection == null || !inspection.marked()) {
                db.markAsLibrary(); // first, so a crash before the migrations leaves a file we recognise
            }
            db.enableWal();
            Migrations.apply(db);
            db.checkpointInBackground(c);
            return db;
        } catch (SQLException e) {
            closeQuietly(c);
            unregister(db);
            if (LibraryFile.isDamage(e)) {
                throw new StoreException(created ? "store.error.notDatabase" : "store.error.damaged", file.toString(), e);
            }
            throw new StoreException("store.error.open", file + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(c);
            unregister(db);
            throw e;
        }
    }

    private static void unregister(Database db) {
        if (db != null && db.registered) {
            db.registered = false;
            OPEN_HERE.computeIfPresent(key(db.file), (k, n) -> n > 1 ? n - 1 : null);
        }
    }

    /** Files this process has open, so the unclean-shutdown check never mistakes our own live WAL for a stale one. */
    private static final Map<Path, Integer> OPEN_HERE = new ConcurrentHashMap<>();

    private static Path key(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        try {
            // the folder's real path: the file itself may not exist yet when a new library is opened
            return abs.getParent() == null ? abs : abs.getParent().toRealPath().resolve(abs.getFileName());
        } catch (IOException e) {
            return abs;
        }
    }

    private void markAsLibrary() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA application_id = " + LibraryFile.APPLICATION_ID);
        }
    }

    /**
     * No journal-mode pragma here: sqlite-jdbc runs config pragmas while connecting, and switching to WAL
     * writes the file header, which must not happen before the checks in {@link #open}.
     * IMMEDIATE transactions take the write lock up front, so a second process waits (busy timeout)
     * instead of failing half-way through a change.
     */
    private static SQLiteConfig connectionConfig() {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        // FULL: in WAL mode a commit is on disk before it is acknowledged, so a power cut loses nothing acknowledged
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(5000);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        return config;
    }

    /** Reading the schema fails with NOTADB/CORRUPT on a damaged file, without writing to it. */
    private void checkReadable() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.executeQuery("SELECT count(*) FROM sqlite_master").close();
        }
    }

    /** WAL keeps the window responsive while a write is in progress; persistent once set. */
    private void enableWal() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.executeQuery("PRAGMA journal_mode=WAL").close();
        }
    }

    /** Checkpoints leave the writer's path for {@link WalCheckpointer}; the writer keeps a far-off backstop. */
    private void checkpointInBackground(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeQuery("PRAGMA wal_autocheckpoint = " + WalCheckpointer.BACKSTOP_PAGES).close();
        }
        checkpointer = WalCheckpointer.start("jdbc:sqlite:" + file.toAbsolutePath(), connectionConfig().toProperties(),
                commits::get, file.getFileName().toString());
    }

    /** The journal mode in force ("wal" normally), for tests and diagnostics. */
    public String journalMode() {
        return read(c -> {
            try (Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA journal_mode")) {
                return rs.next() ? rs.getString(1) : "";
            }
        });
    }

    /** The schema version stored in the file. */
    public int schemaVersion() {
        return read(c -> userVersion());
    }

    /** How many write transactions this connection has committed since it was opened. */
    public long commitCount() {
        return commits.get();
    }

    public Path file() {
        return file;
    }

    /** Runs {@code work} in one transaction: all of it is saved, or none of it. */
    public synchronized <T> T inTransaction(Work<T> work) {
        if (damaged) {
            throw new StoreException("store.error.damaged", file.toString(), null);
        }
        try {
            if (!connection.getAutoCommit()) {
                // A nested call would commit the outer transaction half-way; fail loudly instead.
                throw new IllegalStateException("nested transaction");
            }
            connection.setAutoCommit(false);
            Exception failure = null;
            try {
                T result = work.run(connection);
                connection.commit();
                commits.incrementAndGet();
                return result;
            } catch (SQLException | RuntimeException e) {
                failure = e;
                rollbackKeeping(e);
                throw e;
            } finally {
                restoreAutoCommit(failure);
            }
        } catch (SQLException e) {
            throw failure("store.error.write", e);
        }
    }

    /**
     * Leaving manual mode makes sqlite-jdbc send COMMIT; after SQLite rolled a failed transaction back by itself
     * (disk full, I/O error) that fails with "cannot commit - no transaction is active", which must not hide
     * the failure that caused it.
     */
    private void restoreAutoCommit(Exception failure) throws SQLException {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            if (failure == null) {
                throw e;
            }
            failure.addSuppressed(e);
        }
    }

    /** A failed write as the user should hear of it: a full disk gets its own message. */
    static StoreException writeError(SQLException e) {
        String key = isDiskFull(e) ? StoreException.DISK_FULL : "store.error.write";
        return new StoreException(key, e.getMessage(), e);
    }

    /**
     * SQLITE_FULL (the disk, or max_page_count), a failed write to the file, or the follow-on of SQLite's
     * automatic rollback when the original error is no longer at hand.
     */
    static boolean isDiskFull(SQLException e) {
        if (e instanceof SQLiteException se && se.getResultCode() != null) {
            switch (se.getResultCode()) {
                case SQLITE_FULL, SQLITE_IOERR_WRITE, SQLITE_IOERR_FSYNC -> {
                    return true;
                }
                default -> { }
            }
        }
        String message = String.valueOf(e.getMessage());
        return message.contains("cannot commit - no transaction is active") || message.contains("database or disk is full");
    }

    /** Read-only work; no transaction needed for a single consistent statement. */
    public synchronized <T> T read(Work<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw failure("store.error.read", e);
        }
    }

    /** SQLite's own text for damage never reaches the user; the file is written no more. */
    private StoreException failure(String key, SQLException e) {
        if (LibraryFile.isDamage(e)) {
            damaged = true;
            return new StoreException("store.error.damaged", file.toString(), e);
        }
        return "store.error.write".equals(key) ? writeError(e) : new StoreException(key, e.getMessage(), e);
    }

    /**
     * The full {@code integrity_check}, on a read-only connection of its own (for the window to run in the
     * background after it shows). A damaged file is written no more. Returns true when the file is sound.
     */
    public boolean verifyFully() {
        boolean sound = LibraryFile.integrityCheck(file);
        if (!sound) {
            damaged = true;
        }
        fullCheckPending = false;
        return sound;
    }

    /** True when the check on open ran out of time, so {@link #verifyFully} should run soon. */
    public boolean fullCheckPending() {
        return fullCheckPending;
    }

    /** True once damage has been found; writes are refused from then on. */
    public boolean damaged() {
        return damaged;
    }

    /** Where the file was kept as found when the last session had not ended cleanly. */
    public Optional<Path> uncleanShutdownCopy() {
        return unclean.safetyCopy();
    }

    /** True when the WAL found after an unclean shutdown was not trusted and the file opened without it. */
    public boolean walDiscarded() {
        return unclean.walDiscarded();
    }

    private void rollbackKeeping(Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException r) {
            cause.addSuppressed(r); // the original failure is the one to report
        }
    }

    int userVersion() throws SQLException {
        try (Statement s = connection.createStatement(); var rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Table names, for tests and diagnostics. */
    public List<String> tables() {
        return read(c -> {
            try (Statement s = c.createStatement();
                 var rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")) {
                List<String> names = new java.util.ArrayList<>();
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
                return names;
            }
        });
    }

    @Override
    public synchronized void close() {
        if (checkpointer != null) {
            checkpointer.close(); // first, so closing the last connection checkpoints and removes the WAL
        }
        closeQuietly(connection);
        unregister(this); // last: until the connection is closed its WAL is live
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing a broken connection: nothing left to save
            }
        }
    }
}
