package jingdu.app.compare;

import jingdu.i18n.LocalizedException;

/** A comparison that cannot be made (no such speech or collection, one speech twice, a deleted speech). */
public class CompareException extends LocalizedException {

    public CompareException(String key, Object... args) {
        super(key, null, args);
    }
}
