package jingdu.store;

import jingdu.i18n.UserFailure;

/** A database failure; {@code key} names the message the user sees, {@code detail} fills its {0}. */
public class StoreException extends UserFailure {

    /** The disk (or the file) is full: nothing more can be written until space is freed. */
    public static final String DISK_FULL = "store.error.diskFull";

    private final String detail;

    public StoreException(String key, String detail, Throwable cause) {
        super(key, cause, detail == null ? "" : detail);
        this.detail = detail;
    }

    public boolean isDiskFull() {
        return DISK_FULL.equals(key());
    }

    /** The file or reason to show inside the message; never null. */
    public String detail() {
        return detail == null ? "" : detail;
    }
}
