package jingdu.store;

import java.util.function.Function;

/**
 * The one way annotation changes reach the library file: each unit of work gets an {@link AnnotationTx}
 * inside one transaction (all of it is saved, or none), so callers above the store never see SQL.
 */
public final class AnnotationStore {

    private final Database db;

    public AnnotationStore(Database db) {
        this.db = db;
    }

    /** Runs {@code work} in one write transaction. */
    public <T> T write(Function<AnnotationTx, T> work) {
        return db.inTransaction(c -> {
            try {
                return work.apply(new AnnotationTx(c));
            } catch (AnnotationTx.Failed e) {
                throw e.sqlCause(); // so the transaction maps it (disk full, damage) and rolls back
            }
        });
    }

    /** Runs {@code work} as a read (no transaction of its own). */
    public <T> T read(Function<AnnotationTx, T> work) {
        return db.read(c -> {
            try {
                return work.apply(new AnnotationTx(c));
            } catch (AnnotationTx.Failed e) {
                throw e.sqlCause();
            }
        });
    }
}
