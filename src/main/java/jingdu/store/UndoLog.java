package jingdu.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * The undo history's rows: done entries form the undo stack (newest last), undone entries the redo stack
 * (the next to redo has the lowest seq). Methods take the caller's connection so an entry changes in the
 * same transaction as the data it describes.
 */
public final class UndoLog {

    /** One logged command as stored: its sequence number and JSON. */
    public record Entry(long seq, String json) {
    }

    private UndoLog() {
    }

    /** Logs a newly done command, forgets what could be redone, and keeps only the newest {@code cap} entries. */
    public static void push(Connection c, String json, int cap) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM undo_log WHERE done = 0")) {
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO undo_log(done, command, created_at) VALUES (1,?,?)")) {
            ps.setString(1, json);
            ps.setString(2, Instant.now().toString());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "DELETE FROM undo_log WHERE seq NOT IN (SELECT seq FROM undo_log ORDER BY seq DESC LIMIT ?)")) {
            ps.setInt(1, cap);
            ps.executeUpdate();
        }
    }

    public static Optional<Entry> nextUndo(Connection c) throws SQLException {
        return one(c, "SELECT seq, command FROM undo_log WHERE done = 1 ORDER BY seq DESC LIMIT 1");
    }

    public static Optional<Entry> nextRedo(Connection c) throws SQLException {
        return one(c, "SELECT seq, command FROM undo_log WHERE done = 0 ORDER BY seq ASC LIMIT 1");
    }

    private static Optional<Entry> one(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(new Entry(rs.getLong(1), rs.getString(2))) : Optional.empty();
        }
    }

    /** Marks an entry done or undone, replacing its JSON (a redone command may carry new ids). */
    public static void mark(Connection c, long seq, boolean done, String json) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE undo_log SET done = ?, command = ? WHERE seq = ?")) {
            ps.setInt(1, done ? 1 : 0);
            ps.setString(2, json);
            ps.setLong(3, seq);
            ps.executeUpdate();
        }
    }

    /** Drops an entry that can no longer be applied (its data changed elsewhere, or a newer Jingdu wrote it). */
    public static void discard(Connection c, long seq) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM undo_log WHERE seq = ?")) {
            ps.setLong(1, seq);
            ps.executeUpdate();
        }
    }

    public static int count(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM undo_log"); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
