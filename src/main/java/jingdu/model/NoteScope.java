package jingdu.model;

import java.util.Optional;

/** What a note is attached to: a passage of text, a whole paragraph, or the whole speech. */
public enum NoteScope {
    PASSAGE("passage"),
    PARAGRAPH("paragraph"),
    SPEECH("speech");

    private final String id;

    NoteScope(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<NoteScope> fromId(String id) {
        for (NoteScope s : values()) {
            if (s.id.equals(id)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
