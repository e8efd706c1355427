package jingdu.app.edit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jingdu.model.Correction;
import jingdu.model.CorrectionKind;
import jingdu.model.Note;
import jingdu.model.NoteScope;
import jingdu.model.ParagraphTag;
import jingdu.model.PassageTag;
import jingdu.text.TextLayout;

/**
 * What a {@link ParagraphEdit} does to everything the user anchored to the speech, so it stays on its text:
 * <ul>
 *   <li>Ranges (passage notes, paragraph notes, passage tags, corrections) move with their text
 *   ({@link ParagraphEdit#start}, {@link ParagraphEdit#end}); one that spans the cut spans both halves, and
 *   its stored quote (notes, corrections) becomes the text it now covers, line break included. A quote that
 *   no longer matched its range before (a correction needing a look) is kept as it was.</li>
 *   <li>Paragraph numbers (paragraph tags, paragraph notes) after the edited paragraph shift by one.</li>
 *   <li>A <b>split</b> paragraph's tags go to <b>both</b> halves (a tag holds for all of its text); a
 *   paragraph note stays on the first half, its range covering both; a rejected level suggestion on the
 *   whole paragraph is rejected on both halves (a second correction row).</li>
 *   <li>A <b>join</b> gives the joined paragraph the <b>union</b> of both paragraphs' tags and both
 *   paragraphs' notes; a level suggestion rejected on either is rejected on the joined paragraph (one row:
 *   the first paragraph's where both rejected it).</li>
 * </ul>
 * Pure: the same text and rows always give the same result, so a redo repeats the first run exactly.
 */
public final class Reanchoring {

    /** The rows of one speech that hang on its text or its paragraph numbers. */
    public record Rows(List<Note> notes, List<PassageTag> passages, List<Correction> corrections, List<ParagraphTag> tags) {
        public Rows {
            notes = List.copyOf(notes);
            passages = List.copyOf(passages);
            corrections = List.copyOf(corrections);
            tags = List.copyOf(tags);
        }
    }

    /**
     * The rows after the edit: {@code rows.corrections} holds the existing corrections that stay (moved),
     * {@code added} new ones (id 0), {@code removed} those merged away. {@code collapsed} is true when some
     * range lay wholly in the spaces or the line break the edit removes: it would become empty.
     */
    public record Result(String text, Rows rows, List<Correction> added, List<Correction> removed, boolean collapsed) {
    }

    private Reanchoring() {
    }

