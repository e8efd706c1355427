package jingdu.model;

import java.util.Optional;

/** The three tiers of work-safety responsibility a paragraph can address (guide section 4). */
public enum Level {
    LEADERSHIP("leadership"),
    SUPERVISION("supervision"),
    ENTERPRISE("enterprise");

    private final String id;

    Level(String id) {
        this.id = id;
    }

    /** Stable id used in JSON, the database and message keys. */
    public String id() {
        return id;
    }

    public static Optional<Level> fromId(String id) {
        for (Level level : values()) {
            if (level.id.equals(id)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
