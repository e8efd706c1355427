package jingdu.app.undo;

import java.util.ArrayList;
import java.util.List;

import jingdu.model.Correction;
import jingdu.store.AnnotationTx;

/**
 * Records one correction of the engine. An earlier correction of the same question on the same span (the
 * duty bearer set twice, a strength then a dismissal) is replaced, and put back on undo.
 */
public record CorrectionCommand(Correction correction, List<Correction> replaced) implements Command {

    public CorrectionCommand {
        replaced = replaced == null ? List.of() : List.copyOf(replaced);
    }

    public static CorrectionCommand of(Correction correction) {
        return new CorrectionCommand(correction, List.of());
    }

    @Override
    public Command execute(AnnotationTx tx) {
        tx.requireLive(correction.speechId());
        List<Correction> gone = new ArrayList<>();
        for (Correction old : tx.corrections(correction.speechId())) {
            if (old.sameQuestion(correction)) {
                tx.deleteCorrection(old.id());
                gone.add(old);
            }
        }
        long id = tx.insertCorrection(correction);
        return new CorrectionCommand(correction.withId(id), gone);
    }

    @Override
    public void undo(AnnotationTx tx) {
        tx.deleteCorrection(correction.id());
        for (Correction old : replaced) {
            tx.insertCorrection(old);
        }
    }

    @Override
    public Description description() {
        return Description.of("undo.desc.correct." + correction.kind().id(), Snippet.of(correction.quote()),
                correction.value() == null ? "" : correction.value());
    }

    @Override
    public long speechId() {
        return correction.speechId();
    }
}
