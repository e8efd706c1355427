package jingdu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import jingdu.app.Library;
import jingdu.store.Backups;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, items 1–3 through the command line as a user types it: outputs pointed at the library, a
 * damaged library, another program's database.
 */
class LibraryProtectionCliTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final CliConsole cli = new CliConsole();
    private Path db;

    @BeforeEach
    void library() throws Exception {
        db = dir.resolve("jingdu.db");
        try (Library lib = Library.open(db)) {
            for (int i = 1; i <= 30; i++) {
                lib.importString("讲话" + i + "\n" + "各地区要压实安全生产责任，企业要落实主体责任。".repeat(20), i + ".txt");
            }
        }
    }

    private int run(String... args) {
        return cli.run(args);
    }

    private String err() {
        return cli.err();
    }

    @Test
    void noExportOrBackupReplacesTheLibrary() throws Exception {
        String before = sha256(db);
        for (String format : List.of("md", "json", "xlsx")) {
            assertThat(run("export", "--all", "--format", format, "--db", db.toString(), "--out", db.toString()))
                    .as(format).isNotZero();
            assertThat(err()).contains("文库本身");
            assertThat(run("export", "--all", "--format", format, "--db", db.toString(), "--out", db.toString(), "--force"))
                    .as(format + " --force").isNotZero();
        }
        assertThat(run("backup", "--db", db.toString(), "--to", db.toString())).isNotZero();
        assertThat(run("backup", "--db", db.toString(), "--to", db.toString(), "--force")).isNotZero();
        assertThat(run("backup", "--db", db.toString(), "--to", db + "-wal", "--force")).isNotZero();
        assertThat(sha256(db)).isEqualTo(before);
        assertThat(run("list", "--db", db.toString())).isZero();
        assertThat(cli.out().lines()).hasSize(30);
    }

    @Test
    void anExistingFileIsReplacedOnlyWithForce() throws Exception {
        Path report = Files.writeString(dir.resolve("report.md"), "我的旧文件");
        assertThat(run("export", "--all", "--format", "md", "--db", db.toString(), "--out", report.toString())).isNotZero();
        assertThat(err()).contains("--force");
        assertThat(report).hasContent("我的旧文件");
        assertThat(run("export", "--all", "--format", "md", "--db", db.toString(), "--out", report.toString(), "--force")).isZero();
        assertThat(Files.readString(report)).contains("讲话1");

        // a device is never replaced: as root, renaming over /dev/null would replace the device itself
        assertThat(run("export", "--all", "--format", "md", "--db", db.toString(), "--out", "/dev/null", "--force")).isNotZero();
        assertThat(Files.isRegularFile(Path.of("/dev/null"))).isFalse();

        Path otherDb = Files.copy(db, dir.resolve("colleague.db"));
        assertThat(run("backup", "--db", db.toString(), "--to", otherDb.toString(), "--force")).isNotZero();
        assertThat(err()).contains("数据库文件");
    }

    @Test
    void aDamagedLibraryIsNeverWrittenNorBackedUpAndRestoreUsesTheNewestSoundBackup() throws Exception {
        assertThat(run("backup", "--db", db.toString())).isZero();
        damageSpeechTable(db);
        String before = sha256(db);

        for (int start = 0; start < 11; start++) { // more starts than backups are kept
            assertThat(run("list", "--db", db.toString())).isNotZero();
            assertThat(err()).contains("已损坏").doesNotContain("SQLITE");
        }
        assertThat(run("note", "--db", db.toString(), "--speech", "1", "--start", "0", "--end", "2", "--text", "x")).isNotZero();
        Path txt = Files.writeString(dir.resolve("new.txt"), "新讲话\n企业要落实主体责任。");
        assertThat(run("import", "--db", db.toString(), txt.toString())).isNotZero();
        assertThat(run("backup", "--db", db.toString())).isNotZero();
        assertThat(err()).doesNotContain("SQLITE");
        assertThat(sha256(db)).isEqualTo(before);
        assertThat(Backups.list(db)).hasSize(1);

        assertThat(run("restore", "--db", db.toString())).isZero();
        try (Stream<Path> files = Files.list(dir)) {
            Path aside = files.filter(p -> p.getFileName().toString().startsWith("jingdu.db.damaged-")).findFirst().orElseThrow();
            assertThat(sha256(aside)).isEqualTo(before);
        }
        assertThat(run("list", "--db", db.toString())).isZero();
        assertThat(cli.out().lines()).hasSize(30);
    }

    @Test
    void anotherProgramsDatabaseIsRefusedUntouched() throws Exception {
        Path other = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other)) {
            c.createStatement().execute("CREATE TABLE orders (id INTEGER, total REAL)");
        }
        String before = sha256(other);
        Path txt = Files.writeString(dir.resolve("new.txt"), "新讲话\n企业要落实主体责任。");
        assertThat(run("import", "--db", other.toString(), txt.toString())).isNotZero();
        assertThat(err()).contains("其他程序");
        assertThat(sha256(other)).isEqualTo(before);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other);
             ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM sqlite_master")) {
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }

    private static void damageSpeechTable(Path db) throws Exception {
        int page;
        int size;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT rootpage FROM sqlite_master WHERE name = 'speech'")) {
                page = rs.getInt(1);
            }
            try (ResultSet rs = c.createStatement().executeQuery("PRAGMA page_size")) {
                size = rs.getInt(1);
            }
        }
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            f.seek((long) (page - 1) * size);
            f.write(new byte[] {0x7F, 0x7F, 0x7F, 0x7F, 0x7F, 0x7F, 0x7F, 0x7F});
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
