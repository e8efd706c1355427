package jingdu.app.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jingdu.analysis.Analyzer;
import jingdu.app.Library;
import jingdu.app.annotate.Annotator;
import jingdu.app.library.Catalog;
import jingdu.i18n.I18n;
import jingdu.model.CorrectionKind;
import jingdu.model.DuePeriod;
import jingdu.model.Speech;
import jingdu.model.SpeechMeta;
import jingdu.model.TaskScope;
import jingdu.model.TaskStatus;
import jingdu.model.Unit;

/** The task board over a real library file: tasks made from the analysis, edits undone and redone, units. */
class TaskBoardTest {

    private static final String SPEECH = """
            在全县安全生产工作会议上的讲话
            同志们：
            一、压实责任
            各乡镇要在6月底前完成隐患排查。
            县住建局要加强建筑施工安全监管，年底前完成整治。
            二、抓好重点
            企业要落实主体责任。""";

    /** Reads only the two forms the speech uses, so the board's own logic is what is tested here. */
    private static final TaskBoard.DueReader READER = (deadline, date) -> switch (deadline) {
        case "6月底前" -> Optional.of(LocalDate.of(date.getYear(), 6, 30));
        case "年底前" -> Optional.of(LocalDate.of(date.getYear(), 12, 31));
        default -> Optional.empty();
    };

    @TempDir
    Path dir;

    private TaskBoard board(Library library) {
        return new TaskBoard(library, jingdu.analysis.SectorLexicon.builtInCatalog(), periods -> READER,
                units -> bearer -> units.stream().filter(u -> u.name().equals(bearer)).findFirst(), List.<DuePeriod>of());
    }

    private Speech speech(Library library) throws Exception {
        Speech s = library.importString(SPEECH, "a.txt");
        new Catalog(library).saveMeta(s.id(), new SpeechMeta(s.title(), "张三", "2025-03-10", null, "县", null, null));
        return s;
    }

    @Test
    void makesOneTaskPerObligationAndReadsDueDates() throws Exception {
        try (Library library = Library.open(dir.resolve("lib.db"))) {
            Speech s = speech(library);
            TaskBoard board = board(library);
            assertThat(board.stale(TaskScope.all(), "")).containsExactly(s.id());
            int done = board.refresh(TaskScope.all(), new Analyzer(), "", (d, n) -> { }, () -> false);
            assertThat(done).isEqualTo(1);
            assertThat(board.stale(TaskScope.all(), "")).isEmpty();
            assertThat(board.refresh(TaskScope.all(), new Analyzer(), "", (d, n) -> { }, () -> false)).isZero();

            List<BoardRow> rows = board.rows(TaskScope.all(), LocalDate.of(2025, 7, 1));
            assertThat(rows).extracting(r -> r.task().quote()).contains("各乡镇要在6月底前完成隐患排查。", "企业要落实主体责任。");
            BoardRow june = row(rows, "各乡镇");
            assertThat(june.due()).isEqualTo(LocalDate.of(2025, 6, 30));
            assertThat(june.mark()).isEqualTo(BoardRow.DueMark.OVERDUE);
            assertThat(june.entry().speechTitle()).isEqualTo(s.title());
            BoardRow year = row(rows, "县住建局");
            assertThat(year.due()).isEqualTo(LocalDate.of(2025, 12, 31));
            assertThat(year.mark()).isEqualTo(BoardRow.DueMark.NONE);
            assertThat(board.rows(TaskScope.all(), LocalDate.of(2025, 12, 28)).stream()
                    .filter(r -> r.task().quote().startsWith("县住建局")).findFirst().orElseThrow().mark())
                    .isEqualTo(BoardRow.DueMark.SOON);
            assertThat(BoardCounts.of(rows).overdue()).isEqualTo(1);
        }
    }

