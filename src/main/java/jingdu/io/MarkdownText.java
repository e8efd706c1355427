package jingdu.io;

import java.util.regex.Pattern;

/**
 * Makes user text inert inside Markdown: no HTML, no emphasis or links, and no line that turns into a
 * heading, list, quote, rule or code block. The text still reads the same when rendered.
 */
public final class MarkdownText {

    private static final Pattern ORDERED_LIST = Pattern.compile("^(\\d{1,9})([.)])");
    private static final String LEADING_MARKERS = "#-+=~|";

    private MarkdownText() {
    }

    /** One line of text: line breaks become spaces. */
    public static String line(String text) {
        return escapeLine(text.replace("\r", "").replace('\n', ' '));
    }

    /** Text that may span lines; each line is escaped and kept as a hard line break. */
    public static String block(String text) {
        String[] lines = text.replace("\r", "").split("\n", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append("  \n"); // two spaces: a hard break, so the user's line breaks survive
            }
            out.append(escapeLine(lines[i]));
        }
        return out.toString();
    }

    /** Each line prefixed with "> ", escaped. */
    public static String quote(String text) {
        String[] lines = text.replace("\r", "").split("\n", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append("  \n");
            }
            out.append("> ").append(escapeLine(lines[i]));
        }
        return out.toString();
    }

    private static String escapeLine(String raw) {
        // Leading ASCII blanks would make an indented code block; U+3000 indentation is kept.
        String s = raw.stripTrailing().replaceFirst("^[ \\t]+", "");
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '\\', '*', '_', '`', '[', ']' -> b.append('\\').append(c);
                default -> b.append(c);
            }
        }
        if (!b.isEmpty() && LEADING_MARKERS.indexOf(b.charAt(0)) >= 0) {
            b.insert(0, '\\');
        }
        return ORDERED_LIST.matcher(b).replaceFirst("$1\\\\$2");
    }
}
