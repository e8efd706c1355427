package jingdu.i18n;

import java.util.Arrays;

/**
 * An unchecked failure the user is told about (the store's): {@code key} names the message, {@code args}
 * fill it in. The window and the command line catch this type, never the layer that raised it.
 */
public class UserFailure extends RuntimeException {

    private final String key;
    private final Object[] args;

    public UserFailure(String key, Throwable cause, Object... args) {
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