    @Test
    void editsOfSeveralRowsAreOneUndoableStep() throws Exception {
        try (Library library = Library.open(dir.resolve("lib.db"))) {
            speech(library);
            TaskBoard board = board(library);
            board.refresh(TaskScope.all(), new Analyzer(), "", (d, n) -> { }, () -> false);
            Unit unit = board.addUnit("县住建局", List.of("住建局"), false);
            List<BoardRow> rows = board.rows(TaskScope.all(), LocalDate.of(2025, 7, 1));
            assertThat(row(rows, "县住建局").suggestedLead()).isEqualTo(unit);
            List<Long> ids = rows.stream().map(BoardRow::id).toList();

            board.edit(ids, s -> s.withLead(unit.id()).withStatus(TaskStatus.IN_PROGRESS).withDue(LocalDate.of(2025, 9, 1)));
            assertThat(board.rows(TaskScope.all(), LocalDate.of(2025, 7, 1))).allSatisfy(r -> {
                assertThat(r.lead()).isEqualTo(unit);
                assertThat(r.task().state().status()).isEqualTo(TaskStatus.IN_PROGRESS);
                assertThat(r.due()).isEqualTo(LocalDate.of(2025, 9, 1));
                assertThat(r.dueByUser()).isTrue();
            });
            assertThat(board.history().nextUndo().orElseThrow().key()).isEqualTo("undo.desc.task.editMany");

            board.history().undo();
            assertThat(board.rows(TaskScope.all(), LocalDate.of(2025, 7, 1))).allSatisfy(r -> {
                assertThat(r.lead()).isNull();
                assertThat(r.task().state().status()).isEqualTo(TaskStatus.NOT_STARTED);
                assertThat(r.dueByUser()).isFalse();
            });
            board.history().redo();
            assertThat(board.rows(TaskScope.all(), LocalDate.of(2025, 7, 1)))
                    .allSatisfy(r -> assertThat(r.lead()).isEqualTo(unit));
            // the same edit again changes nothing and adds no step
            assertThat(board.edit(ids, s -> s.withLead(unit.id()))).isEmpty();
        }
    }

    @Test
    void progressEntriesNewestFirstAndUndoable() throws Exception {
        try (Library library = Library.open(dir.resolve("lib.db"))) {
            speech(library);
            TaskBoard board = board(library);
            board.refresh(TaskScope.all(), new Analyzer(), "", (d, n) -> { }, () -> false);
            long id = board.rows(TaskScope.all(), LocalDate.of(2025, 7, 1)).get(0).id();
            board.addProgress(id, "李四", "已完成排查 30 处", Instant.parse("2025-05-01T08:00:00Z"));
            board.addProgress(id, "李四", "整改完成 28 处", Instant.parse("2025-06-01T08:00:00Z"));
            BoardRow r = board.rows(TaskScope.all(), LocalDate.of(2025, 7, 1)).get(0);
            assertThat(r.entry().latest().body()).isEqualTo("整改完成 28 处");
            assertThat(r.entry().progressCount()).isEqualTo(2);
            assertThat(board.progress(id)).extracting(p -> p.body()).containsExactly("整改完成 28 处", "已完成排查 30 处");
            board.history().undo();
            assertThat(board.progress(id)).extracting(p -> p.body()).containsExactly("已完成排查 30 处");
            assertThatThrownBy(() -> board.addProgress(id, "", "  ", Instant.now()))
                    .isInstanceOfSatisfying(TaskException.class, e -> assertThat(e.key()).isEqualTo("tasks.error.emptyProgress"));
        }
    }

