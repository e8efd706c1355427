package jingdu.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Step 9 (issue 18): speeches stored before it get the fingerprint of their normalised text, so an import of
 * the same speech from another file format is recognised; the source path column is added, empty for them.
 */
class NormalizedHashMigrationTest {

    @TempDir
    Path dir;

    private static List<String> column(Database db, String sql) {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                List<String> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
                return out;
            }
        });
    }

    @Test
    void aLibraryAtVersionEightGetsNormalizedHashesAndTheSourcePathColumn() throws Exception {
        Path file = dir.resolve("old.db");
        String first = "标题\n第一段，要加强检查。\n第二段。";
        String second = "别的\n一段。";
        try (Database db = Database.open(file)) {
            SpeechRepository speeches = new SpeechRepository(db);
            speeches.insert("标题", "a.txt", first, 3);
            speeches.insert("别的", "b.docx", second, 2);
        }
        // take it back to version 8, as the release before issue 18 left it
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER speech_touch_update"); // the task touch log, which came after (version 11)
            s.execute("DROP TABLE task_touch");
            for (String table : new String[] {"task_status_change", "due_period", "task_source", "task_progress",
                "task_partner", "task", "unit"}) {
                s.execute("DROP TABLE " + table); // the task board's tables and its dated changes, which came after (10, 12)
            }
            s.execute("DROP INDEX speech_norm_sha256");
            s.execute("ALTER TABLE speech DROP COLUMN norm_sha256");
            s.execute("ALTER TABLE speech DROP COLUMN source_path");
            s.execute("PRAGMA user_version = 8");
        }

        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.LATEST).isGreaterThanOrEqualTo(9);
            assertThat(column(db, "SELECT norm_sha256 FROM speech ORDER BY id"))
                    .containsExactly(TextHash.normalized(first), TextHash.normalized(second));
            assertThat(column(db, "SELECT source_path FROM speech ORDER BY id")).containsExactly(null, null);
            String plan = db.read(c -> {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                        "EXPLAIN QUERY PLAN SELECT title FROM speech WHERE norm_sha256 = 'x' AND deleted_at IS NULL")) {
                    StringBuilder b = new StringBuilder();
                    while (rs.next()) {
                        b.append(rs.getString("detail"));
                    }
                    return b.toString();
                }
            });
            assertThat(plan).contains("speech_norm_sha256");
            // the same speech spaced and broken otherwise is found by it
            String again = " 标题\n第一段， 要加强\n检查。\n第二段。";
            SpeechRepository speeches = new SpeechRepository(db);
            assertThat(speeches.titleWithNormalizedText(TextHash.normalized(again))).contains("标题");
            assertThat(speeches.titleWithNormalizedText(TextHash.normalized(first + "又一段。"))).isEmpty();
            // a new speech carries its path
            speeches.insert("新", "c.pdf", "/home/u/c.pdf", "新\n新的一段。", 2);
            assertThat(column(db, "SELECT source_path FROM speech WHERE id = 3")).containsExactly("/home/u/c.pdf");
        }
    }
}
