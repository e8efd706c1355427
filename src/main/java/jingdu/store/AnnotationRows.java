package jingdu.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jingdu.model.Note;
import jingdu.model.NoteScope;
import jingdu.model.ParagraphTag;
import jingdu.model.PassageTag;
import jingdu.model.Tag;

/**
 * Row-level reads and writes of the annotation tables on a connection the caller holds, so several of
 * them (an undoable command and its undo-log entry) can share one transaction.
 */
public final class AnnotationRows {

    private AnnotationRows() {
    }

    // ---- tags ----------------------------------------------------------------------------------

    public static List<Tag> tags(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, name, colour, parent_id, position, built_in FROM tag ORDER BY position, id");
             ResultSet rs = ps.executeQuery()) {
            List<Tag> out = new ArrayList<>();
            while (rs.next()) {
                out.add(new Tag(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                        rs.getInt(6) != 0));
            }
            return out;
        }
    }

    public static void insertTag(Connection c, Tag t) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO tag(id, name, colour, parent_id, position, built_in) VALUES (?,?,?,?,?,?)")) {
            ps.setString(1, t.id());
            ps.setString(2, t.name());
            ps.setString(3, t.colour());
            ps.setString(4, t.parentId());
            ps.setInt(5, t.position());
            ps.setInt(6, t.builtIn() ? 1 : 0);
            ps.executeUpdate();
        }
    }

    /** Writes name, colour, parent and position of an existing tag. */
    public static void updateTag(Connection c, Tag t) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE tag SET name = ?, colour = ?, parent_id = ?, position = ? WHERE id = ?")) {
            ps.setString(1, t.name());
            ps.setString(2, t.colour());
            ps.setString(3, t.parentId());
            ps.setInt(4, t.position());
            ps.setString(5, t.id());
            if (ps.executeUpdate() != 1) {
                throw new SQLException("no tag " + t.id());
            }
        }
    }

    /** Deletes the tag row and every use of it (passage tags cascade; paragraph tags are removed here). */
    public static void deleteTag(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM paragraph_tag WHERE level = ?")) {
            ps.setString(1, id);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM tag WHERE id = ?")) {
            ps.setString(1, id);
            ps.executeUpdate();
        }
    }

    // ---- paragraph tags ------------------------------------------------------------------------

    public static List<ParagraphTag> paragraphTags(Connection c, long speechId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT speech_id, paragraph, level, created_at FROM paragraph_tag WHERE speech_id = ? ORDER BY paragraph")) {
            ps.setLong(1, speechId);
            return paragraphTagRows(ps);
        }
    }

    public static List<ParagraphTag> paragraphTagsOf(Connection c, String tagId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT speech_id, paragraph, level, created_at FROM paragraph_tag WHERE level = ?")) {
            ps.setString(1, tagId);
            return paragraphTagRows(ps);
        }
    }

    private static List<ParagraphTag> paragraphTagRows(PreparedStatement ps) throws SQLException {
        List<ParagraphTag> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new ParagraphTag(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4)));
            }
        }
        return out;
    }

    /** The paragraphs of the speech that carry the tag. */
    public static Set<Integer> paragraphsWith(Connection c, long speechId, String tagId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT paragraph FROM paragraph_tag WHERE speech_id = ? AND level = ?")) {
            ps.setLong(1, speechId);
            ps.setString(2, tagId);
            Set<Integer> out = new TreeSet<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getInt(1));
                }
            }
            return out;
        }
    }

    public static void setParagraphTags(Connection c, long speechId, Iterable<Integer> paragraphs, String tagId,
                                        boolean present) throws SQLException {
        String sql = present
                ? "INSERT OR IGNORE INTO paragraph_tag(speech_id, paragraph, level, created_at) VALUES (?,?,?,?)"
                : "DELETE FROM paragraph_tag WHERE speech_id = ? AND paragraph = ? AND level = ?";
        String now = Instant.now().toString();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int p : paragraphs) {
                ps.setLong(1, speechId);
                ps.setInt(2, p);
                ps.setString(3, tagId);
                if (present) {
                    ps.setString(4, now);
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    public static void insertParagraphTag(Connection c, ParagraphTag t) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT OR IGNORE INTO paragraph_tag(speech_id, paragraph, level, created_at) VALUES (?,?,?,?)")) {
            ps.setLong(1, t.speechId());
            ps.setInt(2, t.paragraph());
            ps.setString(3, t.tagId());
            ps.setString(4, t.createdAt());
            ps.executeUpdate();
        }
    }

    // ---- passage tags --------------------------------------------------------------------------

    public static List<PassageTag> passageTags(Connection c, long speechId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, speech_id, start_offset, end_offset, tag_id, created_at"
                + " FROM passage_tag WHERE speech_id = ? ORDER BY start_offset, id")) {
            ps.setLong(1, speechId);
            return passageTagRows(ps);
        }
    }

    public static List<PassageTag> passageTagsOf(Connection c, String tagId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, speech_id, start_offset, end_offset, tag_id, created_at"
                + " FROM passage_tag WHERE tag_id = ? ORDER BY id")) {
            ps.setString(1, tagId);
            return passageTagRows(ps);
        }
    }

    private static List<PassageTag> passageTagRows(PreparedStatement ps) throws SQLException {
        List<PassageTag> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new PassageTag(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4), rs.getString(5),
                        rs.getString(6)));
            }
        }
        return out;
    }

    /** Inserts the passage tag (with its id when it has one, as on redo) and returns its id. */
    public static long insertPassageTag(Connection c, PassageTag t) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO passage_tag(id, speech_id, start_offset, end_offset,"
                + " tag_id, created_at) VALUES (?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
            if (t.id() > 0) {
                ps.setLong(1, t.id());
            } else {
                ps.setNull(1, Types.INTEGER);
            }
            ps.setLong(2, t.speechId());
            ps.setInt(3, t.start());
            ps.setInt(4, t.end());
            ps.setString(5, t.tagId());
            ps.setString(6, t.createdAt());
            ps.executeUpdate();
            return t.id() > 0 ? t.id() : generatedKey(ps);
        }
    }

    public static void deletePassageTag(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM passage_tag WHERE id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }

    // ---- notes ---------------------------------------------------------------------------------

    private static final String NOTE_COLUMNS =
            "id, speech_id, start_offset, end_offset, quote, body, created_at, updated_at, scope, paragraph, colour";

    public static List<Note> notes(Connection c, long speechId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + NOTE_COLUMNS
                + " FROM note WHERE speech_id = ? ORDER BY start_offset, id")) {
            ps.setLong(1, speechId);
            return noteRows(ps);
        }
    }

    public static Optional<Note> note(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + NOTE_COLUMNS + " FROM note WHERE id = ?")) {
            ps.setLong(1, id);
            return noteRows(ps).stream().findFirst();
        }
    }

    private static List<Note> noteRows(PreparedStatement ps) throws SQLException {
        List<Note> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Note(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4), rs.getString(5),
                        rs.getString(6), Instant.parse(rs.getString(7)), Instant.parse(rs.getString(8)),
                        NoteScope.fromId(rs.getString(9)).orElse(NoteScope.PASSAGE), rs.getInt(10), rs.getString(11)));
            }
        }
        return out;
    }

    /** Inserts the note (with its id when it has one, as on redo) and returns its id. */
    public static long insertNote(Connection c, Note n) throws SQLException {
        Utf8Guard.check("note quote", n.quote());
        Utf8Guard.check("note body", n.body());
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO note(" + NOTE_COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                Statement.RETURN_GENERATED_KEYS)) {
            if (n.id() > 0) {
                ps.setLong(1, n.id());
            } else {
                ps.setNull(1, Types.INTEGER);
            }
            ps.setLong(2, n.speechId());
            ps.setInt(3, n.start());
            ps.setInt(4, n.end());
            ps.setString(5, n.quote());
            ps.setString(6, n.body());
            ps.setString(7, n.createdAt().toString());
            ps.setString(8, n.updatedAt().toString());
            ps.setString(9, n.scope().id());
            ps.setInt(10, n.paragraph());
            ps.setString(11, n.colour());
            ps.executeUpdate();
            return n.id() > 0 ? n.id() : generatedKey(ps);
        }
    }

    public static void updateNote(Connection c, long id, String body, String colour, Instant updatedAt) throws SQLException {
        Utf8Guard.check("note body", body);
        try (PreparedStatement ps = c.prepareStatement("UPDATE note SET body = ?, colour = ?, updated_at = ? WHERE id = ?")) {
            ps.setString(1, body);
            ps.setString(2, colour);
            ps.setString(3, updatedAt.toString());
            ps.setLong(4, id);
            if (ps.executeUpdate() != 1) {
                throw new SQLException("no note " + id);
            }
        }
    }

    public static void deleteNote(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM note WHERE id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }

    private static long generatedKey(PreparedStatement ps) throws SQLException {
        try (ResultSet keys = ps.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }
}
