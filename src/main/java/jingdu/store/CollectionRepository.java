package jingdu.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jingdu.model.Collection;

/** Collections (合集) and which speeches they hold; each change is one transaction. */
public final class CollectionRepository {

    private final Database db;

    public CollectionRepository(Database db) {
        this.db = db;
    }

    public List<Collection> list() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, name FROM collection ORDER BY name, id");
                 ResultSet rs = ps.executeQuery()) {
                List<Collection> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new Collection(rs.getLong(1), rs.getString(2)));
                }
                return out;
            }
        });
    }

    public boolean exists(String name) {
        return list().stream().anyMatch(k -> k.name().equals(name));
    }

    public Collection create(String name) {
        long id = db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO collection(name, created_at) VALUES (?,?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, name);
                ps.setString(2, Instant.now().toString());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
        return new Collection(id, name);
    }

    public void rename(long id, String name) {
        update("UPDATE collection SET name = ? WHERE id = ?", name, id);
    }

    /** Deletes the collection; its speeches stay in the library. */
    public void delete(long id) {
        update("DELETE FROM collection WHERE id = ?", id);
    }

    public void add(long collectionId, long speechId) {
        update("INSERT OR IGNORE INTO speech_collection(collection_id, speech_id) VALUES (?,?)", collectionId, speechId);
    }

    public void remove(long collectionId, long speechId) {
        update("DELETE FROM speech_collection WHERE collection_id = ? AND speech_id = ?", collectionId, speechId);
    }

    /** The collections that hold the speech. */
    public List<Collection> of(long speechId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT k.id, k.name FROM collection k JOIN speech_collection m "
                    + "ON m.collection_id = k.id WHERE m.speech_id = ? ORDER BY k.name")) {
                ps.setLong(1, speechId);
                try (ResultSet rs = ps.executeQuery()) {
                    List<Collection> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(new Collection(rs.getLong(1), rs.getString(2)));
                    }
                    return out;
                }
            }
        });
    }

    private void update(String sql, Object... args) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    ps.setObject(i + 1, args[i]);
                }
                return ps.executeUpdate();
            }
        });
    }

    /** The ids of the collections the speech is in, inside the caller's transaction. */
    static List<Long> idsOf(Connection c, long speechId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT collection_id FROM speech_collection WHERE speech_id = ? ORDER BY collection_id")) {
            ps.setLong(1, speechId);
            try (ResultSet rs = ps.executeQuery()) {
                List<Long> out = new java.util.ArrayList<>();
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
                return out;
            }
        }
    }

    /** Adds the speech to the collection inside the caller's transaction; false when it was in it already. */
    static boolean add(Connection c, long collectionId, long speechId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT OR IGNORE INTO speech_collection(collection_id, speech_id) VALUES (?,?)")) {
            ps.setLong(1, collectionId);
            ps.setLong(2, speechId);
            return ps.executeUpdate() == 1;
        }
    }

    static void remove(Connection c, long collectionId, long speechId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "DELETE FROM speech_collection WHERE collection_id = ? AND speech_id = ?")) {
            ps.setLong(1, collectionId);
            ps.setLong(2, speechId);
            ps.executeUpdate();
        }
    }
}
