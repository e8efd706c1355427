package jingdu.app.edit;

import java.util.ArrayList;
import java.util.List;

import jingdu.text.TextLayout;

/**
 * A split or a join of paragraphs as a change of a speech's canonical text (one stripped paragraph per
 * line): {@code removed}, which starts at {@code from}, becomes {@code inserted}.
 * <ul>
 *   <li>A split of paragraph {@code paragraph} puts a line break where the user cut; the spaces on both sides
 *   of the cut go with it (lines are stored stripped), so {@code removed} is those spaces, often none, and
 *   {@code inserted} is {@code "\n"}.</li>
 *   <li>A join of {@code paragraph} with the next removes the line break between them and puts in a space only
 *   where both sides are Latin letters or digits (or a Latin punctuation mark before a letter), which Chinese
 *   text never needs.</li>
 * </ul>
 * The inverse of either is the other one, so undo of a split is a join that puts the spaces back.
 *
 * <p>Anchors (note, passage tag and correction ranges) move with their text: a start at or after the cut
 * goes with the second half, an end at or before it stays with the first; a start or end inside the
 * removed spaces moves to the nearest edge of the text that stays.
 */
public record ParagraphEdit(boolean split, int paragraph, int from, String removed, String inserted) {

    /** The split of {@code paragraph} at {@code offset} characters into it; the caller has checked both. */
    public static ParagraphEdit split(String text, int paragraph, int offset) {
        TextLayout.Range line = lines(text).get(paragraph);
        int at = line.start() + offset;
        int from = at;
        while (from > line.start() && TextLayout.isSpace(text.charAt(from - 1))) {
            from--;
        }
        int to = at;
        while (to < line.end() && TextLayout.isSpace(text.charAt(to))) {
            to++;
        }
        return new ParagraphEdit(true, paragraph, from, text.substring(from, to), "\n");
    }

    /** The join of {@code paragraph} with the one after it; the caller has checked there is one. */
    public static ParagraphEdit join(String text, int paragraph) {
        List<TextLayout.Range> lines = lines(text);
        TextLayout.Range first = lines.get(paragraph);
        TextLayout.Range second = lines.get(paragraph + 1);
        boolean space = first.end() > first.start() && second.end() > second.start()
                && needsSpace(text.charAt(first.end() - 1), text.charAt(second.start()));
        return new ParagraphEdit(false, paragraph, first.end(), "\n", space ? " " : "");
    }

    /** For a split: true when both halves keep some text (the cut, spaces aside, is not at the paragraph's start or end). */
    public boolean leavesTwoHalves(String text) {
        TextLayout.Range line = lines(text).get(paragraph);
        return from > line.start() && to() < line.end();
    }

    /** The end of {@link #removed}. */
    public int to() {
        return from + removed.length();
    }

    /** How much longer the text gets (negative: shorter). */
    public int delta() {
        return inserted.length() - removed.length();
    }

    /** The text after the edit; the text must hold {@link #removed} at {@link #from}. */
    public String apply(String text) {
        if (!holds(text)) {
            throw new IllegalStateException("the text does not hold the edited place");
        }
        return text.substring(0, from) + inserted + text.substring(to());
    }

    /** True when {@code text} holds {@link #removed} at {@link #from}: this edit can be applied to it. */
    public boolean holds(String text) {
        return from >= 0 && to() <= text.length() && text.startsWith(removed, from);
    }

    /** The edit that takes it back: a split's inverse is a join and the other way round. */
    public ParagraphEdit inverse() {
        return new ParagraphEdit(!split, paragraph, from, inserted, removed);
    }

    /** Where a range starting at {@code x} starts afterwards. */
    public int start(int x) {
        if (x < from) {
            return x;
        }
        return x >= to() ? x + delta() : from + inserted.length();
    }

    /** Where a range ending at {@code x} ends afterwards. */
    public int end(int x) {
        if (x <= from) {
            return x;
        }
        return x > to() ? x + delta() : from;
    }

    /** The paragraph that paragraph {@code q} (not the edited one or, for a join, the one after it) becomes. */
    public int paragraphAfter(int q) {
        if (q <= paragraph) {
            return q;
        }
        return split ? q + 1 : q - 1;
    }

    /**
     * Lines of the canonical text, [start, end) each, in order: paragraph i is line i (a blank line of a text
     * stored by an older build still counts, as the reader and the search index count it).
     */
    public static List<TextLayout.Range> lines(String text) {
        List<TextLayout.Range> out = new ArrayList<>();
        int start = 0;
        while (true) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                out.add(new TextLayout.Range(start, text.length()));
                return out;
            }
            out.add(new TextLayout.Range(start, end));
            start = end + 1;
        }
    }

    private static boolean needsSpace(char left, char right) {
        return latin(right) && (latin(left) || ",.;:!?)]%".indexOf(left) >= 0);
    }

    /** A letter or digit of a script written with spaces between words (Latin, Greek, Cyrillic). */
    private static boolean latin(char c) {
        return c < '\u0530' && Character.isLetterOrDigit(c);
    }
}
