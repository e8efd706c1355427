package jingdu.app.undo;

import jingdu.model.Note;
import jingdu.store.AnnotationTx;

/**
 * Adds or deletes one note; the whole note travels with the command so undo restores it exactly.
 * A note written is indexed for search in the same transaction; a deleted one leaves the index by trigger.
 */
public record NoteCommand(Note note, boolean add) implements Command {

    @Override
    public Command execute(AnnotationTx tx) {
        if (!add) {
            tx.deleteNote(note.id());
            return this;
        }
        long id = tx.insertNote(note);
        return new NoteCommand(note.withId(id), true);
    }

    @Override
    public void undo(AnnotationTx tx) {
        if (add) {
            tx.deleteNote(note.id());
        } else {
            tx.insertNote(note);
        }
    }

    @Override
    public Description description() {
        return Description.of(add ? "undo.desc.noteAdd" : "undo.desc.noteDelete", Snippet.of(note.body()));
    }

    @Override
    public long speechId() {
        return note.speechId();
    }
}
