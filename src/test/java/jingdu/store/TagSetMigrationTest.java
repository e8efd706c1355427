package jingdu.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jingdu.model.Level;
import jingdu.model.Note;
import jingdu.model.NoteScope;
import jingdu.model.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A library written by the first schema (three levels, passage notes) opens with its rows intact. */
class TagSetMigrationTest {

    @TempDir
    Path dir;

    @Test
    void aVersionOneLibraryKeepsItsTagsAndNotesAndGainsTheTagSet() throws Exception {
        Path file = dir.resolve("old.db");
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
            s.execute("INSERT INTO speech VALUES (1, '标题', 'a.txt', '标题\n第一段。\n第二段。', '2024-01-01T00:00:00Z', 3)");
            s.execute("INSERT INTO paragraph_tag VALUES (1, 1, 'leadership', '2024-01-01T00:00:00Z'),"
                    + " (1, 2, 'enterprise', '2024-01-01T00:00:00Z')");
            s.execute("INSERT INTO note VALUES (7, 1, 3, 7, '第一段。', '旧批注', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')");
            s.execute("PRAGMA user_version = 1");
        }
        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.LATEST);
            assertThat(db.tables()).contains("tag", "passage_tag", "undo_log");
            assertThat(new TagRepository(db).forSpeech(1)).isEqualTo(Map.of(1, Set.of(Level.LEADERSHIP), 2, Set.of(Level.ENTERPRISE)));
            assertThat(new TagRepository(db).idsForSpeech(1)).isEqualTo(Map.of(1, Set.of("leadership"), 2, Set.of("enterprise")));
            List<Note> notes = new NoteRepository(db).forSpeech(1);
            assertThat(notes).singleElement().satisfies(n -> {
                assertThat(n.id()).isEqualTo(7);
                assertThat(n.body()).isEqualTo("旧批注");
                assertThat(n.scope()).isEqualTo(NoteScope.PASSAGE);
                assertThat(n.paragraph()).isEqualTo(-1);
                assertThat(n.colour()).isNull();
            });
            assertThat(new TagSetRepository(db).tree().inOrder()).extracting(Tag::id)
                    .containsExactly("leadership", "supervision", "enterprise");
            assertThat(new TagSetRepository(db).tree().all()).allSatisfy(t -> {
                assertThat(t.builtIn()).isTrue();
                assertThat(t.name()).isNull();
            });
        }
    }
}
