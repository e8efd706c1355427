package jingdu.ui.reader;

import jingdu.i18n.I18n;
import jingdu.model.Level;

/** Display names for ids, with the id itself as the fallback for sectors a user lexicon adds. */
public final class Labels {

    private Labels() {
    }

    public static String sector(I18n i18n, String sectorId) {
        String key = "sector." + sectorId;
        return i18n.has(key) ? i18n.get(key) : sectorId;
    }

    public static String level(I18n i18n, Level level) {
        return i18n.get("level." + level.id());
    }

    public static String levelShort(I18n i18n, Level level) {
        return i18n.get("level." + level.id() + ".short");
    }
}
