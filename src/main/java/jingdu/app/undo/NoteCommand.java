package jingdu.app.undo;

import java.sql.Connection;
import java.sql.SQLException;

import jingdu.model.Note;
import jingdu.store.AnnotationRows;

/** Adds or deletes one note; the whole note travels with the command so undo restores it exactly. */
public record NoteCommand(Note note, boolean add) implements Command {

    @Override
    public Command execute(Connection c) throws SQLException {
        if (!add) {
            AnnotationRows.deleteNote(c, note.id());
            return this;
        }
        return new NoteCommand(note.withId(AnnotationRows.insertNote(c, note)), true);
    }

    @Override
    public void undo(Connection c) throws SQLException {
        if (add) {
            AnnotationRows.deleteNote(c, note.id());
        } else {
            AnnotationRows.insertNote(c, note);
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
