package jingdu.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import jingdu.model.Speech;
import jingdu.model.SpeechMeta;

/**
 * One import transaction: speeches written with their search index and the engine's facts, so nothing
 * is analysed again afterwards (decision 0005). A text already in the library, or earlier in the same
 * transaction, is left out unless duplicates are allowed: the same text once spacing, line breaks and
 * character width are left out ({@link TextHash#normalized}), so another file format of it is no new speech.
 */
public final class SpeechBatch {

    /** What the engine found in a speech, for the catalogue and the search filters. */
    public record Facts(Set<String> sectors, SpeechMeta found, Map<Integer, Set<String>> sectorsByParagraph,
                        Map<Integer, Set<String>> levelsByParagraph) {
    }

    /**
     * A speech ready to be stored; {@code facts} may be null (the library's later pass fills them).
     * {@code formerText}, when not null, is the same speech as stored before its paragraph breaks were
     * put back on import: a duplicate too. {@code sourcePath} is the file's full path, or null.
     */
    public record NewSpeech(String title, String sourceName, String sourcePath, String text, int paragraphs,
                            String textHash, String normalizedHash, Facts facts, String formerText) {
        public NewSpeech(String title, String sourceName, String text, int paragraphs, String textHash, Facts facts) {
            this(title, sourceName, null, text, paragraphs, textHash, TextHash.normalized(text), facts, null);
        }
    }

    /** The speeches written, and for each one left out (by its place in the batch) the title it repeats. */
    public record Written(List<Speech> speeches, Map<Integer, String> duplicates) {
    }

    private SpeechBatch() {
    }

    /** Writes {@code batch} in one transaction: all of it, or none. */
    public static Written write(Database db, List<NewSpeech> batch, boolean allowDuplicates) {
        return db.inTransaction(c -> write(c, batch, allowDuplicates));
    }

    /** Rows and facts of every speech first, then all their search tokens in ascending id ({@link SearchIndex#indexRows}). */
    private static Written write(Connection c, List<NewSpeech> batch, boolean allowDuplicates) throws SQLException {
        List<Speech> out = new ArrayList<>(batch.size());
        Map<Integer, String> duplicates = new TreeMap<>();
        for (int k = 0; k < batch.size(); k++) {
            NewSpeech d = batch.get(k);
            if (!allowDuplicates) {
                // the normalised text: the same speech from a .txt, a .docx and a .pdf is one speech
                Optional<String> existing = SpeechRepository.titleWithNormalizedText(c, d.normalizedHash());
                if (existing.isEmpty() && d.formerText() != null) {
                    String former = TextHash.normalized(d.formerText());
                    if (!former.equals(d.normalizedHash())) {
                        existing = SpeechRepository.titleWithNormalizedText(c, former);
                    }
                }
                if (existing.isPresent()) {
                    duplicates.put(k, existing.get());
                    continue;
                }
            }
            Instant now = Instant.now();
            long id = SpeechRepository.insertRow(c, new SpeechRepository.Row(d.title(), d.sourceName(), d.sourcePath(),
                    d.text(), d.textHash(), d.normalizedHash(), d.paragraphs()), now);
            SearchIndex.indexRows(c, id, d.text());
            Facts f = d.facts();
            if (f != null) {
                SearchIndex.putFacts(c, id, f.sectorsByParagraph(), f.levelsByParagraph());
                LibraryEntryRepository.index(c, id, f.sectors(), f.found());
            }
            out.add(new Speech(id, d.title(), d.sourceName(), d.text(), now, d.paragraphs()));
        }
        for (Speech s : out) {
            SearchIndex.indexGrams(c, s.id(), s.text());
        }
        SearchIndex.mergeInBulk(c); // a bulk write merges as it goes, inside its own transaction (decision 0006)
        return new Written(out, duplicates);
    }
}
