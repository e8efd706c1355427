package jingdu.app;

import java.nio.file.Path;

import jingdu.analysis.Analyzer;

/**
 * The analysis engine for a library: the built-in lexicon plus the user's {@code lexicon.tsv} in the
 * folder of the library file (the user's data directory by default), so added terms need no rebuild.
 */
public final class Engines {

    private Engines() {
    }

    public static Analyzer forLibrary(Path dbFile) {
        Path folder = dbFile.toAbsolutePath().getParent();
        return folder == null ? new Analyzer() : Analyzer.forDataDirectory(folder);
    }
}
