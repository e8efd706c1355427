package jingdu.app.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jingdu.analysis.Analyzer;
import jingdu.app.Library;
import jingdu.app.library.Catalog;
import jingdu.model.DuePeriod;
import jingdu.model.Speech;
import jingdu.model.SpeechMeta;
import jingdu.model.TaskEntry;
import jingdu.model.TaskScope;
import jingdu.model.TaskStatus;
import jingdu.model.Unit;
import jingdu.store.TaskRepository;

/**
 * The board's rows kept in memory between readings: after every kind of change (an edit here, a write by another
 * program on the same file, the trash, a purge, progress, partners, speech details) the board reads exactly what a
 * fresh read of the library gives, and only a log that no longer reaches back costs a whole read.
 */
class BoardCacheTest {

    private static final String SPEECH = """
            在全县安全生产工作会议上的讲话
            同志们：
            各乡镇要在6月底前完成隐患排查。
            县住建局要加强建筑施工安全监管，年底前完成整治。
            企业要落实主体责任。""";

    private static final LocalDate TODAY = LocalDate.of(2025, 7, 1);

    @TempDir
    Path dir;

    private static TaskBoard board(Library library) {
        return new TaskBoard(library, jingdu.analysis.SectorLexicon.builtInCatalog(), periods -> (d, date) -> Optional.empty(),
                units -> bearer -> Optional.<Unit>empty(), List.<DuePeriod>of());
    }

    private static Speech speech(Library library, String name, String date) throws Exception {
        Speech s = library.importString(SPEECH.replace("全县", name), name + ".txt");
        new Catalog(library).saveMeta(s.id(), new SpeechMeta(s.title(), "张三", date, null, "县", null, null));
        return s;
    }

    /** What a fresh read of the library gives, in the board's order. */
    private static List<TaskEntry> fresh(Library library, TaskScope scope) {
        return new TaskRepository(library.database()).board(scope);
    }

    private static List<TaskEntry> cached(TaskBoard board, TaskScope scope) {
        return board.rows(scope, TODAY).stream().map(BoardRow::entry).toList();
    }

    @Test
    void everyKindOfChangeIsReadWithoutReadingTheWholeBoardAgain() throws Exception {
        Path file = dir.resolve("lib.db");
        try (Library library = Library.open(file)) {
            Speech a = speech(library, "甲县", "2025-03-10");
            Speech b = speech(library, "乙县", "2025-04-10");
            TaskBoard board = board(library);
            board.refresh(TaskScope.all(), new Analyzer(), "", (d, n) -> { }, () -> false);
            assertThat(cached(board, TaskScope.all())).hasSize(6).isEqualTo(fresh(library, TaskScope.all()));
            int reads = board.fullReads();
            long first = cached(board, TaskScope.all()).get(0).task().id();

            // an edit through the board
            Unit unit = board.addUnit("县住建局", List.of(), false);
            board.edit(List.of(first), s -> s.withStatus(TaskStatus.IN_PROGRESS).withLead(unit.id()));
            assertThat(cached(board, TaskScope.all())).isEqualTo(fresh(library, TaskScope.all()));
            assertThat(cached(board, TaskScope.all()).get(0).task().state().status()).isEqualTo(TaskStatus.IN_PROGRESS);

            // progress, partners, undo
            board.addProgress(first, "李四", "已部署", Instant.parse("2025-06-01T08:00:00Z"));
            board.edit(List.of(first), s -> s.withPartners(List.of(unit.id())));
            assertThat(cached(board, TaskScope.all()).get(0).latest().body()).isEqualTo("已部署");
            board.history().undo();
            assertThat(cached(board, TaskScope.all())).isEqualTo(fresh(library, TaskScope.all()));

            // the speech's details, the trash and back
            Catalog catalog = new Catalog(library);
            catalog.rename(a.id(), "改过的标题");
            assertThat(cached(board, TaskScope.all()).get(0).speechTitle()).isEqualTo("改过的标题");
            catalog.delete(b.id());
            assertThat(cached(board, TaskScope.all())).hasSize(3).isEqualTo(fresh(library, TaskScope.all()));
            catalog.restore(b.id());
            assertThat(cached(board, TaskScope.all())).hasSize(6).isEqualTo(fresh(library, TaskScope.all()));

            // another program on the same file (the command line while the window is open)
            try (Library other = Library.open(file)) {
                TaskBoard elsewhere = board(other);
                long last = cached(elsewhere, TaskScope.all()).get(5).task().id();
                elsewhere.edit(List.of(last), s -> s.withStatus(TaskStatus.DONE));
            }
            assertThat(cached(board, TaskScope.all())).isEqualTo(fresh(library, TaskScope.all()));
            assertThat(cached(board, TaskScope.all()).get(5).task().state().status()).isEqualTo(TaskStatus.DONE);

            // a speech removed for good: its tasks go with it
            library.database().inTransaction(c -> {
                try (var ps = c.prepareStatement("DELETE FROM speech WHERE id = ?")) {
                    ps.setLong(1, b.id());
                    return ps.executeUpdate();
                }
            });
            assertThat(cached(board, TaskScope.all())).hasSize(3).isEqualTo(fresh(library, TaskScope.all()));

            // a scope narrower than the library
            assertThat(cached(board, TaskScope.speech(a.id()))).isEqualTo(fresh(library, TaskScope.speech(a.id())));
            assertThat(cached(board, TaskScope.year(2025))).isEqualTo(fresh(library, TaskScope.year(2025)));
            assertThat(board.fullReads()).isEqualTo(reads);
        }
    }

