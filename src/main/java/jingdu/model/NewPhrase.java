package jingdu.model;

/**
 * A word or phrase first appearing in the newer speech: none of the earlier speeches of the library has it.
 * {@code start}/{@code end}: its first occurrence in the newer speech's text; {@code count}: occurrences there;
 * {@code score}: rank key (higher first); {@code sentence}: the sentence holding the first occurrence.
 */
public record NewPhrase(String phrase, int start, int end, int count, double score, String sentence) {
}
