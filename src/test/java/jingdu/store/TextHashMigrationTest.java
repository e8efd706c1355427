package jingdu.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Speeches stored before the text hash existed get theirs in the migration, so an import recognises them. */
class TextHashMigrationTest {

    private static final String TEXT = "标题\n第一段。\n第二段。";

    @TempDir
    Path dir;

    private static Optional<String> titleWithText(Database db, String text) {
        return db.read(c -> SpeechRepository.titleWithText(c, text, TextHash.of(text)));
    }

    @Test
    void existingSpeechesGetTheirHashAndAreFoundByIt() throws Exception {
        Path file = dir.resolve("old.db");
        // a library as the first schema wrote it
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE speech (id INTEGER PRIMARY KEY, title TEXT NOT NULL, source_name TEXT NOT NULL,"
                    + " text TEXT NOT NULL, imported_at TEXT NOT NULL, paragraph_count INTEGER NOT NULL)");
            s.execute("CREATE TABLE paragraph_tag (speech_id INTEGER NOT NULL REFERENCES speech(id) ON DELETE CASCADE,"
                    + " paragraph INTEGER NOT NULL, level TEXT NOT NULL, created_at TEXT NOT NULL,"
                    + " PRIMARY KEY (speech_id, paragraph, level))");
            s.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, speech_id INTEGER NOT NULL REFERENCES speech(id)"
                    + " ON DELETE CASCADE, start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL, quote TEXT NOT NULL,"
                    + " body TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL)");
            s.execute("CREATE INDEX note_speech ON note(speech_id, start_offset)");
            s.execute("INSERT INTO speech VALUES (1, '标题', 'a.txt', '" + TEXT + "', '2024-01-01T00:00:00Z', 3)");
            s.execute("INSERT INTO speech VALUES (2, '别的', 'b.txt', '别的\n一段。', '2024-01-01T00:00:00Z', 2)");
            s.execute("PRAGMA user_version = 1");
        }
        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.LATEST);
            List<String> hashes = db.read(c -> {
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT text_sha256 FROM speech ORDER BY id")) {
                    List<String> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                    return out;
                }
            });
            assertThat(hashes).containsExactly(TextHash.of(TEXT), TextHash.of("别的\n一段。"));
            assertThat(TextHash.of(TEXT)).isEqualTo(jingdu.io.AnnotationsJson.sha256(TEXT)); // one fingerprint for both uses
            String plan = db.read(c -> {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                        "EXPLAIN QUERY PLAN SELECT title FROM speech WHERE text_sha256 = 'x' AND text = 'y'")) {
                    StringBuilder b = new StringBuilder();
                    while (rs.next()) {
                        b.append(rs.getString("detail"));
                    }
                    return b.toString();
                }
            });
            assertThat(plan).contains("speech_text_sha256");
            assertThat(titleWithText(db, TEXT)).contains("标题");
            assertThat(titleWithText(db, TEXT + "。")).isEmpty();
            // a new speech carries its hash too
            long id = new SpeechRepository(db).insert("新", "c.txt", "新\n新的一段。", 2).id();
            assertThat(titleWithText(db, "新\n新的一段。")).contains("新");
            assertThat(id).isEqualTo(3);
        }
    }
}
