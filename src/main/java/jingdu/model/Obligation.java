package jingdu.model;

/**
 * A directive sentence or clause, [start, end) into the analysed text.
 * {@code actor} and {@code deadline} are the duty bearer and time limit when the engine finds them, else null.
 */
public record Obligation(int start, int end, Strength strength, String actor, String deadline) {

    public Obligation(int start, int end, Strength strength) {
        this(start, end, strength, null, null);
    }
}
