package jingdu.app.undo;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import jingdu.model.ParagraphTag;
import jingdu.model.PassageTag;
import jingdu.model.Tag;
import jingdu.model.TagTree;
import jingdu.store.AnnotationRows;

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
    public Command execute(Connection c) throws SQLException {
        List<Tag> subtree = new TagTree(AnnotationRows.tags(c)).subtree(tagId);
        if (subtree.stream().anyMatch(Tag::builtIn)) {
            throw new SQLException("built-in tags cannot be deleted");
        }
        List<ParagraphTag> paragraphs = new ArrayList<>();
        List<PassageTag> passages = new ArrayList<>();
        for (Tag t : subtree) {
            paragraphs.addAll(AnnotationRows.paragraphTagsOf(c, t.id()));
            passages.addAll(AnnotationRows.passageTagsOf(c, t.id()));
        }
        for (Tag t : subtree) {
            AnnotationRows.deleteTag(c, t.id());
        }
        return new TagDeleteCommand(tagId, tagName, subtree, paragraphs, passages);
    }

    @Override
    public void undo(Connection c) throws SQLException {
        for (Tag t : removed) {
            AnnotationRows.insertTag(c, t);
        }
        for (ParagraphTag p : paragraphTags) {
            AnnotationRows.insertParagraphTag(c, p);
        }
        for (PassageTag p : passageTags) {
            AnnotationRows.insertPassageTag(c, p);
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