    public static Result apply(ParagraphEdit edit, String before, Rows rows) {
        String after = edit.apply(before);
        List<TextLayout.Range> lines = ParagraphEdit.lines(before);
        Mapper m = new Mapper(edit, before, after);

        List<Note> notes = new ArrayList<>();
        for (Note n : rows.notes()) {
            if (n.scope() == NoteScope.SPEECH) {
                notes.add(n);
                continue;
            }
            int[] r = m.range(n.start(), n.end());
            int paragraph = n.scope() == NoteScope.PARAGRAPH ? edit.paragraphAfter(n.paragraph()) : n.paragraph();
            notes.add(new Note(n.id(), n.speechId(), r[0], r[1], m.quote(n.quote(), n.start(), n.end(), r), n.body(),
                    n.createdAt(), n.updatedAt(), n.scope(), paragraph, n.colour()));
        }

        List<PassageTag> passages = new ArrayList<>();
        for (PassageTag t : rows.passages()) {
            int[] r = m.range(t.start(), t.end());
            passages.add(new PassageTag(t.id(), t.speechId(), r[0], r[1], t.tagId(), t.createdAt()));
        }

        List<Correction> corrections = new ArrayList<>();
        List<Correction> added = new ArrayList<>();
        List<Correction> removed = new ArrayList<>();
        TextLayout.Range first = lines.get(edit.paragraph());
        if (edit.split()) {
            for (Correction k : rows.corrections()) {
                if (m.covers(k, first)) { // rejected on the whole paragraph: on both halves
                    corrections.add(m.moved(k, first.start(), edit.from()));
                    added.add(m.moved(k.withId(0), edit.from() + edit.inserted().length(), first.end() + edit.delta()));
                } else {
                    corrections.add(m.moved(k));
                }
            }
        } else {
            TextLayout.Range second = lines.get(edit.paragraph() + 1);
            int joinedEnd = second.end() + edit.delta();
            Set<String> rejected = new HashSet<>();
            List<Correction> ordered = new ArrayList<>(rows.corrections());
            // the first paragraph's rejections first, so where both rejected a level, the first one's row stays
            ordered.sort(Comparator.comparingInt(k -> m.covers(k, first) ? 0 : 1));
            for (Correction k : ordered) {
                boolean onFirst = m.covers(k, first);
                if (onFirst || m.covers(k, second)) {
                    if (rejected.add(k.value())) {
                        corrections.add(m.moved(k, first.start(), joinedEnd));
                    } else {
                        removed.add(k);
                    }
                } else {
                    corrections.add(m.moved(k));
                }
            }
            corrections.sort(Comparator.comparingInt(Correction::start).thenComparingLong(Correction::id));
        }

        Map<String, ParagraphTag> tags = new LinkedHashMap<>();
        List<ParagraphTag> ordered = new ArrayList<>(rows.tags());
        ordered.sort(Comparator.comparingInt(ParagraphTag::paragraph).thenComparing(ParagraphTag::tagId));
        for (ParagraphTag t : ordered) {
            int p = t.paragraph();
            if (edit.split() && p == edit.paragraph()) {
                put(tags, t, p);
                put(tags, t, p + 1);
            } else if (!edit.split() && p == edit.paragraph() + 1) {
                put(tags, t, edit.paragraph()); // the union: the first paragraph's own row wins
            } else {
                put(tags, t, edit.paragraphAfter(p));
            }
        }
        List<ParagraphTag> tagList = new ArrayList<>(tags.values());
        tagList.sort(Comparator.comparingInt(ParagraphTag::paragraph).thenComparing(ParagraphTag::tagId));

        return new Result(after, new Rows(notes, passages, corrections, tagList), added, removed, m.collapsed);
    }

    private static void put(Map<String, ParagraphTag> tags, ParagraphTag t, int paragraph) {
        tags.putIfAbsent(paragraph + "\u0000" + t.tagId(), new ParagraphTag(t.speechId(), paragraph, t.tagId(), t.createdAt()));
    }

    /** Ranges and quotes through one edit; remembers whether a range collapsed. */
    private static final class Mapper {
        private final ParagraphEdit edit;
        private final String before;
        private final String after;
        boolean collapsed;

        Mapper(ParagraphEdit edit, String before, String after) {
            this.edit = edit;
            this.before = before;
            this.after = after;
        }

        int[] range(int start, int end) {
            if (start >= end) { // an empty range (none is stored but whole-speech notes): a point, kept a point
                int at = edit.start(start);
                return new int[] {at, at};
            }
            int s = edit.start(start);
            int e = edit.end(end);
            if (e <= s) {
                collapsed = true;
                e = s;
            }
            return new int[] {s, e};
        }

        /** The text the moved range covers, when the quote was the text of the range before; else the quote as it was. */
        String quote(String quote, int start, int end, int[] moved) {
            boolean anchored = start >= 0 && start <= end && end <= before.length() && end - start == quote.length()
                    && before.startsWith(quote, start);
            return anchored && moved[1] <= after.length() ? after.substring(moved[0], moved[1]) : quote;
        }

        Correction moved(Correction k) {
            int[] r = range(k.start(), k.end());
            return new Correction(k.id(), k.speechId(), k.kind(), r[0], r[1], quote(k.quote(), k.start(), k.end(), r),
                    k.value(), k.createdAt());
        }

        /** The correction on a new range that is known to hold text. */
        Correction moved(Correction k, int start, int end) {
            return new Correction(k.id(), k.speechId(), k.kind(), start, end, after.substring(start, end), k.value(),
                    k.createdAt());
        }

        /** True for a rejected level suggestion on exactly this whole paragraph. */
        boolean covers(Correction k, TextLayout.Range line) {
            return k.kind() == CorrectionKind.REJECT_LEVEL && k.start() == line.start() && k.end() == line.end()
                    && line.end() <= before.length() && before.substring(line.start(), line.end()).equals(k.quote());
        }
    }
}
