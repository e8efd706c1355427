package jingdu.io;

import java.util.ArrayList;
import java.util.List;

/**
 * Chinese line breaking for the PDF report (the rules of GB/T 15834 and W3C's clreq, simplified): a line
 * may break between any two Chinese characters, but never before closing punctuation (，。、；：！？）》」』”’
 * …) nor after opening punctuation (（《「『“‘ …), and never inside —— or ……; a Latin word or a number is
 * kept whole unless it is wider than the line. Where a rule forbids the break at the line's end, the
 * characters before it move to the next line, so the line ends a little short (and is justified).
 * Pure: widths in, line ranges out.
 */
final class PdfLines {

    /** Closing punctuation: never at the start of a line. */
    static final String NO_START = "，。、；：！？）》」』”’】〕〗〉·．,.;:!?)]}";
    /** Opening punctuation: never at the end of a line. */
    static final String NO_END = "（《「『“‘【〔〖〈([{";
    /** Doubled, these are one mark (——, ……) and are never split. */
    private static final String DOUBLED = "—…";

    private static final double EPS = 0.01;

    /**
     * One unbreakable piece — a Chinese character, a Latin word or number, a space, or a line break — as
     * characters [from, to] of the paragraph, whose first and last code points are {@code first}, {@code last}.
     */
    record Unit(int from, int to, int first, int last, double width, Kind kind) {
    }

    enum Kind { CHAR, WORD, SPACE, BREAK }

    /** A line: units [from, to) of the paragraph; {@code ends} when it ends the paragraph or at a line break. */
    record Line(int from, int to, boolean ends) {
    }

    private PdfLines() {
    }

    static boolean noStart(int codePoint) {
        return codePoint < 0x10000 && NO_START.indexOf(codePoint) >= 0;
    }

    static boolean noEnd(int codePoint) {
        return codePoint < 0x10000 && NO_END.indexOf(codePoint) >= 0;
    }

    /**
     * Breaks {@code units} into lines of at most {@code firstWidth} (the first line) and {@code width} (the
     * others). A word wider than a whole line is the caller's to split beforehand ({@link #fits}).
     */
    static List<Line> breakLines(List<Unit> units, double firstWidth, double width) {
        List<Line> out = new ArrayList<>();
        int n = units.size();
        int start = 0;
        double x = 0;
        int i = 0;
        while (i < n) {
            Unit u = units.get(i);
            double avail = out.isEmpty() ? firstWidth : width;
            if (u.kind() == Kind.BREAK) {
                out.add(new Line(start, i, true));
                start = ++i;
                x = 0;
                continue;
            }
            if (i == start && u.kind() == Kind.SPACE && !out.isEmpty() && !out.get(out.size() - 1).ends()) {
                start = ++i; // a space where a line wrapped is not printed
                continue;
            }
            if (x + u.width() <= avail + EPS || i == start) {
                x += u.width();
                i++;
                continue;
            }
            int b = i;
            while (b > start + 1 && !mayBreak(units.get(b - 1), units.get(b))) {
                b--;
            }
            if (!mayBreak(units.get(b - 1), units.get(b))) {
                b = i; // no allowed break on this line at all: break where it is full
            }
            out.add(new Line(start, b, false));
            start = b;
            i = b;
            x = 0;
        }
        if (start < n || out.isEmpty() || out.get(out.size() - 1).ends()) {
            out.add(new Line(start, n, true));
        }
        return out;
    }

    /** Whether a line may end after {@code before} and the next start with {@code after}. */
    static boolean mayBreak(Unit before, Unit after) {
        if (after.kind() == Kind.SPACE || before.kind() == Kind.SPACE) {
            return true;
        }
        if (noStart(after.first()) || noEnd(before.last())) {
            return false;
        }
        return !(before.last() == after.first() && before.last() < 0x10000 && DOUBLED.indexOf(before.last()) >= 0);
    }

    /** Whether a unit of {@code width} fits on a line of {@code lineWidth} at all. */
    static boolean fits(double width, double lineWidth) {
        return width <= lineWidth + EPS;
    }
}
