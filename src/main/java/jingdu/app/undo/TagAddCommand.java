package jingdu.app.undo;

import java.sql.Connection;
import java.sql.SQLException;

import jingdu.model.Tag;
import jingdu.store.AnnotationRows;

/** Adds a user tag; a tag without an id gets the next free {@code t<N>}. */
public record TagAddCommand(Tag tag) implements Command {

    @Override
    public Command execute(Connection c) throws SQLException {
        Tag t = tag.id() != null ? tag
                : new Tag(nextId(c), tag.name(), tag.colour(), tag.parentId(), tag.position(), false);
        AnnotationRows.insertTag(c, t);
        return new TagAddCommand(t);
    }

    private static String nextId(Connection c) throws SQLException {
        int max = 0;
        for (Tag t : AnnotationRows.tags(c)) {
            if (t.id().matches("t\\d{1,9}")) {
                max = Math.max(max, Integer.parseInt(t.id().substring(1)));
            }
        }
        return "t" + (max + 1);
    }

    @Override
    public void undo(Connection c) throws SQLException {
        AnnotationRows.deleteTag(c, tag.id());
    }

    @Override
    public Description description() {
        return Description.of("undo.desc.tagCreate", tag.name());
    }

    @Override
    public long speechId() {
        return -1;
    }
}