    @Test
    void tasksFollowCorrectionsAndTextEditsWithoutLosingTheUsersWork() throws Exception {
        try (Library library = Library.open(dir.resolve("lib.db"))) {
            Speech s = speech(library);
            TaskBoard board = board(library);
            board.refresh(TaskScope.all(), new Analyzer(), "", (d, n) -> { }, () -> false);
            List<BoardRow> rows = board.rows(TaskScope.all(), LocalDate.of(2025, 7, 1));
            BoardRow worked = row(rows, "县住建局");
            BoardRow untouched = row(rows, "企业");
            board.edit(List.of(worked.id()), st -> st.withStatus(TaskStatus.DONE));

            // split the title, before the worked task: offsets move, the task keeps its id and status
            Annotator annotator = new Annotator(library, new I18n(Locale.SIMPLIFIED_CHINESE));
                        annotator.splitParagraph(s.id(), 0, 2);
            board.refresh(TaskScope.all(), new Analyzer(), "", (d, n) -> { }, () -> false);
            BoardRow moved = board.rows(TaskScope.all(), LocalDate.of(2025, 7, 1)).stream()
                    .filter(r -> r.id() == worked.id()).findFirst().orElseThrow();
            assertThat(moved.task().start()).isNotEqualTo(worked.task().start());
            assertThat(moved.task().state().status()).isEqualTo(TaskStatus.DONE);

            // dismiss both obligations: the untouched task goes, the worked one stays, marked as gone from the text
            String text = library.find(s.id()).orElseThrow().text();
            for (BoardRow r : List.of(moved, untouched)) {
                String q = r.task().quote();
                annotator.correct(s.id(), CorrectionKind.DISMISS_OBLIGATION, text.indexOf(q), text.indexOf(q) + q.length(), null);
            }
            board.refresh(TaskScope.all(), new Analyzer(), "", (d, n) -> { }, () -> false);
            List<BoardRow> after = board.rows(TaskScope.all(), LocalDate.of(2025, 7, 1));
            assertThat(after).extracting(BoardRow::id).contains(worked.id()).doesNotContain(untouched.id());
            assertThat(after.stream().filter(r -> r.id() == worked.id()).findFirst().orElseThrow().task().inText()).isFalse();
        }
    }

    @Test
    void unitsAndBadInputChangeNothing() throws Exception {
        try (Library library = Library.open(dir.resolve("lib.db"))) {
            speech(library);
            TaskBoard board = board(library);
            board.refresh(TaskScope.all(), new Analyzer(), "", (d, n) -> { }, () -> false);
            Unit a = board.addUnit(" 县应急局 ", List.of("应急局", "应急局", " "), false);
            assertThat(a.name()).isEqualTo("县应急局");
            assertThat(a.aliases()).containsExactly("应急局");
            assertThatThrownBy(() -> board.addUnit("应急局", List.of(), false))
                    .isInstanceOfSatisfying(TaskException.class, e -> assertThat(e.key()).isEqualTo("tasks.error.unitExists"));
            assertThatThrownBy(() -> board.addUnit("  ", List.of(), false))
                    .isInstanceOfSatisfying(TaskException.class, e -> assertThat(e.key()).isEqualTo("tasks.error.unitName"));
            assertThat(board.unitNamed("应急局")).contains(a);

            long id = board.rows(TaskScope.all(), LocalDate.of(2025, 7, 1)).get(0).id();
            int steps = board.history().size();
            assertThatThrownBy(() -> board.edit(List.of(id), s -> s.withLead(a.id() + 99)))
                    .isInstanceOfSatisfying(TaskException.class, e -> assertThat(e.key()).isEqualTo("tasks.error.noUnit"));
            assertThatThrownBy(() -> board.edit(List.of(id + 999), s -> s.withStatus(TaskStatus.DONE)))
                    .isInstanceOfSatisfying(TaskException.class, e -> assertThat(e.key()).isEqualTo("tasks.error.noTask"));
            assertThat(board.history().size()).isEqualTo(steps);
            assertThat(board.rows(TaskScope.all(), LocalDate.of(2025, 7, 1)).get(0).task().state().touched()).isFalse();

            board.edit(List.of(id), s -> s.withPartners(List.of(a.id())));
            assertThatThrownBy(() -> board.deleteUnit(a.id()))
                    .isInstanceOfSatisfying(TaskException.class, e -> assertThat(e.key()).isEqualTo("tasks.error.unitInUse"));
            assertThat(board.units()).contains(a);
            board.history().undo();
            board.deleteUnit(a.id());
            assertThat(board.units()).isEmpty();
        }
    }

