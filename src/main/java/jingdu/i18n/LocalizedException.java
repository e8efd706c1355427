package jingdu.i18n;

import java.util.Arrays;

/** A failure the user is told about: {@code key} names the message, {@code args} fill it in. */
public class LocalizedException extends Exception {

    private final String key;
    private final Object[] args;

    public LocalizedException(String key, Throwable cause, Object... args) {
        super(key + Arrays.toString(args), cause);
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }

    /** The message in the user's language. */
    public String localized(I18n i18n) {
        return i18n.get(key, args);
    }
}
