package jingdu.ui.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jingdu.app.tasks.BoardRow;
import jingdu.app.tasks.TaskFilter;
import jingdu.model.Level;
import jingdu.model.Strength;
import jingdu.model.Task;
import jingdu.model.TaskEntry;
import jingdu.model.TaskProgress;
import jingdu.model.TaskState;
import jingdu.model.TaskStatus;
import jingdu.model.Unit;
import jingdu.ui.tasks.TaskBoardModel.Column;
import jingdu.ui.tasks.TaskBoardModel.Grouping;
import jingdu.ui.tasks.TaskBoardModel.Header;
import jingdu.ui.tasks.TaskBoardModel.Item;
import jingdu.ui.tasks.TaskBoardModel.Row;

/** The board's view model without a window: filters, sorting, grouping and the footer's counts. */
class TaskBoardModelTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 7, 1);
    private static final Unit JIAN = new Unit(1, "县住建局", List.of(), false);
    private static final Unit YING = new Unit(2, "县应急局", List.of(), false);

    private static BoardRow row(long id, String quote, String sector, Level level, Unit lead, LocalDate due,
                                TaskStatus status, String speech, String progress) {
        TaskState state = new TaskState(lead == null ? null : lead.id(), List.of(), null, status);
        Task t = new Task(id, id * 10, 0, quote.length(), quote, (int) id, Strength.REQUIRED,
                sector == null ? List.of() : List.of(sector), level == null ? List.of() : List.of(level), false, null,
                null, true, state);
        TaskProgress latest = progress == null ? null : new TaskProgress(id, id, Instant.parse("2025-06-0" + id + "T08:00:00Z"), "王", progress);
        BoardRow.DueMark mark = !status.open() || due == null ? BoardRow.DueMark.NONE
                : due.isBefore(TODAY) ? BoardRow.DueMark.OVERDUE
                : due.isAfter(TODAY.plusDays(7)) ? BoardRow.DueMark.NONE : BoardRow.DueMark.SOON;
        return new BoardRow(new TaskEntry(t, speech, "2025-03-0" + id, "张三", latest, latest == null ? 0 : 1), due, false,
                mark, lead, null, List.of());
    }

    private static List<BoardRow> rows() {
        return List.of(
                row(1, "各乡镇要在6月底前完成隐患排查。", "construction", Level.SUPERVISION, JIAN, LocalDate.of(2025, 6, 30),
                        TaskStatus.NOT_STARTED, "乙讲话", null),
                row(2, "企业要落实主体责任。", "hazchem", Level.ENTERPRISE, null, null, TaskStatus.DONE, "甲讲话", "已完成培训"),
                row(3, "县住建局要加强建筑施工安全监管。", "construction", Level.SUPERVISION, YING, LocalDate.of(2025, 7, 5),
                        TaskStatus.IN_PROGRESS, "甲讲话", "正在检查"),
                row(4, "党政领导要带队检查。", null, Level.LEADERSHIP, JIAN, LocalDate.of(2025, 5, 1),
                        TaskStatus.EXCLUDED, "乙讲话", null));
    }

    private static TaskBoardModel model() {
        TaskBoardModel m = new TaskBoardModel(id -> switch (id) {
            case "construction" -> "建筑施工";
            case "hazchem" -> "危险化学品";
            default -> id;
        }, "（未定）", Locale.SIMPLIFIED_CHINESE);
        m.setRows(rows(), TODAY);
        return m;
    }

    private static List<Long> ids(TaskBoardModel.Shown s) {
        List<Long> out = new ArrayList<>();
        for (Item i : s.items()) {
            if (i instanceof Row r) {
                out.add(r.row().id());
            }
        }
        return out;
    }

    @Test
    void everyRowInLoadOrderWithItsNumberAndCounts() {
        TaskBoardModel.Shown s = model().shown();
        assertThat(ids(s)).containsExactly(1L, 2L, 3L, 4L);
        assertThat(s.items()).allSatisfy(i -> assertThat(i).isInstanceOf(Row.class));
        assertThat(((Row) s.items().get(2)).number()).isEqualTo(3);
        assertThat(s.counts().total()).isEqualTo(4);
        assertThat(s.counts().overdue()).isEqualTo(1); // task 4 is past due but not followed
        assertThat(s.counts().soon()).isEqualTo(1);
        assertThat(s.counts().done()).isEqualTo(1);
        assertThat(s.counts().excluded()).isEqualTo(1);
    }

    @Test
    void filtersByOverdueStatusUnitSectorLevelDueWithinAndText() {
        TaskBoardModel m = model();
        m.setFilter(new TaskFilter(Set.of(), -1, null, null, true, -1, null));
        assertThat(ids(m.shown())).containsExactly(1L);
        m.setFilter(new TaskFilter(Set.of(TaskStatus.DONE, TaskStatus.IN_PROGRESS), -1, null, null, false, -1, null));
        assertThat(ids(m.shown())).containsExactly(2L, 3L);
        m.setFilter(new TaskFilter(Set.of(), JIAN.id(), null, null, false, -1, null));
        assertThat(ids(m.shown())).containsExactly(1L, 4L);
        m.setFilter(new TaskFilter(Set.of(), 0, null, null, false, -1, null));
        assertThat(ids(m.shown())).containsExactly(2L);
        m.setFilter(new TaskFilter(Set.of(), -1, "construction", null, false, -1, null));
        assertThat(ids(m.shown())).containsExactly(1L, 3L);
        m.setFilter(new TaskFilter(Set.of(), -1, null, Level.LEADERSHIP, false, -1, null));
        assertThat(ids(m.shown())).containsExactly(4L);
        m.setFilter(new TaskFilter(Set.of(), -1, null, null, false, 7, null));
        assertThat(ids(m.shown())).containsExactly(3L);
        m.setFilter(new TaskFilter(Set.of(), -1, null, null, false, -1, "检查"));
        assertThat(ids(m.shown())).containsExactly(3L, 4L); // in the progress of 3, in the quote of 4
        assertThat(m.shown().counts().total()).isEqualTo(2);
        assertThat(m.shown().counts().overdue()).isZero();
    }

    @Test
    void sortsByAnyColumnBothWaysWithEmptyValuesLast() {
        TaskBoardModel m = model();
        m.sortBy(Column.DUE, true);
        assertThat(ids(m.shown())).containsExactly(4L, 1L, 3L, 2L);
        m.sortBy(Column.DUE, false);
        assertThat(ids(m.shown())).containsExactly(3L, 1L, 4L, 2L);
        m.sortBy(Column.STATUS, true);
        assertThat(ids(m.shown())).containsExactly(1L, 3L, 2L, 4L);
        m.sortBy(Column.LEAD, true); // 县应急局 (yingji) before 县住建局 (zhujian); no lead last
        assertThat(ids(m.shown())).containsExactly(3L, 1L, 4L, 2L);
        m.sortBy(Column.LEAD, false);
        assertThat(ids(m.shown())).containsExactly(1L, 4L, 3L, 2L);
        m.sortBy(Column.LEVEL, true);
        assertThat(ids(m.shown())).containsExactly(4L, 1L, 3L, 2L);
        m.sortBy(Column.SOURCE, true);
        assertThat(ids(m.shown())).containsExactly(1L, 2L, 3L, 4L); // by speech date: 03-01 … 03-04
        m.sortBy(Column.PROGRESS, false);
        assertThat(ids(m.shown()).subList(0, 2)).containsExactly(3L, 2L);
        m.sortBy(Column.NUMBER, false);
        assertThat(ids(m.shown())).containsExactly(4L, 3L, 2L, 1L);
    }

    @Test
    void groupsUnderHeadersWithTheirSizeAndTheUndecidedLast() {
        TaskBoardModel m = model();
        m.setGrouping(Grouping.UNIT);
        List<Item> items = m.shown().items();
        assertThat(items.get(0)).isEqualTo(new Header("县应急局", 1));
        assertThat(items.get(2)).isEqualTo(new Header("县住建局", 2));
        assertThat(items.get(5)).isEqualTo(new Header("（未定）", 1));
        assertThat(ids(m.shown())).containsExactly(3L, 1L, 4L, 2L);

        m.setGrouping(Grouping.SECTOR);
        m.sortBy(Column.NUMBER, false);
        items = m.shown().items();
        assertThat(items).filteredOn(i -> i instanceof Header).extracting(i -> ((Header) i).label())
                .containsExactly("建筑施工", "危险化学品", "（未定）");
        assertThat(ids(m.shown())).containsExactly(3L, 1L, 2L, 4L); // newest number first within each group

        m.setGrouping(Grouping.SPEECH);
        m.setFilter(new TaskFilter(Set.of(), -1, null, null, false, -1, "甲"));
        assertThat(m.shown().items()).filteredOn(i -> i instanceof Header).hasSize(2);
        assertThat(m.shown().counts().total()).isEqualTo(2); // rows, not headers
    }

    @Test
    void typedDatesAreReadStrictly() {
        assertThat(TaskBoardModel.parseDate("2025-06-30").date()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(TaskBoardModel.parseDate("2025/6/30").date()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(TaskBoardModel.parseDate("2025年6月30日").date()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(TaskBoardModel.parseDate(" ").blank()).isTrue();
        assertThat(TaskBoardModel.parseDate("2025-02-30").bad()).isTrue();
        assertThat(TaskBoardModel.parseDate("2025-13-01").bad()).isTrue();
        assertThat(TaskBoardModel.parseDate("下月底").bad()).isTrue();
    }
}
