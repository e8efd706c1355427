package jingdu.app.undo;

import jingdu.model.Tag;
import jingdu.store.AnnotationTx;

/** Adds a user tag; a tag without an id gets the next free {@code t<N>}. */
public record TagAddCommand(Tag tag) implements Command {

    @Override
    public Command execute(AnnotationTx tx) {
        Tag t = tag.id() != null ? tag
                : new Tag(nextId(tx), tag.name(), tag.colour(), tag.parentId(), tag.position(), false);
        tx.insertTag(t);
        return new TagAddCommand(t);
    }

    private static String nextId(AnnotationTx tx) {
        int max = 0;
        for (Tag t : tx.tags()) {
            if (t.id().matches("t\\d{1,9}")) {
                max = Math.max(max, Integer.parseInt(t.id().substring(1)));
            }
        }
        return "t" + (max + 1);
    }

    @Override
    public void undo(AnnotationTx tx) {
        tx.deleteTag(tag.id());
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
