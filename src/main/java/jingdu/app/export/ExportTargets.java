package jingdu.app.export;

import java.nio.file.Files;
import java.nio.file.Path;

import jingdu.store.OutputGuard;
import jingdu.store.StoreException;

/** Where an export may go: the one check every file Jingdu writes for the user passes first. */
public final class ExportTargets {

    private ExportTargets() {
    }

    /**
     * Throws unless {@code out} may be written: never the library, its side files, its backups or another database,
     * nor a folder; an existing file only when {@code replaceExisting}; its folder must exist.
     */
    public static void check(Path out, Path libraryFile, boolean replaceExisting) throws ExportException {
        try {
            OutputGuard.check(out, libraryFile, replaceExisting);
        } catch (StoreException e) {
            throw new ExportException(e.key(), e, e.detail());
        }
        Path dir = out.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new ExportException("export.error.noDir", null, String.valueOf(dir));
        }
    }
}
