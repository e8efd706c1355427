package jingdu.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteNativeTest {

    @TempDir
    Path dir;

    @Test
    void theDriverLoadsOurCopyOfItsLibrary() {
        try (Database db = Database.open(dir.resolve("jingdu.db"))) {
            assertThat(db).isNotNull();
        }
        String name = System.getProperty("org.sqlite.lib.name");
        assertThat(name).startsWith("jingdu-sqlite-");
        assertThat(new File(System.getProperty("org.sqlite.lib.path"), name)).isFile();
    }

    @Test
    void copiesLeftByKilledProcessesGoOnlyOnceStale() throws Exception {
        Path old = Files.createFile(dir.resolve("jingdu-sqlite-3.47.1.0-1-libsqlitejdbc.so"));
        Path fresh = Files.createFile(dir.resolve("jingdu-sqlite-3.47.1.0-2-libsqlitejdbc.so"));
        Path other = Files.createFile(dir.resolve("sqlite-3.47.1.0-3-libsqlitejdbc.so"));
        assertThat(old.toFile().setLastModified(System.currentTimeMillis() - 2 * 60 * 60 * 1000L)).isTrue();
        assertThat(other.toFile().setLastModified(System.currentTimeMillis() - 2 * 60 * 60 * 1000L)).isTrue();
        SqliteNative.removeStaleCopies(dir.toFile());
        assertThat(old).doesNotExist();
        assertThat(fresh).exists();
        assertThat(other).exists(); // the driver's own copies are the driver's business
    }
}
