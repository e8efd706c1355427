package jingdu.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jingdu.store.SearchIndex.Criteria;
import jingdu.store.SearchIndex.Doc;

/**
 * Finds one page of {@link SearchIndex} rows for a query and its filters, choosing which side drives:
 * the text (FTS5 walks its doclist newest first and stops after the page) or, when a tag or sector
 * filter names few paragraphs and the walk would be long, those paragraphs (each checked against the
 * index by rowid). Every value the user typed is a bound parameter; the FTS5 expressions are built
 * from hex tokens only ({@link SearchGrams}).
 */
final class SearchFinder {

    /** Which side drives a filtered query: chosen by cost, or forced (tests compare both). */
    enum Plan { AUTO, TEXT, FILTER }

    private static final long LOW = 0xFFFFFFFFL;

    private final Database db;
    private final Plan plan;
    private long totalAtCommit = -1;
    private long totalDocs;

    SearchFinder(Database db, Plan plan) {
        this.db = db;
        this.plan = plan;
    }

    /** Only a filter with fewer candidate paragraphs than this is considered to drive the query. */
    static final int DRIVER_LIMIT = 4000;

    /** Up to {@code limit} rows from {@code offset}, in result order (descending row id). */
    List<Doc> find(Criteria q, int limit, int offset) {
        if (q.terms().isEmpty()) {
            return List.of();
        }
        return db.read(c -> {
            long[] bounds = rowidBounds(c, q);
            if (bounds == null) {
                return List.of();
            }
            List<String> shortTerms = q.terms().stream().filter(t -> SearchGrams.length(t) == 1).toList();
            List<String> longTerms = q.terms().stream().filter(t -> SearchGrams.length(t) > 1).toList();
            List<Object> args = new ArrayList<>();
            StringBuilder sql = new StringBuilder("SELECT d.id, d.speech_id, d.paragraph, d.note_id, d.start_offset, d.end_offset FROM ");
            String driver = plan == Plan.TEXT ? null : driver(c, q, plan == Plan.FILTER ? Integer.MAX_VALUE : DRIVER_LIMIT);
            if (driver != null && plan == Plan.AUTO && !filterIsCheaper(c, q, driver, limit + offset)) {
                driver = null;
            }
            String order;
            if (driver == null) {
                String fts = longTerms.isEmpty() ? "search_uni" : "search_bi";
                sql.append(fts).append(" CROSS JOIN search_doc d WHERE ").append(fts).append(" MATCH ? AND d.id = ")
                        .append(fts).append(".rowid AND ").append(fts).append(".rowid BETWEEN ? AND ?");
                args.add(longTerms.isEmpty() ? SearchGrams.unigramQuery(shortTerms) : SearchGrams.bigramQuery(longTerms));
                order = fts + ".rowid";
                if (!longTerms.isEmpty() && !shortTerms.isEmpty()) {
                    sql.append(" AND ").append(matches("search_uni"));
                }
            } else {
                sql.append("(").append(driver).append(") k CROSS JOIN search_doc d WHERE d.speech_id = k.speech_id")
                        .append(" AND d.paragraph = k.paragraph AND d.id BETWEEN ? AND ?");
                args.addAll(driverArgs(q, driver));
                order = "d.id";
                if (!longTerms.isEmpty()) {
                    sql.append(" AND ").append(matches("search_bi"));
                }
                if (!shortTerms.isEmpty()) {
                    sql.append(" AND ").append(matches("search_uni"));
                }
            }
            args.add(bounds[0]);
            args.add(bounds[1]);
            if (driver == null && !longTerms.isEmpty() && !shortTerms.isEmpty()) {
                args.add(SearchGrams.unigramQuery(shortTerms));
            } else if (driver != null) {
                if (!longTerms.isEmpty()) {
                    args.add(SearchGrams.bigramQuery(longTerms));
                }
                if (!shortTerms.isEmpty()) {
                    args.add(SearchGrams.unigramQuery(shortTerms));
                }
            }
            if (!q.sectors().isEmpty()) {
                sql.append(" AND EXISTS (SELECT 1 FROM search_sector s WHERE s.speech_id = d.speech_id AND s.paragraph = d.paragraph AND s.sector IN (")
                        .append(marks(q.sectors().size())).append("))");
                args.addAll(q.sectors());
            }
            if (!q.tags().isEmpty()) {
                sql.append(" AND ").append(tagged(q.tags().size()));
                args.addAll(q.tags());
            }
            if (!q.levels().isEmpty()) {
                sql.append(" AND (").append(tagged(q.levels().size()))
                        .append(" OR (NOT EXISTS (SELECT 1 FROM paragraph_tag t WHERE t.speech_id = d.speech_id AND t.paragraph = d.paragraph)")
                        .append(" AND EXISTS (SELECT 1 FROM search_level l WHERE l.speech_id = d.speech_id AND l.paragraph = d.paragraph AND l.level IN (")
                        .append(marks(q.levels().size())).append("))))");
                args.addAll(q.levels());
                args.addAll(q.levels());
            }
            if (q.from() != null || q.until() != null) {
                sql.append(" AND d.speech_id IN (SELECT id FROM speech WHERE imported_at >= ? AND imported_at < ?)");
                args.add(bound(q.from(), ""));
                args.add(bound(q.until(), "\uFFFF"));
            }
            sql.append(" ORDER BY ").append(order).append(" DESC LIMIT ? OFFSET ?");
            args.add(limit);
            args.add(offset);
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                bind(ps, args);
                List<Doc> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long note = rs.getLong(4);
                        Long noteId = rs.wasNull() ? null : note;
                        out.add(new Doc(rs.getLong(1), rs.getLong(2), rs.getInt(3), noteId, rs.getInt(5), rs.getInt(6)));
                    }
                }
                return out;
            }
        });
    }

    /**
     * Walking the text's matches costs a few microseconds each and stops after the page; checking one
     * candidate paragraph against the index costs a seek per token (~50 times more). The walk is
     * expected to cover min(term matches, page / filter selectivity) rows; the term matches are read
     * from the FTS5 vocabulary (for a phrase, its rarest bigram: an upper bound).
     */
    private boolean filterIsCheaper(Connection c, Criteria q, String driver, int needed) throws SQLException {
        long candidates = boundedCount(c, driver, driverValues(q, driver));
        long matches = Long.MAX_VALUE;
        for (String t : q.terms()) {
            boolean one = SearchGrams.length(t) == 1;
            String vocab = one ? "search_uni_vocab" : "search_bi_vocab";
            for (String token : (one ? SearchGrams.unigrams(t) : SearchGrams.bigrams(t)).split(" ")) {
                matches = Math.min(matches, documentsWith(c, vocab, token));
            }
        }
        long walk = Math.min(matches, needed * totalDocs(c) / Math.max(1, candidates));
        return candidates * 50 < walk;
    }

    private static long documentsWith(Connection c, String vocab, String token) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT doc FROM " + vocab + " WHERE term = ?")) {
            ps.setString(1, token);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    /** Indexed rows, counted once per change of the file. */
    private long totalDocs(Connection c) throws SQLException {
        long commits = db.commitCount();
        if (commits != totalAtCommit) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM search_doc")) {
                rs.next();
                totalDocs = rs.getLong(1);
            }
            totalAtCommit = commits;
        }
        return totalDocs;
    }

    private static String matches(String fts) {
        return "EXISTS (SELECT 1 FROM " + fts + " WHERE " + fts + " MATCH ? AND " + fts + ".rowid = d.id)";
    }

    private static final String TAG_DRIVER = "SELECT DISTINCT speech_id, paragraph FROM paragraph_tag WHERE level IN (%s)";
    private static final String SECTOR_DRIVER = "SELECT DISTINCT speech_id, paragraph FROM search_sector WHERE sector IN (%s)";

    /** The candidate-paragraph subquery of the most selective small filter, or null to let the text drive. */
    private static String driver(Connection c, Criteria q, int limit) throws SQLException {
        String best = null;
        int bestCount = limit;
        if (!q.tags().isEmpty()) {
            int n = boundedCount(c, String.format(TAG_DRIVER, marks(q.tags().size())), q.tags());
            if (n < bestCount) {
                best = String.format(TAG_DRIVER, marks(q.tags().size()));
                bestCount = n;
            }
        }
        if (!q.sectors().isEmpty()) {
            int n = boundedCount(c, String.format(SECTOR_DRIVER, marks(q.sectors().size())), q.sectors());
            if (n < bestCount) {
                best = String.format(SECTOR_DRIVER, marks(q.sectors().size()));
            }
        }
        return best;
    }

    private static List<Object> driverArgs(Criteria q, String driver) {
        return new ArrayList<>(driverValues(q, driver));
    }

    private static Set<String> driverValues(Criteria q, String driver) {
        return driver.contains("paragraph_tag") ? q.tags() : q.sectors();
    }

    /** Rows of {@code sql}, counted up to {@link #DRIVER_LIMIT} only. */
    private static int boundedCount(Connection c, String sql, Set<String> values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM (" + sql + " LIMIT " + DRIVER_LIMIT + ")")) {
            int i = 1;
            for (String v : values) {
                ps.setString(i++, v);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static String tagged(int n) {
        return "EXISTS (SELECT 1 FROM paragraph_tag t WHERE t.speech_id = d.speech_id AND t.paragraph = d.paragraph AND t.level IN ("
                + marks(n) + "))";
    }

    /** The doc-id range of the speeches imported in [from, until), or null when there are none. */
    private static long[] rowidBounds(Connection c, Criteria q) throws SQLException {
        if (q.from() == null && q.until() == null) {
            return new long[] {Long.MIN_VALUE, Long.MAX_VALUE};
        }
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT min(id), max(id) FROM speech WHERE imported_at >= ? AND imported_at < ?")) {
            ps.setString(1, bound(q.from(), ""));
            ps.setString(2, bound(q.until(), "\uFFFF"));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long min = rs.getLong(1);
                if (rs.wasNull()) {
                    return null;
                }
                long max = rs.getLong(2);
                return new long[] {min << 32, (max << 32) | LOW};
            }
        }
    }

    /**
     * Stored import times are {@code Instant.toString()}, whose fraction has 0, 3, 6 or 9 digits; a bound
     * written with all nine digits compares as text exactly as the instants compare.
     */
    private static String bound(Instant instant, String none) {
        return instant == null ? none : BOUND.format(instant);
    }

    private static final java.time.format.DateTimeFormatter BOUND =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(java.time.ZoneOffset.UTC);

    private static String marks(int n) {
        return String.join(",", java.util.Collections.nCopies(n, "?"));
    }

    private static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            Object a = args.get(i);
            if (a instanceof Long l) {
                ps.setLong(i + 1, l);
            } else if (a instanceof Integer n) {
                ps.setInt(i + 1, n);
            } else {
                ps.setString(i + 1, (String) a);
            }
        }
    }
}
