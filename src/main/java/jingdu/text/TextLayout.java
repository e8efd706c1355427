package jingdu.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Paragraphs and sentences exactly as the annotation guide (section 1) defines them, so that offsets
 * line up with the gold files and with what the user sees.
 */
public final class TextLayout {

    /** A [start, end) range of the text. */
    public record Range(int start, int end) {
        public String of(String text) {
            return text.substring(start, end);
        }
    }

    /** A sentence ends after one of {@link #ENDS} and the closing marks after it: the guide's rule, as a pattern. */
    static final Pattern SENTENCE_END = Pattern.compile("[。！？；!?;][”’」』）)】》\"]*");
    private static final String ENDS = "。！？；!?;";
    private static final String CLOSERS = "”’」』）)】》\"";

    private TextLayout() {
    }

    /** Leading BOMs dropped (as the gold tools' {@code lstrip('\ufeff')}), CRLF and CR turned into LF. */
    public static String normalize(String text) {
        int start = 0;
        while (start < text.length() && text.charAt(start) == '\uFEFF') {
            start++;
        }
        String t = text.substring(start);
        // most texts have no CR at all: one intrinsic scan instead of two copying passes
        return t.indexOf('\r') < 0 ? t : t.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** One stripped, non-blank line per paragraph, joined by LF: the form speeches are stored in. */
    public static String canonical(String text) {
        String normalized = normalize(text);
        StringBuilder out = new StringBuilder(normalized.length());
        for (Range p : paragraphs(normalized)) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append(normalized, p.start(), p.end());
        }
        return out.toString();
    }

    /** Length of {@link #canonical} of a normalized text, counted without building it (or a list of its lines). */
    public static long canonicalLength(String normalized) {
        long length = 0;
        boolean first = true;
        int lineStart = 0;
        int n = normalized.length();
        while (lineStart <= n) {
            int lineEnd = normalized.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            int s = lineStart;
            int e = lineEnd;
            while (s < e && isSpace(normalized.charAt(s))) {
                s++;
            }
            while (e > s && isSpace(normalized.charAt(e - 1))) {
                e--;
            }
            if (s < e) {
                length += (first ? 0 : 1) + (e - s);
                first = false;
            }
            lineStart = lineEnd + 1;
        }
        return length;
    }

    /** Paragraph ranges: each non-blank line, whitespace (including U+3000) stripped at both ends. */
    public static List<Range> paragraphs(String text) {
        List<Range> out = new ArrayList<>();
        int lineStart = 0;
        int n = text.length();
        while (lineStart <= n) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            Range stripped = strip(text, lineStart, lineEnd);
            if (stripped != null) {
                out.add(stripped);
            }
            lineStart = lineEnd + 1;
        }
        return out;
    }

    /**
     * Sentence ranges inside one paragraph range, stripped, empty ones dropped. Each ends after a match of
     * {@link #SENTENCE_END}, found by a plain scan (the pattern's search cost more than the rest of the layout).
     */
    public static List<Range> sentences(String text, Range paragraph) {
        List<Range> out = new ArrayList<>();
        int from = paragraph.start();
        int end = paragraph.end();
        for (int i = from; i < end; i++) {
            if (ENDS.indexOf(text.charAt(i)) >= 0) {
                int k = i + 1;
                while (k < end && CLOSERS.indexOf(text.charAt(k)) >= 0) {
                    k++;
                }
                addStripped(out, text, from, k);
                from = k;
                i = k - 1;
            }
        }
        addStripped(out, text, from, end);
        return out;
    }

    public static void addStripped(List<Range> out, String text, int start, int end) {
        Range r = strip(text, start, end);
        if (r != null) {
            out.add(r);
        }
    }

    private static Range strip(String text, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && isSpace(text.charAt(s))) {
            s++;
        }
        while (e > s && isSpace(text.charAt(e - 1))) {
            e--;
        }
        return s < e ? new Range(s, e) : null;
    }

    /** Python's str.strip() whitespace, which the gold tools use: includes U+3000 and NBSP. */
    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }
}
