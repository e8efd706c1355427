package jingdu.ui.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The matches of a query in a text and which one is current; pure logic (no JavaFX) so find is
 * tested without a window. Matching ignores case (for Latin letters) and never overlaps.
 */
public final class FindMatches {

    /** One match, [start, end) into the text. */
    public record Match(int start, int end) {
    }

    public static final FindMatches NONE = new FindMatches(List.of(), -1);

    private final List<Match> matches;
    private final int current;

    private FindMatches(List<Match> matches, int current) {
        this.matches = List.copyOf(matches);
        this.current = current;
    }

    /** All matches of {@code query}; the current one is the first at or after {@code from}, else the first. */
    public static FindMatches of(String text, String query, int from) {
        if (text == null || query == null || query.isEmpty()) {
            return NONE;
        }
        String haystack = text.toLowerCase(Locale.ROOT);
        String needle = query.toLowerCase(Locale.ROOT);
        // toLowerCase can change lengths for a few scripts; fall back to exact matching then, so offsets stay true
        if (haystack.length() != text.length() || needle.length() != query.length()) {
            haystack = text;
            needle = query;
        }
        List<Match> out = new ArrayList<>();
        int at = haystack.indexOf(needle);
        while (at >= 0) {
            out.add(new Match(at, at + needle.length()));
            at = haystack.indexOf(needle, at + needle.length());
        }
        if (out.isEmpty()) {
            return NONE;
        }
        int current = 0;
        while (current < out.size() && out.get(current).start() < from) {
            current++;
        }
        return new FindMatches(out, current == out.size() ? 0 : current);
    }

    public List<Match> matches() {
        return matches;
    }

    public int size() {
        return matches.size();
    }

    public boolean isEmpty() {
        return matches.isEmpty();
    }

    /** Index of the current match, -1 when there is none. */
    public int currentIndex() {
        return current;
    }

    public Match current() {
        return current < 0 ? null : matches.get(current);
    }

    /** The next match, wrapping round after the last. */
    public FindMatches next() {
        return isEmpty() ? this : new FindMatches(matches, (current + 1) % matches.size());
    }

    /** The previous match, wrapping round before the first. */
    public FindMatches previous() {
        return isEmpty() ? this : new FindMatches(matches, (current - 1 + matches.size()) % matches.size());
    }

    /** "3/12", or "0/0" when nothing matches. */
    public String counter() {
        return (current + 1) + "/" + matches.size();
    }
}
