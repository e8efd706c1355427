package jingdu.text;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts back the paragraph breaks of a speech that lost them on the way (copied from a web page, a PDF
 * without indents, a converter writing one line): a text of one very long line, or a few, is cut before
 * full-width double spaces and before the markers that open a new part or item once a sentence has
 * ended (。一、 。（二） 。第一个问题 。第二， and 。一是… where an enumeration of long items follows). Nothing
 * is cut inside quotes or brackets, nothing but line breaks is added, and a text that already has one
 * paragraph per line is returned as it is.
 */
public final class ParagraphRepair {

    /** The text, with {@code resplit} true when breaks were added. */
    public record Result(String text, boolean resplit) {
    }

    /** Paragraphs of speeches average well under this many characters; lines this long on average lost their breaks. */
    static final int LOST_MEAN = 500;
    /** A text of at most this many lines whose longest holds two thirds of it lost its breaks. */
    static final int FEW_LINES = 5;
    /** The shortest text worth looking at: a few sentences. */
    static final int MIN_TEXT = 200;
    /** A line holding this many indent-like double spaces after ended sentences lost its breaks, whatever its length. */
    static final int INDENTS = 2;
    /** Every item but the last of an enumeration (一是…二是…) that becomes paragraphs has at least this many characters. */
    static final int LONG_ITEM = 40;
    /** A quote or bracket longer than this is taken as unbalanced: it does not stop cutting. */
    static final int MAX_QUOTE = 400;

    private static final String END = "。！？；!?;";
    private static final String CLOSERS = "”’」』）)】》\"";
    private static final String NUMERALS = "一二三四五六七八九十";
    private static final Pattern PART = Pattern.compile(
            "[一二三四五六七八九十]{1,3}、(?![一二三四五六七八九十]{1,3}[、级类])"
            + "|[（(]([一二三四五六七八九十]{1,3}|[0-9]{1,2})[）)]"
            + "|[0-9]{1,2}[.．、](?![0-9])"
            + "|第[一二三四五六七八九十]{1,3}(个问题|个方面|个部分|部分|[，,、：:])");
    private static final Pattern ITEM = Pattern.compile("([一二三四五六七八九十]{1,2})是");

    private ParagraphRepair() {
    }

    /** {@code text} normalized ({@link TextLayout#normalize}); the same text when it has its breaks. */
    public static Result restore(String text) {
        List<TextLayout.Range> lines = TextLayout.paragraphs(text);
        if (lines.isEmpty() || !lostBreaks(text, lines)) {
            return new Result(text, false);
        }
        StringBuilder out = new StringBuilder(text.length() + 64);
        int copied = 0;
        boolean added = false;
        for (TextLayout.Range line : lines) {
            for (int cut : cuts(text, line)) {
                out.append(text, copied, cut).append('\n');
                copied = cut;
                added = true;
            }
        }
        out.append(text, copied, text.length());
        return added ? new Result(out.toString(), true) : new Result(text, false);
    }

    /**
     * Long lines on average; or a text of a few lines, one of them holding most of it (a title, a date
     * and the speech run together); or a line with paragraph indents inside it.
     */
    static boolean lostBreaks(String text, List<TextLayout.Range> lines) {
        long total = 0;
        int longest = 0;
        for (TextLayout.Range l : lines) {
            total += l.end() - l.start();
            longest = Math.max(longest, l.end() - l.start());
            if (indents(text, l).size() >= INDENTS) {
                return true;
            }
        }
        if (total < MIN_TEXT) {
            return false;
        }
        return total / lines.size() >= LOST_MEAN || lines.size() <= FEW_LINES && longest * 3L >= total * 2;
    }

    /** Where a line is cut: each a position of {@code text} inside the line, in order. */
    static TreeSet<Integer> cuts(String text, TextLayout.Range line) {
        int[] depth = depth(text, line);
        TreeSet<Integer> cuts = new TreeSet<>();
        for (int at : indents(text, line)) {
            if (depth[at - line.start()] == 0) {
                cuts.add(at);
            }
        }
        Matcher m = PART.matcher(text).region(line.start(), line.end());
        while (m.find()) {
            int at = m.start();
            boolean colonToo = m.group().charAt(m.group().length() - 1) == '、' || m.group().startsWith("（")
                    || m.group().startsWith("(") || m.group().startsWith("第");
            if (depth[at - line.start()] == 0 && afterEnd(text, line.start(), at, colonToo)) {
                cuts.add(at);
            }
        }
        cuts.addAll(enumeration(text, line, depth));
        cuts.removeIf(c -> c <= line.start() || c >= line.end());
        return cuts;
    }

