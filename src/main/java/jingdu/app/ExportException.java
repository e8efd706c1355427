package jingdu.app;

import java.util.Arrays;

/** An export that could not be made; {@code key} names the message the user sees. */
public class ExportException extends Exception {

    private final String key;
    private final Object[] args;

    public ExportException(String key, Throwable cause, Object... args) {
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
}
