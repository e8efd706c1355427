package jingdu.ui.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import jingdu.analysis.Analyzer;
import jingdu.analysis.SectorLexicon;
import jingdu.app.Library;
import jingdu.app.tasks.PeriodTable;
import jingdu.app.tasks.TaskBoard;
import jingdu.i18n.I18n;
import jingdu.model.DuePeriod;
import jingdu.model.TaskScope;
import jingdu.model.Unit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The units and periods dialogs on headless Monocle over a real library with one task assigned to a unit. */
@ExtendWith(ApplicationExtension.class)
class UnitsDialogTest {

    private static final List<DuePeriod> DEFAULTS = List.of(
            new DuePeriod("汛期", MonthDay.of(6, 1), MonthDay.of(9, 30)));

    @TempDir
    Path dir;

    private Library library;
    private TaskBoard board;
    private UnitsDialog units;
    private PeriodsDialog periods;
    private int changes;

    @Start
    void start(Stage stage) throws Exception {
        library = Library.open(dir.resolve("lib.db"));
        library.importString("全县安全生产工作会议讲话\n县住建局要加强建筑施工安全监管。\n", "a.txt");
        board = new TaskBoard(library, SectorLexicon.builtInCatalog(), p -> (d, s) -> Optional.empty(),
                u -> b -> Optional.empty(), DEFAULTS);
        board.refresh(TaskScope.all(), new Analyzer(), "", (d, n) -> { }, () -> false);
        Unit used = board.addUnit("县应急局", List.of("应急局"), false);
        long task = board.rows(TaskScope.all(), LocalDate.of(2025, 7, 1)).get(0).id();
        board.edit(List.of(task), s -> s.withLead(used.id()));
        I18n i18n = new I18n(Locale.SIMPLIFIED_CHINESE);
        units = new UnitsDialog(board, i18n, null, q -> true, () -> changes++);
        periods = new PeriodsDialog(board, i18n, null, q -> true, () -> changes++);
        units.show();
    }

    @AfterEach
    void tearDown() {
        library.close();
    }

