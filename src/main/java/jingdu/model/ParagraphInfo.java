package jingdu.model;

import java.util.List;

/**
 * One paragraph of the analysed text: a non-blank line, [start, end) covering its stripped text.
 * {@code heading} is 0 for body text, 1 for 一、, 2 for （一）, 3 for 1. / 一是 style headings.
 */
public record ParagraphInfo(int index, int start, int end, int heading, List<LevelSuggestion> suggestions) {

    public ParagraphInfo {
        suggestions = List.copyOf(suggestions);
    }

    /** The same paragraph with other suggestions (the user rejected some). */
    public ParagraphInfo withSuggestions(List<LevelSuggestion> kept) {
        return new ParagraphInfo(index, start, end, heading, kept);
    }

    public List<Level> levels() {
        return suggestions.stream().map(LevelSuggestion::level).toList();
    }
}
