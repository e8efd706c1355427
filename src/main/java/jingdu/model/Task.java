package jingdu.model;

import java.util.List;

/**
 * One task of the board: an obligation of a speech as the user decided it (the corrected view), anchored to
 * its text by offsets and quote, with the user's {@link TaskState}. The obligation's own facts (strength,
 * sectors, levels, duty bearer, deadline text) are copied from the analysis when the board is brought up to
 * date; {@code inText} is false for a task the user worked on whose text the analysis no longer marks.
 */
public record Task(long id, long speechId, int start, int end, String quote, int paragraph, Strength strength,
                   List<String> sectors, List<Level> levels, boolean levelsSuggested, String actor, String deadline,
                   boolean inText, TaskState state) {

    public Task {
        sectors = sectors == null ? List.of() : List.copyOf(sectors);
        levels = levels == null ? List.of() : List.copyOf(levels);
        state = state == null ? TaskState.INITIAL : state;
    }

    public Task withState(TaskState s) {
        return new Task(id, speechId, start, end, quote, paragraph, strength, sectors, levels, levelsSuggested, actor,
                deadline, inText, s);
    }
}