    @Test
    void addsEditsAliasesAndRefusesToDeleteAUnitInUse(FxRobot robot) {
        TextField name = robot.lookup("#" + UnitsDialog.NAME_ID).queryAs(TextField.class);
        TextField aliases = robot.lookup("#" + UnitsDialog.ALIASES_ID).queryAs(TextField.class);
        @SuppressWarnings("unchecked")
        TableView<Unit> table = robot.lookup("#" + UnitsDialog.TABLE_ID).queryAs(TableView.class);
        assertThat(table.getItems()).extracting(Unit::name).containsExactly("县应急局");

        robot.interact(() -> {
            name.setText("县住建局");
            aliases.setText("住建局");
        });
        robot.clickOn("#" + UnitsDialog.ADD_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(board.unitNamed("住建局")).map(Unit::name).contains("县住建局");
        assertThat(table.getSelectionModel().getSelectedItem().name()).isEqualTo("县住建局");
        assertThat(units.messageText()).contains("已添加");
        assertThat(changes).isEqualTo(1);

        // a second alias, saved on the selected unit
        robot.interact(() -> aliases.setText("住建局、住建部门"));
        robot.clickOn("#" + UnitsDialog.SAVE_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(board.unitNamed("住建部门")).map(Unit::name).contains("县住建局");
        assertThat(table.getItems()).filteredOn(u -> u.name().equals("县住建局"))
                .singleElement().satisfies(u -> assertThat(u.aliases()).containsExactly("住建局", "住建部门"));

        // the same name twice is refused with the board's message
        robot.interact(() -> name.setText("住建部门"));
        robot.clickOn("#" + UnitsDialog.ADD_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(units.messageText()).contains("已有名为“住建部门”的单位");

        // the unit a task names is not deleted
        robot.interact(() -> table.getSelectionModel().select(
                table.getItems().stream().filter(u -> u.name().equals("县应急局")).findFirst().orElseThrow()));
        robot.clickOn("#" + UnitsDialog.DELETE_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(units.messageText()).isEqualTo("还有 1 项任务用到这个单位，不能删除；请先把这些任务改为其他单位。");
        assertThat(board.unitNamed("县应急局")).isPresent();

        // an unused one is
        robot.interact(() -> table.getSelectionModel().select(
                table.getItems().stream().filter(u -> u.name().equals("县住建局")).findFirst().orElseThrow()));
        robot.clickOn("#" + UnitsDialog.DELETE_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(board.unitNamed("县住建局")).isEmpty();
        assertThat(table.getItems()).extracting(Unit::name).containsExactly("县应急局");
    }

    @Test
    void importsAPastedListAndReportsTheLinesItSkipped(FxRobot robot) {
        robot.interact(() -> units.importText("县住建局：住建局、住建部门\n\n各乡镇\n县应急局：应急部门\n"));
        @SuppressWarnings("unchecked")
        TableView<Unit> table = robot.lookup("#" + UnitsDialog.TABLE_ID).queryAs(TableView.class);
        assertThat(table.getItems()).extracting(Unit::name).containsExactlyInAnyOrder("县应急局", "县住建局", "各乡镇");
        assertThat(board.unitNamed("各乡镇").orElseThrow().group()).isTrue();
        assertThat(board.unitNamed("住建部门").orElseThrow().name()).isEqualTo("县住建局");
        assertThat(units.messageText()).startsWith("已导入 2 个单位，跳过 1 行：4: 已有名为“县应急局”");
    }

    @Test
    void periodsWithABadDateAreRefusedAndNothingIsSaved(FxRobot robot) throws Exception {
        robot.interact(periods::show);
        TextField name = robot.lookup("#" + PeriodsDialog.NAME_ID + "0").queryAs(TextField.class);
        TextField end = robot.lookup("#" + PeriodsDialog.END_ID + "0").queryAs(TextField.class);
        assertThat(name.getText()).isEqualTo("汛期");
        assertThat(end.getText()).isEqualTo("09-30");

        robot.interact(() -> end.setText("09-31"));
        robot.clickOn("#" + PeriodsDialog.SAVE_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(periods.messageText()).isEqualTo("第 1 行的“09-31”不是有效的日期，应写成 06-01 这样的“月-日”。未保存。");
        assertThat(board.periods()).isEqualTo(DEFAULTS);
        assertThat(changes).isZero();

        robot.clickOn("#" + PeriodsDialog.ADD_ID);
        TextField name2 = robot.lookup("#" + PeriodsDialog.NAME_ID + "1").queryAs(TextField.class);
        TextField start2 = robot.lookup("#" + PeriodsDialog.START_ID + "1").queryAs(TextField.class);
        TextField end2 = robot.lookup("#" + PeriodsDialog.END_ID + "1").queryAs(TextField.class);
        robot.interact(() -> {
            end.setText("9-15");
            name2.setText("岁末年初");
            start2.setText("12-01");
            end2.setText("02-29");
        });
        robot.clickOn("#" + PeriodsDialog.SAVE_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(board.periods()).as(periods.messageText()).containsExactly(new DuePeriod("汛期", MonthDay.of(6, 1), MonthDay.of(9, 15)),
                new DuePeriod("岁末年初", MonthDay.of(12, 1), MonthDay.of(2, 29)));
        assertThat(periods.messageText()).isEqualTo("已保存 2 个时段。");
        assertThat(periods.typed()).extracting(PeriodTable.Row::end).containsExactly("09-15", "02-29");

        robot.clickOn("#" + PeriodsDialog.RESET_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(board.periods()).isEqualTo(DEFAULTS);
        assertThat(periods.typed()).extracting(PeriodTable.Row::name).containsExactly("汛期");
    }
}
