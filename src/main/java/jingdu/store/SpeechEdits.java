package jingdu.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import jingdu.model.ParagraphTag;

/**
 * The SQL of a change to a speech's text that keeps its annotations (paragraphs split and joined, issue 18),
 * for {@link AnnotationTx}: the new text with its search index and engine facts, and the rows moved onto it.
 */
final class SpeechEdits {

    private SpeechEdits() {
    }

    /** The speech's text, or null when there is no such speech. */
    static String text(Connection c, long speechId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT text FROM speech WHERE id = ?")) {
            ps.setLong(1, speechId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /**
     * Writes the new text, its paragraph count and fingerprint. The engine's stored facts of the speech are
     * out of date: the search filters' (the text trigger forgets that they were read; the rows go here) and
     * the library's ({@code indexed_at} cleared), so the engine reads the speech again.
     */
    static void rewrite(Connection c, long speechId, String text, int paragraphs) throws SQLException {
        Utf8Guard.check("speech text", text);
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE speech SET text = ?, paragraph_count = ?, text_sha256 = ?, indexed_at = NULL WHERE id = ?")) {
            ps.setString(1, text);
            ps.setInt(2, paragraphs);
            ps.setString(3, TextHash.of(text));
            ps.setLong(4, speechId);
            if (ps.executeUpdate() != 1) {
                throw new SQLException("no speech " + speechId);
            }
        }
        for (String table : List.of("search_sector", "search_level")) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE speech_id = ?")) {
                ps.setLong(1, speechId);
                ps.executeUpdate();
            }
        }
    }

    /** Indexes the speech's paragraphs and notes again (after its text or its notes' places changed). */
    static void reindex(Connection c, long speechId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM search_doc WHERE id BETWEEN ? AND ?")) {
            ps.setLong(1, speechId << 32);
            ps.setLong(2, (speechId << 32) | 0xFFFFFFFFL);
            ps.executeUpdate();
        }
        SearchIndex.indexSpeech(c, speechId, text(c, speechId));
        List<Long> notes = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM note WHERE speech_id = ? ORDER BY id")) {
            ps.setLong(1, speechId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    notes.add(rs.getLong(1));
                }
            }
        }
        for (long id : notes) {
            SearchIndex.indexNote(c, id);
        }
    }

    static void moveNote(Connection c, long id, int start, int end, String quote, int paragraph) throws SQLException {
        Utf8Guard.check("note quote", quote);
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE note SET start_offset = ?, end_offset = ?, quote = ?, paragraph = ? WHERE id = ?")) {
            ps.setInt(1, start);
            ps.setInt(2, end);
            ps.setString(3, quote);
            ps.setInt(4, paragraph);
            ps.setLong(5, id);
            if (ps.executeUpdate() != 1) {
                throw new SQLException("no note " + id);
            }
        }
    }

    static void movePassageTag(Connection c, long id, int start, int end) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE passage_tag SET start_offset = ?, end_offset = ? WHERE id = ?")) {
            ps.setInt(1, start);
            ps.setInt(2, end);
            ps.setLong(3, id);
            if (ps.executeUpdate() != 1) {
                throw new SQLException("no passage tag " + id);
            }
        }
    }

    static void moveCorrection(Connection c, long id, int start, int end, String quote) throws SQLException {
        Utf8Guard.check("correction quote", quote);
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE correction SET start_offset = ?, end_offset = ?, quote = ? WHERE id = ?")) {
            ps.setInt(1, start);
            ps.setInt(2, end);
            ps.setString(3, quote);
            ps.setLong(4, id);
            if (ps.executeUpdate() != 1) {
                throw new SQLException("no correction " + id);
            }
        }
    }

    /** The speech's paragraph tags become exactly {@code tags}. */
    static void replaceParagraphTags(Connection c, long speechId, List<ParagraphTag> tags) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM paragraph_tag WHERE speech_id = ?")) {
            ps.setLong(1, speechId);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO paragraph_tag(speech_id, paragraph, level, created_at) VALUES (?,?,?,?)")) {
            for (ParagraphTag t : tags) {
                if (t.speechId() != speechId) {
                    throw new SQLException("a tag of speech " + t.speechId() + " among speech " + speechId + "'s");
                }
                ps.setLong(1, speechId);
                ps.setInt(2, t.paragraph());
                ps.setString(3, t.tagId());
                ps.setString(4, t.createdAt());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
