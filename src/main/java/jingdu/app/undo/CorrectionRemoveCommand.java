package jingdu.app.undo;

import jingdu.model.Correction;
import jingdu.store.AnnotationTx;

/** Takes a correction back (from the 我的修正 list): the engine's own view returns on that span. */
public record CorrectionRemoveCommand(Correction correction) implements Command {

    @Override
    public Command execute(AnnotationTx tx) {
        tx.requireLive(correction.speechId());
        tx.deleteCorrection(correction.id());
        return this;
    }

    @Override
    public void undo(AnnotationTx tx) {
        tx.insertCorrection(correction);
    }

    @Override
    public Description description() {
        return Description.of("undo.desc.correctRemove", Snippet.of(correction.quote()));
    }

    @Override
    public long speechId() {
        return correction.speechId();
    }
}
