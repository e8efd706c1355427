package jingdu.app.undo;

import jingdu.model.UserTerm;
import jingdu.store.AnnotationTx;

/**
 * Sets ({@code after}) or removes ({@code after} null) a word of the user's own list; {@code before} is what
 * the list held for the term (null: nothing), put back on undo.
 */
public record UserTermCommand(String term, UserTerm before, UserTerm after) implements Command {

    @Override
    public Command execute(AnnotationTx tx) {
        UserTerm was = tx.userTerms().stream().filter(t -> t.term().equals(term)).findFirst().orElse(null);
        apply(tx, after);
        return new UserTermCommand(term, was, after);
    }

    @Override
    public void undo(AnnotationTx tx) {
        apply(tx, before);
    }

    private void apply(AnnotationTx tx, UserTerm t) {
        if (t == null) {
            tx.deleteUserTerm(term);
        } else {
            tx.putUserTerm(t);
        }
    }

    @Override
    public Description description() {
        if (after == null) {
            return Description.of("undo.desc.wordRemove", term);
        }
        return after.sector() == null ? Description.of("undo.desc.wordNone", term)
                : Description.of("undo.desc.wordSector", term, after.sector());
    }

    @Override
    public long speechId() {
        return -1; // the whole library
    }
}