    /** Full-width double spaces between two runs of text (not a title spaced out 讲　　话): before each, a cut. */
    private static List<Integer> indents(String text, TextLayout.Range line) {
        List<Integer> out = new ArrayList<>();
        int i = line.start();
        while (i < line.end()) {
            if (text.charAt(i) != '\u3000') {
                i++;
                continue;
            }
            int j = i;
            while (j < line.end() && TextLayout.isSpace(text.charAt(j))) {
                j++;
            }
            int ideographic = 0;
            for (int k = i; k < j; k++) {
                ideographic += text.charAt(k) == '\u3000' ? 1 : 0;
            }
            if (ideographic >= 2 && run(text, i, -1, line) >= 2 && run(text, j, 1, line) >= 2) {
                out.add(i);
            }
            i = j;
        }
        return out;
    }

    /** Length of the run of non-space characters before ({@code dir} -1, ending at {@code at}) or from {@code at}. */
    private static int run(String text, int at, int dir, TextLayout.Range line) {
        int n = 0;
        int k = dir < 0 ? at - 1 : at;
        while (k >= line.start() && k < line.end() && !TextLayout.isSpace(text.charAt(k)) && n < 2) {
            n++;
            k += dir;
        }
        return n;
    }

    /** True when the last non-space character before {@code at} ends a sentence (or, when allowed, a lead-in colon). */
    private static boolean afterEnd(String text, int lineStart, int at, boolean colon) {
        int k = at - 1;
        while (k >= lineStart && TextLayout.isSpace(text.charAt(k))) {
            k--;
        }
        while (k >= lineStart && CLOSERS.indexOf(text.charAt(k)) >= 0) {
            k--; // 。” ends a sentence; a closing quote alone does not
            if (k >= lineStart && END.indexOf(text.charAt(k)) >= 0) {
                return true;
            }
        }
        if (k < lineStart) {
            return false;
        }
        char c = text.charAt(k);
        return END.indexOf(c) >= 0 || colon && (c == '：' || c == ':');
    }

    /**
     * The items of enumerations 一是…二是…三是… that each follow an ended sentence and, all but the last,
     * run at least {@link #LONG_ITEM} characters: short ones (一是加强领导；二是…) stay in their paragraph.
     */
    private static List<Integer> enumeration(String text, TextLayout.Range line, int[] depth) {
        List<Integer> out = new ArrayList<>();
        List<Integer> items = new ArrayList<>();
        Matcher m = ITEM.matcher(text).region(line.start(), line.end());
        while (m.find()) {
            int at = m.start();
            int n = number(m.group(1));
            if (depth[at - line.start()] != 0 || !afterEnd(text, line.start(), at, false)) {
                continue;
            }
            if (n == 1) {
                finish(items, out);
                items.add(at);
            } else if (n == items.size() + 1) {
                items.add(at);
            }
        }
        finish(items, out);
        return out;
    }

    private static void finish(List<Integer> items, List<Integer> out) {
        boolean longItems = items.size() >= 2;
        for (int k = 0; k + 1 < items.size(); k++) {
            longItems &= items.get(k + 1) - items.get(k) >= LONG_ITEM;
        }
        if (longItems) {
            out.addAll(items);
        }
        items.clear();
    }

    private static int number(String numeral) {
        if (numeral.length() == 1) {
            return NUMERALS.indexOf(numeral.charAt(0)) + 1;
        }
        // 十一 … 十九: only the first ten matter for an enumeration to be long enough, but count them right
        return numeral.charAt(0) == '十' ? 10 + NUMERALS.indexOf(numeral.charAt(1)) + 1 : -1;
    }

    /**
     * Per position of the line, how many quotes and brackets enclose it. Pairs are matched by kind; an
     * opener never closed, or closed too far away, encloses nothing, so one stray quote cannot stop all cuts.
     */
    static int[] depth(String text, TextLayout.Range line) {
        int n = line.end() - line.start();
        int[] delta = new int[n + 1];
        List<Integer> open = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(line.start() + i);
            if (OPENERS.indexOf(c) >= 0) {
                open.add(i);
                continue;
            }
            int kind = CLOSING.indexOf(c);
            if (kind < 0) {
                continue;
            }
            for (int k = open.size() - 1; k >= 0; k--) {
                int o = open.get(k);
                if (OPENERS.indexOf(text.charAt(line.start() + o)) == kind) {
                    open.subList(k, open.size()).clear();
                    if (i - o <= MAX_QUOTE) {
                        delta[o + 1]++;
                        delta[i]--;
                    }
                    break;
                }
            }
        }
        int[] depth = new int[n];
        int d = 0;
        for (int i = 0; i < n; i++) {
            d += delta[i];
            depth[i] = d;
        }
        return depth;
    }

    private static final String OPENERS = "“‘「『《（(【";
    private static final String CLOSING = "”’」』》）)】";
}
