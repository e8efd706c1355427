package jingdu.app.undo;

import java.sql.Connection;
import java.sql.SQLException;

import jingdu.model.Note;
import jingdu.store.AnnotationRows;
import jingdu.store.SearchIndex;

/** Changes a note's text and colour, and its search entry with it. */
public record NoteEditCommand(Note before, Note after) implements Command {

    @Override
    public Command execute(Connection c) throws SQLException {
        AnnotationRows.updateNote(c, after.id(), after.body(), after.colour(), after.updatedAt());
        SearchIndex.indexNote(c, after.id()); // the update trigger dropped the old entry
        return this;
    }

    @Override
    public void undo(Connection c) throws SQLException {
        AnnotationRows.updateNote(c, before.id(), before.body(), before.colour(), before.updatedAt());
        SearchIndex.indexNote(c, before.id());
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
