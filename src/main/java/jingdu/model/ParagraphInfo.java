package jingdu.model;

import java.util.List;

/**
 * One paragraph of the analysed text: a non-blank line, [start, end) covering its stripped text.
 * {@code heading} is 0 for body text, 1 for 一、, 2 for （一）, 3 for 1. / 一是 style headings.
 * The heading itself is [start, headingEnd): all of a heading paragraph, or only its first sentence when
 * the heading runs into its paragraph (一、风险上要再研判。夏季历来是…); {@code headingEnd == start} for body text.
 */
public record ParagraphInfo(int index, int start, int end, int heading, int headingEnd,
                            List<LevelSuggestion> suggestions) {

    public ParagraphInfo {
        suggestions = List.copyOf(suggestions);
        if (heading <= 0) {
            headingEnd = start;
        } else if (headingEnd <= start || headingEnd > end) {
            headingEnd = end; // a heading is never empty
        }
    }

    /** A paragraph whose heading, if any, is all of it. */
    public ParagraphInfo(int index, int start, int end, int heading, List<LevelSuggestion> suggestions) {
        this(index, start, end, heading, end, suggestions);
    }

    /** The same paragraph with other suggestions (the user rejected some). */
    public ParagraphInfo withSuggestions(List<LevelSuggestion> kept) {
        return new ParagraphInfo(index, start, end, heading, headingEnd, kept);
    }

    public List<Level> levels() {
        return suggestions.stream().map(LevelSuggestion::level).toList();
    }

    /** True for a heading followed by body text in the same paragraph. */
    public boolean runIn() {
        return heading > 0 && headingEnd < end;
    }

    /** The heading's text, empty for body text. */
    public String headingText(String text) {
        return text.substring(start, headingEnd);
    }

    /** The paragraph after its heading, leading spaces dropped: all of a body paragraph, empty for a whole-line heading. */
    public String bodyText(String text) {
        return text.substring(headingEnd, end).strip();
    }
}
