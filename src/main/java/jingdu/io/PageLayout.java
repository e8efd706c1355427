package jingdu.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Rebuilds paragraphs from the positioned lines of a laid-out document (PDF, OFD): drops running
 * headers and footers and page numbers, then joins the lines of a wrapped paragraph. Chinese has no
 * spaces, so a paragraph's lines are told apart by geometry: a line that reaches the right margin and
 * does not end a sentence continues, and an indented line starts a new paragraph.
 */
public final class PageLayout {

    /** One line of text on a page; y grows downwards, all in the page's units. */
    public record Line(double x0, double x1, double y, double size, String text) {
    }

    /** The lines of one page, in any order. */
    public record Page(List<Line> lines) {
    }

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "[-—–－~·\\s]*\\d{1,4}[-—–－~·\\s]*"
            + "|第\\s*\\d{1,4}\\s*页(\\s*[,，/／]?\\s*共\\s*\\d{1,4}\\s*页)?"
            + "|(page\\s*)?\\d{1,4}\\s*(/|of)\\s*\\d{1,4}"
            + "|[-—–－\\s]*[一二三四五六七八九十百]+[-—–－\\s]*",
            Pattern.CASE_INSENSITIVE);
    private static final String SENTENCE_END = "。！？；：…!?;:";
    private static final String CLOSING = "”’」』）)】》\"'";
    /** How many lines at the top and bottom of a page may be a running header or footer. */
    private static final int EDGE_LINES = 2;

    private PageLayout() {
    }

    /** The text, one paragraph per line. */
    public static String paragraphs(List<Page> pages, TextBudget budget) throws ImportException {
        List<List<Line>> body = new ArrayList<>();
        for (Page p : pages) {
            List<Line> lines = new ArrayList<>(p.lines().stream().filter(l -> !l.text().isBlank()).toList());
            lines.sort(Comparator.comparingDouble(Line::y).thenComparingDouble(Line::x0));
            body.add(lines);
        }
        List<List<Line>> kept = copy(body);
        dropRunningLines(kept, true);
        if (isEmpty(kept) && !isEmpty(body)) {
            // every line repeats at the edge of most pages: that is the document's text, not a running header
            // (a scan has no text at all); only the page numbers go
            kept = copy(body);
            dropRunningLines(kept, false);
        }
        return join(kept, budget);
    }

    private static List<List<Line>> copy(List<List<Line>> pages) {
        List<List<Line>> out = new ArrayList<>(pages.size());
        pages.forEach(p -> out.add(new ArrayList<>(p)));
        return out;
    }

    private static boolean isEmpty(List<List<Line>> pages) {
        return pages.stream().allMatch(List::isEmpty);
    }

    /** Page numbers at a page's edge, and (when {@code repeated}) lines repeated at the same edge of most pages. */
    private static void dropRunningLines(List<List<Line>> pages, boolean repeated) {
        Map<String, Integer> seenAtEdge = new HashMap<>();
        for (List<Line> lines : pages) {
            for (String key : edgeKeys(lines)) {
                seenAtEdge.merge(key, 1, Integer::sum);
            }
        }
        int threshold = Math.max(2, (pages.size() + 1) / 2);
        for (List<Line> lines : pages) {
            int n = lines.size();
            List<Line> drop = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                boolean top = i < EDGE_LINES;
                boolean bottom = i >= n - EDGE_LINES;
                if (!top && !bottom) {
                    continue;
                }
                Line l = lines.get(i);
                if (PAGE_NUMBER.matcher(l.text().strip()).matches()
                        || (repeated && seenAtEdge.getOrDefault(key(l, top), 0) >= threshold)) {
                    drop.add(l);
                }
            }
            lines.removeAll(drop);
        }
    }

    private static List<String> edgeKeys(List<Line> lines) {
        List<String> keys = new ArrayList<>();
        int n = lines.size();
        for (int i = 0; i < n; i++) {
            if (i < EDGE_LINES) {
                keys.add(key(lines.get(i), true));
            }
            if (i >= n - EDGE_LINES) {
                keys.add(key(lines.get(i), false));
            }
        }
        return keys.stream().distinct().toList();
    }

    /** Digits vary from page to page (第3页, dates): a running line is the same text with any number. */
    private static String key(Line l, boolean top) {
        return (top ? "T:" : "B:") + l.text().strip().replaceAll("\\d+", "#").replaceAll("\\s+", "");
    }

    private static String join(List<List<Line>> pages, TextBudget budget) throws ImportException {
        List<Line> all = pages.stream().flatMap(List::stream).toList();
        if (all.isEmpty()) {
            return "";
        }
        double em = median(all.stream().mapToDouble(Line::size).toArray());
        double left = typicalLeft(all, em);
        double right = typicalRight(all, em);
        boolean indents = indentsParagraphs(all, left, em);
        StringBuilder paragraph = new StringBuilder();
        Line previous = null;
        boolean previousOnSamePage = false;
        for (List<Line> page : pages) {
            boolean firstOnPage = true;
            for (Line line : page) {
                String text = line.text().strip();
                if (previous != null && !continues(previous, line, left, right, indents, !firstOnPage && previousOnSamePage)) {
                    budget.paragraph(paragraph);
                    paragraph.setLength(0);
                }
                if (!paragraph.isEmpty() && needsSpace(paragraph.charAt(paragraph.length() - 1), text.charAt(0))) {
                    paragraph.append(' ');
                }
                paragraph.append(text);
                previous = line;
                firstOnPage = false;
                previousOnSamePage = true;
            }
            previousOnSamePage = false;
        }
        budget.paragraph(paragraph);
        return budget.text();
    }

    /**
     * Whether {@code next} continues the paragraph of {@code previous}. Layout first: an indented line or
     * one set well below starts a paragraph. Then the text: a line that does not end a sentence runs on
     * whenever it nearly fills the width (a line wraps early before a quotation mark, a number or a Latin
     * word it cannot split: 做到 / “两个确保”, 2023 / 年); one that ends a sentence runs on only when it
     * fills the width (nearly, when the document marks paragraphs by indenting them) and the next line does
     * not open a heading.
     */
    private static boolean continues(Line previous, Line next, double left, double right, boolean indents,
                                     boolean samePage) {
        double em = Math.max(1e-3, previous.size());
        boolean indented = next.x0() > left + 1.2 * Math.max(em, next.size());
        boolean farBelow = samePage && next.y() - previous.y() > 2.2 * em;
        if (indented || farBelow) {
            return false;
        }
        double slack = Math.max(WRAP_SLACK_EMS * em, WRAP_SLACK_WIDTH * (right - left));
        if (!endsSentence(previous.text().strip())) {
            return previous.x1() >= right - slack;
        }
        // where paragraphs are indented, an unindented line after a sentence still belongs to it (ragged text)
        boolean full = previous.x1() >= right - (indents ? slack : 1.5 * em);
        return full && !startsParagraph(next);
    }

    /** True when paragraphs start indented by a couple of characters: then an unindented line continues one. */
    static boolean indentsParagraphs(List<Line> lines, double left, double em) {
        long indented = lines.stream().filter(l -> l.x0() >= left + 1.2 * em && l.x0() <= left + 3.2 * em).count();
        long flush = lines.stream().filter(l -> l.x0() < left + 0.5 * em).count();
        return indented >= 2 && flush >= 2 && indented * 10 >= lines.size();
    }

    /** How far short of the right margin a wrapped line may stop: in ems, and as a share of the width. */
    private static final double WRAP_SLACK_EMS = 3;
    private static final double WRAP_SLACK_WIDTH = 0.15;

    /** Ends on 。！？；：… , or on a closing quote or bracket right after one (。” ）；): a closing quote alone does not. */
    static boolean endsSentence(String text) {
        int k = text.length() - 1;
        while (k >= 0 && CLOSING.indexOf(text.charAt(k)) >= 0) {
            k--;
        }
        return k >= 0 && SENTENCE_END.indexOf(text.charAt(k)) >= 0;
    }

    /**
     * The left margin: the smallest x where at least two lines start (a stray line further left, such as a
     * margin note, does not shift it), or the smallest x of all when no two lines share one.
     */
    static double typicalLeft(List<Line> lines, double em) {
        double[] x0 = lines.stream().mapToDouble(Line::x0).sorted().toArray();
        for (int i = 0; i + 1 < x0.length; i++) {
            if (x0[i + 1] - x0[i] <= 0.5 * em) {
                return x0[i];
            }
        }
        return x0[0];
    }

    /**
     * The right margin: the largest x where at least two lines end, within an em and a half (punctuation
     * hanging into the margin, one overlong line such as a table row or an address, do not move it).
     */
    static double typicalRight(List<Line> lines, double em) {
        double[] x1 = lines.stream().mapToDouble(Line::x1).sorted().toArray();
        for (int i = x1.length - 1; i > 0; i--) {
            if (x1[i] - x1[i - 1] <= 1.5 * em) {
                return x1[i];
            }
        }
        return x1[x1.length - 1];
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted.length == 0 ? 1 : Math.max(1e-3, sorted[sorted.length / 2]);
    }

    /** Chinese headings (一、 （一） 1. 第一) start a paragraph even when not indented. */
    private static boolean startsParagraph(Line line) {
        return line.text().strip().matches("^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十\\d]+[）)]|\\d+[.．、]|第[一二三四五六七八九十]+).*");
    }

    private static boolean needsSpace(char before, char after) {
        return isLatin(before) && isLatin(after);
    }

    private static boolean isLatin(char c) {
        return c < 0x2E80 && Character.isLetterOrDigit(c);
    }
}
