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
            // The user's tag set (built-in levels seeded with their old ids, so paragraph_tag.level rows stay
            // valid and now hold any tag id), passage tags, note scopes and colours, and the undo history.
            List.of(
                """
                CREATE TABLE tag (
                  id TEXT PRIMARY KEY,
                  name TEXT,
                  colour TEXT NOT NULL,
                  parent_id TEXT,
                  position INTEGER NOT NULL,
                  built_in INTEGER NOT NULL DEFAULT 0
                )""",
                "INSERT INTO tag(id, name, colour, parent_id, position, built_in) VALUES"
                        + " ('leadership', NULL, '1', NULL, 0, 1), ('supervision', NULL, '2', NULL, 1, 1),"
                        + " ('enterprise', NULL, '3', NULL, 2, 1)",
                """
                CREATE TABLE passage_tag (
                  id INTEGER PRIMARY KEY,
                  speech_id INTEGER NOT NULL REFERENCES speech(id) ON DELETE CASCADE,
                  start_offset INTEGER NOT NULL,
                  end_offset INTEGER NOT NULL,
                  tag_id TEXT NOT NULL REFERENCES tag(id) ON DELETE CASCADE,
                  created_at TEXT NOT NULL
                )""",
                "CREATE INDEX passage_tag_speech ON passage_tag(speech_id, start_offset)",
                "ALTER TABLE note ADD COLUMN scope TEXT NOT NULL DEFAULT 'passage'",
                "ALTER TABLE note ADD COLUMN paragraph INTEGER NOT NULL DEFAULT -1",
                "ALTER TABLE note ADD COLUMN colour TEXT",
                """
                CREATE TABLE undo_log (
                  seq INTEGER PRIMARY KEY AUTOINCREMENT,
                  done INTEGER NOT NULL,
                  command TEXT NOT NULL,
                  created_at TEXT NOT NULL
                )"""
            ),
            // library management: speech details, soft delete, cached sector sets, collections
            List.of(
                "ALTER TABLE speech ADD COLUMN speaker TEXT",
                "ALTER TABLE speech ADD COLUMN speech_date TEXT",
                "ALTER TABLE speech ADD COLUMN place TEXT",
                "ALTER TABLE speech ADD COLUMN gov_level TEXT",
                "ALTER TABLE speech ADD COLUMN meeting TEXT",
                "ALTER TABLE speech ADD COLUMN source TEXT",
                "ALTER TABLE speech ADD COLUMN deleted_at TEXT",
                "ALTER TABLE speech ADD COLUMN indexed_at TEXT",
                """
                CREATE TABLE speech_sector (
                  speech_id INTEGER NOT NULL REFERENCES speech(id) ON DELETE CASCADE,
                  sector TEXT NOT NULL,
                  PRIMARY KEY (speech_id, sector)
                )""",
                """
                CREATE TABLE collection (
                  id INTEGER PRIMARY KEY,
                  name TEXT NOT NULL UNIQUE,
                  created_at TEXT NOT NULL
                )""",
                """
                CREATE TABLE speech_collection (
                  collection_id INTEGER NOT NULL REFERENCES collection(id) ON DELETE CASCADE,
                  speech_id INTEGER NOT NULL REFERENCES speech(id) ON DELETE CASCADE,
                  PRIMARY KEY (collection_id, speech_id)
                )"""
            ),
            // full-text search (see docs/decisions/0004-search-index.md)
            SearchIndex.SCHEMA,
            // index segments merged in the background, not inside a user's write (decision 0006)
            SearchIndex.NO_INLINE_MERGE,
            // the text's fingerprint, so an import can tell a speech is already in the library (issue 13)
            List.of(
                "ALTER TABLE speech ADD COLUMN text_sha256 TEXT",
                "UPDATE speech SET text_sha256 = " + TextHash.SQL_FUNCTION + "(text)",
                "CREATE INDEX speech_text_sha256 ON speech(text_sha256)"
            ),
            // the user's corrections of the engine, anchored to the text (issue 16)
            List.of(
                """
                CREATE TABLE correction (
                  id INTEGER PRIMARY KEY,
                  speech_id INTEGER NOT NULL REFERENCES speech(id) ON DELETE CASCADE,
                  kind TEXT NOT NULL,
                  start_offset INTEGER NOT NULL,
                  end_offset INTEGER NOT NULL,
                  quote TEXT NOT NULL,
                  value TEXT,
                  created_at TEXT NOT NULL
                )""",
                "CREATE INDEX correction_speech ON correction(speech_id, start_offset)"
            ),
            // the user's own word list: sector corrections made for every speech (issue 16)
            List.of(
                """
                CREATE TABLE user_term (
                  term TEXT PRIMARY KEY,
                  sector TEXT,
                  created_at TEXT NOT NULL
                )"""
            ),
            // duplicates across file formats and where a speech came from (issue 18): the fingerprint of the
            // normalised text (spacing, line breaks and character width left out), filled for every speech
            // stored before; and the full path of the imported file (unknown for those, so left empty)
            List.of(
                "ALTER TABLE speech ADD COLUMN norm_sha256 TEXT",
                "UPDATE speech SET norm_sha256 = " + TextHash.SQL_NORMALIZED_FUNCTION + "(text)",
                "CREATE INDEX speech_norm_sha256 ON speech(norm_sha256)",
                "ALTER TABLE speech ADD COLUMN source_path TEXT"
            ),
            // the task board (issue 19): the user's units; each obligation of a speech as a task, its facts copied
            // from the corrected analysis (task_source says from which inputs) and the user's decisions beside
            // them; dated progress entries; the named periods due dates are read against
            List.of(
                """
                CREATE TABLE unit (
                  id INTEGER PRIMARY KEY,
                  name TEXT NOT NULL UNIQUE,
                  aliases TEXT NOT NULL DEFAULT '',
                  is_group INTEGER NOT NULL DEFAULT 0
                )""",
                """
                CREATE TABLE task (
                  id INTEGER PRIMARY KEY,
                  speech_id INTEGER NOT NULL REFERENCES speech(id) ON DELETE CASCADE,
                  start_offset INTEGER NOT NULL,
                  end_offset INTEGER NOT NULL,
                  quote TEXT NOT NULL,
                  paragraph INTEGER NOT NULL,
                  strength TEXT,
                  sectors TEXT NOT NULL DEFAULT '',
                  levels TEXT NOT NULL DEFAULT '',
                  levels_suggested INTEGER NOT NULL DEFAULT 0,
                  actor TEXT,
                  deadline TEXT,
                  in_text INTEGER NOT NULL DEFAULT 1,
                  lead_unit_id INTEGER REFERENCES unit(id) ON DELETE SET NULL,
                  due_date TEXT,
                  status TEXT NOT NULL DEFAULT 'not_started'
                )""",
                "CREATE INDEX task_speech ON task(speech_id, start_offset)",
                """
                CREATE TABLE task_partner (
                  task_id INTEGER NOT NULL REFERENCES task(id) ON DELETE CASCADE,
                  unit_id INTEGER NOT NULL REFERENCES unit(id) ON DELETE CASCADE,
                  PRIMARY KEY (task_id, unit_id)
                )""",
                """
                CREATE TABLE task_progress (
                  id INTEGER PRIMARY KEY,
                  task_id INTEGER NOT NULL REFERENCES task(id) ON DELETE CASCADE,
                  written_at TEXT NOT NULL,
                  author TEXT NOT NULL DEFAULT '',
                  body TEXT NOT NULL
                )""",
                "CREATE INDEX task_progress_task ON task_progress(task_id, written_at)",
                """
                CREATE TABLE task_source (
                  speech_id INTEGER PRIMARY KEY REFERENCES speech(id) ON DELETE CASCADE,
                  fingerprint TEXT NOT NULL
                )""",
                """
                CREATE TABLE due_period (
                  name TEXT PRIMARY KEY,
                  start_md TEXT NOT NULL,
                  end_md TEXT NOT NULL
                )"""
            ),
            // which tasks changed, in order (issue 19): the window keeps the board's rows in memory and reads
            // again only the tasks touched since, whoever wrote them (this window, the command line, a restore);
            // the log keeps its newest 50,000-55,000 entries, and a reader older than that reads everything
            List.of(
                "CREATE TABLE task_touch (seq INTEGER PRIMARY KEY AUTOINCREMENT, task_id INTEGER NOT NULL)",
                touch("task_touch_insert", "INSERT ON task", "NEW.id"),
                touch("task_touch_update", "UPDATE ON task", "NEW.id"),
                touch("task_touch_delete", "DELETE ON task", "OLD.id"),
                touch("task_partner_touch_insert", "INSERT ON task_partner", "NEW.task_id"),
                touch("task_partner_touch_delete", "DELETE ON task_partner", "OLD.task_id"),
                touch("task_progress_touch_insert", "INSERT ON task_progress", "NEW.task_id"),
                touch("task_progress_touch_update", "UPDATE ON task_progress", "NEW.task_id"),
                touch("task_progress_touch_delete", "DELETE ON task_progress", "OLD.task_id"),
                """
                CREATE TRIGGER speech_touch_update AFTER UPDATE OF title, speech_date, speaker, deleted_at ON speech
                BEGIN INSERT INTO task_touch(task_id) SELECT id FROM task WHERE speech_id = NEW.id; END""",
                """
                CREATE TRIGGER task_touch_prune AFTER INSERT ON task_touch WHEN NEW.seq % 5000 = 0
                BEGIN DELETE FROM task_touch WHERE seq <= NEW.seq - 50000; END"""
            ),
            // the 统计 view (issue 20): when a task's status changed, so the charts can show how tasks moved over time;
            // tasks changed before this version have no dated change
            List.of(
                """
                CREATE TABLE task_status_change (
                  id INTEGER PRIMARY KEY,
                  task_id INTEGER NOT NULL REFERENCES task(id) ON DELETE CASCADE,
                  status TEXT NOT NULL,
                  changed_at TEXT NOT NULL
                )""",
                "CREATE INDEX task_status_change_task ON task_status_change(task_id, changed_at)"
            ));

    private static String touch(String name, String event, String taskId) {
        return "CREATE TRIGGER " + name + " AFTER " + event + " BEGIN INSERT INTO task_touch(task_id) VALUES (" + taskId
                + "); END";
    }

    static final int LATEST = STEPS.size();

    private Migrations() {
    }

    static void apply(Database db) throws SQLException {
        int version = db.userVersion();
        if (version > LATEST) {
            throw new StoreException("store.error.newer", db.file().toString(), null);
        }
        if (version == LATEST) {
            return;
        }
        db.read(c -> {
            TextHash.register(c); // for steps that fill hashes of existing rows
            return null;
        });
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
