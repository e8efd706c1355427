package jingdu.app.undo;

import java.util.ArrayList;
import java.util.List;

import jingdu.model.Correction;
import jingdu.model.Note;
import jingdu.model.ParagraphTag;
import jingdu.model.PassageTag;
import jingdu.store.AnnotationTx;
import jingdu.store.StoreException;

/**
 * Near-identical speeches merged into one ({@code jingdu.app.library.Duplicates}): the annotations of the
 * others placed on the speech kept — only those it did not have, re-anchored to its text — and the others
 * moved to the trash. Undo takes exactly those annotations off again and brings the others back with their
 * own annotations, which never left them; redo does it all again. Once the trash has been emptied of a merged
 * speech (a week later) the step can no longer be undone and is dropped instead of half done.
 */
public record SpeechMergeCommand(long keep, String keepTitle, List<Long> merged, List<ParagraphTag> tags,
                                 List<PassageTag> passageTags, List<Note> notes, List<Correction> corrections,
                                 List<Long> collections) implements Command {

    public SpeechMergeCommand {
        merged = merged == null ? List.of() : List.copyOf(merged);
        tags = tags == null ? List.of() : List.copyOf(tags);
        passageTags = passageTags == null ? List.of() : List.copyOf(passageTags);
        notes = notes == null ? List.of() : List.copyOf(notes);
        corrections = corrections == null ? List.of() : List.copyOf(corrections);
        collections = collections == null ? List.of() : List.copyOf(collections);
    }

    @Override
    public Command execute(AnnotationTx tx) {
        for (long id : merged) {
            tx.requireLive(id);
        }
        for (ParagraphTag t : tags) {
            tx.insertParagraphTag(t);
        }
        List<PassageTag> passages = new ArrayList<>(passageTags.size());
        for (PassageTag t : passageTags) {
            long id = tx.insertPassageTag(t);
            passages.add(new PassageTag(id, t.speechId(), t.start(), t.end(), t.tagId(), t.createdAt()));
        }
        List<Note> written = new ArrayList<>(notes.size());
        for (Note n : notes) {
            written.add(n.withId(tx.insertNote(n)));
        }
        List<Correction> decided = new ArrayList<>(corrections.size());
        for (Correction k : corrections) {
            decided.add(k.withId(tx.insertCorrection(k)));
        }
        for (long collection : collections) {
            tx.addToCollection(collection, keep);
        }
        for (long id : merged) {
            tx.trashSpeech(id);
        }
        return new SpeechMergeCommand(keep, keepTitle, merged, tags, passages, written, decided, collections);
    }

    @Override
    public void undo(AnnotationTx tx) {
        for (long id : merged) {
            if (!tx.untrashSpeech(id)) {
                // purged from the trash: taking the annotations off the kept speech would lose them for good
                throw new StoreException("store.error.write", "merged speech " + id + " is gone", null);
            }
        }
        for (long collection : collections) {
            tx.removeFromCollection(collection, keep);
        }
        for (Correction k : corrections) {
            tx.deleteCorrection(k.id());
        }
        for (Note n : notes) {
            tx.deleteNote(n.id());
        }
        for (PassageTag t : passageTags) {
            tx.deletePassageTag(t.id());
        }
        for (ParagraphTag t : tags) {
            tx.setParagraphTags(t.speechId(), List.of(t.paragraph()), t.tagId(), false);
        }
    }

    @Override
    public Description description() {
        return Description.of("undo.desc.merge", Snippet.of(keepTitle), merged.size());
    }

    /** The speech kept; the merged ones are in the trash after it (and must be live before: see {@link #execute}). */
    @Override
    public long speechId() {
        return keep;
    }
}
