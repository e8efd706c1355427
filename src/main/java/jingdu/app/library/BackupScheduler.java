package jingdu.app.library;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import jingdu.app.Library;
import jingdu.store.Backups;
import jingdu.store.StoreException;

/**
 * Automatic backups: one when the app starts (of what the user had before this session), then one
 * every {@code interval} while there have been changes. Runs on its own background thread.
 */
public final class BackupScheduler implements AutoCloseable {

    private final Library library;
    private final Backups backups;
    private final Consumer<? super StoreException> onFailure;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "jingdu-backup");
        t.setDaemon(true);
        return t;
    });
    private long backedUpAt = -1;

    public BackupScheduler(Library library, Consumer<? super StoreException> onFailure) {
        this.library = library;
        this.backups = new Backups(library.database());
        this.onFailure = onFailure;
    }

    public void start(Duration interval) {
        timer.execute(this::backupIfChanged);
        timer.scheduleWithFixedDelay(this::backupIfChanged, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Backs up when this is the first run or the library changed since the last backup. First, when the
     * check on open ran out of time, the full integrity check runs here (off the window's thread): a
     * damaged library is reported and never backed up.
     */
    synchronized Path backupIfChanged() {
        var db = library.database();
        if (db.fullCheckPending() && !db.verifyFully()) {
            onFailure.accept(new StoreException("store.notice.damagedLater", db.file().toString(), null));
            return null;
        }
        if (db.damaged()) {
            return null;
        }
        long commits = library.database().commitCount();
        if (commits == backedUpAt || library.speeches().count() == 0) {
            return null;
        }
        try {
            Path p = backups.backupNow();
            backedUpAt = commits;
            return p;
        } catch (StoreException e) {
            onFailure.accept(e);
            return null;
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
