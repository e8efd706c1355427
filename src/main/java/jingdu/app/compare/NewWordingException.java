package jingdu.app.compare;

import jingdu.i18n.LocalizedException;

/** A 新提法 request that cannot be done as asked (unknown or deleted speech, a limit below one). */
public class NewWordingException extends LocalizedException {
    public NewWordingException(String key, Object... args) {
        super(key, null, args);
    }
}
