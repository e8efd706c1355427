package jingdu.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jingdu.model.Level;
import jingdu.model.Note;
import jingdu.model.Speech;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {

    @TempDir
    Path dir;

    static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    @Test
    void speechesTagsAndNotesSurviveReopening() {
        Path file = dir.resolve("lib.db");
        long id;
        long keptNote;
        long deletedNote;
        try (Database db = Database.open(file)) {
            Speech s = new SpeechRepository(db).insert("标题", "a.txt", "标题\n第一段。\n第二段。", 3);
            id = s.id();
            TagRepository tags = new TagRepository(db);
            tags.set(id, List.of(0, 1, 2), Level.LEADERSHIP, true);
            tags.set(id, List.of(1), Level.ENTERPRISE, true);
            tags.set(id, List.of(0), Level.LEADERSHIP, false);
            NoteRepository notes = new NoteRepository(db);
            keptNote = notes.add(id, 3, 7, "第一段。", "初稿").id();
            deletedNote = notes.add(id, 8, 12, "第二段。", "将被删除").id();
            notes.updateBody(keptNote, "修改后的笔记");
            notes.delete(deletedNote);
        }
        try (Database db = Database.open(file)) {
            SpeechRepository speeches = new SpeechRepository(db);
            assertThat(speeches.count()).isEqualTo(1);
            Speech s = speeches.find(id).orElseThrow();
            assertThat(s.title()).isEqualTo("标题");
            assertThat(s.sourceName()).isEqualTo("a.txt");
            assertThat(s.text()).isEqualTo("标题\n第一段。\n第二段。");
            assertThat(s.paragraphCount()).isEqualTo(3);
            assertThat(speeches.list()).singleElement().satisfies(sum -> {
                assertThat(sum.id()).isEqualTo(id);
                assertThat(sum.title()).isEqualTo("标题");
            });
            assertThat(new TagRepository(db).forSpeech(id)).isEqualTo(Map.of(
                    1, Set.of(Level.LEADERSHIP, Level.ENTERPRISE),
                    2, Set.of(Level.LEADERSHIP)));
            List<Note> notes = new NoteRepository(db).forSpeech(id);
            assertThat(notes).singleElement().satisfies(n -> {
                assertThat(n.id()).isEqualTo(keptNote);
                assertThat(n.body()).isEqualTo("修改后的笔记");
                assertThat(n.quote()).isEqualTo("第一段。");
                assertThat(n.start()).isEqualTo(3);
                assertThat(n.end()).isEqualTo(7);
                assertThat(n.updatedAt()).isAfterOrEqualTo(n.createdAt());
            });
        }
    }

    @Test
    void newFileIsMigratedToLatestInWalMode() throws Exception {
        Path file = dir.resolve("sub/dir/new.db");
        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.LATEST);
            assertThat(db.tables()).contains("speech", "paragraph_tag", "note");
            assertThat(db.journalMode()).isEqualToIgnoringCase("wal");
        }
    }

    @Test
    void emptyFileIsMigratedFromVersionZero() throws Exception {
        Path file = Files.createFile(dir.resolve("empty.db"));
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file);
             var rs = c.createStatement().executeQuery("PRAGMA user_version")) {
            assertThat(rs.getInt(1)).isZero();
        }
        try (Database db = Database.open(file)) {
            assertThat(Migrations.LATEST).isPositive();
            assertThat(db.schemaVersion()).isEqualTo(Migrations.LATEST);
            assertThat(db.tables()).containsAll(List.of("note", "paragraph_tag", "speech"));
        }
    }

    @Test
    void newerSchemaIsRefusedAndLeftUnchanged() throws Exception {
        Path file = dir.resolve("future.db");
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); var s = c.createStatement()) {
            s.execute("PRAGMA application_id = " + LibraryFile.APPLICATION_ID); // a future Jingdu marks its files too
            s.execute("CREATE TABLE future_thing (x)");
            s.execute("PRAGMA user_version = " + (Migrations.LATEST + 1));
        }
        String before = sha256(file);
        assertThatThrownBy(() -> Database.open(file))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.key()).isEqualTo("store.error.newer"));
        assertThat(sha256(file)).isEqualTo(before);
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).containsExactly("future.db");
    }

    @Test
    void textFileIsRefusedAndLeftUnchanged() throws Exception {
        Path file = dir.resolve("jingdu.db");
        Files.writeString(file, "这不是数据库，只是一个文本文件。\n".repeat(20), StandardCharsets.UTF_8);
        assertRefusedUnchanged(file);
    }

    @Test
    void shortGarbageFileIsRefusedAndLeftUnchanged() throws Exception {
        Path file = dir.resolve("jingdu.db");
        Files.write(file, new byte[] {1, 2, 3});
        assertRefusedUnchanged(file);
    }

    @Test
    void corruptSqliteFileIsRefusedAndLeftUnchanged() throws Exception {
        Path file = dir.resolve("jingdu.db");
        try (Database db = Database.open(file)) {
            new SpeechRepository(db).insert("t", "t.txt", "t", 1);
        }
        byte[] bytes = Files.readAllBytes(file);
        for (int i = 100; i < bytes.length; i++) {
            bytes[i] = (byte) 0xA5; // keep the magic, destroy the pages
        }
        Files.write(file, bytes);
        assertRefusedUnchanged(file);
    }

    private void assertRefusedUnchanged(Path file) throws Exception {
        String before = sha256(file);
        assertThatThrownBy(() -> Database.open(file))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.key()).isIn("store.error.notDatabase", "store.error.damaged"));
        assertThat(sha256(file)).isEqualTo(before);
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).containsExactly(file.getFileName().toString());
    }

    @Test
    void directoryIsRefused() {
        assertThatThrownBy(() -> Database.open(dir))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.key()).isEqualTo("store.error.open"));
    }

    @Test
    void failedTransactionLeavesNothingBehind() {
        try (Database db = Database.open(dir.resolve("tx.db"))) {
            SpeechRepository speeches = new SpeechRepository(db);
            assertThatThrownBy(() -> db.inTransaction(c -> {
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO speech(title, source_name, text, imported_at, paragraph_count) VALUES ('a','a','a','2024-01-01T00:00:00Z',1)")) {
                    ps.executeUpdate();
                }
                throw new IllegalStateException("boom after the insert");
            })).isInstanceOf(IllegalStateException.class);
            assertThat(speeches.count()).isZero();

            long id = speeches.insert("t", "t.txt", "a\nb", 2).id();
            // Paragraph 0 is valid, the second row breaks the foreign key: neither may stay.
            TagRepository tags = new TagRepository(db);
            assertThatThrownBy(() -> db.inTransaction(c -> {
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO paragraph_tag(speech_id, paragraph, level, created_at) VALUES (?,?,?,?)")) {
                    for (long speech : new long[] {id, id + 999}) {
                        ps.setLong(1, speech);
                        ps.setInt(2, 0);
                        ps.setString(3, "leadership");
                        ps.setString(4, "2024-01-01T00:00:00Z");
                        ps.executeUpdate();
                    }
                }
                return null;
            })).isInstanceOf(StoreException.class);
            assertThat(tags.forSpeech(id)).isEmpty();
            assertThatThrownBy(() -> new NoteRepository(db).add(id + 999, 0, 1, "a", "b"))
                    .isInstanceOf(StoreException.class);
            assertThat(new NoteRepository(db).forSpeech(id + 999)).isEmpty();
            // The connection is usable again after the failures.
            tags.set(id, List.of(0), Level.SUPERVISION, true);
            assertThat(tags.forSpeech(id)).containsEntry(0, Set.of(Level.SUPERVISION));
        }
    }

    @Test
    void nestedTransactionIsRejected() {
        try (Database db = Database.open(dir.resolve("nested.db"))) {
            assertThatThrownBy(() -> db.inTransaction(c -> db.inTransaction(c2 -> 1)))
                    .isInstanceOf(IllegalStateException.class);
            String ok = db.inTransaction(c -> "ok");
            assertThat(ok).isEqualTo("ok");
        }
    }
}
