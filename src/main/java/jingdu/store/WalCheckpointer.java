package jingdu.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.function.LongSupplier;

/**
 * Copies committed pages from the WAL into the library file on its own connection and thread, a moment
 * after writes, so acknowledging a tag or a note never waits for a checkpoint (copying ~4 MB and syncing
 * the file took 10 ms and more, on about one write in fifty). Durability is unchanged: a write is on disk
 * in the WAL when its COMMIT returns; a checkpoint only moves it. The writer's own automatic checkpoint
 * stays as a backstop at {@link #BACKSTOP_PAGES}, should this thread fall behind. After a checkpoint it
 * merges the search index's segments in small steps ({@link SearchIndex#mergeStep}), for the same reason.
 */
final class WalCheckpointer implements AutoCloseable {

    /** The writer checkpoints by itself only once the WAL holds this many pages (~40 MB). */
    static final int BACKSTOP_PAGES = 10_000;
    private static final long PERIOD_MS = 500;

    private final Connection connection;
    private final LongSupplier commits;
    private final Object wake = new Object();
    private final Thread thread;
    private volatile boolean closed;

    private WalCheckpointer(Connection connection, LongSupplier commits, String name) {
        this.connection = connection;
        this.commits = commits;
        this.thread = new Thread(this::loop, "wal-checkpoint " + name);
        thread.setDaemon(true);
    }

    /** Starts checkpointing {@code url} whenever {@code commits} has moved on since the last checkpoint. */
    static WalCheckpointer start(String url, Properties config, LongSupplier commits, String name) throws SQLException {
        WalCheckpointer c = new WalCheckpointer(DriverManager.getConnection(url, config), commits, name);
        c.thread.start();
        return c;
    }

    private void loop() {
        long done = commits.getAsLong();
        boolean dirty = false; // written since the index was last merged
        while (!closed) {
            synchronized (wake) {
                try {
                    wake.wait(PERIOD_MS);
                } catch (InterruptedException e) {
                    return;
                }
            }
            long now = commits.getAsLong();
            if (!closed && now != done && checkpoint()) {
                done = now;
                dirty = true;
            } else if (!closed && now == done && dirty) {
                dirty = !mergeWhileQuiet(); // a whole period without writes: not in the middle of a bulk import
            }
        }
    }

    /** Merges search-index segments in small steps; true when done, false when the user wrote again meanwhile. */
    private boolean mergeWhileQuiet() {
        long at = commits.getAsLong();
        try {
            while (!closed && commits.getAsLong() == at) {
                if (!SearchIndex.mergeStep(connection)) {
                    return true;
                }
                // each step commits on its own: the writer waits at most one step for the lock
            }
            return false;
        } catch (SQLException e) {
            return true; // an older file without the index, or closing; a busy file is retried after the next write
        }
    }

    /** PASSIVE: never waits for the writer or readers; what it cannot copy now, a later round copies. */
    boolean checkpoint() {
        try (Statement s = connection.createStatement()) {
            s.executeQuery("PRAGMA wal_checkpoint(PASSIVE)").close();
            return true;
        } catch (SQLException e) {
            return false; // busy or closing: the next round, or the writer's backstop, copies the pages
        }
    }

    @Override
    public void close() {
        closed = true;
        synchronized (wake) {
            wake.notifyAll();
        }
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // nothing left to save: the WAL holds every commit
        }
    }
}
