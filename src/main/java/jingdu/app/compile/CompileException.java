package jingdu.app.compile;

import jingdu.i18n.LocalizedException;

/** A compilation that cannot be made as asked (unknown tag, bad dates, nowhere to write); {@code key} names the message. */
public class CompileException extends LocalizedException {

    public CompileException(String key, Throwable cause, Object... args) {
        super(key, cause, args);
    }

    public CompileException(String key, Object... args) {
        super(key, null, args);
    }
}
