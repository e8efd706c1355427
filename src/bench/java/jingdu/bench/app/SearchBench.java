package jingdu.bench.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

import jingdu.analysis.SpeechAnalyzer;
import jingdu.app.Library;
import jingdu.app.search.Search;
import jingdu.app.search.SearchQuery;
import jingdu.model.Level;

/**
 * Search speed on generated libraries: speeches recombined from the corpus sentences (fixed seed),
 * written in batched transactions into a fresh file, then every query class timed through
 * {@link Search#search} (ids, then snippets for the page), beside raw baselines in the same run:
 * the bare FTS5 count, a trigram FTS5 table over the same paragraphs, and a {@code LIKE} scan.
 */
public final class SearchBench {

    /** The (token, doc) contrast table has ~230 rows per paragraph: built for small libraries only. */
    private static final int INVERTED_MAX = 2000;

    private final LibraryGenerator generator;
    private final List<String> sentences;
    private final Consumer<String> out;

    private SearchBench(LibraryGenerator generator, Consumer<String> out) {
        this.generator = generator;
        this.sentences = generator.sentences();
        this.out = out;
    }

    /** Sentences of every {@code .txt} under {@code corpus}, in a stable order. */
    public static SearchBench fromCorpus(Path corpus, SpeechAnalyzer engine, Consumer<String> out) throws IOException {
        return new SearchBench(LibraryGenerator.fromCorpus(corpus, engine), out);
    }

    /** Generates {@code size} speeches into {@code file}, then times the queries {@code iterations} times each. */
    public void run(int size, Path file, int iterations) throws Exception {
        try (Library library = Library.open(file)) {
            long t0 = System.nanoTime();
            long chars = generate(library, size);
            double seconds = (System.nanoTime() - t0) / 1e9;
            out.accept(String.format("library  speeches=%d  text=%.1f M chars  paragraphs=%d  build=%.1f s  file=%.0f MB%s",
                    size, chars / 1e6, count(library, "SELECT count(*) FROM search_doc"), seconds,
                    Files.size(file) / 1e6 + walSize(file), sizes(library)));
            Search search = new Search(library);
            List<Term> terms = terms();
            SearchQuery filtered = filters(library);
            out.accept("query    class                   median ms   p95 ms   (n)   terms");
            for (int len : new int[] {1, 2, 3, 4}) {
                List<Term> cls = terms.stream().filter(t -> len < 4 ? t.text().length() == len : t.text().length() >= 4).toList();
                String label = len < 4 ? len + " char" + (len > 1 ? "s" : "") : "4+ chars";
                List<String> shown = cls.stream().map(Term::toString).toList();
                report("search   " + label, time(iterations, cls, t -> search.search(SearchQuery.of(t.text()))), shown);
                report("search   " + label + " +filters", time(iterations, cls,
                        t -> search.search(new SearchQuery(t.text(), filtered.sectors(), Set.of(), Set.of(), filtered.from(), null, 0))),
                        List.of(describe(filtered)));
                report("search   " + label + " +tag", time(iterations, cls,
                        t -> search.search(SearchQuery.of(t.text()).withTags(Set.of(Level.SUPERVISION)))), List.of("tag=supervision"));
                report("raw      " + label + " FTS5 MATCH count", time(iterations, cls, t -> ftsCount(library, t.text())), List.of());
                if (inverted && len <= 2) {
                    report("raw      " + label + " inverted table page", time(iterations, cls, t -> invertedPage(library, t.text())), List.of());
                    report("raw      " + label + " inverted table count", time(iterations, cls, t -> invertedCount(library, t.text())), List.of());
                }
                if (len >= 3) { // the trigram tokenizer cannot match fewer than three characters at all
                    report("raw      " + label + " trigram MATCH page", time(iterations, cls, t -> trigramPage(library, t.text())), List.of());
                }
                report("raw      " + label + " LIKE scan count", time(Math.min(3, iterations), cls, t -> likeCount(library, t.text())), List.of());
            }
        }
    }

