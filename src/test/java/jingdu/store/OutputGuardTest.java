package jingdu.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13, item 1: no output of Jingdu may replace the library, its side files, its backups or a database. */
class OutputGuardTest {

    @TempDir
    Path dir;

    private Path library;

    @BeforeEach
    void library() {
        library = dir.resolve("data/jingdu.db");
        try (Database db = Database.open(library)) {
            new SpeechRepository(db).insert("t", "t.txt", "正文。", 1);
            new Backups(db).backupNow();
        }
    }

    @Test
    void theLibraryAndEverythingBesideItAreRefusedWhateverTheFlag() throws Exception {
        Files.writeString(dir.resolve("data/jingdu.db-wal"), "");
        for (Path target : new Path[] {library, dir.resolve("data/jingdu.db-wal"), dir.resolve("data/jingdu.db-shm"),
                dir.resolve("data/./sub/../jingdu.db"), Backups.list(library).get(0),
                Backups.directory(library).resolve("new-export.md")}) {
            assertThatThrownBy(() -> OutputGuard.check(target, library, true)).as(target.toString())
                    .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.key()).isEqualTo("store.error.output.library"));
        }
    }

    @Test
    void linksToTheLibraryAreFollowed() throws Exception {
        Path symlink = Files.createSymbolicLink(dir.resolve("report.md"), library);
        Path hardlink = Files.createLink(dir.resolve("report2.md"), library);
        Path linkedFolder = Files.createSymbolicLink(dir.resolve("elsewhere"), library.getParent());
        for (Path target : new Path[] {symlink, hardlink, linkedFolder.resolve("jingdu.db")}) {
            assertThatThrownBy(() -> OutputGuard.check(target, library, true)).as(target.toString())
                    .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.key()).isEqualTo("store.error.output.library"));
        }
    }

    @Test
    void anyOtherDatabaseIsRefused() throws Exception {
        Path other = dir.resolve("contacts.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other)) {
            c.createStatement().execute("CREATE TABLE t (x)");
        }
        assertThatThrownBy(() -> OutputGuard.check(other, library, true))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.key()).isEqualTo("store.error.output.database"));
    }

    @Test
    void anExistingFileIsReplacedOnlyWhenTheUserSaidSo() throws Exception {
        Path old = Files.writeString(dir.resolve("report.md"), "old");
        assertThatThrownBy(() -> OutputGuard.check(old, library, false))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.key()).isEqualTo("store.error.output.exists"));
        assertThatCode(() -> OutputGuard.check(old, library, true)).doesNotThrowAnyException();
        assertThatCode(() -> OutputGuard.check(dir.resolve("new.md"), library, false)).doesNotThrowAnyException();
        assertThatThrownBy(() -> OutputGuard.check(dir, library, true))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.key()).isEqualTo("store.error.output.folder"));
    }

    @Test
    void aPipeOrADeviceIsNeverReplacedEvenWithForce() throws Exception {
        Path fifo = dir.resolve("pipe");
        org.junit.jupiter.api.Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0,
                "mkfifo is available");
        for (Path target : new Path[] {fifo, Path.of("/dev/null")}) {
            assertThatThrownBy(() -> OutputGuard.check(target, library, true)).as(target.toString())
                    .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.key()).isEqualTo("store.error.output.notAFile"));
        }
        assertThat(Files.isRegularFile(fifo)).isFalse();
        assertThat(Files.exists(fifo)).isTrue();
    }
}
