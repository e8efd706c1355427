package jingdu.model;

import java.time.Instant;

/**
 * A stored speech. {@code text} is the canonical form: one paragraph per line, each line stripped,
 * no blank lines, so paragraph i of the text is line i in the reader.
 */
public record Speech(long id, String title, String sourceName, String text, Instant importedAt, int paragraphCount) {
}
