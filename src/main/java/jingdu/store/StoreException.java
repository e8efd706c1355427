package jingdu.store;

/** A database failure; {@code key} names the message the user sees, {@code detail} fills its {0}. */
public class StoreException extends RuntimeException {

    /** The disk (or the file) is full: nothing more can be written until space is freed. */
    public static final String DISK_FULL = "store.error.diskFull";

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

    public boolean isDiskFull() {
        return DISK_FULL.equals(key);
    }

    /** The file or reason to show inside the message; never null. */
    public String detail() {
        return detail == null ? "" : detail;
    }
}
