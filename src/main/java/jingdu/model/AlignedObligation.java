package jingdu.model;

import java.util.List;

/**
 * One row of a comparison: {@code older} is null for {@link TaskChange#NEW}, {@code newer} is null for
 * {@link TaskChange#DROPPED}. {@code similarity} is in [0, 1] (1 for identical wording); {@code wording} is the
 * word-level difference, empty unless {@link TaskChange#CONTINUED}.
 */
public record AlignedObligation(TaskChange change, ComparedObligation older, ComparedObligation newer,
                                double similarity, List<WordingPiece> wording) {

    public AlignedObligation {
        wording = wording == null ? List.of() : List.copyOf(wording);
    }

    /** Continued and said more strongly than before (要 → 必须). */
    public boolean strengthened() {
        return change == TaskChange.CONTINUED && older.strength() != null && newer.strength() != null
                && newer.strength().strongerThan(older.strength());
    }

    /** Continued and said less strongly than before (必须 → 要). */
    public boolean weakened() {
        return change == TaskChange.CONTINUED && older.strength() != null && newer.strength() != null
                && older.strength().strongerThan(newer.strength());
    }

    /** Continued with other words (the pieces hold something added or removed). */
    public boolean reworded() {
        return wording.stream().anyMatch(p -> p.kind() != WordingPiece.Kind.SAME);
    }
}
