package jingdu.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jingdu.model.Note;

/** Notes on passages of a speech. */
public final class NoteRepository {

    private final Database db;

    public NoteRepository(Database db) {
        this.db = db;
    }

    public Note add(long speechId, int start, int end, String quote, String body) {
        Instant now = Instant.now();
        long id = db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO note(speech_id, start_offset, end_offset, quote, body, created_at, updated_at)"
                            + " VALUES (?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, speechId);
                ps.setInt(2, start);
                ps.setInt(3, end);
                ps.setString(4, quote);
                ps.setString(5, body);
                ps.setString(6, now.toString());
                ps.setString(7, now.toString());
                ps.executeUpdate();
                long noteId;
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    noteId = keys.getLong(1);
                }
                SearchIndex.indexNote(c, noteId);
                return noteId;
            }
        });
        return new Note(id, speechId, start, end, quote, body, now, now);
    }

    public void updateBody(long noteId, String body) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE note SET body = ?, updated_at = ? WHERE id = ?")) {
                ps.setString(1, body);
                ps.setString(2, Instant.now().toString());
                ps.setLong(3, noteId);
                int n = ps.executeUpdate();
                SearchIndex.indexNote(c, noteId); // the update trigger dropped the old entry
                return n;
            }
        });
    }

    public void delete(long noteId) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM note WHERE id = ?")) {
                ps.setLong(1, noteId);
                return ps.executeUpdate();
            }
        });
    }

    /** In reading order. */
    public List<Note> forSpeech(long speechId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, speech_id, start_offset, end_offset, quote, body, created_at, updated_at"
                            + " FROM note WHERE speech_id = ? ORDER BY start_offset, id")) {
                ps.setLong(1, speechId);
                List<Note> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Note(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4), rs.getString(5),
                                rs.getString(6), Instant.parse(rs.getString(7)), Instant.parse(rs.getString(8))));
                    }
                }
                return out;
            }
        });
    }
}