    @Test
    void aLogThatNoLongerReachesBackCostsOneWholeRead() throws Exception {
        try (Library library = Library.open(dir.resolve("lib.db"))) {
            speech(library, "甲县", "2025-03-10");
            TaskBoard board = board(library);
            board.refresh(TaskScope.all(), new Analyzer(), "", (d, n) -> { }, () -> false);
            List<TaskEntry> before = cached(board, TaskScope.all());
            int reads = board.fullReads();
            long id = before.get(1).task().id();
            board.edit(List.of(id), s -> s.withStatus(TaskStatus.DONE));
            board.edit(List.of(id), s -> s.withStatus(TaskStatus.EXCLUDED));
            // as if pruned: the first entries since the copy was made are gone from the log
            library.database().inTransaction(c -> c.createStatement().executeUpdate(
                    "DELETE FROM task_touch WHERE seq < (SELECT max(seq) FROM task_touch)"));
            assertThat(cached(board, TaskScope.all())).isEqualTo(fresh(library, TaskScope.all()));
            assertThat(board.fullReads()).isEqualTo(reads + 1);
            assertThat(cached(board, TaskScope.all()).get(1).task().state().status()).isEqualTo(TaskStatus.EXCLUDED);
        }
    }

    @Test
    void theLogKeepsItsNewestEntriesOnly() throws Exception {
        try (Library library = Library.open(dir.resolve("lib.db"))) {
            speech(library, "甲县", "2025-03-10");
            TaskBoard board = board(library);
            board.refresh(TaskScope.all(), new Analyzer(), "", (d, n) -> { }, () -> false);
            long id = cached(board, TaskScope.all()).get(0).task().id();
            library.database().inTransaction(c -> {
                try (var st = c.createStatement()) {
                    for (int i = 0; i < 60_000; i++) {
                        st.addBatch("UPDATE task SET status = '" + (i % 2 == 0 ? "done" : "in_progress") + "' WHERE id = " + id);
                    }
                    st.executeBatch();
                }
                return null;
            });
            long[] span = library.database().read(c -> {
                try (var rs = c.createStatement().executeQuery("SELECT count(*), max(seq) FROM task_touch")) {
                    rs.next();
                    return new long[] {rs.getLong(1), rs.getLong(2)};
                }
            });
            assertThat(span[1]).isGreaterThan(60_000);
            assertThat(span[0]).isBetween(50_000L, 55_000L);
            assertThat(cached(board, TaskScope.all())).isEqualTo(fresh(library, TaskScope.all()));
        }
    }
}
