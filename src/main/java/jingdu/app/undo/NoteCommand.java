package jingdu.app.undo;

import java.sql.Connection;
import java.sql.SQLException;

import jingdu.model.Note;
import jingdu.store.AnnotationRows;
import jingdu.store.SearchIndex;

/**
 * Adds or deletes one note; the whole note travels with the command so undo restores it exactly.
 * A note written is indexed for search in the same transaction; a deleted one leaves the index by trigger.
 */
public record NoteCommand(Note note, boolean add) implements Command {

    @Override
    public Command execute(Connection c) throws SQLException {
        if (!add) {
            AnnotationRows.deleteNote(c, note.id());
            return this;
        }
        long id = AnnotationRows.insertNote(c, note);
        SearchIndex.indexNote(c, id); // searchable as soon as it is saved
        return new NoteCommand(note.withId(id), true);
    }

    @Override
    public void undo(Connection c) throws SQLException {
        if (add) {
            AnnotationRows.deleteNote(c, note.id());
        } else {
            SearchIndex.indexNote(c, AnnotationRows.insertNote(c, note));
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
