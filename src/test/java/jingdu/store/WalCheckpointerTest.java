package jingdu.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Committed writes reach the library file itself (not only the WAL) without the writer checkpointing. */
class WalCheckpointerTest {

    @TempDir
    Path dir;

    /** Rows in the main file alone, read from a copy of it without its WAL. */
    private int rowsInMainFile(Path file) throws Exception {
        Path copy = dir.resolve("copy-" + System.nanoTime() + ".db");
        Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE name = 'probe'")) {
            rs.next();
            if (rs.getInt(1) == 0) {
                return 0;
            }
            try (ResultSet n = s.executeQuery("SELECT count(*) FROM probe")) {
                n.next();
                return n.getInt(1);
            }
        }
    }

    @Test
    void aFewCommitsAreCopiedIntoTheFileInTheBackgroundAndTheWalGoesAtClose() throws Exception {
        Path file = dir.resolve("lib.db");
        try (Database db = Database.open(file)) {
            db.inTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE TABLE probe(id INTEGER PRIMARY KEY, v TEXT)");
                }
                return null;
            });
            for (int i = 0; i < 5; i++) { // far below any automatic checkpoint threshold
                int v = i;
                db.inTransaction(c -> {
                    try (PreparedStatement ps = c.prepareStatement("INSERT INTO probe(v) VALUES (?)")) {
                        ps.setString(1, "row " + v);
                        return ps.executeUpdate();
                    }
                });
            }
            long deadline = System.nanoTime() + 20_000_000_000L;
            int seen = rowsInMainFile(file);
            while (seen < 5 && System.nanoTime() < deadline) {
                Thread.sleep(100);
                seen = rowsInMainFile(file);
            }
            assertThat(seen).as("rows checkpointed into the main file").isEqualTo(5);
            assertThat(db.<Integer>read(c -> {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA wal_autocheckpoint")) {
                    rs.next();
                    return rs.getInt(1);
                }
            })).isEqualTo(WalCheckpointer.BACKSTOP_PAGES);
        }
        assertThat(dir.resolve("lib.db-wal")).doesNotExist();
        try (Database db = Database.open(file)) {
            assertThat(db.tables()).contains("probe");
        }
    }
}
