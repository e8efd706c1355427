package jingdu.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import jingdu.app.compare.ComparisonExports;
import jingdu.app.library.Catalog;
import jingdu.model.AlignedObligation;
import jingdu.model.Speech;
import jingdu.model.SpeechMeta;
import jingdu.model.TaskChange;
import jingdu.ui.compare.CompareView;
import jingdu.ui.compare.CompareWindow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 20 in the window: Ctrl+Shift+C opens 讲话对比; two speeches of a real library compared; a click on a row or on
 * a task in the newer text selects it and its partner in the other text; the status filter narrows the rows and the
 * export writes what is shown.
 */
class CompareInWindowTest extends WindowTest {

    private static final String OLD = """
            在全县安全生产工作会议上的讲话
            同志们：
            各乡镇要落实属地管理责任。
            县住建局要加强建筑施工安全监管。
            各企业要开展应急演练。""";

    private static final String NEW = """
            在全县安全生产工作推进会上的讲话
            同志们：
            县住建局要加强建筑施工安全监管。
            县交通局要严查客运车辆超员。
            各乡镇必须落实属地管理责任。""";

    private Speech add(String text, String name, String date) throws Exception {
        Speech s = library.importString(text, name);
        new Catalog(library).saveMeta(s.id(), new SpeechMeta(s.title(), null, date, null, null, null, null));
        return s;
    }

    private static AlignedObligation row(CompareView v, java.util.function.Predicate<AlignedObligation> p) {
        return v.model().rows().stream().filter(p).findFirst().orElseThrow();
    }

