package jingdu.io;

import java.util.Arrays;

/** A file that cannot become a speech; {@code key} names the message the user sees. */
public class ImportException extends Exception {

    private final String key;
    private final Object[] args;

    public ImportException(String key, Object... args) {
        super(key + Arrays.toString(args));
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