    // ---- generation ----------------------------------------------------------------------------

    private boolean inverted;

    private long generate(Library library, int size) {
        inverted = size <= INVERTED_MAX;
        library.database().inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE VIRTUAL TABLE IF NOT EXISTS bench_trigram USING fts5(text, content='', tokenize='trigram')");
                if (inverted) {
                    s.execute("CREATE TABLE IF NOT EXISTS bench_inverted(token TEXT NOT NULL, doc INTEGER NOT NULL,"
                            + " PRIMARY KEY (token, doc)) WITHOUT ROWID");
                }
            }
            return null;
        });
        return generator.generate(library, size, this::contrast);
    }

    /** The contrast tables' rows for one generated speech. */
    private void contrast(Connection c, long id, List<String> paragraphs) throws SQLException {
        try (PreparedStatement tri = c.prepareStatement("INSERT INTO bench_trigram(rowid, text) VALUES (?,?)")) {
            for (int p = 0; p < paragraphs.size(); p++) {
                tri.setLong(1, (id << 32) | (0xFFFFFFFFL - p));
                tri.setString(2, paragraphs.get(p));
                tri.addBatch();
            }
            tri.executeBatch();
        }
        if (inverted) {
            try (PreparedStatement inv = c.prepareStatement("INSERT OR IGNORE INTO bench_inverted(token, doc) VALUES (?,?)")) {
                for (int p = 0; p < paragraphs.size(); p++) {
                    String para = paragraphs.get(p);
                    Set<String> grams = new TreeSet<>();
                    for (int k = 0; k < para.length(); k++) {
                        grams.add(para.substring(k, k + 1));
                        if (k + 1 < para.length()) {
                            grams.add(para.substring(k, k + 2));
                        }
                    }
                    for (String g : grams) {
                        inv.setString(1, g);
                        inv.setLong(2, (id << 32) | (0xFFFFFFFFL - p));
                        inv.addBatch();
                    }
                }
                inv.executeBatch();
            }
        }
    }

    // ---- queries -------------------------------------------------------------------------------

    /** A query term and the number of corpus sentences that contain it. */
    record Term(String text, int sentences) {
        @Override
        public String toString() {
            return text + "(" + sentences + ")";
        }
    }

    /** For each length 1, 2, 3, 4 and 6: the most common Chinese n-gram of the corpus and a rare one. */
    List<Term> terms() {
        List<Term> out = new ArrayList<>();
        for (int n : new int[] {1, 2, 3, 4, 6}) {
            Map<String, Integer> freq = new TreeMap<>();
            for (String s : sentences) {
                Set<String> seen = new TreeSet<>();
                for (int i = 0; i + n <= s.length(); i++) {
                    String g = s.substring(i, i + n);
                    if (g.chars().allMatch(ch -> ch >= 0x4E00 && ch <= 0x9FFF)) {
                        seen.add(g);
                    }
                }
                seen.forEach(g -> freq.merge(g, 1, Integer::sum));
            }
            var common = freq.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
            var rare = freq.entrySet().stream().filter(e -> e.getValue() == 1).findFirst().orElseThrow();
            out.add(new Term(common.getKey(), common.getValue()));
            out.add(new Term(rare.getKey(), rare.getValue()));
        }
        return out;
    }

    /** A sector filter (the second most frequent sector) and the newer half of the library. */
    private SearchQuery filters(Library library) {
        String sector = library.database().read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT sector FROM search_sector GROUP BY sector ORDER BY count(*) DESC LIMIT 2")) {
                String pick = null;
                while (rs.next()) {
                    pick = rs.getString(1);
                }
                return pick;
            }
        });
        LocalDate from = LocalDate.of(2024, 1, 1);
        return new SearchQuery("", sector == null ? Set.of() : Set.of(sector), Set.of(), Set.of(), from, null, 0);
    }

    private static String describe(SearchQuery q) {
        return "sector=" + String.join(",", q.sectors()) + " from=" + q.from();
    }

    private interface Probe {
        void run(Term t) throws Exception;
    }

    private static double[] time(int iterations, List<Term> terms, Probe probe) throws Exception {
        List<Double> ms = new ArrayList<>();
        for (Term t : terms) {
            probe.run(t); // warm the page cache and the statement
            for (int i = 0; i < iterations; i++) {
                long t0 = System.nanoTime();
                probe.run(t);
                ms.add((System.nanoTime() - t0) / 1e6);
            }
        }
        return ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    private void report(String label, double[] sorted, List<String> detail) {
        double median = sorted[sorted.length / 2];
        double p95 = sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.95) - 1)];
        out.accept(String.format("%-48s %9.2f %8.2f %5d   %s", label, median, p95, sorted.length, String.join(" ", detail)));
    }

    private static void ftsCount(Library library, String term) {
        boolean one = term.length() == 1;
        String expr = '"' + (one ? jingdu.store.SearchGrams.unigrams(term) : jingdu.store.SearchGrams.bigrams(term)) + '"';
        String table = one ? "search_uni" : "search_bi";
        library.database().read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM " + table + " WHERE " + table + " MATCH ?")) {
                ps.setString(1, expr);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    private static void trigramPage(Library library, String term) {
        library.database().read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT rowid FROM bench_trigram WHERE bench_trigram MATCH ? ORDER BY rowid DESC LIMIT 21")) {
                ps.setString(1, '"' + term.replace("\"", "\"\"") + '"');
                try (ResultSet rs = ps.executeQuery()) {
                    int n = 0;
                    while (rs.next()) {
                        n++;
                    }
                    return n;
                }
            }
        });
    }

    private static void invertedPage(Library library, String term) {
        library.database().read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT doc FROM bench_inverted WHERE token = ? ORDER BY doc DESC LIMIT 21")) {
                ps.setString(1, term);
                try (ResultSet rs = ps.executeQuery()) {
                    int n = 0;
                    while (rs.next()) {
                        n++;
                    }
                    return n;
                }
            }
        });
    }

    private static void invertedCount(Library library, String term) {
        library.database().read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM bench_inverted WHERE token = ?")) {
                ps.setString(1, term);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    private static void likeCount(Library library, String term) {
        library.database().read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM speech WHERE text LIKE ?")) {
                ps.setString(1, "%" + term + "%");
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    private static long count(Library library, String sql) {
        return library.database().read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static double walSize(Path file) throws IOException {
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        return Files.exists(wal) ? Files.size(wal) / 1e6 : 0;
    }

    /** Sizes of the index tables, when this SQLite has the dbstat table. */
    private static String sizes(Library library) {
        try {
            Map<String, Long> bytes = library.database().read(c -> {
                Map<String, Long> m = new LinkedHashMap<>();
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                        "SELECT CASE WHEN name LIKE 'search_uni%' THEN 'unigram fts' WHEN name LIKE 'search_bi%' THEN 'bigram fts'"
                                + " WHEN name LIKE 'bench_trigram%' THEN 'trigram fts (contrast)'"
                                + " WHEN name = 'bench_inverted' THEN 'inverted table (contrast)'"
                                + " WHEN name LIKE 'search_%' THEN 'search_doc, facts, indexes'"
                                + " WHEN name = 'speech' THEN 'speech text' ELSE 'other' END, sum(pgsize) FROM dbstat GROUP BY 1")) {
                    while (rs.next()) {
                        m.put(rs.getString(1), rs.getLong(2));
                    }
                }
                return m;
            });
            StringBuilder b = new StringBuilder();
            bytes.forEach((k, v) -> b.append(String.format("%n         %-40s %7.1f MB", k, v / 1e6)));
            return b.toString();
        } catch (RuntimeException e) {
            return "";
        }
    }
}
