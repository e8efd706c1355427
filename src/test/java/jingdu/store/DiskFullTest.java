package jingdu.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import jingdu.model.Level;
import jingdu.model.Speech;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write on a full disk: SQLite's max_page_count makes it answer SQLITE_FULL exactly as when the disk is full,
 * on a real file. The user must hear "disk full", not the "cannot commit - no transaction is active" that
 * sqlite-jdbc raised while leaving manual-commit mode after SQLite had rolled back by itself.
 */
class DiskFullTest {

    @TempDir
    Path dir;

    private static long pragma(Database db, String sql) {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + sql)) {
                return rs.next() ? rs.getLong(1) : -1;
            }
        });
    }

    @Test
    void aFullDiskIsReportedAsAFullDiskAndWhatWasSavedStays() {
        Path file = dir.resolve("full.db");
        try (Database db = Database.open(file)) {
            SpeechRepository speeches = new SpeechRepository(db);
            Speech kept = speeches.insert("标题", "a.txt", "标题\n第一段。", 2);
            long pages = pragma(db, "page_count");
            pragma(db, "max_page_count = " + pages);

            String big = "要加强燃气安全检查。".repeat(20_000);
            assertThatThrownBy(() -> speeches.insert("大", "big.txt", big, 1))
                    .isInstanceOfSatisfying(StoreException.class, e -> {
                        assertThat(e.key()).isEqualTo(StoreException.DISK_FULL);
                        assertThat(e.isDiskFull()).isTrue();
                        assertThat(e.getCause()).hasMessageContaining("SQLITE_FULL");
                    });

            // the connection is usable again once there is room, and nothing half-written is left
            pragma(db, "max_page_count = " + (pages + 10_000));
            new TagRepository(db).set(kept.id(), List.of(0), Level.LEADERSHIP, true);
            assertThat(speeches.count()).isEqualTo(1);
        }
        try (Database db = Database.open(file)) {
            String integrity = db.read(c -> {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                    rs.next();
                    return rs.getString(1);
                }
            });
            assertThat(integrity).isEqualTo("ok");
            assertThat(new SpeechRepository(db).find(1)).get().extracting(Speech::text).isEqualTo("标题\n第一段。");
        }
    }
}
