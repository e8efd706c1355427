package jingdu.app.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import jingdu.app.Library;
import jingdu.store.Backups;
import jingdu.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryTest {

    @TempDir
    Path dir;

    @Test
    void aDamagedFileIsReplacedByTheNewestSoundBackupAndKeptAside() throws Exception {
        Path db = dir.resolve("jingdu.db");
        try (Library library = Library.open(db)) {
            long id = library.importString("一、各乡镇要加强燃气安全检查。", "s.txt").id();
            library.addNote(id, 0, 2, "旧批注");
            new Backups(library.database()).backupNow();
            Thread.sleep(5);
            library.addNote(id, 2, 4, "新批注");
            new Backups(library.database()).backupNow();
        }
        // the newest backup is itself damaged: recovery must skip it
        Path newest = Backups.list(db).get(0);
        Files.writeString(newest, "SQLite format 3\0 but not really", StandardCharsets.ISO_8859_1);
        byte[] damaged = "not a database at all".getBytes(StandardCharsets.UTF_8);
        Files.write(db, damaged);

        StoreException failure = catchOpen(db);
        assertThat(Recovery.canRecover(failure)).isTrue();
        Path backup = Recovery.latestSoundBackup(db).orElseThrow();
        assertThat(backup).isNotEqualTo(newest);

        Recovery.Recovered recovered = Recovery.recover(db, backup);
        try (Library library = recovered.library()) {
            assertThat(library.notes().forSpeech(1)).extracting(n -> n.body()).containsExactly("旧批注");
        }
        assertThat(Files.readAllBytes(recovered.damagedFileKeptAt())).isEqualTo(damaged);
    }

    @Test
    void aFileFromANewerJingduMayBeSetAsideButAnUnreadableFolderMayNot() {
        assertThat(Recovery.canRecover(new StoreException("store.error.newer", "x", null))).isTrue();
        assertThat(Recovery.canRecover(new StoreException("store.error.open", "x", null))).isFalse();
        assertThat(Recovery.latestSoundBackup(dir.resolve("none.db"))).isEmpty();
    }

    private static StoreException catchOpen(Path db) {
        StoreException e = catchThrowableOfType(() -> Library.open(db).close(), StoreException.class);
        assertThat(e).as("the damaged file must not open").isNotNull();
        return e;
    }
}
