package jingdu.model;

import java.time.Instant;

/**
 * A word the user decided for every speech (a sector correction made "everywhere"): {@code term} names
 * {@code sector}, or, with {@code sector} null, names no sector at all. Feeds the engine like a line of
 * the user's {@code lexicon.tsv} ({@code term<TAB>sector} or {@code term<TAB>-}), and wins over it.
 */
public record UserTerm(String term, String sector, Instant createdAt) {

    /** The line of the {@code lexicon.tsv} format that says the same. */
    public String lexiconLine() {
        return term + "\t" + (sector == null ? "-" : sector);
    }
}
