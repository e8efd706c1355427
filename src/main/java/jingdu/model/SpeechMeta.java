package jingdu.model;

/**
 * What the user (or the engine, at import) records about a speech besides its text. Every field but
 * {@code title} may be null. {@code govLevel} is the level of government speaking: 省, 市, 县, 区, 州, 乡 ….
 * {@code date} is ISO-like where it could be read ("2024-03-06", "2024-03", "2024"), else as typed.
 */
public record SpeechMeta(String title, String speaker, String date, String place, String govLevel,
                         String meeting, String source) {
}
