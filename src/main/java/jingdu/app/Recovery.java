package jingdu.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

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

    /** True when the failure is about the file itself, so restoring a backup makes sense. */
    public static boolean canRecover(StoreException failure) {
        return "store.error.notDatabase".equals(failure.key()) || "store.error.newer".equals(failure.key());
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

    /** The reopened library and where the damaged file was kept. */
    public record Recovered(Library library, Path damagedFileKeptAt) {
    }
}
