package jingdu.store;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Forward-only schema migrations. Step i brings {@code user_version} from i to i + 1, each in its own
 * transaction. A file written by a newer Jingdu is refused rather than touched.
 */
final class Migrations {

    private static final List<List<String>> STEPS = List.of(
            List.of(
                """
                CREATE TABLE speech (
                  id INTEGER PRIMARY KEY,
                  title TEXT NOT NULL,
                  source_name TEXT NOT NULL,
                  text TEXT NOT NULL,
                  imported_at TEXT NOT NULL,
                  paragraph_count INTEGER NOT NULL
                )""",
                """
                CREATE TABLE paragraph_tag (
                  speech_id INTEGER NOT NULL REFERENCES speech(id) ON DELETE CASCADE,
                  paragraph INTEGER NOT NULL,
                  level TEXT NOT NULL,
                  created_at TEXT NOT NULL,
                  PRIMARY KEY (speech_id, paragraph, level)
                )""",
                """
                CREATE TABLE note (
                  id INTEGER PRIMARY KEY,
                  speech_id INTEGER NOT NULL REFERENCES speech(id) ON DELETE CASCADE,
                  start_offset INTEGER NOT NULL,
                  end_offset INTEGER NOT NULL,
                  quote TEXT NOT NULL,
                  body TEXT NOT NULL,
                  created_at TEXT NOT NULL,
                  updated_at TEXT NOT NULL
                )""",
                "CREATE INDEX note_speech ON note(speech_id, start_offset)"
            ),
            SearchIndex.SCHEMA);

    static final int LATEST = STEPS.size();

    private Migrations() {
    }

    static void apply(Database db) throws SQLException {
        int version = db.userVersion();
        if (version > LATEST) {
            throw new StoreException("store.error.newer", db.file().toString(), null);
        }
        for (int v = version; v < LATEST; v++) {
            List<String> statements = STEPS.get(v);
            int from = v;
            db.inTransaction(c -> {
                // Re-read under the write lock: another Jingdu may have migrated the file meanwhile.
                if (db.userVersion() != from) {
                    return null;
                }
                try (Statement s = c.createStatement()) {
                    for (String sql : statements) {
                        s.execute(sql);
                    }
                    s.execute("PRAGMA user_version = " + (from + 1));
                }
                return null;
            });
        }
    }
}
