package jingdu.app.library;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jingdu.app.Library;
import jingdu.store.Backups;
import jingdu.store.StoreException;

/**
 * What to do when the library file will not open (damaged, not a Jingdu database, or written by a newer
 * Jingdu): the file is never overwritten; it can be moved aside and replaced by a backup that passes its
 * checks.
 */
public final class Recovery {

    private Recovery() {
    }

    private static final java.util.Set<String> ABOUT_THE_FILE = java.util.Set.of(
            "store.error.notDatabase", "store.error.damaged", "store.error.foreign", "store.error.newer");

    /** True when the failure is about the file itself, so restoring a backup (the file kept aside) makes sense. */
    public static boolean canRecover(jingdu.i18n.UserFailure failure) {
        return ABOUT_THE_FILE.contains(failure.key());
    }

    /** The automatic backups of {@code dbFile}, newest first. */
    public static List<Path> backups(Path dbFile) {
        return Backups.list(dbFile);
    }

    /** The folder of the automatic backups. */
    public static Path backupFolder(Path dbFile) {
        return Backups.directory(dbFile);
    }

    /** Throws unless {@code file} is an intact Jingdu backup this version can read. */
    public static void verify(Path backup) {
        Backups.verify(backup);
    }

    /** The newest automatic backup that verifies, if any. */
    public static Optional<Path> latestSoundBackup(Path dbFile) {
        for (Path candidate : Backups.list(dbFile)) {
            try {
                Backups.verify(candidate);
                return Optional.of(candidate);
            } catch (StoreException e) {
                // a damaged backup is skipped, never used
            }
        }
        return Optional.empty();
    }

    /** Moves the unusable file aside (never deleting it), puts the backup in its place and opens it. */
    public static Recovered recover(Path dbFile, Path backup) {
        Path aside = Backups.recover(dbFile, backup, Clock.systemDefaultZone());
        return new Recovered(Library.open(dbFile), aside);
    }

    /**
     * What the user should be told about how the library was found on open: kept as found after an
     * unclean shutdown, perhaps without a WAL that did not belong to it. Empty after a clean shutdown.
     */
    public static Optional<String> openNotice(Library library, jingdu.i18n.I18n i18n) {
        var db = library.database();
        return db.uncleanShutdownCopy().map(copy -> i18n.get(
                db.walDiscarded() ? "store.notice.walDiscarded" : "store.notice.unclean", copy));
    }

    /** The reopened library and where the damaged file was kept. */
    public record Recovered(Library library, Path damagedFileKeptAt) {
    }
}
