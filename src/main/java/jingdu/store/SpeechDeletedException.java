package jingdu.store;

/**
 * A write to a speech in the trash: it would be acknowledged and then purged with the speech, so it is
 * refused inside the writing transaction. {@link #detail()} is the speech id.
 */
public final class SpeechDeletedException extends StoreException {

    public static final String KEY = "speech.error.deleted";

    private final long speechId;

    public SpeechDeletedException(long speechId) {
        super(KEY, String.valueOf(speechId), null);
        this.speechId = speechId;
    }

    public long speechId() {
        return speechId;
    }
}
