package jingdu.store;

import java.util.List;

import jingdu.model.PassageTag;
import jingdu.model.TagTree;

/** The user's tag set and the passage tags that use it (writes go through undoable commands). */
public final class TagSetRepository {

    private final Database db;

    public TagSetRepository(Database db) {
        this.db = db;
    }

    public TagTree tree() {
        return new TagTree(db.read(AnnotationRows::tags));
    }

    public List<PassageTag> passageTags(long speechId) {
        return db.read(c -> AnnotationRows.passageTags(c, speechId));
    }
}
