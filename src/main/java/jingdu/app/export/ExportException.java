package jingdu.app.export;

import jingdu.i18n.LocalizedException;

/** An export that could not be made; {@code key} names the message the user sees. */
public class ExportException extends LocalizedException {

    public ExportException(String key, Throwable cause, Object... args) {
        super(key, cause, args);
    }
}
