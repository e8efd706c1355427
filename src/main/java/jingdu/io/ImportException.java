package jingdu.io;

import jingdu.i18n.LocalizedException;

/** A file that cannot become a speech; {@code key} names the message the user sees. */
public class ImportException extends LocalizedException {

    public ImportException(String key, Object... args) {
        super(key, null, args);
    }
}
