package jingdu.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import jingdu.model.SpeechSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, items 2 and 3: a damaged library is never written to and never backed up; another program's
 * database is refused untouched; a library left by an unclean shutdown is kept as found before the next
 * write, and a WAL that does not belong to it is not trusted.
 */
class LibraryIntegrityTest {

    @TempDir
    Path dir;

    // ---- damage ----------------------------------------------------------------------------------

    @Test
    void aDamagedPageIsFoundOnOpenAndTheFileIsNotTouched() throws Exception {
        Path db = libraryWithSpeeches(dir.resolve("jingdu.db"), 40);
        damageTable(db, "speech");
        String before = sha256(db);

        assertThatThrownBy(() -> Database.open(db))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.key()).isEqualTo("store.error.damaged");
                    assertThat(e.detail()).doesNotContain("SQLITE_");
                });
        assertThat(sha256(db)).isEqualTo(before);
    }

    @Test
    void damageTheQuickCheckHadNoTimeForIsCaughtByTheFullCheckAndStopsEveryWrite() throws Exception {
        Path db = libraryWithSpeeches(dir.resolve("jingdu.db"), 40);
        damageTable(db, "speech");
        String before = sha256(db);

        try (Database opened = Database.open(db, 0, Clock.systemDefaultZone())) {
            assertThat(opened.fullCheckPending()).isTrue();
            assertThat(opened.verifyFully()).isFalse();
            assertThat(opened.damaged()).isTrue();
            assertThatThrownBy(() -> new SpeechRepository(opened).insert("t", "t.txt", "正文。", 1))
                    .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.key()).isEqualTo("store.error.damaged"));
            assertThatThrownBy(() -> new Backups(opened).backupNow())
                    .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.key()).isEqualTo("store.error.damaged"));
        }
        assertThat(sha256(db)).isEqualTo(before);
        assertThat(Backups.list(db)).as("a copy of a damaged library is never kept as a backup").isEmpty();
    }

    @Test
    void aReadThatMeetsDamageMarksTheLibraryAndNoRawSqliteTextIsShown() throws Exception {
        Path db = libraryWithSpeeches(dir.resolve("jingdu.db"), 40);
        damageTable(db, "speech");
        try (Database opened = Database.open(db, 0, Clock.systemDefaultZone())) {
            assertThatThrownBy(() -> new SpeechRepository(opened).list())
                    .isInstanceOfSatisfying(StoreException.class, e -> {
                        assertThat(e.key()).isEqualTo("store.error.damaged");
                        assertThat(e.detail()).doesNotContain("SQLITE_");
                    });
            assertThat(opened.damaged()).isTrue();
        }
    }

    @Test
    void aBackupIsCheckedAndTheClockGoingBackDoesNotRotateTheNewOneAway() throws Exception {
        Path db = libraryWithSpeeches(dir.resolve("jingdu.db"), 3);
        try (Database opened = Database.open(db)) {
            for (int i = 0; i < Backups.KEEP; i++) {
                new Backups(opened, Clock.fixed(Instant.parse("2030-01-01T00:00:00Z").plusSeconds(i), ZoneId.of("UTC")))
                        .backupNow();
            }
            Path fromThePast = new Backups(opened, Clock.fixed(Instant.parse("2020-01-01T00:00:00Z"), ZoneId.of("UTC")))
                    .backupNow();
            assertThat(fromThePast).exists();
            assertThat(Backups.list(db)).contains(fromThePast).hasSize(Backups.KEEP + 1);
        }
    }

    // ---- another program's database ----------------------------------------------------------------

    @Test
    void anotherProgramsDatabaseIsRefusedUntouched() throws Exception {
        Path other = dir.resolve("jingdu.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE contacts (name TEXT, phone TEXT)");
            s.execute("INSERT INTO contacts VALUES ('张三', '123')");
        }
        String before = sha256(other);
        assertThatThrownBy(() -> Database.open(other))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.key()).isEqualTo("store.error.foreign"));
        assertThat(sha256(other)).isEqualTo(before);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("jingdu.db");
        }
        assertThat(pragma(other, "journal_mode")).isEqualTo("delete");
    }

    @Test
    void aDatabaseMarkedByAnotherApplicationIsRefusedEvenWithJingdusTables() throws Exception {
        Path db = libraryWithSpeeches(dir.resolve("jingdu.db"), 1);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("PRAGMA application_id = 12345");
        }
        assertThatThrownBy(() -> Database.open(db))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.key()).isEqualTo("store.error.foreign"));
    }

    @Test
    void newLibrariesAreMarkedAndOldUnmarkedOnesAreRecognisedAndMarked() throws Exception {
        Path db = libraryWithSpeeches(dir.resolve("jingdu.db"), 2);
        assertThat(pragma(db, "application_id")).isEqualTo(String.valueOf(LibraryFile.APPLICATION_ID));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("PRAGMA application_id = 0"); // as every library made before the mark
        }
        try (Database opened = Database.open(db)) {
            assertThat(new SpeechRepository(opened).count()).isEqualTo(2);
        }
        assertThat(pragma(db, "application_id")).isEqualTo(String.valueOf(LibraryFile.APPLICATION_ID));
    }

    // ---- unclean shutdown ------------------------------------------------------------------------------

    @Test
    void afterAnUncleanShutdownTheFileIsKeptAsFoundAndItsWalIsUsed() throws Exception {
        Path db = libraryWithSpeeches(dir.resolve("lib/jingdu.db"), 2);
        Path crashed = crashImage(db, "第三篇", dir.resolve("crashed"));
        byte[] fileAsFound = Files.readAllBytes(crashed);
        byte[] walAsFound = Files.readAllBytes(UncleanShutdown.sibling(crashed, "-wal"));

        try (Database opened = Database.open(crashed)) {
            assertThat(titles(opened)).containsExactlyInAnyOrder("讲话1", "讲话2", "第三篇");
            Path copy = opened.uncleanShutdownCopy().orElseThrow();
            assertThat(opened.walDiscarded()).isFalse();
            assertThat(copy.resolve("jingdu.db")).hasBinaryContent(fileAsFound);
            assertThat(copy.resolve("jingdu.db-wal")).hasBinaryContent(walAsFound);
        }
        try (Database again = Database.open(crashed)) {
            assertThat(again.uncleanShutdownCopy()).as("a clean close leaves nothing to keep").isEmpty();
        }
    }

    @Test
    void aStaleWalBesideACopiedBackFileIsNotTrustedAndLosesNothing() throws Exception {
        Path db = libraryWithSpeeches(dir.resolve("lib/jingdu.db"), 1);
        // a WAL written against the library as it was then…
        Path then = crashImage(db, "旧日志里的讲话", dir.resolve("then"));
        // …while the library itself went on (other speeches, checkpointed and closed cleanly)
        try (Database opened = Database.open(db)) {
            SpeechRepository speeches = new SpeechRepository(opened);
            for (int i = 0; i < 30; i++) {
                speeches.insert("后来的讲话" + i, "x.txt", "后来的正文，各单位要加强检查。".repeat(20), 1);
            }
        }
        Files.copy(UncleanShutdown.sibling(then, "-wal"), UncleanShutdown.sibling(db, "-wal"));

        try (Database opened = Database.open(db)) {
            assertThat(opened.walDiscarded()).isTrue();
            assertThat(titles(opened)).contains("讲话1", "后来的讲话0", "后来的讲话29").doesNotContain("旧日志里的讲话");
            Path copy = opened.uncleanShutdownCopy().orElseThrow();
            assertThat(copy.resolve("jingdu.db-wal")).hasSameBinaryContentAs(UncleanShutdown.sibling(then, "-wal"));
        }
    }

    @Test
    void aWalThatALiveProcessIsWritingIsLeftAlone() throws Exception {
        Path db = libraryWithSpeeches(dir.resolve("jingdu.db"), 1);
        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CrashWriter.class.getName(), db.toString(), "0")
                .redirectErrorStream(true).start();
        try {
            var lines = new java.io.BufferedReader(new java.io.InputStreamReader(writer.getInputStream()));
            String line;
            while ((line = lines.readLine()) != null && !line.startsWith("ack 20")) {
                // wait until the other process has written into its WAL
            }
            assertThat(line).isNotNull();
            try (Database opened = Database.open(db)) {
                assertThat(opened.uncleanShutdownCopy()).isEmpty();
                assertThat(new SpeechRepository(opened).count()).isEqualTo(1);
            }
        } finally {
            writer.destroyForcibly().waitFor();
        }
        try (Stream<Path> files = Files.exists(Backups.directory(db)) ? Files.list(Backups.directory(db)) : Stream.empty()) {
            assertThat(files.filter(p -> p.getFileName().toString().startsWith("unclean-"))).isEmpty();
        }
    }

    @Test
    void safetyCopiesRotate() throws Exception {
        Path db = libraryWithSpeeches(dir.resolve("lib/jingdu.db"), 1);
        for (int i = 0; i < UncleanShutdown.KEEP + 2; i++) {
            Path crashed = crashImage(db, "t" + i, dir.resolve("c" + i));
            Files.createDirectories(Backups.directory(db));
            Files.copy(crashed, db, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.copy(UncleanShutdown.sibling(crashed, "-wal"), UncleanShutdown.sibling(db, "-wal"));
            Clock clock = Clock.fixed(Instant.parse("2030-01-01T00:00:00Z").plusSeconds(i), ZoneId.of("UTC"));
            Database.open(db, Database.QUICK_CHECK_BUDGET_MS, clock).close();
        }
        assertThat(UncleanShutdown.copies(db)).hasSize(UncleanShutdown.KEEP);
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private static Path libraryWithSpeeches(Path db, int n) {
        try (Database opened = Database.open(db)) {
            SpeechRepository speeches = new SpeechRepository(opened);
            for (int i = 1; i <= n; i++) {
                speeches.insert("讲话" + i, i + ".txt", ("第" + i + "篇。各地区要压实安全生产责任，企业要落实主体责任。").repeat(30), 1);
            }
        }
        return db;
    }

    /**
     * What a process killed mid-session leaves: the library file as last checkpointed, and a WAL with one
     * more speech. Made by copying the files while a connection that never checkpoints is still open.
     */
    private static Path crashImage(Path db, String title, Path into) throws Exception {
        Path work = Files.createDirectories(into.resolveSibling(into.getFileName() + "-work")).resolve(db.getFileName());
        Files.copy(db, work);
        Path image = Files.createDirectories(into).resolve(db.getFileName());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + work); Statement s = c.createStatement()) {
            s.execute("PRAGMA wal_autocheckpoint = 0");
            s.execute("INSERT INTO speech(title, source_name, text, imported_at, paragraph_count) VALUES ('"
                    + title + "', 'x.txt', '正文。', '2026-01-01T00:00:00Z', 1)");
            Files.copy(work, image);
            Files.copy(UncleanShutdown.sibling(work, "-wal"), UncleanShutdown.sibling(image, "-wal"));
        }
        return image;
    }

    private static List<String> titles(Database db) {
        return new SpeechRepository(db).list().stream().map(SpeechSummary::title).toList();
    }

    /** Overwrites the b-tree page header of {@code table}'s root page: SQLite's checks call that damage. */
    private static void damageTable(Path db, String table) throws Exception {
        int page;
        int size;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT rootpage FROM sqlite_master WHERE name = '" + table + "'")) {
                page = rs.getInt(1);
            }
            try (ResultSet rs = s.executeQuery("PRAGMA page_size")) {
                size = rs.getInt(1);
            }
        }
        assertThat(UncleanShutdown.sibling(db, "-wal")).doesNotExist();
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            f.seek((long) (page - 1) * size);
            byte[] junk = new byte[64];
            java.util.Arrays.fill(junk, (byte) 0x7F);
            f.write(junk);
        }
    }

    private static String pragma(Path db, String name) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            return rs.getString(1);
        }
    }

    static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
