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
    private static final String SENTENCE_END = "。！？；：…!?;:”’」』）)】》";
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
        double left = all.stream().mapToDouble(Line::x0).min().orElse(0);
        double right = all.stream().mapToDouble(Line::x1).max().orElse(0);
        StringBuilder paragraph = new StringBuilder();
        Line previous = null;
        boolean previousOnSamePage = false;
        for (List<Line> page : pages) {
            boolean firstOnPage = true;
            for (Line line : page) {
                String text = line.text().strip();
                if (previous != null && !continues(previous, line, left, right, !firstOnPage && previousOnSamePage)) {
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

    private static boolean continues(Line previous, Line next, double left, double right, boolean samePage) {
        double em = Math.max(1e-3, previous.size());
        boolean full = previous.x1() >= right - 1.5 * em;
        boolean indented = next.x0() > left + 1.2 * Math.max(em, next.size());
        boolean farBelow = samePage && next.y() - previous.y() > 2.2 * em;
        if (!full || indented || farBelow) {
            return false;
        }
        char last = previous.text().strip().charAt(previous.text().strip().length() - 1);
        // a full line ending a sentence continues only when the next line is not indented (checked above)
        return SENTENCE_END.indexOf(last) < 0 || !startsParagraph(next);
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
