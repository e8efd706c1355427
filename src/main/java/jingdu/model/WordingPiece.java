package jingdu.model;

/** A piece of the word-level difference between a continued obligation's older and newer wording. */
public record WordingPiece(Kind kind, String text) {

    public enum Kind {
        /** In both wordings. */
        SAME,
        /** Only in the newer wording. */
        ADDED,
        /** Only in the older wording. */
        REMOVED
    }
}