    @Test
    void clickingATaskSelectsItsPartnerAndTheFilterAndExportFollowWhatIsShown(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.current() != null);
        Speech older = add(OLD, "2024.txt", "2024-03-01");
        Speech newer = add(NEW, "2025.txt", "2025-03-01");
        robot.interact(() -> window.libraryPane().refresh());

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#" + CompareView.ROOT_ID).tryQuery().isPresent());
        CompareWindow cw = WindowFixture.onFx(window::showCompare); // the one open
        CompareView view = cw.view();
        robot.interact(() -> view.choose(older.id(), null, newer.id()));
        robot.clickOn("#" + CompareView.RUN_ID);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> view.model().comparison() != null);
        WaitForAsyncUtils.waitForFxEvents();

        AlignedObligation same = row(view, r -> r.newer() != null && r.newer().text().startsWith("县住建局"));
        AlignedObligation added = row(view, r -> r.newer() != null && r.newer().text().startsWith("县交通局"));
        AlignedObligation dropped = row(view, r -> r.older() != null && r.older().text().startsWith("各企业"));
        assertThat(same.change()).isEqualTo(TaskChange.CONTINUED);
        assertThat(added.change()).isEqualTo(TaskChange.NEW);
        assertThat(dropped.change()).isEqualTo(TaskChange.DROPPED);
        assertThat(view.table().getItems()).hasSize(view.model().rows().size());
        assertThat(robot.lookup("#" + CompareView.NEWER_TITLE_ID).queryAs(Label.class).getText())
                .isEqualTo("本次：《" + newer.title() + "》");

        // a row of the table: both texts select its two sides
        int at = view.table().getItems().indexOf(same);
        robot.interact(() -> view.table().scrollTo(at));
        robot.clickOn(robot.lookup(".table-row-cell").match(n -> n instanceof javafx.scene.control.TableRow<?> r
                && r.getItem() == same).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.model().selected()).isEqualTo(same);
        assertThat(view.olderText().getSelectedText()).isEqualTo(same.older().text());
        assertThat(view.newerText().getSelectedText()).isEqualTo(same.newer().text());

        // a click on the new task in the newer text: it is selected, the table follows, the older text has no partner
        Bounds b = WindowFixture.onFx(() -> view.newerText()
                .getCharacterBoundsOnScreen(added.newer().start() + 1, added.newer().start() + 2).orElseThrow());
        robot.clickOn(b.getCenterX(), b.getCenterY());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.model().selected()).isEqualTo(added);
        assertThat(view.table().getSelectionModel().getSelectedItem()).isEqualTo(added);
        assertThat(view.olderText().getSelectedText()).isEmpty();

        // the older text's dropped task, clicked: selected there, nothing on the newer side
        Bounds d = WindowFixture.onFx(() -> view.olderText()
                .getCharacterBoundsOnScreen(dropped.older().start() + 1, dropped.older().start() + 2).orElseThrow());
        robot.clickOn(d.getCenterX(), d.getCenterY());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.model().selected()).isEqualTo(dropped);
        assertThat(view.newerText().getSelectedText()).isEmpty();

        // a new wording of the list: its first use selected in the newer text
        assertThat(view.phraseList().getItems()).isNotEmpty();
        jingdu.model.NewPhrase phrase = view.phraseList().getItems().get(0);
        robot.clickOn(robot.lookup("#" + CompareView.PHRASES_ID + " .list-cell").nth(0).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.newerText().getSelectedText()).isEqualTo(phrase.phrase());
        assertThat(NEW.substring(phrase.start(), phrase.end())).isEqualTo(phrase.phrase());

        // the status filter: only 未再提及 rows; the export writes those
        robot.interact(() -> view.statusFilter().getSelectionModel().select(
                view.statusFilter().getItems().stream().filter(c -> c.value() == TaskChange.DROPPED).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.table().getItems()).isNotEmpty().allMatch(r -> r.change() == TaskChange.DROPPED);
        Path out = dir.resolve("对比.xlsx");
        Path written = WindowFixture.onFx(() -> view.export(ComparisonExports.Format.XLSX, out)).get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.message().getText()).isEqualTo("已导出：对比.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(written))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            List<String> statuses = new java.util.ArrayList<>();
            for (int r = 3; r <= sheet.getLastRowNum(); r++) {
                statuses.add(sheet.getRow(r).getCell(1).getStringCellValue());
            }
            assertThat(statuses).hasSize(view.table().getItems().size()).containsOnly("未再提及");
        }
        robot.interact(() -> cw.stage().close());
    }

    @Test
    void againstACollectionTheLeftTextFollowsThePartnersSpeech(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.current() != null);
        Speech first = add(OLD, "2024.txt", "2024-03-01");
        Speech second = add("""
                在全县秋季安全生产工作会议上的讲话
                同志们：
                县交通局要严查客运车辆超员。""", "2024秋.txt", "2024-09-01");
        Speech newer = add(NEW, "2025.txt", "2025-03-01");
        Catalog catalog = new Catalog(library);
        long group = catalog.createCollection("县安委会讲话").id();
        for (Speech s : List.of(first, second, newer)) {
            catalog.addToCollection(group, s.id());
        }
        CompareWindow cw = WindowFixture.onFx(window::showCompare);
        CompareView view = cw.view();
        robot.interact(() -> view.choose(-1, "县安委会讲话", newer.id()));
        WindowFixture.onFx(view::compare).get(120, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> view.model().comparison() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.model().comparison().olderSpeechIds()).containsExactly(first.id(), second.id());
        assertThat(robot.lookup("#" + CompareView.OLDER_TITLE_ID).queryAs(Label.class).getText())
                .isEqualTo("早前：《" + first.title() + "》");

        AlignedObligation traffic = row(view, r -> r.newer() != null && r.newer().text().startsWith("县交通局"));
        assertThat(traffic.change()).isEqualTo(TaskChange.CONTINUED);
        assertThat(traffic.older().speechId()).isEqualTo(second.id());
        robot.interact(() -> view.table().getSelectionModel().select(traffic)); // the keyboard's way: a row selected
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#" + CompareView.OLDER_TITLE_ID).queryAs(Label.class).getText())
                .isEqualTo("早前：《" + second.title() + "》");
        assertThat(view.olderText().getText()).startsWith("在全县秋季安全生产工作会议上的讲话");
        assertThat(view.olderText().getSelectedText()).isEqualTo(traffic.older().text());
        assertThat(view.newerText().getSelectedText()).isEqualTo(traffic.newer().text());
        robot.interact(() -> cw.stage().close());
    }

    @Test
    void theSameSpeechTwiceIsRefusedWithTheUsersMessage(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.current() != null);
        Speech one = add(OLD, "2024.txt", "2024-03-01");
        CompareWindow cw = WindowFixture.onFx(window::showCompare);
        CompareView view = cw.view();
        robot.interact(() -> view.choose(one.id(), null, one.id()));
        WindowFixture.onFx(view::compare).get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> view.message().getText().startsWith("对比失败"));
        assertThat(view.message().getText()).contains("不能把讲话");
        assertThat(view.model().comparison()).isNull();
        robot.interact(() -> cw.stage().close());
    }

    @Test
    void switchingTheLanguageClosesTheCompareWindowAndTheNextIsMadeAnew(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.current() != null);
        CompareWindow before = WindowFixture.onFx(window::showCompare);
        assertThat(before.stage().isShowing()).isTrue();
        robot.interact(() -> window.switchLanguage("en"));
        assertThat(before.stage().isShowing()).as("the old language's window is gone").isFalse();
        CompareWindow after = WindowFixture.onFx(window::showCompare);
        assertThat(after).isNotSameAs(before);
        robot.interact(() -> after.stage().close());
    }
}
