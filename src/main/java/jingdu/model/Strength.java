package jingdu.model;

import java.util.Locale;

/** How strongly an obligation binds (guide section 3); declared weakest first so ordinal compares strength. */
public enum Strength {
    ADVISORY,
    REQUIRED,
    MANDATORY;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The strength with this {@link #id()}, if any. */
    public static java.util.Optional<Strength> fromId(String id) {
        for (Strength s : values()) {
            if (s.id().equals(id)) {
                return java.util.Optional.of(s);
            }
        }
        return java.util.Optional.empty();
    }

    public boolean strongerThan(Strength other) {
        return compareTo(other) > 0;
    }
}
