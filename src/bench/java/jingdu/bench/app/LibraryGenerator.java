package jingdu.bench.app;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import jingdu.analysis.SpeechAnalyzer;
import jingdu.app.Library;
import jingdu.app.search.Search;
import jingdu.model.Analysis;
import jingdu.model.Level;
import jingdu.store.SearchIndex;

/**
 * Generated libraries for the benches: speeches recombined from the corpus sentences (fixed seed, so the
 * same size always gives the same library), written in batched transactions with their search index,
 * engine facts and about 1 % of paragraphs tagged with a level.
 */
public final class LibraryGenerator {

    private static final long SEED = 20240601L;
    private static final int BATCH = 250;

    /** Extra rows a bench writes beside each generated speech, in the same transaction. */
    @FunctionalInterface
    public interface Extra {
        void write(Connection c, long speechId, List<String> paragraphs) throws SQLException;
    }

    private final List<String> sentences;
    private final Map<String, Set<String>> sentenceSectors = new HashMap<>();
    private final Map<String, Set<String>> sentenceLevels = new HashMap<>();

    private LibraryGenerator(List<String> sentences, SpeechAnalyzer engine) {
        this.sentences = sentences;
        // facts per sentence: the engine reads each distinct sentence once, not 30 MB of recombinations
        for (String s : sentences) {
            Analysis a = engine.analyze(s);
            sentenceSectors.put(s, Search.sectorsByParagraph(a).getOrDefault(0, Set.of()));
            sentenceLevels.put(s, Search.levelsByParagraph(a).getOrDefault(0, Set.of()));
        }
    }

    /** Sentences of every {@code .txt} under {@code corpus}, in a stable order. */
    public static LibraryGenerator fromCorpus(Path corpus, SpeechAnalyzer engine) throws IOException {
        return new LibraryGenerator(CorpusText.sentences(corpus), engine);
    }

    /** The distinct corpus sentences speeches are made of. */
    public List<String> sentences() {
        return sentences;
    }

    /** Writes {@code size} speeches into the library; returns how many characters of text they hold. */
    public long generate(Library library, int size) {
        return generate(library, size, (c, id, paragraphs) -> { });
    }

    /** As {@link #generate(Library, int)}, calling {@code extra} for each speech inside its batch's transaction. */
    public long generate(Library library, int size, Extra extra) {
        Random r = new Random(SEED);
        Instant first = LocalDate.of(2023, 1, 1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant();
        long spacing = Duration.ofDays(730).toSeconds() / Math.max(1, size);
        long chars = 0;
        for (int done = 0; done < size; done += BATCH) {
            int from = done;
            int to = Math.min(size, done + BATCH);
            chars += library.database().inTransaction(c -> {
                long n = 0;
                for (int i = from; i < to; i++) {
                    n += insertSpeech(c, r, i, first.plusSeconds(i * spacing), extra);
                }
                return n;
            });
        }
        // a library the user has had for a while has its index merged in the background: time that one
        library.database().inTransaction(c -> {
            SearchIndex.mergeAll(c);
            return null;
        });
        return chars;
    }

    private long insertSpeech(Connection c, Random r, int i, Instant importedAt, Extra extra) throws SQLException {
        List<String> paragraphs = new ArrayList<>();
        Map<Integer, Set<String>> sectors = new TreeMap<>();
        Map<Integer, Set<String>> levels = new TreeMap<>();
        paragraphs.add("模拟讲话第" + (i + 1) + "号");
        int count = 20 + r.nextInt(21);
        for (int p = 1; p <= count; p++) {
            StringBuilder b = new StringBuilder();
            Set<String> sec = new TreeSet<>();
            Set<String> lev = new TreeSet<>();
            for (int k = 1 + r.nextInt(4); k > 0; k--) {
                String s = sentences.get(r.nextInt(sentences.size()));
                b.append(s);
                sec.addAll(sentenceSectors.get(s));
                lev.addAll(sentenceLevels.get(s));
            }
            paragraphs.add(b.toString());
            if (!sec.isEmpty()) {
                sectors.put(p, sec);
            }
            if (!lev.isEmpty()) {
                levels.put(p, lev);
            }
        }
        String text = String.join("\n", paragraphs);
        long id;
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO speech(title, source_name, text, imported_at, paragraph_count) VALUES (?,?,?,?,?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, paragraphs.get(0));
            ps.setString(2, "bench-" + i + ".txt");
            ps.setString(3, text);
            ps.setString(4, importedAt.toString());
            ps.setInt(5, paragraphs.size());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        SearchIndex.indexSpeech(c, id, text);
        SearchIndex.putFacts(c, id, sectors, levels);
        try (PreparedStatement tag = c.prepareStatement(
                "INSERT INTO paragraph_tag(speech_id, paragraph, level, created_at) VALUES (?,?,?,?)")) {
            for (int p = 0; p < paragraphs.size(); p++) {
                if (r.nextInt(100) == 0) { // about 1 % of paragraphs carry a user tag
                    tag.setLong(1, id);
                    tag.setInt(2, p);
                    tag.setString(3, Level.values()[r.nextInt(3)].id());
                    tag.setString(4, importedAt.toString());
                    tag.addBatch();
                }
            }
            tag.executeBatch();
        }
        extra.write(c, id, paragraphs);
        return text.length();
    }
}
