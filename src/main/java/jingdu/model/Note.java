package jingdu.model;

import java.time.Instant;

/** A user's note on the passage [start, end) of a speech's canonical text. */
public record Note(long id, long speechId, int start, int end, String quote, String body,
                   Instant createdAt, Instant updatedAt) {
}
