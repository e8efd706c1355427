package jingdu.app.undo;

import java.sql.Connection;
import java.sql.SQLException;

import jingdu.model.PassageTag;
import jingdu.store.AnnotationRows;

/** Adds or removes one passage tag. */
public record PassageTagCommand(PassageTag tag, String tagName, boolean add) implements Command {

    @Override
    public Command execute(Connection c) throws SQLException {
        if (!add) {
            AnnotationRows.deletePassageTag(c, tag.id());
            return this;
        }
        long id = AnnotationRows.insertPassageTag(c, tag);
        return new PassageTagCommand(new PassageTag(id, tag.speechId(), tag.start(), tag.end(), tag.tagId(),
                tag.createdAt()), tagName, true);
    }

    @Override
    public void undo(Connection c) throws SQLException {
        if (add) {
            AnnotationRows.deletePassageTag(c, tag.id());
        } else {
            AnnotationRows.insertPassageTag(c, tag);
        }
    }

    @Override
    public Description description() {
        return Description.of(add ? "undo.desc.passageAdd" : "undo.desc.passageRemove", tagName);
    }

    @Override
    public long speechId() {
        return tag.speechId();
    }
}
