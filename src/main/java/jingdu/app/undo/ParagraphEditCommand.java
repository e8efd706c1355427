package jingdu.app.undo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jingdu.app.edit.ParagraphEdit;
import jingdu.app.edit.Reanchoring;
import jingdu.model.Correction;
import jingdu.model.Note;
import jingdu.model.ParagraphTag;
import jingdu.model.PassageTag;
import jingdu.store.AnnotationTx;
import jingdu.store.StoreException;

/**
 * Splits paragraph {@code paragraph} at {@code offset} characters into it, or joins it with the next
 * (issue 18): the speech's text changes and every tag, note and correction moves with its text
 * ({@link Reanchoring}), its search index is rebuilt and its engine facts are read again, all in one
 * transaction. {@code applied} (null until it ran) is what undo needs to put back exactly what was there:
 * the text edit, the earlier place of every row that moved, the rows merged away and the ids of rows added,
 * and the tags the edited paragraph(s) had. A redo reruns the edit and must find the same text edit.
 */
public record ParagraphEditCommand(long speechId, boolean split, int paragraph, int offset, String excerpt,
                                   Applied applied) implements Command {

    /** Where a row was before the edit; {@code quote} null when it was the text of the range then. */
    public record Place(long id, int start, int end, String quote, int paragraph) {
    }

    /** What the edit did, as undo needs it. */
    public record Applied(int from, String removed, String inserted, List<Place> notes, List<Place> passages,
                          List<Place> corrections, List<Correction> removedCorrections, List<Long> addedCorrections,
                          List<ParagraphTag> tags) {
        public Applied {
            notes = notes == null ? List.of() : List.copyOf(notes);
            passages = passages == null ? List.of() : List.copyOf(passages);
            corrections = corrections == null ? List.of() : List.copyOf(corrections);
            removedCorrections = removedCorrections == null ? List.of() : List.copyOf(removedCorrections);
            addedCorrections = addedCorrections == null ? List.of() : List.copyOf(addedCorrections);
            tags = tags == null ? List.of() : List.copyOf(tags);
        }
    }

    /** A split at {@code offset} characters into the paragraph; {@code after} is the text after the cut (for the description). */
    public static ParagraphEditCommand split(long speechId, int paragraph, int offset, String after) {
        return new ParagraphEditCommand(speechId, true, paragraph, offset, Snippet.of(after), null);
    }

    /** The paragraph joined with the next; {@code second} is the next one's text (for the description). */
    public static ParagraphEditCommand join(long speechId, int paragraph, String second) {
        return new ParagraphEditCommand(speechId, false, paragraph, 0, Snippet.of(second), null);
    }

    /** The text edit this command makes on {@code text}; refused (a stale step) when the text no longer allows it. */
    public ParagraphEdit plan(String text) {
        int paragraphs = ParagraphEdit.lines(text).size();
        if (paragraph < 0 || paragraph >= paragraphs - (split ? 0 : 1)) {
            throw stale("paragraph " + paragraph + " of " + paragraphs);
        }
        ParagraphEdit edit;
        if (split) {
            var line = ParagraphEdit.lines(text).get(paragraph);
            if (offset <= 0 || offset >= line.end() - line.start()) {
                throw stale("offset " + offset);
            }
            edit = ParagraphEdit.split(text, paragraph, offset);
            if (!edit.leavesTwoHalves(text)) {
                throw stale("offset " + offset);
            }
        } else {
            edit = ParagraphEdit.join(text, paragraph);
        }
        if (applied != null && (applied.from() != edit.from() || !applied.removed().equals(edit.removed())
                || !applied.inserted().equals(edit.inserted()))) {
            throw stale("the text changed");
        }
        return edit;
    }

    @Override
    public Command execute(AnnotationTx tx) {
        String text = tx.speechText(speechId).orElseThrow(() -> stale("no speech " + speechId));
        ParagraphEdit edit = plan(text);
        List<Note> notes = tx.notes(speechId);
        List<PassageTag> passages = tx.passageTags(speechId);
        List<Correction> corrections = tx.corrections(speechId);
        List<ParagraphTag> tags = tx.paragraphTags(speechId);
        Reanchoring.Result r = Reanchoring.apply(edit, text, new Reanchoring.Rows(notes, passages, corrections, tags));
        if (r.collapsed()) {
            throw stale("an annotation lies on the removed spaces");
        }
        tx.rewriteSpeech(speechId, r.text(), ParagraphEdit.lines(r.text()).size());

        List<Place> notePlaces = new ArrayList<>();
        for (int i = 0; i < notes.size(); i++) {
            Note was = notes.get(i);
            Note now = r.rows().notes().get(i);
            if (!was.equals(now)) {
                notePlaces.add(new Place(was.id(), was.start(), was.end(), quoteOrNull(text, was.start(), was.end(), was.quote()),
                        was.paragraph()));
                tx.moveNote(now.id(), now.start(), now.end(), now.quote(), now.paragraph());
            }
        }
        List<Place> passagePlaces = new ArrayList<>();
        for (int i = 0; i < passages.size(); i++) {
            PassageTag was = passages.get(i);
            PassageTag now = r.rows().passages().get(i);
            if (!was.equals(now)) {
                passagePlaces.add(new Place(was.id(), was.start(), was.end(), null, -1));
                tx.movePassageTag(now.id(), now.start(), now.end());
            }
        }
        Map<Long, Correction> moved = new HashMap<>();
        r.rows().corrections().forEach(k -> moved.put(k.id(), k));
        List<Place> correctionPlaces = new ArrayList<>();
        for (Correction was : corrections) {
            Correction now = moved.get(was.id());
            if (now == null) {
                tx.deleteCorrection(was.id());
            } else if (!was.equals(now)) {
                correctionPlaces.add(new Place(was.id(), was.start(), was.end(),
                        quoteOrNull(text, was.start(), was.end(), was.quote()), -1));
                tx.moveCorrection(now.id(), now.start(), now.end(), now.quote());
            }
        }
        List<Long> added = new ArrayList<>();
        Iterator<Long> earlier = applied == null ? List.<Long>of().iterator() : applied.addedCorrections().iterator();
        for (Correction k : r.added()) {
            // a redo puts the rows back under the ids the first run gave them
            added.add(tx.insertCorrection(earlier.hasNext() ? k.withId(earlier.next()) : k));
        }
        if (!new java.util.HashSet<>(tags).equals(new java.util.HashSet<>(r.rows().tags()))) {
            tx.replaceParagraphTags(speechId, r.rows().tags());
        }
        tx.reindexSpeech(speechId);
        List<ParagraphTag> edited = tags.stream()
                .filter(t -> t.paragraph() == paragraph || !split && t.paragraph() == paragraph + 1).toList();
        return new ParagraphEditCommand(speechId, split, paragraph, offset, excerpt, new Applied(edit.from(),
                edit.removed(), edit.inserted(), notePlaces, passagePlaces, correctionPlaces, r.removed(), added, edited));
    }

    @Override
    public void undo(AnnotationTx tx) {
        if (applied == null) {
            throw stale("never applied");
        }
        ParagraphEdit back = new ParagraphEdit(split, paragraph, applied.from(), applied.removed(), applied.inserted()).inverse();
        String text = tx.speechText(speechId).orElseThrow(() -> stale("no speech " + speechId));
        if (!back.holds(text)) {
            throw stale("the text changed");
        }
        String restored = back.apply(text);
        tx.rewriteSpeech(speechId, restored, ParagraphEdit.lines(restored).size());
        for (long id : applied.addedCorrections()) {
            tx.deleteCorrection(id);
        }
        for (Correction k : applied.removedCorrections()) {
            tx.insertCorrection(k);
        }
        for (Place p : applied.notes()) {
            tx.moveNote(p.id(), p.start(), p.end(), quote(restored, p), p.paragraph());
        }
        for (Place p : applied.passages()) {
            tx.movePassageTag(p.id(), p.start(), p.end());
        }
        for (Place p : applied.corrections()) {
            tx.moveCorrection(p.id(), p.start(), p.end(), quote(restored, p));
        }
        List<ParagraphTag> tags = new ArrayList<>();
        for (ParagraphTag t : tx.paragraphTags(speechId)) {
            int q = t.paragraph();
            boolean edited = q == paragraph || split && q == paragraph + 1;
            if (!edited) {
                // the paragraphs after the edited one(s) move back
                int before = q < paragraph ? q : split ? q - 1 : q + 1;
                tags.add(new ParagraphTag(t.speechId(), before, t.tagId(), t.createdAt()));
            }
        }
        tags.addAll(applied.tags());
        tx.replaceParagraphTags(speechId, tags);
        tx.reindexSpeech(speechId);
    }

    private static String quoteOrNull(String text, int start, int end, String quote) {
        boolean isText = start >= 0 && start <= end && end <= text.length() && end - start == quote.length()
                && text.startsWith(quote, start);
        return isText ? null : quote;
    }

    private static String quote(String text, Place p) {
        return p.quote() != null ? p.quote() : text.substring(p.start(), p.end());
    }

    private static StoreException stale(String detail) {
        return new StoreException("store.error.write", "paragraph edit: " + detail, null);
    }

    @Override
    public Description description() {
        return split ? Description.of("undo.desc.paragraphSplit", paragraph + 1, Objects.toString(excerpt, ""))
                : Description.of("undo.desc.paragraphJoin", paragraph + 1, paragraph + 2);
    }
}
