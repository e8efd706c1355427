package jingdu.model;

import java.time.Instant;

/** A library row: what the list shows without loading the text. */
public record SpeechSummary(long id, String title, Instant importedAt, int paragraphCount) {
}
