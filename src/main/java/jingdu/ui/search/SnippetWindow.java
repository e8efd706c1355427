package jingdu.ui.search;

/**
 * The part of a hit's snippet the results list shows: the hit and as much context as fits in {@code chars}
 * characters, a third before and the rest after, with … where context was cut. At 768 px the list holds five
 * hits only when each snippet is one line; a wider pane passes more characters and shows more. Pure.
 */
public record SnippetWindow(String text, int hitStart, int hitEnd) {

    private static final String CUT = "…";

    /**
     * {@code snippet} with its hit at [{@code hitStart}, {@code hitEnd}), cut to about {@code chars} characters
     * (never through the hit, nor inside a surrogate pair); a snippet that fits is returned as it is.
     */
    public static SnippetWindow of(String snippet, int hitStart, int hitEnd, int chars) {
        if (snippet.length() <= chars) {
            return new SnippetWindow(snippet, hitStart, hitEnd);
        }
        int room = Math.max(0, chars - (hitEnd - hitStart) - 2); // two … at most
        int before = Math.min(hitStart, room / 3);
        int after = Math.min(snippet.length() - hitEnd, room - before);
        before = Math.min(hitStart, room - after); // a hit near the end gives its room to the context before it
        int from = hitStart - before;
        int to = hitEnd + after;
        if (from > 0 && Character.isLowSurrogate(snippet.charAt(from))) {
            from++;
        }
        if (to < snippet.length() && Character.isLowSurrogate(snippet.charAt(to))) {
            to--;
        }
        String head = from > 0 && !snippet.startsWith(CUT, from) ? CUT : "";
        String tail = to < snippet.length() && !snippet.startsWith(CUT, to - 1) ? CUT : "";
        String text = head + snippet.substring(from, to) + tail;
        return new SnippetWindow(text, hitStart - from + head.length(), hitEnd - from + head.length());
    }
}
