package jingdu.app.undo;

import java.util.List;

import jingdu.store.AnnotationTx;

/** Adds or removes one tag on paragraphs; {@code paragraphs} are only those whose state changes. */
public record ParagraphTagCommand(long speechId, String tagId, String tagName, List<Integer> paragraphs, boolean add)
        implements Command {

    @Override
    public Command execute(AnnotationTx tx) {
        tx.setParagraphTags(speechId, paragraphs, tagId, add);
        return this;
    }

    @Override
    public void undo(AnnotationTx tx) {
        tx.setParagraphTags(speechId, paragraphs, tagId, !add);
    }

    @Override
    public Description description() {
        return Description.of(add ? "undo.desc.tagAdd" : "undo.desc.tagRemove", tagName, paragraphs.size());
    }
}
