package jingdu.model;

/** A tag (built-in level or user tag, by id) on one paragraph of a speech. */
public record ParagraphTag(long speechId, int paragraph, String tagId, String createdAt) {
}
