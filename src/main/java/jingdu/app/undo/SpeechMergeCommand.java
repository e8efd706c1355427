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
                                 List<Long> collections, List<CarriedTask> tasks) implements Command {

    /**
     * The user's work on a task of a merged speech, carried to the speech kept: onto its task for the same
     * obligation ({@code keptTaskId}; {@code state} set there when that task had none of its own, else null,
     * {@code before} what it had), or as a copy of the task ({@code keptTaskId} 0: {@code facts} re-anchored to the
     * kept text, greyed when the text is not there; {@code copyId} once written). Progress entries are copied
     * either way (their ids once written, so a redo puts them back under the same ids).
     */
    public record CarriedTask(long keptTaskId, long copyId, jingdu.model.TaskFacts facts, boolean inText,
                              jingdu.model.TaskState state, jingdu.model.TaskState before,
                              List<jingdu.model.TaskProgress> progress) {

        public CarriedTask {
            progress = progress == null ? List.of() : List.copyOf(progress);
        }
    }

    /** A merge with no task work to carry (and one read from an undo log written before tasks were carried). */
    public SpeechMergeCommand(long keep, String keepTitle, List<Long> merged, List<ParagraphTag> tags,
                              List<PassageTag> passageTags, List<Note> notes, List<Correction> corrections,
                              List<Long> collections) {
        this(keep, keepTitle, merged, tags, passageTags, notes, corrections, collections, List.of());
    }

    public SpeechMergeCommand {
        merged = merged == null ? List.of() : List.copyOf(merged);
        tags = tags == null ? List.of() : List.copyOf(tags);
        passageTags = passageTags == null ? List.of() : List.copyOf(passageTags);
        notes = notes == null ? List.of() : List.copyOf(notes);
        corrections = corrections == null ? List.of() : List.copyOf(corrections);
        collections = collections == null ? List.of() : List.copyOf(collections);
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
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
        List<CarriedTask> carried = new ArrayList<>(tasks.size());
        for (CarriedTask t : tasks) {
            carried.add(carry(tx, t));
        }
        if (tasks.stream().anyMatch(t -> t.keptTaskId() == 0)) {
            tx.forgetTaskSource(keep); // the copies are matched to the kept speech's obligations at the next reading
        }
        for (long id : merged) {
            tx.trashSpeech(id);
        }
        return new SpeechMergeCommand(keep, keepTitle, merged, tags, passages, written, decided, collections, carried);
    }

    private CarriedTask carry(AnnotationTx tx, CarriedTask t) {
        long target;
        long copy = 0;
        if (t.keptTaskId() > 0) {
            target = t.keptTaskId();
            if (t.state() != null) {
                tx.setTaskState(target, t.state());
            }
        } else {
            target = tx.insertTask(keep, t.facts(), t.state(), t.inText());
            copy = target;
        }
        List<jingdu.model.TaskProgress> written = new ArrayList<>(t.progress().size());
        for (jingdu.model.TaskProgress p : t.progress()) {
            jingdu.model.TaskProgress placed = new jingdu.model.TaskProgress(p.id(), target, p.writtenAt(), p.author(), p.body());
            written.add(new jingdu.model.TaskProgress(tx.insertProgress(placed), target, p.writtenAt(), p.author(), p.body()));
        }
        return new CarriedTask(t.keptTaskId(), copy, t.facts(), t.inText(), t.state(), t.before(), written);
    }

    @Override
    public void undo(AnnotationTx tx) {
        for (long id : merged) {
            if (!tx.untrashSpeech(id)) {
                // purged from the trash: taking the annotations off the kept speech would lose them for good
                throw new StoreException("store.error.write", "merged speech " + id + " is gone", null);
            }
        }
        for (int i = tasks.size() - 1; i >= 0; i--) {
            CarriedTask t = tasks.get(i);
            t.progress().forEach(p -> tx.deleteProgress(p.id()));
            if (t.keptTaskId() > 0 && t.state() != null) {
                tx.setTaskState(t.keptTaskId(), t.before());
            } else if (t.keptTaskId() == 0 && t.copyId() > 0) {
                tx.deleteTask(t.copyId());
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
