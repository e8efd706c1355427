package jingdu.app.undo;

import jingdu.model.PassageTag;
import jingdu.store.AnnotationTx;

/** Adds or removes one passage tag. */
public record PassageTagCommand(PassageTag tag, String tagName, boolean add) implements Command {

    @Override
    public Command execute(AnnotationTx tx) {
        if (!add) {
            tx.deletePassageTag(tag.id());
            return this;
        }
        long id = tx.insertPassageTag(tag);
        return new PassageTagCommand(new PassageTag(id, tag.speechId(), tag.start(), tag.end(), tag.tagId(),
                tag.createdAt()), tagName, true);
    }

    @Override
    public void undo(AnnotationTx tx) {
        if (add) {
            tx.deletePassageTag(tag.id());
        } else {
            tx.insertPassageTag(tag);
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
