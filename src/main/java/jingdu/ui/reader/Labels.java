package jingdu.ui.reader;

import jingdu.i18n.I18n;
import jingdu.model.Level;
import jingdu.model.SectorCatalog;

/** Display names for ids in the window's language. */
public final class Labels {

    private Labels() {
    }

    /** The catalogue's name (built-in or from the user's lexicon); an id it lacks shows as itself. */
    public static String sector(SectorCatalog sectors, I18n i18n, String sectorId) {
        return sectors.name(sectorId, i18n.locale());
    }

    public static String level(I18n i18n, Level level) {
        return i18n.get("level." + level.id());
    }

    public static String levelShort(I18n i18n, Level level) {
        return i18n.get("level." + level.id() + ".short");
    }
}
