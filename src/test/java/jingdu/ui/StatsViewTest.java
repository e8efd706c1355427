package jingdu.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import jingdu.app.library.Catalog;
import jingdu.app.stats.StatsService;
import jingdu.app.tasks.BoardRow;
import jingdu.app.tasks.TaskBoard;
import jingdu.model.Speech;
import jingdu.model.SpeechMeta;
import jingdu.model.StatChart;
import jingdu.model.TaskScope;
import jingdu.model.TaskStatus;
import jingdu.ui.reader.ReaderView;
import jingdu.ui.stats.ChartPane;
import jingdu.ui.stats.StatsView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The 统计 view in the real window on a real library: Ctrl+Shift+G shows the charts in the main area; a click on
 * the status chart's 推进中 bar lists exactly the tasks in progress; a click on a sector's bar lists that sector's
 * tasks; Enter on a listed task opens the reader at its text.
 */
class StatsViewTest extends WindowTest {

    private static final String SPEECH = """
            在全县安全生产工作会议上的讲话
            同志们：
            一、压实责任
            鑫泰乡要在6月底前完成燃气管道隐患排查。
            县住建局要加强鑫泰片区建筑施工安全监管，年底前完成整治。
            县应急局要组织开展危险化学品企业专项检查。""";

    private TaskBoard board() {
        return new TaskBoard(library, jingdu.analysis.SectorLexicon.builtInCatalog(),
                p -> new jingdu.app.tasks.DueDates(p)::read, u -> b -> Optional.empty(), jingdu.app.tasks.DueDates.defaults());
    }

    private static void awaitLoaded(StatsView view) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        view.loaded().get(90, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        view.loaded().get(30, TimeUnit.SECONDS); // a resize after the first drawing draws again
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Clicks the middle of the point's bar, as the user would. */
    private static void clickPoint(FxRobot robot, ChartPane pane, int point) throws Exception {
        Bounds b = WindowFixture.onFx(() -> pane.hitBounds(point));
        assertThat(b).as("point " + point + " drawn").isNotNull();
        Point2D screen = WindowFixture.onFx(() -> pane.localToScreen(b.getCenterX(), b.getCenterY()));
        robot.clickOn(screen);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void barsListTheirTasksAndOpenTheReader(FxRobot robot) throws Exception {
        fx.awaitAnalysis();
        Speech s = library.importString(SPEECH, "county.txt");
        new Catalog(library).saveMeta(s.id(), new SpeechMeta(s.title(), "张三", "2025-03-10", null, "县", null, null));

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.G).release(KeyCode.G, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.statsShown()).isTrue();
        StatsView view = WindowFixture.onFx(() -> window.showStats());
        assertThat(robot.lookup("#" + ReaderView.AREA_ID).tryQuery()).isEmpty(); // the charts have the reader's place
        awaitLoaded(view);
        assertThat(robot.lookup("#" + StatsView.CHARTS_ID).tryQuery()).isPresent();

        // two tasks of this speech moved on: the view reads them again
        List<BoardRow> rows = board().rows(TaskScope.speech(s.id()), LocalDate.now());
        assertThat(rows).hasSizeGreaterThanOrEqualTo(3);
        board().edit(List.of(rows.get(0).id(), rows.get(2).id()), st -> st.withStatus(TaskStatus.IN_PROGRESS));
        WindowFixture.onFx(view::load);
        awaitLoaded(view);
        for (String id : List.of(StatsService.SECTORS, StatsService.STATUS, StatsService.SECTOR_YEARS,
                StatsService.LEVELS, StatsService.BEARERS, StatsService.MOVES)) {
            assertThat(view.pane(id).rendered()).as(id).isNotNull();
        }

        // the status chart's 推进中 bar: exactly the tasks in progress
        ChartPane status = view.pane(StatsService.STATUS);
        StatChart statusChart = status.chart();
        int inProgress = statusChart.categories().indexOf("推进中");
        int point = pointAt(statusChart, inProgress);
        clickPoint(robot, status, point);
        long expected = board().rows(TaskScope.all(), LocalDate.now()).stream()
                .filter(r -> r.task().state().status() == TaskStatus.IN_PROGRESS).count();
        assertThat(expected).isEqualTo(2);
        assertThat(view.listView().getItems()).hasSize((int) expected)
                .allSatisfy(r -> assertThat(r.task().state().status()).isEqualTo(TaskStatus.IN_PROGRESS));
        assertThat(view.caption().getText()).contains("推进中").contains("2");
        assertThat(status.selected()).isEqualTo(point);

        // a sector's bar: its tasks, as many as the bar says
        ChartPane sectors = view.pane(StatsService.SECTORS);
        StatChart sectorChart = sectors.chart();
        int hazchem = sectorChart.categories().indexOf("危险化学品");
        assertThat(hazchem).isNotNegative();
        int hazPoint = pointAt(sectorChart, hazchem);
        clickPoint(robot, sectors, hazPoint);
        assertThat(view.listView().getItems()).hasSize(sectorChart.points().get(hazPoint).value())
                .allSatisfy(r -> assertThat(r.task().sectors()).contains("hazchem"));

        // Enter on a listed task of the new speech (the sample is open now): the reader opens at its text
        BoardRow target = view.listView().getItems().stream().filter(r -> r.task().speechId() == s.id()).findFirst()
                .orElseThrow();
        WindowFixture.onFx(() -> {
            view.listView().scrollTo(target);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup("#" + StatsView.LIST_ID + " .list-cell")
                .match(n -> n instanceof javafx.scene.control.ListCell<?> c && c.getItem() == target)
                .queryAs(javafx.scene.Node.class));
        assertThat(view.listView().getSelectionModel().getSelectedItem()).isEqualTo(target);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.current().id() == s.id());
        fx.awaitAnalysis();
        assertThat(window.statsShown()).isFalse();
        jingdu.ui.reader.ReaderArea area = robot.lookup("#" + ReaderView.AREA_ID).queryAs(jingdu.ui.reader.ReaderArea.class);
        assertThat(area.getSelectedText()).isEqualTo(target.task().quote());
    }

    private static int pointAt(StatChart c, int category) {
        for (int i = 0; i < c.points().size(); i++) {
            if (c.points().get(i).category() == category) {
                return i;
            }
        }
        throw new AssertionError("no point at " + category);
    }
}
