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

    public boolean strongerThan(Strength other) {
        return compareTo(other) > 0;
    }
}
