package jingdu.app.undo;

import jingdu.model.Note;
import jingdu.store.AnnotationTx;

/** Changes a note's text and colour, and its search entry with it. */
public record NoteEditCommand(Note before, Note after) implements Command {

    @Override
    public Command execute(AnnotationTx tx) {
        tx.updateNote(after.id(), after.body(), after.colour(), after.updatedAt());
        return this;
    }

    @Override
    public void undo(AnnotationTx tx) {
        tx.updateNote(before.id(), before.body(), before.colour(), before.updatedAt());
    }

    @Override
    public Description description() {
        return Description.of("undo.desc.noteEdit", Snippet.of(after.body()));
    }

    @Override
    public long speechId() {
        return after.speechId();
    }
}
