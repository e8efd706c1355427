package jingdu.store;

import java.util.List;

import jingdu.model.Correction;
import jingdu.model.UserTerm;

/** Reads the user's corrections; they are written only through {@link AnnotationTx}, as undoable commands. */
public final class CorrectionRepository {

    private final Database db;

    public CorrectionRepository(Database db) {
        this.db = db;
    }

    /** The speech's corrections in text order. */
    public List<Correction> forSpeech(long speechId) {
        return db.read(c -> CorrectionRows.forSpeech(c, speechId));
    }

    /** The user's own word list (sector corrections made for every speech), by term. */
    public List<UserTerm> userTerms() {
        return db.read(CorrectionRows::userTerms);
    }

    /** Every correction in the library (the 我的修正 list), by speech and text order. */
    public List<Correction> all() {
        return db.read(CorrectionRows::all);
    }
}
