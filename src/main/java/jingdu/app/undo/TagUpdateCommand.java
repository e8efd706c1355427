package jingdu.app.undo;

import java.util.List;

import jingdu.model.Tag;
import jingdu.store.AnnotationTx;

/**
 * Renames, recolours, moves or nests tags: the rows before and after, so one command covers every
 * sibling whose position shifts. {@code kind} picks the description (rename, recolour, move, nest).
 */
public record TagUpdateCommand(String kind, String tagName, List<Tag> before, List<Tag> after) implements Command {

    @Override
    public Command execute(AnnotationTx tx) {
        for (Tag t : after) {
            tx.updateTag(t);
        }
        return this;
    }

    @Override
    public void undo(AnnotationTx tx) {
        for (Tag t : before) {
            tx.updateTag(t);
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