    @Test
    void scopesBySpeechCollectionAndYearLeaveTheTrashOut() throws Exception {
        try (Library library = Library.open(dir.resolve("lib.db"))) {
            Speech a = speech(library);
            Speech b = library.importString("另一篇讲话\n各部门要加强值班值守。", "b.txt");
            Catalog catalog = new Catalog(library);
            catalog.saveMeta(b.id(), new SpeechMeta(b.title(), null, "2024-12-01", null, null, null, null));
            var collection = catalog.createCollection("2024 年");
            catalog.addToCollection(collection.id(), b.id());
            TaskBoard board = board(library);
            board.refresh(TaskScope.all(), new Analyzer(), "", (d, n) -> { }, () -> false);
            LocalDate today = LocalDate.of(2025, 7, 1);
            assertThat(board.rows(TaskScope.speech(b.id()), today)).extracting(r -> r.task().speechId()).containsOnly(b.id());
            assertThat(board.rows(TaskScope.collection("2024 年"), today)).extracting(r -> r.task().speechId()).containsOnly(b.id());
            assertThat(board.rows(TaskScope.year(2025), today)).extracting(r -> r.task().speechId()).containsOnly(a.id());
            catalog.delete(b.id());
            assertThat(board.rows(TaskScope.all(), today)).extracting(r -> r.task().speechId()).containsOnly(a.id());
        }
    }

    @Test
    void theBoardReadsEveryFieldAsTheTaskItselfIsRead() throws Exception {
        try (Library library = Library.open(dir.resolve("lib.db"))) {
            Speech s = speech(library);
            TaskBoard board = board(library);
            board.refresh(TaskScope.all(), new Analyzer(), "", (d, n) -> { }, () -> false);
            Unit a = board.addUnit("县住建局", List.of(), false);
            Unit b = board.addUnit("县应急局", List.of(), false);
            List<BoardRow> rows = board.rows(TaskScope.all(), LocalDate.of(2025, 7, 1));
            board.edit(List.of(rows.get(0).id()), st -> st.withLead(a.id()).withPartners(List.of(b.id(), a.id()))
                    .withDue(LocalDate.of(2025, 2, 28)).withStatus(TaskStatus.EXCLUDED));
            board.addProgress(rows.get(1).id(), "甲", "第一条", Instant.parse("2025-05-01T00:00:00Z"));
            board.addProgress(rows.get(1).id(), "乙", "同一时刻的第二条", Instant.parse("2025-05-01T00:00:00Z"));
            // the board's packed read and the task's own read give the same records
            var store = new jingdu.store.TaskRepository(library.database());
            List<jingdu.model.Task> read = board.rows(TaskScope.all(), LocalDate.of(2025, 7, 1)).stream().map(BoardRow::task).toList();
            assertThat(read).isEqualTo(store.forSpeech(s.id()));
            assertThat(read).anySatisfy(t -> assertThat(t.sectors()).isNotEmpty());
            assertThat(read).anySatisfy(t -> assertThat(t.levels()).isNotEmpty());
            BoardRow second = board.rows(TaskScope.all(), LocalDate.of(2025, 7, 1)).get(1);
            assertThat(second.entry().progressCount()).isEqualTo(2);
            assertThat(second.entry().latest().body()).isEqualTo("同一时刻的第二条"); // the later entry of a tie
            assertThat(second.entry().speaker()).isEqualTo("张三");
            assertThat(second.entry().speechDate()).isEqualTo("2025-03-10");
        }
    }

    private static BoardRow row(List<BoardRow> rows, String start) {
        return rows.stream().filter(r -> r.task().quote().startsWith(start)).findFirst().orElseThrow();
    }
}
