package jingdu.app.library;

import jingdu.i18n.LocalizedException;

/** A library-management request that cannot be done as asked (blank title, duplicate collection …). */
public class CatalogException extends LocalizedException {
    public CatalogException(String key, Object... args) {
        super(key, null, args);
    }
}
