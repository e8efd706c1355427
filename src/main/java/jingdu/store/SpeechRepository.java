package jingdu.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jingdu.model.Speech;
import jingdu.model.SpeechSummary;

/** Speeches: the canonical text and what the library list shows. */
public final class SpeechRepository {

    private final Database db;

    public SpeechRepository(Database db) {
        this.db = db;
    }

    public Speech insert(String title, String sourceName, String canonicalText, int paragraphCount) {
        return insert(title, sourceName, null, canonicalText, paragraphCount);
    }

    /** A speech and its search index in one transaction; {@code sourcePath} is the file's full path, or null. */
    public Speech insert(String title, String sourceName, String sourcePath, String canonicalText, int paragraphCount) {
        Instant now = Instant.now();
        long id = db.inTransaction(c -> {
            long speechId = insertRow(c, new Row(title, sourceName, sourcePath, canonicalText, TextHash.of(canonicalText),
                    TextHash.normalized(canonicalText), paragraphCount), now);
            SearchIndex.indexSpeech(c, speechId, canonicalText);
            return speechId;
        });
        return new Speech(id, title, sourceName, canonicalText, now, paragraphCount);
    }

    /** Writes a speech and its search index inside the caller's transaction; returns its id. */
    public static long insert(Connection c, String title, String sourceName, String canonicalText, int paragraphCount,
                              Instant importedAt) throws SQLException {
        long speechId = insertRow(c, title, sourceName, canonicalText, paragraphCount, importedAt);
        SearchIndex.indexSpeech(c, speechId, canonicalText);
        return speechId;
    }

    /**
     * Writes the speech row only: the caller must index it ({@link SearchIndex#indexRows} and
     * {@link SearchIndex#indexGrams}) in the same transaction. For batch writers.
     */
    public static long insertRow(Connection c, String title, String sourceName, String canonicalText, int paragraphCount,
                                 Instant importedAt) throws SQLException {
        return insertRow(c, title, sourceName, canonicalText, TextHash.of(canonicalText), paragraphCount, importedAt);
    }

    /** As {@link #insertRow(Connection, String, String, String, int, Instant)}, the text's hash computed already. */
    public static long insertRow(Connection c, String title, String sourceName, String canonicalText, String textHash,
                                 int paragraphCount, Instant importedAt) throws SQLException {
        return insertRow(c, new Row(title, sourceName, null, canonicalText, textHash, TextHash.normalized(canonicalText),
                paragraphCount), importedAt);
    }

    /**
     * A speech row as the import writes it: {@code sourcePath} is the imported file's full path (null when
     * the text came another way), the hashes are {@link TextHash#of} and {@link TextHash#normalized} of the text.
     */
    public record Row(String title, String sourceName, String sourcePath, String text, String textHash,
                      String normalizedHash, int paragraphCount) {
    }

    /** Writes the speech row only (see {@link #insertRow(Connection, String, String, String, int, Instant)}). */
    public static long insertRow(Connection c, Row row, Instant importedAt) throws SQLException {
        Utf8Guard.check("speech title", row.title());
        Utf8Guard.check("speech source name", row.sourceName());
        Utf8Guard.check("speech source path", row.sourcePath());
        Utf8Guard.check("speech text", row.text());
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO speech(title, source_name, source_path, text, imported_at, paragraph_count, text_sha256,"
                        + " norm_sha256) VALUES (?,?,?,?,?,?,?,?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, row.title());
            ps.setString(2, row.sourceName());
            ps.setString(3, row.sourcePath());
            ps.setString(4, row.text());
            ps.setString(5, importedAt.toString());
            ps.setInt(6, row.paragraphCount());
            ps.setString(7, row.textHash());
            ps.setString(8, row.normalizedHash());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /**
     * The title of a speech in the library (not in the bin) whose normalised text has this fingerprint
     * ({@link TextHash#normalized}): the same speech, however its file spaced or broke its lines. Inside the
     * caller's transaction, so speeches written earlier in it count.
     */
    public static Optional<String> titleWithNormalizedText(Connection c, String normalizedHash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT title FROM speech WHERE norm_sha256 = ? AND deleted_at IS NULL ORDER BY id LIMIT 1")) {
            ps.setString(1, normalizedHash);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /** {@link #titleWithNormalizedText} in a read of its own. */
    public Optional<String> titleWithNormalizedText(String normalizedHash) {
        return db.read(c -> titleWithNormalizedText(c, normalizedHash));
    }

    /**
     * The title of a speech in the library (not in the bin) with exactly this text, if there is one; inside the
     * caller's transaction, so speeches written earlier in it count.
     */
    public static Optional<String> titleWithText(Connection c, String canonicalText, String textHash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT title FROM speech WHERE text_sha256 = ? AND text = ? AND deleted_at IS NULL ORDER BY id LIMIT 1")) {
            ps.setString(1, textHash);
            ps.setString(2, canonicalText);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /**
     * Inside a write transaction: refuses a speech in the trash (soft-deleted), since whatever is written to
     * it would be acknowledged and then purged with it. A missing speech is left to the caller's own check.
     */
    public static void requireLive(Connection c, long speechId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT deleted_at IS NOT NULL FROM speech WHERE id = ?")) {
            ps.setLong(1, speechId);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next() && rs.getBoolean(1)) {
                    throw new SpeechDeletedException(speechId);
                }
            }
        }
    }

    /** {@link #requireLive} for the speech a note is on. */
    static void requireLiveNote(Connection c, long noteId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT s.id, s.deleted_at IS NOT NULL FROM note n "
                + "JOIN speech s ON s.id = n.speech_id WHERE n.id = ?")) {
            ps.setLong(1, noteId);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next() && rs.getBoolean(2)) {
                    throw new SpeechDeletedException(rs.getLong(1));
                }
            }
        }
    }

    /** Newest first; speeches deleted (and still restorable) are left out. */
    public List<SpeechSummary> list() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, title, imported_at, paragraph_count FROM speech WHERE deleted_at IS NULL "
                            + "ORDER BY imported_at DESC, id DESC");
                 ResultSet rs = ps.executeQuery()) {
                List<SpeechSummary> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new SpeechSummary(rs.getLong(1), rs.getString(2), Instant.parse(rs.getString(3)), rs.getInt(4)));
                }
                return out;
            }
        });
    }

    public Optional<Speech> find(long id) {
        return db.read(c -> find(c, id));
    }

    /** {@link #find(long)} inside the caller's transaction. */
    static Optional<Speech> find(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, title, source_name, text, imported_at, paragraph_count FROM speech WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Speech(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        Instant.parse(rs.getString(5)), rs.getInt(6)));
            }
        }
    }

    /** Moves a live speech to the trash inside the caller's transaction; false when it is not live. */
    static boolean trash(Connection c, long id, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE speech SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL")) {
            ps.setString(1, at.toString());
            ps.setLong(2, id);
            return ps.executeUpdate() == 1;
        }
    }

    /** Takes the speech out of the trash (if it is in it); false when there is no such speech. */
    static boolean untrash(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE speech SET deleted_at = NULL WHERE id = ?")) {
            ps.setLong(1, id);
            return ps.executeUpdate() == 1;
        }
    }

    /**
     * The speech's paragraph count, or empty when there is no such speech: what a tag write needs to check,
     * without loading the text (its overflow pages are most of the cost of {@link #find} on a large library).
     */
    public java.util.OptionalInt paragraphCount(long id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT paragraph_count FROM speech WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? java.util.OptionalInt.of(rs.getInt(1)) : java.util.OptionalInt.empty();
                }
            }
        });
    }

    public int count() {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM speech WHERE deleted_at IS NULL")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }
}
