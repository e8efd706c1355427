package jingdu.model;

import java.util.List;

/**
 * An obligation's facts as the corrected analysis gives them, the part of a {@link Task} that the board copies
 * from the speech and refreshes when the speech, its corrections or its level tags change.
 */
public record TaskFacts(int start, int end, String quote, int paragraph, Strength strength, List<String> sectors,
                        List<Level> levels, boolean levelsSuggested, String actor, String deadline) {

    public TaskFacts {
        sectors = sectors == null ? List.of() : List.copyOf(sectors);
        levels = levels == null ? List.of() : List.copyOf(levels);
    }
}
