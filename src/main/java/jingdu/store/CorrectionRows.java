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

import jingdu.model.Correction;
import jingdu.model.CorrectionKind;
import jingdu.model.UserTerm;

/** The SQL of the {@code correction} table, for {@link AnnotationTx} (writes) and {@link CorrectionRepository} (reads). */
final class CorrectionRows {

    private static final String COLUMNS = "id, speech_id, kind, start_offset, end_offset, quote, value, created_at";

    private CorrectionRows() {
    }

    static List<Correction> forSpeech(Connection c, long speechId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                + " FROM correction WHERE speech_id = ? ORDER BY start_offset, id")) {
            ps.setLong(1, speechId);
            return rows(ps);
        }
    }

    static List<Correction> all(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                + " FROM correction ORDER BY speech_id, start_offset, id")) {
            return rows(ps);
        }
    }

    static long insert(Connection c, Correction k) throws SQLException {
        Utf8Guard.check("correction quote", k.quote());
        if (k.value() != null) {
            Utf8Guard.check("correction value", k.value());
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO correction(" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?)",
                Statement.RETURN_GENERATED_KEYS)) {
            if (k.id() > 0) {
                ps.setLong(1, k.id()); // a redo puts the row back under its old id
            } else {
                ps.setNull(1, Types.INTEGER);
            }
            ps.setLong(2, k.speechId());
            ps.setString(3, k.kind().id());
            ps.setInt(4, k.start());
            ps.setInt(5, k.end());
            ps.setString(6, k.quote());
            ps.setString(7, k.value());
            ps.setString(8, k.createdAt().toString());
            ps.executeUpdate();
            if (k.id() > 0) {
                return k.id();
            }
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    static void delete(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM correction WHERE id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }

    // ---- the user's word list ----------------------------------------------------------------------

    static List<UserTerm> userTerms(Connection c) throws SQLException {
        List<UserTerm> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT term, sector, created_at FROM user_term ORDER BY term");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new UserTerm(rs.getString(1), rs.getString(2), Instant.parse(rs.getString(3))));
            }
        }
        return out;
    }

    static void putUserTerm(Connection c, UserTerm t) throws SQLException {
        Utf8Guard.check("word", t.term());
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO user_term(term, sector, created_at) VALUES (?,?,?)"
                        + " ON CONFLICT(term) DO UPDATE SET sector = excluded.sector, created_at = excluded.created_at")) {
            ps.setString(1, t.term());
            ps.setString(2, t.sector());
            ps.setString(3, t.createdAt().toString());
            ps.executeUpdate();
        }
    }

    static void deleteUserTerm(Connection c, String term) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM user_term WHERE term = ?")) {
            ps.setString(1, term);
            ps.executeUpdate();
        }
    }

    /** The engine's stored facts (library filters, search filters) are out of date: have them read again. */
    static void forgetEngineFacts(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE speech SET indexed_at = NULL");
            s.executeUpdate("DELETE FROM search_analysed");
        }
    }

    private static List<Correction> rows(PreparedStatement ps) throws SQLException {
        List<Correction> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                CorrectionKind kind;
                try {
                    kind = CorrectionKind.fromId(rs.getString(3));
                } catch (IllegalArgumentException e) {
                    continue; // written by a newer Jingdu: kept in the file, not shown by this one
                }
                out.add(new Correction(rs.getLong(1), rs.getLong(2), kind, rs.getInt(4), rs.getInt(5), rs.getString(6),
                        rs.getString(7), Instant.parse(rs.getString(8))));
            }
        }
        return out;
    }
}
