package jingdu.app;

import java.nio.file.Path;
import java.util.List;

import jingdu.analysis.Analyzer;
import jingdu.analysis.SectorLexicon;
import jingdu.model.SectorCatalog;
import jingdu.model.UserTerm;

/**
 * The analysis engine for a library: the built-in lexicon plus the user's {@code lexicon.tsv} in the
 * folder of the library file (the user's data directory by default), so added terms need no rebuild.
 * Its sector catalogue comes from the same files, so the window and the command line label, colour,
 * order and accept exactly the sectors the engine can find.
 */
public final class Engines {

    private Engines() {
    }

    public static Analyzer forLibrary(Path dbFile) {
        Path lexicon = userLexicon(dbFile);
        return lexicon == null ? new Analyzer() : Analyzer.withUserLexicon(lexicon);
    }

    /** The engine of the library at {@code dbFile} with the user's own word list (kept in the library) on top. */
    public static Analyzer forLibrary(Path dbFile, List<UserTerm> wordList) {
        if (wordList.isEmpty()) {
            return forLibrary(dbFile);
        }
        return new Analyzer(SectorLexicon.load(userLexicon(dbFile), wordList.stream().map(UserTerm::lexiconLine).toList()));
    }

    /** The sectors {@link #forLibrary} knows, read without building the engine (fast enough for start-up). */
    public static SectorCatalog sectorsForLibrary(Path dbFile) {
        Path lexicon = userLexicon(dbFile);
        return lexicon == null ? SectorLexicon.builtInCatalog() : SectorLexicon.catalog(lexicon);
    }

    /** The guide's sectors alone (no user lexicon). */
    public static SectorCatalog builtInSectors() {
        return SectorLexicon.builtInCatalog();
    }

    private static Path userLexicon(Path dbFile) {
        Path folder = dbFile.toAbsolutePath().getParent();
        return folder == null ? null : folder.resolve(Analyzer.USER_LEXICON);
    }
}
