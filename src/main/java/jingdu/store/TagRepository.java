package jingdu.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jingdu.model.Level;

/**
 * Tags on paragraphs. The {@code level} column holds any tag id; {@link #forSpeech} keeps answering with the
 * built-in levels only (exports, CLI), {@link #idsForSpeech} with every tag.
 */
public final class TagRepository {

    private final Database db;

    public TagRepository(Database db) {
        this.db = db;
    }

    /** paragraph index → the levels the user gave it. */
    public Map<Integer, Set<Level>> forSpeech(long speechId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT paragraph, level FROM paragraph_tag WHERE speech_id = ? ORDER BY paragraph")) {
                ps.setLong(1, speechId);
                Map<Integer, Set<Level>> out = new TreeMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        int p = rs.getInt(1);
                        Level.fromId(rs.getString(2))
                                .ifPresent(l -> out.computeIfAbsent(p, k -> EnumSet.noneOf(Level.class)).add(l));
                    }
                }
                return out;
            }
        });
    }

    /**
     * Adds or removes {@code level} on each of {@code paragraphs}, all in one transaction; returns how many
     * paragraphs changed (0 when each already was as asked).
     */
    public int set(long speechId, Iterable<Integer> paragraphs, Level level, boolean present) {
        String now = Instant.now().toString();
        return db.inTransaction(c -> {
            SpeechRepository.requireLive(c, speechId);
            String sql = present
                    ? "INSERT OR IGNORE INTO paragraph_tag(speech_id, paragraph, level, created_at) VALUES (?,?,?,?)"
                    : "DELETE FROM paragraph_tag WHERE speech_id = ? AND paragraph = ? AND level = ?";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int p : paragraphs) {
                    ps.setLong(1, speechId);
                    ps.setInt(2, p);
                    ps.setString(3, level.id());
                    if (present) {
                        ps.setString(4, now);
                    }
                    ps.addBatch();
                }
                int changed = 0;
                for (int n : ps.executeBatch()) {
                    changed += Math.max(0, n);
                }
                return changed;
            }
        });
    }

    /** paragraph index → ids of every tag (built-in or the user's) it carries. */
    public Map<Integer, Set<String>> idsForSpeech(long speechId) {
        return db.read(c -> {
            Map<Integer, Set<String>> out = new TreeMap<>();
            for (jingdu.model.ParagraphTag t : AnnotationRows.paragraphTags(c, speechId)) {
                out.computeIfAbsent(t.paragraph(), k -> new java.util.LinkedHashSet<>()).add(t.tagId());
            }
            return out;
        });
    }
}
