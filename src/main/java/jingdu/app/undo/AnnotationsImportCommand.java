package jingdu.app.undo;

import java.util.ArrayList;
import java.util.List;

import jingdu.model.Correction;
import jingdu.model.Note;
import jingdu.model.ParagraphTag;
import jingdu.store.AnnotationTx;

/**
 * What an annotations file merged into the library: only the paragraph tags, notes and corrections of the
 * engine that were not there yet, so undo takes back exactly the import and nothing the user had. Speeches
 * the file brought along stay (they are library content; delete them like any speech). An undo log entry
 * written before corrections travelled in the file has no {@code corrections}: it decodes as none.
 */
public record AnnotationsImportCommand(String source, List<ParagraphTag> tags, List<Note> notes,
                                       List<Correction> corrections) implements Command {

    public AnnotationsImportCommand {
        tags = tags == null ? List.of() : List.copyOf(tags);
        notes = notes == null ? List.of() : List.copyOf(notes);
        corrections = corrections == null ? List.of() : List.copyOf(corrections);
    }

    /** An import without corrections. */
    public AnnotationsImportCommand(String source, List<ParagraphTag> tags, List<Note> notes) {
        this(source, tags, notes, List.of());
    }

    @Override
    public Command execute(AnnotationTx tx) {
        for (ParagraphTag t : tags) {
            tx.insertParagraphTag(t);
        }
        List<Note> written = new ArrayList<>(notes.size());
        for (Note n : notes) {
            written.add(n.withId(tx.insertNote(n)));
        }
        List<Correction> decided = new ArrayList<>(corrections.size());
        for (Correction k : corrections) {
            decided.add(k.withId(tx.insertCorrection(k)));
        }
        return new AnnotationsImportCommand(source, tags, List.copyOf(written), List.copyOf(decided));
    }

    @Override
    public void undo(AnnotationTx tx) {
        for (Correction k : corrections) {
            tx.deleteCorrection(k.id());
        }
        for (Note n : notes) {
            tx.deleteNote(n.id());
        }
        for (ParagraphTag t : tags) {
            tx.setParagraphTags(t.speechId(), List.of(t.paragraph()), t.tagId(), false);
        }
    }

    @Override
    public Description description() {
        return Description.of("undo.desc.import", source, tags.size() + notes.size() + corrections.size());
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
        corrections.forEach(k -> ids.add(k.speechId()));
        return ids.stream().distinct().toList();
    }
}
