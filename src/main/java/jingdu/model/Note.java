package jingdu.model;

import java.time.Instant;

/**
 * A user's note. A passage note covers [start, end) of the speech's canonical text; a paragraph note
 * covers its paragraph's range and names the paragraph; a speech note has start = end = 0 and
 * paragraph -1. {@code colour} is a {@link TagPalette} key, or null for the default note colour.
 */
public record Note(long id, long speechId, int start, int end, String quote, String body,
                   Instant createdAt, Instant updatedAt, NoteScope scope, int paragraph, String colour) {

    /** A passage note in the default colour. */
    public Note(long id, long speechId, int start, int end, String quote, String body,
                Instant createdAt, Instant updatedAt) {
        this(id, speechId, start, end, quote, body, createdAt, updatedAt, NoteScope.PASSAGE, -1, null);
    }

    public Note withBody(String newBody, String newColour, Instant now) {
        return new Note(id, speechId, start, end, quote, newBody, createdAt, now, scope, paragraph, newColour);
    }

    public Note withId(long newId) {
        return new Note(newId, speechId, start, end, quote, body, createdAt, updatedAt, scope, paragraph, colour);
    }
}
