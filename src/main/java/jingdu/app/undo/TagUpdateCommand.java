package jingdu.app.undo;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import jingdu.model.Tag;
import jingdu.store.AnnotationRows;

/**
 * Renames, recolours, moves or nests tags: the rows before and after, so one command covers every
 * sibling whose position shifts. {@code kind} picks the description (rename, recolour, move, nest).
 */
public record TagUpdateCommand(String kind, String tagName, List<Tag> before, List<Tag> after) implements Command {

    @Override
    public Command execute(Connection c) throws SQLException {
        for (Tag t : after) {
            AnnotationRows.updateTag(c, t);
        }
        return this;
    }

    @Override
    public void undo(Connection c) throws SQLException {
        for (Tag t : before) {
            AnnotationRows.updateTag(c, t);
        }
    }

    @Override
    public Description description() {
        return Description.of("undo.desc.tag." + kind, tagName);
    }

    @Override
    public long speechId() {
        return -1;
    }
}
