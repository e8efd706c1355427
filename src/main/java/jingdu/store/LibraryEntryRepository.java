package jingdu.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jingdu.model.LibraryEntry;
import jingdu.model.LibraryFilter;
import jingdu.model.SpeechMeta;
import jingdu.model.SpeechSummary;

/**
 * The library as a catalogue: speech details, the filtered list, soft delete with restore, and the
 * per-speech sector sets the engine found (cached so the sector filter needs no re-analysis).
 */
public final class LibraryEntryRepository {

    private static final String META_COLUMNS = "title, speaker, speech_date, place, gov_level, meeting, source";

    private final Database db;

    public LibraryEntryRepository(Database db) {
        this.db = db;
    }

    public Optional<SpeechMeta> meta(long speechId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + META_COLUMNS + " FROM speech WHERE id = ?")) {
                ps.setLong(1, speechId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(meta(rs, 1)) : Optional.empty();
                }
            }
        });
    }

    /**
     * Replaces every detail of one speech, title included; false when there is no such speech. A speech in
     * the trash is refused ({@link SpeechDeletedException}).
     */
    public boolean saveMeta(long speechId, SpeechMeta m) {
        return db.inTransaction(c -> {
            SpeechRepository.requireLive(c, speechId);
            try (PreparedStatement ps = c.prepareStatement("UPDATE speech SET title = ?, speaker = ?, speech_date = ?, "
                    + "place = ?, gov_level = ?, meeting = ?, source = ? WHERE id = ?")) {
                setMeta(ps, m);
                ps.setLong(8, speechId);
                return ps.executeUpdate() == 1;
            }
        });
    }

    /**
     * Stores what the engine read from a speech — its sectors, and the details the user has not filled
     * (never overwriting theirs) — and marks the speech indexed, in one transaction.
     */
    public void index(long speechId, Set<String> sectors, SpeechMeta found) {
        db.inTransaction(c -> {
            index(c, speechId, sectors, found);
            return null;
        });
    }

    /** {@link #index(long, Set, SpeechMeta)} inside the caller's transaction (the batch import's). */
    public static void index(Connection c, long speechId, Set<String> sectors, SpeechMeta found) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM speech_sector WHERE speech_id = ?")) {
            del.setLong(1, speechId);
            del.executeUpdate();
        }
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO speech_sector(speech_id, sector) VALUES (?,?)")) {
            for (String s : sectors) {
                ins.setLong(1, speechId);
                ins.setString(2, s);
                ins.addBatch();
            }
            ins.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE speech SET speaker = coalesce(speaker, ?), "
                + "speech_date = coalesce(speech_date, ?), place = coalesce(place, ?), gov_level = coalesce(gov_level, ?), "
                + "meeting = coalesce(meeting, ?), source = coalesce(source, ?), indexed_at = ? WHERE id = ?")) {
            ps.setString(1, found.speaker());
            ps.setString(2, found.date());
            ps.setString(3, found.place());
            ps.setString(4, found.govLevel());
            ps.setString(5, found.meeting());
            ps.setString(6, found.source());
            ps.setString(7, Instant.now().toString());
            ps.setLong(8, speechId);
            ps.executeUpdate();
        }
    }

    /** Speeches the engine has not indexed yet (imported before this version, or by the command line). */
    public List<Long> unindexed() {
        return db.read(c -> ids(c, "SELECT id FROM speech WHERE indexed_at IS NULL AND deleted_at IS NULL ORDER BY id"));
    }

    public Set<String> sectors(long speechId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT sector FROM speech_sector WHERE speech_id = ? ORDER BY sector")) {
                ps.setLong(1, speechId);
                try (ResultSet rs = ps.executeQuery()) {
                    Set<String> out = new LinkedHashSet<>();
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                    return out;
                }
            }
        });
    }

    /** The live speeches that pass the filter, newest import first (the caller sorts otherwise). */
    public List<LibraryEntry> entries(LibraryFilter f) {
        StringBuilder sql = new StringBuilder("SELECT s.id, s.title, s.imported_at, s.paragraph_count, " + prefixed()
                + ", s.source_name, s.source_path FROM speech s WHERE s.deleted_at IS NULL");
        List<Object> args = new ArrayList<>();
        if (f.govLevel() != null) {
            sql.append(" AND s.gov_level = ?");
            args.add(f.govLevel());
        }
        if (f.sector() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM speech_sector x WHERE x.speech_id = s.id AND x.sector = ?)");
            args.add(f.sector());
        }
        if (f.tag() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM paragraph_tag t WHERE t.speech_id = s.id AND t.level = ?)");
            args.add(f.tag().id());
        }
        if (f.collectionId() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM speech_collection m WHERE m.speech_id = s.id AND m.collection_id = ?)");
            args.add(f.collectionId());
        }
        if (f.year() != null) {
            sql.append(" AND ").append(YEAR).append(" = ?");
            args.add(f.year());
        }
        sql.append(" ORDER BY s.imported_at DESC, s.id DESC");
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < args.size(); i++) {
                    ps.setObject(i + 1, args.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    List<LibraryEntry> out = new ArrayList<>();
                    while (rs.next()) {
                        SpeechSummary s = new SpeechSummary(rs.getLong(1), rs.getString(2), Instant.parse(rs.getString(3)), rs.getInt(4));
                        out.add(new LibraryEntry(s, meta(rs, 5), rs.getString(12), rs.getString(13)));
                    }
                    return out;
                }
            }
        });
    }

    /**
     * How many annotations each speech carries: paragraph tags, passage tags, notes and corrections together
     * (speeches without any are left out).
     */
    public java.util.Map<Long, Integer> annotationCounts() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT speech_id, count(*) FROM ("
                    + "SELECT speech_id FROM paragraph_tag UNION ALL SELECT speech_id FROM passage_tag"
                    + " UNION ALL SELECT speech_id FROM note UNION ALL SELECT speech_id FROM correction) GROUP BY speech_id");
                 ResultSet rs = ps.executeQuery()) {
                java.util.Map<Long, Integer> out = new java.util.HashMap<>();
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getInt(2));
                }
                return out;
            }
        });
    }

    /** A speech's year: from its own date (stored as yyyy-MM-dd or yyyy) where known, else its import. */
    private static final String YEAR = "COALESCE(substr(s.speech_date, 1, 4), substr(s.imported_at, 1, 4))";

    /** The years that occur, newest first, for the filter menu. */
    public List<String> years() {
        return db.read(c -> strings(c, "SELECT DISTINCT " + YEAR + " AS y FROM speech s WHERE s.deleted_at IS NULL ORDER BY y DESC"));
    }

    /** The levels of government that occur, for the filter menu. */
    public List<String> govLevels() {
        return db.read(c -> strings(c, "SELECT DISTINCT gov_level FROM speech WHERE gov_level IS NOT NULL AND deleted_at IS NULL ORDER BY gov_level"));
    }

    /** The sectors that occur in live speeches, for the filter menu. */
    public List<String> sectorsInUse() {
        return db.read(c -> strings(c, "SELECT DISTINCT x.sector FROM speech_sector x JOIN speech s ON s.id = x.speech_id "
                + "WHERE s.deleted_at IS NULL ORDER BY x.sector"));
    }

    /** Hides the speech (its tags and notes stay) until {@link #restore} or a later purge. */
    public boolean softDelete(long speechId) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE speech SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL")) {
                ps.setString(1, Instant.now().toString());
                ps.setLong(2, speechId);
                return ps.executeUpdate() == 1;
            }
        });
    }

    public boolean restore(long speechId) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE speech SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL")) {
                ps.setLong(1, speechId);
                return ps.executeUpdate() == 1;
            }
        });
    }

    public boolean isDeleted(long speechId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT deleted_at IS NOT NULL FROM speech WHERE id = ?")) {
                ps.setLong(1, speechId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() && rs.getBoolean(1);
                }
            }
        });
    }

    /** Removes for good the speeches deleted before {@code before}, with their tags, notes and sectors. */
    public int purgeDeletedBefore(Instant before) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM speech WHERE deleted_at IS NOT NULL AND deleted_at < ?")) {
                ps.setString(1, before.toString());
                return ps.executeUpdate();
            }
        });
    }

    private static String prefixed() {
        return "s.title, s.speaker, s.speech_date, s.place, s.gov_level, s.meeting, s.source";
    }

    private static SpeechMeta meta(ResultSet rs, int first) throws SQLException {
        return new SpeechMeta(rs.getString(first), rs.getString(first + 1), rs.getString(first + 2), rs.getString(first + 3),
                rs.getString(first + 4), rs.getString(first + 5), rs.getString(first + 6));
    }

    private static void setMeta(PreparedStatement ps, SpeechMeta m) throws SQLException {
        ps.setString(1, m.title());
        ps.setString(2, m.speaker());
        ps.setString(3, m.date());
        ps.setString(4, m.place());
        ps.setString(5, m.govLevel());
        ps.setString(6, m.meeting());
        ps.setString(7, m.source());
    }

    private static List<Long> ids(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            List<Long> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
            return out;
        }
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        }
    }
}
