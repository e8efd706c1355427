package jingdu.model;

/** How an obligation stands between the older side of a comparison and the newer speech. */
public enum TaskChange {
    /** 新增: only the newer speech has it. */
    NEW,
    /** 延续: the newer speech says it again, perhaps in other words or with another strength. */
    CONTINUED,
    /** 未再提及: the older side has it and the newer speech no longer does. */
    DROPPED;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
