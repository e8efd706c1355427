package jingdu.store;

/** A database failure; {@code key} names the message the user sees, {@code detail} fills its {0}. */
public class StoreException extends RuntimeException {

    private final String key;
    private final String detail;

    public StoreException(String key, String detail, Throwable cause) {
        super(key + ": " + detail, cause);
        this.key = key;
        this.detail = detail;
    }

    public String key() {
        return key;
    }

    /** The file or reason to show inside the message; never null. */
    public String detail() {
        return detail == null ? "" : detail;
    }
}
