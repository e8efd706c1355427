package jingdu.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The full-text index of every paragraph and note, kept in the library file (decision 0004).
 * Two contentless FTS5 tables hold the tokens of {@link SearchGrams}: {@code search_uni} (one token per
 * character, no positions) answers one-character terms, {@code search_bi} (one token per neighbouring
 * pair, with positions) answers two-character terms and, as phrases, longer ones. {@code search_doc}
 * says what each indexed row is. Its id orders results: newest speech first, then reading order, then
 * the speech's notes. Deletes and edits are followed by triggers, so any writer keeps the index honest;
 * new rows are indexed by the repositories in the writing transaction, and {@link #catchUp} fills in
 * anything another path wrote (a migration, an older build, the annotations import).
 * Queries are planned and run by {@link SearchFinder}.
 */
public final class SearchIndex {

    private static final long LOW = 0xFFFFFFFFL;
    private static final String DOC_RANGE = "BETWEEN old.id * 4294967296 AND old.id * 4294967296 + 4294967295";

    /** The migration step that adds the index (filled for existing speeches by {@link #catchUp}). */
    static final List<String> SCHEMA = List.of(
            "CREATE VIRTUAL TABLE search_uni USING fts5(grams, content='', contentless_delete=1, detail=none, tokenize='ascii')",
            "CREATE VIRTUAL TABLE search_bi USING fts5(grams, content='', contentless_delete=1, tokenize='ascii')",
            // per-token document counts, for choosing between the text and a filter to drive a query
            "CREATE VIRTUAL TABLE search_uni_vocab USING fts5vocab(search_uni, row)",
            "CREATE VIRTUAL TABLE search_bi_vocab USING fts5vocab(search_bi, row)",
            """
            CREATE TABLE search_doc (
              id INTEGER PRIMARY KEY,
              speech_id INTEGER NOT NULL,
              paragraph INTEGER NOT NULL,
              note_id INTEGER,
              start_offset INTEGER NOT NULL,
              end_offset INTEGER NOT NULL
            )""",
            "CREATE INDEX search_doc_note ON search_doc(note_id) WHERE note_id IS NOT NULL",
            "CREATE INDEX search_doc_paragraph ON search_doc(speech_id, paragraph)",
            """
            CREATE TRIGGER search_doc_gone AFTER DELETE ON search_doc BEGIN
              DELETE FROM search_uni WHERE rowid = old.id;
              DELETE FROM search_bi WHERE rowid = old.id;
            END""",
            "CREATE TRIGGER search_speech_gone AFTER DELETE ON speech BEGIN DELETE FROM search_doc WHERE id "
                    + DOC_RANGE + "; END",
            "CREATE TRIGGER search_speech_changed AFTER UPDATE OF text ON speech BEGIN DELETE FROM search_doc WHERE id "
                    + DOC_RANGE + "; DELETE FROM search_analysed WHERE speech_id = old.id; END",
            "CREATE TRIGGER search_note_gone AFTER DELETE ON note BEGIN DELETE FROM search_doc WHERE note_id = old.id; END",
            "CREATE TRIGGER search_note_changed AFTER UPDATE OF quote, body, start_offset, end_offset ON note BEGIN "
                    + "DELETE FROM search_doc WHERE note_id = old.id; END",
            "CREATE TABLE search_analysed (speech_id INTEGER PRIMARY KEY REFERENCES speech(id) ON DELETE CASCADE)",
            """
            CREATE TABLE search_sector (
              speech_id INTEGER NOT NULL REFERENCES speech(id) ON DELETE CASCADE,
              paragraph INTEGER NOT NULL,
              sector TEXT NOT NULL,
              PRIMARY KEY (speech_id, paragraph, sector)
            ) WITHOUT ROWID""",
            "CREATE INDEX search_sector_by ON search_sector(sector, speech_id, paragraph)",
            """
            CREATE TABLE search_level (
              speech_id INTEGER NOT NULL REFERENCES speech(id) ON DELETE CASCADE,
              paragraph INTEGER NOT NULL,
              level TEXT NOT NULL,
              PRIMARY KEY (speech_id, paragraph, level)
            ) WITHOUT ROWID""",
            // the date filter reads import dates without touching the (large) speech rows
            "CREATE INDEX speech_imported ON speech(imported_at, id)",
            // and the tag filter can count and list a level's paragraphs without a scan
            "CREATE INDEX search_tag_by_level ON paragraph_tag(level, speech_id, paragraph)");

    /**
     * FTS5 merges its index segments inside the write that tips a level over, which on a big library
     * turned one note in a hundred into a 30–50 ms write. Switched off here; {@link #mergeStep} does the
     * same work in small steps on the background connection, between the user's writes.
     */
    static final List<String> NO_INLINE_MERGE = List.of(
            "INSERT INTO search_uni(search_uni, rank) VALUES('automerge', 0)",
            "INSERT INTO search_bi(search_bi, rank) VALUES('automerge', 0)");

    /** Pages of merge work per step: a few milliseconds, so a user's write never waits long for one. */
    private static final int MERGE_PAGES = 32;

    /**
     * One small step of merging index segments, each table in its own transaction; true when there was
     * work (FTS5 reports it only through the change count, which moves by 2 or more when it merged).
     */
    public static boolean mergeStep(Connection c) throws SQLException {
        return merge(c, MERGE_PAGES);
    }

    private static boolean merge(Connection c, int pages) throws SQLException {
        boolean worked = false;
        for (String table : List.of("search_uni", "search_bi")) {
            try (Statement s = c.createStatement()) {
                long before = totalChanges(s);
                s.executeUpdate("INSERT INTO " + table + "(" + table + ", rank) VALUES('merge', " + pages + ")");
                worked |= totalChanges(s) - before >= 2;
            }
        }
        return worked;
    }

    /**
     * The merge work a bulk transaction (an import batch) does before it commits, as FTS5's own automerge
     * would have: in the same transaction, so it costs no extra sync, and nobody waits on a batch anyway.
     */
    public static void mergeInBulk(Connection c) throws SQLException {
        merge(c, 200);
    }

    /** Merges until there is nothing left to merge (a freshly generated or imported library, before timing it). */
    public static void mergeAll(Connection c) throws SQLException {
        while (merge(c, 2_000)) {
            // large steps: nobody is waiting to write
        }
    }

    private static long totalChanges(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT total_changes()")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** One indexed row: a paragraph [start, end) of the speech's text, or a note on [start, end). */
    public record Doc(long id, long speechId, int paragraph, Long noteId, int start, int end) {
        public boolean isNote() {
            return noteId != null;
        }
    }

    /**
     * What to find. {@code terms} are folded, whitespace-free and non-empty; all must occur.
     * Each set is a list of alternatives (empty = no filter); {@code levels} means the level shown:
     * the user's tags, or the engine's suggestion where the paragraph has no tag. Dates bound import time.
     */
    public record Criteria(List<String> terms, Set<String> sectors, Set<String> tags, Set<String> levels,
                           Instant from, Instant until) {
        public Criteria {
            terms = List.copyOf(terms);
            sectors = Set.copyOf(sectors);
            tags = Set.copyOf(tags);
            levels = Set.copyOf(levels);
        }
    }

    private final Database db;
    private final SearchFinder finder;

    public SearchIndex(Database db) {
        this(db, SearchFinder.Plan.AUTO);
    }

    SearchIndex(Database db, SearchFinder.Plan plan) {
        this.db = db;
        this.finder = new SearchFinder(db, plan);
    }

    static long paragraphDoc(long speechId, int paragraph) {
        return (speechId << 32) | (LOW - paragraph);
    }

    static long noteDoc(long speechId, long noteId) {
        return (speechId << 32) | (noteId & 0x7FFFFFFFL);
    }

    // ---- writing (called inside the writer's transaction) -------------------------------------

    /** Indexes every paragraph (line) of a speech's canonical text: {@link #indexRows}, then {@link #indexGrams}. */
    public static void indexSpeech(Connection c, long speechId, String text) throws SQLException {
        indexRows(c, speechId, text);
        indexGrams(c, speechId, text);
    }

    /**
     * The first half of indexing a speech: what each paragraph row is. Kept apart from {@link #indexGrams}
     * because FTS5 flushes its pending terms to a new segment at every statement that opens a statement
     * journal (as these do) and whenever a rowid is not above the one before: a batch writes all its rows,
     * then all its grams in ascending id, so a segment per batch instead of one per paragraph (3x faster).
     */
    public static void indexRows(Connection c, long speechId, String text) throws SQLException {
        try (PreparedStatement doc = c.prepareStatement(
                "INSERT OR REPLACE INTO search_doc(id, speech_id, paragraph, note_id, start_offset, end_offset) VALUES (?,?,?,NULL,?,?)")) {
            int paragraph = 0;
            for (int start = 0; start <= text.length(); paragraph++) {
                int end = paragraphEnd(text, start);
                doc.setLong(1, paragraphDoc(speechId, paragraph));
                doc.setLong(2, speechId);
                doc.setInt(3, paragraph);
                doc.setInt(4, start);
                doc.setInt(5, end);
                doc.addBatch();
                start = end + 1;
            }
            doc.executeBatch();
        }
    }

    /** The second half: each paragraph's tokens, last paragraph first (its id is the lowest). */
    public static void indexGrams(Connection c, long speechId, String text) throws SQLException {
        List<int[]> paragraphs = new ArrayList<>();
        for (int start = 0; start <= text.length(); ) {
            int end = paragraphEnd(text, start);
            paragraphs.add(new int[] {start, end});
            start = end + 1;
        }
        try (PreparedStatement uni = c.prepareStatement("INSERT INTO search_uni(rowid, grams) VALUES (?,?)");
             PreparedStatement bi = c.prepareStatement("INSERT INTO search_bi(rowid, grams) VALUES (?,?)")) {
            for (int paragraph = paragraphs.size() - 1; paragraph >= 0; paragraph--) {
                int[] p = paragraphs.get(paragraph);
                insertGrams(uni, bi, paragraphDoc(speechId, paragraph), text.substring(p[0], p[1]));
            }
        }
    }

    private static int paragraphEnd(String text, int start) {
        int end = text.indexOf('\n', start);
        return end < 0 ? text.length() : end;
    }

    /**
     * Indexes one note: its body and its quote, found under the paragraph where it starts. Called in the
     * transaction that writes the note (after an insert, or after an update whose trigger dropped the old entry).
     */
    public static void indexNote(Connection c, long noteId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT speech_id, start_offset, end_offset, body, quote FROM note WHERE id = ?")) {
            ps.setLong(1, noteId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return;
                }
                long speechId = rs.getLong(1);
                int start = rs.getInt(2);
                int end = rs.getInt(3);
                String docText = noteText(rs.getString(4), rs.getString(5));
                int paragraph = paragraphAt(c, speechId, start);
                long id = noteDoc(speechId, noteId);
                try (PreparedStatement doc = c.prepareStatement(
                        "INSERT OR REPLACE INTO search_doc(id, speech_id, paragraph, note_id, start_offset, end_offset) VALUES (?,?,?,?,?,?)");
                     PreparedStatement uni = c.prepareStatement("INSERT INTO search_uni(rowid, grams) VALUES (?,?)");
                     PreparedStatement bi = c.prepareStatement("INSERT INTO search_bi(rowid, grams) VALUES (?,?)")) {
                    doc.setLong(1, id);
                    doc.setLong(2, speechId);
                    doc.setInt(3, paragraph);
                    doc.setLong(4, noteId);
                    doc.setInt(5, start);
                    doc.setInt(6, end);
                    doc.executeUpdate();
                    insertGrams(uni, bi, id, docText);
                }
            }
        }
    }

    /**
     * The paragraph (line) of the speech's text that holds offset {@code at}. Read from the speech's indexed
     * paragraphs, a few rows of one index range (their ids run in reverse reading order above the speech's
     * note ids), so a note write does not load the whole speech; counted in the text when the speech is not
     * indexed (yet).
     */
    static int paragraphAt(Connection c, long speechId, int at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT paragraph FROM search_doc WHERE id BETWEEN ? AND ? AND start_offset <= ? ORDER BY id LIMIT 1")) {
            ps.setLong(1, (speechId << 32) | 0x80000000L);
            ps.setLong(2, (speechId << 32) | LOW);
            ps.setInt(3, at);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return rs.getInt(1);
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT text FROM speech WHERE id = ?")) {
            ps.setLong(1, speechId);
            try (ResultSet rs = ps.executeQuery()) {
                String text = rs.next() ? rs.getString(1) : "";
                return (int) text.substring(0, Math.min(at, text.length())).chars().filter(ch -> ch == '\n').count();
            }
        }
    }

    /** The text a note is searched and shown by: body, then the quoted passage on its own line. */
    public static String noteText(String body, String quote) {
        return body + "\n" + quote;
    }

    private static void insertGrams(PreparedStatement uni, PreparedStatement bi, long id, String text) throws SQLException {
        uni.setLong(1, id);
        uni.setString(2, SearchGrams.unigrams(text));
        uni.executeUpdate();
        bi.setLong(1, id);
        bi.setString(2, SearchGrams.bigrams(text));
        bi.executeUpdate();
    }

    /**
     * Indexes whatever is not yet indexed (speeches and notes written by a path that does not index,
     * or before the index existed), in batches of one transaction each. Returns how many it indexed.
     */
    public int catchUp() {
        if (!db.read(SearchIndex::anythingMissing)) {
            return 0; // no write lock needed to find nothing to do
        }
        int total = 0;
        while (true) {
            int done = db.inTransaction(c -> catchUp(c, 200));
            total += done;
            if (done == 0) {
                return total;
            }
        }
    }

    private static boolean anythingMissing(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT EXISTS (SELECT 1 FROM speech s WHERE NOT EXISTS (SELECT 1 FROM search_doc d WHERE d.id"
                        + " BETWEEN s.id * 4294967296 AND s.id * 4294967296 + 4294967295))"
                        + " OR EXISTS (SELECT 1 FROM note n WHERE NOT EXISTS (SELECT 1 FROM search_doc d WHERE d.note_id = n.id))")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    /** Changes whenever another connection (another Jingdu) commits to the file. */
    public long dataVersion() {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA data_version")) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    /** Up to {@code limit} missing speeches and all missing notes, inside the caller's transaction. */
    public static int catchUp(Connection c, int limit) throws SQLException {
        int done = 0;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, text FROM speech s WHERE NOT EXISTS (SELECT 1 FROM search_doc d WHERE d.id"
                        + " BETWEEN s.id * 4294967296 AND s.id * 4294967296 + 4294967295) LIMIT ?")) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    indexSpeech(c, rs.getLong(1), rs.getString(2));
                    done++;
                }
            }
        }
        List<Long> notes = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT id FROM note n WHERE NOT EXISTS (SELECT 1 FROM search_doc d WHERE d.note_id = n.id)")) {
            while (rs.next()) {
                notes.add(rs.getLong(1));
            }
        }
        for (long id : notes) {
            indexNote(c, id);
        }
        return done + notes.size();
    }

    // ---- engine facts for the sector and level filters ----------------------------------------

    /** A speech the engine has not yet read for the filters. */
    public record Pending(long speechId, String text) {
    }

    /** Up to {@code limit} speeches whose sectors and suggested levels are not stored yet. */
    public List<Pending> pendingFacts(int limit) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, text FROM speech WHERE id NOT IN (SELECT speech_id FROM search_analysed) ORDER BY id LIMIT ?")) {
                ps.setInt(1, limit);
                List<Pending> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Pending(rs.getLong(1), rs.getString(2)));
                    }
                }
                return out;
            }
        });
    }

    /** True when some speech still lacks its stored sectors and levels. */
    public boolean factsPending() {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT EXISTS (SELECT 1 FROM speech WHERE id NOT IN (SELECT speech_id FROM search_analysed))")) {
                return rs.next() && rs.getBoolean(1);
            }
        });
    }

    /** Stores per paragraph the sectors the engine found and the levels it suggests, in one transaction. */
    public void putFacts(long speechId, Map<Integer, ? extends Collection<String>> sectors,
                         Map<Integer, ? extends Collection<String>> levels) {
        db.inTransaction(c -> {
            putFacts(c, speechId, sectors, levels);
            return null;
        });
    }

    public static void putFacts(Connection c, long speechId, Map<Integer, ? extends Collection<String>> sectors,
                         Map<Integer, ? extends Collection<String>> levels) throws SQLException {
        try (PreparedStatement exists = c.prepareStatement("SELECT 1 FROM speech WHERE id = ?")) {
            exists.setLong(1, speechId);
            try (ResultSet rs = exists.executeQuery()) {
                if (!rs.next()) {
                    return; // deleted while the engine read it
                }
            }
        }
        try (PreparedStatement mark = c.prepareStatement("INSERT OR IGNORE INTO search_analysed(speech_id) VALUES (?)");
             PreparedStatement clearS = c.prepareStatement("DELETE FROM search_sector WHERE speech_id = ?");
             PreparedStatement clearL = c.prepareStatement("DELETE FROM search_level WHERE speech_id = ?")) {
            clearS.setLong(1, speechId);
            clearS.executeUpdate();
            clearL.setLong(1, speechId);
            clearL.executeUpdate();
            mark.setLong(1, speechId);
            mark.executeUpdate();
        }
        insertFacts(c, "INSERT OR IGNORE INTO search_sector(speech_id, paragraph, sector) VALUES (?,?,?)", speechId, sectors);
        insertFacts(c, "INSERT OR IGNORE INTO search_level(speech_id, paragraph, level) VALUES (?,?,?)", speechId, levels);
    }

    private static void insertFacts(Connection c, String sql, long speechId,
                                    Map<Integer, ? extends Collection<String>> facts) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (var e : facts.entrySet()) {
                for (String value : e.getValue()) {
                    ps.setLong(1, speechId);
                    ps.setInt(2, e.getKey());
                    ps.setString(3, value);
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
    }

    // ---- reading -------------------------------------------------------------------------------

    /**
     * One page of matching rows in result order, without any text: the caller builds snippets for
     * these rows only ({@link SearchFinder}).
     */
    public List<Doc> find(Criteria q, int limit, int offset) {
        return finder.find(q, limit, offset);
    }

    /** Title and text of a speech, for the snippets of one page. */
    public record SpeechText(String title, String text, Instant importedAt) {
    }

    /** The speech a hit belongs to, or null when it is gone or in the bin (deleted, restorable for a while). */
    public SpeechText speechText(long speechId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT title, text, imported_at FROM speech WHERE id = ? AND deleted_at IS NULL")) {
                ps.setLong(1, speechId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? new SpeechText(rs.getString(1), rs.getString(2), Instant.parse(rs.getString(3))) : null;
                }
            }
        });
    }

    /** The searched text of a note ({@link #noteText}), or null when it is gone. */
    public String noteText(long noteId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT body, quote FROM note WHERE id = ?")) {
                ps.setLong(1, noteId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? noteText(rs.getString(1), rs.getString(2)) : null;
                }
            }
        });
    }
}
