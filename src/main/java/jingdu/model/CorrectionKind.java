package jingdu.model;

/**
 * What a user's correction of the engine says. Obligation and sector corrections are anchored to a span of
 * the text; a level rejection to a paragraph's span. {@code value} of a {@link Correction} holds, by kind:
 * a strength id, an actor or deadline text, a sector id, a level id, or nothing.
 */
public enum CorrectionKind {
    /** 不是工作要求: the engine's obligation on this span is gone. */
    DISMISS_OBLIGATION("dismissObligation", false),
    /** 设为工作要求: an obligation the engine missed; value = strength id. */
    ADD_OBLIGATION("addObligation", true),
    /** The obligation's strength; value = strength id. */
    SET_STRENGTH("strength", true),
    /** The obligation's duty bearer (责任主体); value = the text, or null for "none". */
    SET_ACTOR("actor", false),
    /** The obligation's deadline (完成时限); value = the text, or null for "none". */
    SET_DEADLINE("deadline", false),
    /** 不是该行业: the sector marks on this span are gone. */
    DISMISS_SECTOR("dismissSector", false),
    /** 改为…/标为行业…: this span mentions the sector given as value (replacing the engine's). */
    SET_SECTOR("sector", true),
    /** A level the engine suggested for the paragraph, rejected; value = level id. */
    REJECT_LEVEL("rejectLevel", true);

    private final String id;
    private final boolean needsValue;

    CorrectionKind(String id, boolean needsValue) {
        this.id = id;
        this.needsValue = needsValue;
    }

    /** The stable id stored in the library and the exchange file. */
    public String id() {
        return id;
    }

    /** True when a correction of this kind is meaningless without a value. */
    public boolean needsValue() {
        return needsValue;
    }

    /** True for the kinds that change an obligation (the others change sectors or levels). */
    public boolean onObligation() {
        return this == DISMISS_OBLIGATION || this == ADD_OBLIGATION || this == SET_STRENGTH || this == SET_ACTOR
                || this == SET_DEADLINE;
    }

    public static CorrectionKind fromId(String id) {
        for (CorrectionKind k : values()) {
            if (k.id.equals(id)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown correction kind: " + id);
    }
}
