package jingdu.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;

import org.sqlite.ProgressHandler;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteException;

/**
 * What an existing SQLite file is, found on a read-only connection before the library's own connection
 * writes anything (journal mode, migrations): a Jingdu library (marked with {@link #APPLICATION_ID}, or an
 * unmarked one from before the mark with Jingdu's tables), an empty SQLite file, or somebody else's
 * database; and whether SQLite's {@code quick_check} finds it sound within a time budget.
 */
final class LibraryFile {

    /** {@code PRAGMA application_id} of every Jingdu library: "JDu1" in ASCII. */
    static final int APPLICATION_ID = 0x4A447531;
    /** Tables every Jingdu library has had since schema version 1. */
    private static final Set<String> CORE_TABLES = Set.of("speech", "note", "paragraph_tag");

    /** How the checks on open went; {@code checkComplete} is false when the budget ran out first. */
    record Inspection(boolean marked, boolean empty, int version, boolean checkComplete) {
    }

    private LibraryFile() {
    }

    /**
     * Inspects {@code file} (an existing, non-empty file with an SQLite header) without writing to it.
     * Throws {@code store.error.foreign} for another program's database, {@code store.error.damaged} when
     * the check finds damage, {@code store.error.newer} for a schema from a newer Jingdu.
     */
    static Inspection inspect(Path file, long checkBudgetMillis) {
        Path wal = UncleanShutdown.sibling(file, "-wal");
        Path shm = UncleanShutdown.sibling(file, "-shm");
        boolean sideFilesExisted = Files.exists(wal) || Files.exists(shm);
        try {
            return inspectReadOnly(file, checkBudgetMillis);
        } catch (StoreException refused) {
            // A refused file is left as it was found. Only then: on a file we go on to open, another Jingdu
            // may already be writing into a WAL that is still empty, and deleting it would lose its writes.
            if (!sideFilesExisted) {
                removeEmptyWal(wal, shm);
            }
            throw refused;
        }
    }

    private static void removeEmptyWal(Path wal, Path shm) {
        try {
            if (!Files.exists(wal) || Files.size(wal) == 0) {
                Files.deleteIfExists(wal);
                Files.deleteIfExists(shm);
            }
        } catch (IOException e) {
            // an empty -wal or -shm beside the file is harmless to SQLite
        }
    }

    private static Inspection inspectReadOnly(Path file, long checkBudgetMillis) {
        try (Connection c = readOnly(file);
             Statement s = c.createStatement()) {
            int appId = intPragma(s, "application_id");
            int version = intPragma(s, "user_version");
            Set<String> tables = new HashSet<>();
            try (ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type='table'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            boolean marked = appId == APPLICATION_ID;
            boolean empty = tables.isEmpty() && version == 0;
            boolean unmarkedLibrary = appId == 0 && version >= 1 && tables.containsAll(CORE_TABLES);
            if (!marked && !unmarkedLibrary && !(empty && appId == 0)) {
                throw new StoreException("store.error.foreign", file.toString(), null);
            }
            if (version > Migrations.LATEST) {
                throw new StoreException("store.error.newer", file.toString(), null);
            }
            boolean complete = quickCheck(c, s, file, checkBudgetMillis);
            return new Inspection(marked, empty, version, complete);
        } catch (SQLException e) {
            throw refusal(file, e);
        }
    }

    /**
     * SQLite's quick_check (every page and record, not the indexes' agreement with their tables), stopped
     * after {@code budgetMillis} so a huge library still opens at once; returns false when it was stopped.
     */
    private static boolean quickCheck(Connection c, Statement s, Path file, long budgetMillis) throws SQLException {
        if (budgetMillis <= 0) {
            return false;
        }
        long deadline = System.nanoTime() + budgetMillis * 1_000_000L;
        boolean[] stopped = {false};
        ProgressHandler.setHandler(c, 10_000, new ProgressHandler() {
            @Override
            protected int progress() {
                if (System.nanoTime() > deadline) {
                    stopped[0] = true;
                    return 1;
                }
                return 0;
            }
        });
        try (ResultSet rs = s.executeQuery("PRAGMA quick_check(1)")) {
            if (!rs.next() || !"ok".equals(rs.getString(1))) {
                throw new StoreException("store.error.damaged", file.toString(), null);
            }
            return true;
        } catch (SQLException e) {
            if (stopped[0]) {
                return false;
            }
            throw e;
        } finally {
            ProgressHandler.clearHandler(c);
        }
    }

    /** A full {@code integrity_check} on a read-only connection of its own: true when the file is sound. */
    static boolean integrityCheck(Path file) {
        try (Connection c = readOnly(file);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA integrity_check(1)")) {
            return rs.next() && "ok".equals(rs.getString(1));
        } catch (SQLException e) {
            if (isDamage(e)) {
                return false;
            }
            throw new StoreException("store.error.read", file.toString(), e);
        }
    }

    /** A read-only connection for checks: it writes nothing to the file (and never checkpoints on close). */
    static Connection readOnly(Path file) throws SQLException {
        SqliteNative.prepare();
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(5000);
        return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
    }

    private static int intPragma(Statement s, String name) throws SQLException {
        try (ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** True for SQLite's "file is damaged" and "not a database" results. */
    static boolean isDamage(SQLException e) {
        if (e instanceof SQLiteException se && se.getResultCode() != null) {
            String name = se.getResultCode().name();
            return name.startsWith("SQLITE_NOTADB") || name.startsWith("SQLITE_CORRUPT");
        }
        return false;
    }

    private static StoreException refusal(Path file, SQLException e) {
        if (e instanceof SQLiteException se && se.getResultCode() != null
                && se.getResultCode().name().startsWith("SQLITE_NOTADB")) {
            return new StoreException("store.error.notDatabase", file.toString(), e);
        }
        if (isDamage(e)) {
            return new StoreException("store.error.damaged", file.toString(), e);
        }
        return new StoreException("store.error.open", file.toString(), e);
    }
}
