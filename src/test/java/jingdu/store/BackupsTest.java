package jingdu.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jingdu.app.Library;
import jingdu.model.Level;
import jingdu.model.Speech;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsTest {

    @TempDir
    Path dir;

    /** A clock that moves one second each time it is read, so backup names are distinct and ordered. */
    private static Clock ticking() {
        return new Clock() {
            private long t = Instant.parse("2026-11-23T08:00:00Z").getEpochSecond();

            @Override
            public ZoneId getZone() {
                return ZoneId.of("Asia/Shanghai");
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return Instant.ofEpochSecond(t++);
            }
        };
    }

    private static Speech sample(Library library) throws Exception {
        return library.importString("一、各乡镇要加强燃气安全检查。\n二、企业必须落实主体责任。", "s.txt");
    }

    @Test
    void restoreBringsBackTheBackedUpStateAndKeepsTheCurrentOneAside() throws Exception {
        Path db = dir.resolve("jingdu.db");
        try (Library library = Library.open(db)) {
            Speech s = sample(library);
            library.addNote(s.id(), 0, 2, "第一条");
            Backups backups = new Backups(library.database(), ticking());
            Path backup = backups.backupNow();
            assertThat(backup).exists().hasParent(dir.resolve("backups"));
            Backups.verify(backup);

            library.addNote(s.id(), 2, 4, "第二条");
            library.tagParagraph(s.id(), 1, Level.ENTERPRISE, true);
            Path safety = backups.restore(backup);

            assertThat(library.notes().forSpeech(s.id())).extracting(n -> n.body()).containsExactly("第一条");
            assertThat(library.tags().forSpeech(s.id())).isEmpty();
            // the state from before the restore is itself a backup that can be restored
            backups.restore(safety);
            assertThat(library.notes().forSpeech(s.id())).extracting(n -> n.body()).containsExactly("第一条", "第二条");
            assertThat(library.tags().forSpeech(s.id())).isEqualTo(Map.of(1, Set.of(Level.ENTERPRISE)));
        }
        try (Library reopened = Library.open(db)) {
            assertThat(reopened.notes().forSpeech(1)).hasSize(2);
        }
    }

    @Test
    void automaticBackupsRotateKeepingTheNewestTen() throws Exception {
        Path db = dir.resolve("jingdu.db");
        try (Library library = Library.open(db)) {
            sample(library);
            Backups backups = new Backups(library.database(), ticking());
            Path last = null;
            for (int i = 0; i < 13; i++) {
                last = backups.backupNow();
            }
            List<Path> kept = Backups.list(db);
            assertThat(kept).hasSize(Backups.KEEP);
            assertThat(kept.get(0)).isEqualTo(last);
            assertThat(Files.list(dir.resolve("backups")).filter(p -> p.toString().endsWith(".partial"))).isEmpty();
        }
    }

    @Test
    void manualBackupGoesWhereTheUserSays() throws Exception {
        try (Library library = Library.open(dir.resolve("jingdu.db"))) {
            sample(library);
            Path usb = dir.resolve("U盘").resolve("精读备份.db");
            new Backups(library.database()).backupTo(usb, false);
            Backups.verify(usb);
            try (Library copy = Library.open(usb)) {
                assertThat(copy.list()).hasSize(1);
            }
        }
    }

    @Test
    void aBadBackupIsRefusedAndNothingChanges() throws Exception {
        Path db = dir.resolve("jingdu.db");
        Path garbage = dir.resolve("garbage.db");
        Files.writeString(garbage, "这不是数据库", StandardCharsets.UTF_8);
        try (Library library = Library.open(db)) {
            Speech s = sample(library);
            library.addNote(s.id(), 0, 2, "保留");
            Backups backups = new Backups(library.database());
            assertThatThrownBy(() -> backups.restore(garbage))
                    .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.key()).isEqualTo("store.error.badBackup"));
            assertThat(library.notes().forSpeech(s.id())).hasSize(1);
            assertThat(Backups.list(db)).as("no safety backup was needed").isEmpty();
        }
    }

    @Test
    void aDamagedLibraryIsKeptAsideAndTheBackupPutInItsPlace() throws Exception {
        Path db = dir.resolve("jingdu.db");
        Path backup;
        try (Library library = Library.open(db)) {
            Speech s = sample(library);
            library.addNote(s.id(), 0, 2, "重要批注");
            backup = new Backups(library.database()).backupNow();
        }
        byte[] damaged = "broken beyond repair".repeat(100).getBytes(StandardCharsets.US_ASCII);
        Files.write(db, damaged);
        assertThatThrownBy(() -> Library.open(db)).isInstanceOf(StoreException.class);

        Path aside = Backups.recover(db, backup, ticking());
        assertThat(Files.readAllBytes(aside)).isEqualTo(damaged);
        try (Library library = Library.open(db)) {
            assertThat(library.notes().forSpeech(1)).extracting(n -> n.body()).containsExactly("重要批注");
        }
    }
}
