package jingdu.model;

import java.util.List;

/**
 * One obligation as compared: its speech, paragraph index, [start, end) into that speech's text, and its facts
 * from the corrected view (the same obligations the task board lists). {@code strength}, {@code actor} and
 * {@code deadline} may be null.
 */
public record ComparedObligation(long speechId, int paragraph, int start, int end, String text, Strength strength,
                                 List<String> sectors, String actor, String deadline) {

    public ComparedObligation {
        text = text == null ? "" : text;
        sectors = sectors == null ? List.of() : List.copyOf(sectors);
    }
}
