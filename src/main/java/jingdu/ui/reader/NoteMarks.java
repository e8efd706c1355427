package jingdu.ui.reader;

import java.util.List;

import jingdu.model.Note;
import jingdu.model.NoteScope;

/**
 * Which notes the gutter marks beside a paragraph: its paragraph notes, and the passage notes that touch its
 * text (so a note stays findable whatever highlight covers its words). Pure, for the gutter factory and tests.
 */
public final class NoteMarks {

    private NoteMarks() {
    }

    /** Paragraph notes on {@code paragraph}, in the order given. */
    public static List<Note> paragraphNotes(List<Note> notes, int paragraph) {
        return notes.stream().filter(n -> n.scope() == NoteScope.PARAGRAPH && n.paragraph() == paragraph).toList();
    }

    /** Passage notes overlapping the paragraph's text [{@code start}, {@code end}), in the order given. */
    public static List<Note> passageNotes(List<Note> notes, int start, int end) {
        return notes.stream().filter(n -> n.scope() == NoteScope.PASSAGE && n.start() < end && n.end() > start)
                .toList();
    }
}
