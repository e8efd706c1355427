package jingdu.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.sqlite.SQLiteConfig;

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

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    public static Database open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StoreException("store.error.open", file + ": " + e.getMessage(), e);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(5000);
        Connection c = null;
        try {
            c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
            Database db = new Database(file, c);
            db.checkIsSqlite();
            Migrations.apply(db);
            return db;
        } catch (SQLException e) {
            closeQuietly(c);
            throw new StoreException("store.error.open", file + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    private void checkIsSqlite() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.executeQuery("SELECT count(*) FROM sqlite_master").close();
        }
    }

    public Path file() {
        return file;
    }

    /** Runs {@code work} in one transaction: all of it is saved, or none of it. */
    public synchronized <T> T inTransaction(Work<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("store.error.write", e.getMessage(), e);
        }
    }

    /** Read-only work; no transaction needed for a single consistent statement. */
    public synchronized <T> T read(Work<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException("store.error.read", e.getMessage(), e);
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
        closeQuietly(connection);
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
