package jingdu.app;

import java.nio.file.Path;
import java.util.List;

import jingdu.analysis.Analyzer;
import jingdu.analysis.SectorLexicon;

/**
 * The analysis engine for a library: the built-in lexicon plus the user's {@code lexicon.tsv} in the
 * folder of the library file (the user's data directory by default), so added terms need no rebuild.
 */
public final class Engines {

    private Engines() {
    }

    /** The sector ids the library's engine knows: the guide's, then any the user's lexicon declares. */
    public static List<String> sectorIds(Path dbFile) {
        Path folder = dbFile.toAbsolutePath().getParent();
        SectorLexicon lexicon = folder == null ? SectorLexicon.builtIn() : SectorLexicon.load(folder.resolve(Analyzer.USER_LEXICON));
        return lexicon.sectors().stream().map(SectorLexicon.Sector::id).toList();
    }

    public static Analyzer forLibrary(Path dbFile) {
        Path folder = dbFile.toAbsolutePath().getParent();
        return folder == null ? new Analyzer() : Analyzer.forDataDirectory(folder);
    }
}
