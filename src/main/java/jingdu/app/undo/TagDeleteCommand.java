package jingdu.app.undo;

import java.util.ArrayList;
import java.util.List;

import jingdu.model.ParagraphTag;
import jingdu.model.PassageTag;
import jingdu.model.Tag;
import jingdu.model.TagTree;
import jingdu.store.AnnotationTx;
import jingdu.store.StoreException;

/**
 * Deletes a user tag with everything nested under it and every use of them. The rows are read when the
 * command runs and kept in it, so undo puts back exactly what was there.
 */
public record TagDeleteCommand(String tagId, String tagName, List<Tag> removed, List<ParagraphTag> paragraphTags,
                               List<PassageTag> passageTags) implements Command {

    public static TagDeleteCommand of(String tagId, String tagName) {
        return new TagDeleteCommand(tagId, tagName, List.of(), List.of(), List.of());
    }

    @Override
    public Command execute(AnnotationTx tx) {
        List<Tag> subtree = new TagTree(tx.tags()).subtree(tagId);
        if (subtree.stream().anyMatch(Tag::builtIn)) {
            throw new StoreException("store.error.write", "built-in tags cannot be deleted", null);
        }
        List<ParagraphTag> paragraphs = new ArrayList<>();
        List<PassageTag> passages = new ArrayList<>();
        for (Tag t : subtree) {
            paragraphs.addAll(tx.paragraphTagsOf(t.id()));
            passages.addAll(tx.passageTagsOf(t.id()));
        }
        for (Tag t : subtree) {
            tx.deleteTag(t.id());
        }
        return new TagDeleteCommand(tagId, tagName, subtree, paragraphs, passages);
    }

    @Override
    public void undo(AnnotationTx tx) {
        for (Tag t : removed) {
            tx.insertTag(t);
        }
        for (ParagraphTag p : paragraphTags) {
            tx.insertParagraphTag(p);
        }
        for (PassageTag p : passageTags) {
            tx.insertPassageTag(p);
        }
    }

    @Override
    public Description description() {
        return Description.of("undo.desc.tagDelete", tagName);
    }

    @Override
    public long speechId() {
        return -1;
    }
}
