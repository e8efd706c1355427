package jingdu.app.undo;

import java.util.ArrayList;
import java.util.List;

import jingdu.model.Note;
import jingdu.model.ParagraphTag;
import jingdu.store.AnnotationTx;

/**
 * What an annotations file merged into the library: only the paragraph tags and notes that were not there
 * yet, so undo takes back exactly the import and nothing the user had. Speeches the file brought along
 * stay (they are library content; delete them like any speech).
 */
public record AnnotationsImportCommand(String source, List<ParagraphTag> tags, List<Note> notes) implements Command {

    @Override
    public Command execute(AnnotationTx tx) {
        for (ParagraphTag t : tags) {
            tx.insertParagraphTag(t);
        }
        List<Note> written = new ArrayList<>(notes.size());
        for (Note n : notes) {
            written.add(n.withId(tx.insertNote(n)));
        }
        return new AnnotationsImportCommand(source, tags, List.copyOf(written));
    }

    @Override
    public void undo(AnnotationTx tx) {
        for (Note n : notes) {
            tx.deleteNote(n.id());
        }
        for (ParagraphTag t : tags) {
            tx.setParagraphTags(t.speechId(), List.of(t.paragraph()), t.tagId(), false);
        }
    }

    @Override
    public Description description() {
        return Description.of("undo.desc.import", source, tags.size() + notes.size());
    }

    @Override
    public long speechId() {
        return speechIds().isEmpty() ? -1 : speechIds().get(0);
    }

    @Override
    public List<Long> speechIds() {
        List<Long> ids = new ArrayList<>();
        tags.forEach(t -> ids.add(t.speechId()));
        notes.forEach(n -> ids.add(n.speechId()));
        return ids.stream().distinct().toList();
    }
}
