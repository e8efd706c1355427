package jingdu.model;

/** A tag on the passage [start, end) of a speech's canonical text. */
public record PassageTag(long id, long speechId, int start, int end, String tagId, String createdAt) {
}
