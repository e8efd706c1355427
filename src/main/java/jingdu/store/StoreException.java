package jingdu.store;

/** A database failure; {@code key} names the message the user sees. */
public class StoreException extends RuntimeException {

    private final String key;

    public StoreException(String key, String detail, Throwable cause) {
        super(key + ": " + detail, cause);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
