package jingdu.model;

import java.util.List;

/**
 * A whole comparison: the older side's speeches (one, or a collection's), the newer speech, and the rows in the
 * newer speech's order, then the {@link TaskChange#DROPPED} rows in the older side's order.
 */
public record Comparison(List<Long> olderSpeechIds, long newerSpeechId, List<AlignedObligation> rows) {

    public Comparison {
        olderSpeechIds = List.copyOf(olderSpeechIds);
        rows = List.copyOf(rows);
    }

    /** How many rows have this change. */
    public long count(TaskChange change) {
        return rows.stream().filter(r -> r.change() == change).count();
    }

    public long strengthened() {
        return rows.stream().filter(AlignedObligation::strengthened).count();
    }

    public long weakened() {
        return rows.stream().filter(AlignedObligation::weakened).count();
    }
}
