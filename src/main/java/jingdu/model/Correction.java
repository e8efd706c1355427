package jingdu.model;

import java.time.Instant;

/**
 * The user's decision on something the engine marked (or missed) in one speech. Anchored to the text by
 * [start, end) and the text found there ({@code quote}), so it survives a new engine version and can be
 * found again, or listed as needing a look, when offsets no longer hold it.
 */
public record Correction(long id, long speechId, CorrectionKind kind, int start, int end, String quote, String value,
                         Instant createdAt) {

    public Correction withId(long newId) {
        return new Correction(newId, speechId, kind, start, end, quote, value, createdAt);
    }

    /** True when this correction and {@code other} decide the same question (a newer one replaces the older). */
    public boolean sameQuestion(Correction other) {
        return speechId == other.speechId && start == other.start && end == other.end
                && group(kind) == group(other.kind)
                // each rejected level is a question of its own
                && (kind != CorrectionKind.REJECT_LEVEL || java.util.Objects.equals(value, other.value));
    }

    /** Kinds that answer one question: is it a task (and how strong), who, by when, which sector. */
    private static int group(CorrectionKind k) {
        return switch (k) {
            case DISMISS_OBLIGATION, ADD_OBLIGATION, SET_STRENGTH -> 0;
            case SET_ACTOR -> 1;
            case SET_DEADLINE -> 2;
            case DISMISS_SECTOR, SET_SECTOR -> 3;
            case REJECT_LEVEL -> 4;
        };
    }
}
