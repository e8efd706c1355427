package jingdu.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import jingdu.app.library.Catalog;
import jingdu.app.tasks.BoardRow;
import jingdu.app.tasks.TaskBoard;
import jingdu.model.DuePeriod;
import jingdu.model.Speech;
import jingdu.model.SpeechMeta;
import jingdu.model.TaskScope;
import jingdu.model.TaskStatus;
import jingdu.model.Unit;
import jingdu.ui.reader.ReaderView;
import jingdu.ui.tasks.TaskBoardModel;
import jingdu.ui.tasks.TaskBoardView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The task board in the real window on a real library: Ctrl+Shift+T shows it in the main area, its tasks are made
 * from the speeches, two rows get a status and a lead at once, Ctrl+Z takes the lead back, an impossible date changes
 * nothing, a date in the past makes the row overdue, the overdue filter keeps it alone, and its source opens the
 * reader at the task's text.
 */
class TaskBoardViewTest extends WindowTest {

    private static final String SPEECH = """
            在全县安全生产工作会议上的讲话
            同志们：
            一、压实责任
            鑫泰乡要在6月底前完成燃气管道隐患排查。
            县住建局要加强鑫泰片区建筑施工安全监管，年底前完成整治。""";

    /** The library's board, due dates read as the window reads them (no units suggested: the rows' own leads count). */
    private TaskBoard board() {
        return new TaskBoard(library, jingdu.analysis.SectorLexicon.builtInCatalog(),
                p -> new jingdu.app.tasks.DueDates(p)::read, u -> b -> Optional.empty(), jingdu.app.tasks.DueDates.defaults());
    }

    private BoardRow stored(String prefix) {
        return board().rows(TaskScope.all(), LocalDate.now()).stream().filter(r -> r.task().quote().startsWith(prefix))
                .findFirst().orElseThrow();
    }

    private static int indexOf(TableView<TaskBoardModel.Item> table, String prefix) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i) instanceof TaskBoardModel.Row r && r.row().task().quote().startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }

    private static void awaitLoaded(TaskBoardView view) throws Exception {
        view.loaded().get(90, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void editUndoFilterAndOpenTheSource(FxRobot robot) throws Exception {
        fx.awaitAnalysis();
        Speech s = library.importString(SPEECH, "county.txt");
        new Catalog(library).saveMeta(s.id(), new SpeechMeta(s.title(), "张三", "2025-03-10", null, "县", null, null));
        Unit jian = board().addUnit("县住建局", List.of("住建局"), false);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T).release(KeyCode.T, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.taskBoardShown()).isTrue();
        TaskBoardView view = WindowFixture.onFx(() -> window.showTaskBoard());
        assertThat(robot.lookup("#" + ReaderView.AREA_ID).tryQuery()).isEmpty(); // the board has the reader's place
        awaitLoaded(view);
        TableView<TaskBoardModel.Item> table = view.tableView();
        int townships = indexOf(table, "鑫泰乡");
        int bureau = indexOf(table, "县住建局要加强鑫泰");
        assertThat(townships).isNotNegative();
        assertThat(bureau).isNotNegative();
        assertThat(view.counts().total()).isEqualTo(table.getItems().size());

        // two rows at once: status, then lead — each one step
        WindowFixture.onFx(() -> {
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().select(townships);
            table.getSelectionModel().select(bureau);
            assertThat(view.setStatus(view.selectedRows(), TaskStatus.IN_PROGRESS)).isTrue();
            return null;
        });
        awaitLoaded(view);
        WindowFixture.onFx(() -> view.setLead(view.selectedRows(), jian));
        awaitLoaded(view);
        assertThat(view.selectedRows()).hasSize(2).allSatisfy(r -> {
            assertThat(r.lead()).isEqualTo(jian);
            assertThat(r.task().state().status()).isEqualTo(TaskStatus.IN_PROGRESS);
        });
        assertThat(stored("鑫泰乡").lead()).isEqualTo(jian);

        // Ctrl+Z in the window takes the lead back from both rows (the status stays: it was a step of its own)
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> stored("鑫泰乡").lead() == null);
        awaitLoaded(view);
        assertThat(stored("县住建局要加强鑫泰").lead()).isNull();
        assertThat(stored("县住建局要加强鑫泰").task().state().status()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(view.tableView().getItems().get(indexOf(table, "鑫泰乡"))).isInstanceOfSatisfying(TaskBoardModel.Row.class,
                r -> assertThat(r.row().lead()).isNull());
        assertThat(window.current().id()).isNotEqualTo(s.id()); // the undo did not take the reader elsewhere

        // a progress entry through its dialog: newest in the row, one undoable step
        jingdu.ui.tasks.ProgressDialog progress = WindowFixture.onFx(() -> {
            jingdu.ui.tasks.ProgressDialog d = view.progressDialog(stored("鑫泰乡"));
            d.show();
            return d;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(progress.author().getText()).isEqualTo(System.getProperty("user.name", ""));
        WindowFixture.onFx(() -> {
            javafx.scene.control.Button ok = (javafx.scene.control.Button) progress.dialog().getDialogPane()
                    .lookupButton(progress.dialog().getDialogPane().getButtonTypes().get(0));
            ok.fire(); // empty: refused, the dialog stays
            assertThat(progress.dialog().isShowing()).isTrue();
            progress.body().setText("已完成 12 个行政村的排查");
            ok.fire();
            return null;
        });
        awaitLoaded(view);
        assertThat(progress.dialog().isShowing()).isFalse();
        assertThat(stored("鑫泰乡").entry().latest().body()).isEqualTo("已完成 12 个行政村的排查");
        assertThat(view.tableView().getItems().get(indexOf(table, "鑫泰乡"))).isInstanceOfSatisfying(TaskBoardModel.Row.class,
                r -> assertThat(r.row().entry().progressCount()).isEqualTo(1));

        // a day no calendar has: a message, and nothing changes
        DatePicker picker = editDue(robot, view, "鑫泰乡");
        WindowFixture.onFx(() -> {
            picker.getEditor().setText("2025-02-30");
            return null;
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.message().getText()).contains("2025-02-30");
        assertThat(stored("鑫泰乡").dueByUser()).isFalse();
        assertThat(stored("鑫泰乡").due()).isEqualTo(LocalDate.of(2025, 6, 30)); // still read from 6月底前
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        // a day in the past: the row is overdue
        DatePicker again = editDue(robot, view, "鑫泰乡");
        WindowFixture.onFx(() -> {
            again.getEditor().setText("2025-05-01");
            return null;
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> stored("鑫泰乡").dueByUser());
        awaitLoaded(view);
        assertThat(stored("鑫泰乡").due()).isEqualTo(LocalDate.of(2025, 5, 1));
        assertThat(stored("鑫泰乡").mark()).isEqualTo(BoardRow.DueMark.OVERDUE);

        // only the overdue ones: this one, and the bureau's 年底前 of 2025 read from its text
        assertThat(stored("县住建局要加强鑫泰").due()).isEqualTo(LocalDate.of(2025, 12, 31));
        robot.clickOn("#" + TaskBoardView.OVERDUE_ID);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        awaitLoaded(view);
        assertThat(view.counts().overdue()).isEqualTo(2);
        assertThat(((javafx.scene.control.Label) robot.lookup("#" + MainWindow.STATUS_ID).query()).getText())
                .isEqualTo(view.statusLine()).contains("2");
        // what is shown, exported: the ledger with the two overdue rows, and a 督办通报 naming the lead unit
        java.nio.file.Path ledger = dir.resolve("台账.xlsx");
        view.export(jingdu.app.tasks.TaskExports.Format.XLSX, ledger).get(60, TimeUnit.SECONDS);
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(java.nio.file.Files.newInputStream(ledger))) {
            StringBuilder all = new StringBuilder();
            book.getSheetAt(0).forEach(row -> row.forEach(cell -> all.append(cell.toString()).append('|')));
            assertThat(all).contains("鑫泰乡要在6月底前完成燃气管道隐患排查", "县住建局要加强鑫泰片区", "2025-05-01");
        }
        java.nio.file.Path notice = dir.resolve("通报.docx");
        view.export(jingdu.app.tasks.TaskExports.Format.DOCX, notice).get(60, TimeUnit.SECONDS);
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(java.nio.file.Files.newInputStream(notice))) {
            assertThat(doc.getParagraphs().stream().map(p -> p.getText()).toList()).anyMatch(t -> t.contains("县住建局"));
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.message().getText()).contains("通报.docx");
        Node overdueRow = robot.lookup("#" + TaskBoardView.TABLE_ID + " .table-row-cell." + TaskBoardView.OVERDUE).query();
        assertThat(((TableRow<?>) overdueRow).getItem()).isInstanceOf(TaskBoardModel.Row.class);

        // its source: the reader comes back at the task's text
        Node source = robot.lookup("#" + TaskBoardView.TABLE_ID + " ." + TaskBoardView.SOURCE)
                .match(n -> n instanceof javafx.scene.control.TableCell<?, ?> c && c.getItem() instanceof TaskBoardModel.Row)
                .queryAs(Node.class);
                robot.clickOn(source);
        WaitForAsyncUtils.waitForFxEvents();
                WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.current().id() == s.id());
        fx.awaitAnalysis();
        assertThat(window.taskBoardShown()).isFalse();
        jingdu.ui.reader.ReaderArea area = robot.lookup("#" + ReaderView.AREA_ID).queryAs(jingdu.ui.reader.ReaderArea.class);
        assertThat(area.getSelectedText()).isEqualTo("鑫泰乡要在6月底前完成燃气管道隐患排查。");
    }

    /** Starts editing the row's 到期日 cell; its date picker. */
    private DatePicker editDue(FxRobot robot, TaskBoardView view, String prefix) throws Exception {
        WindowFixture.onFx(() -> {
            TableView<TaskBoardModel.Item> table = view.tableView();
            int i = indexOf(table, prefix);
            table.scrollTo(i);
            table.layout();
            table.edit(i, view.column(TaskBoardModel.Column.DUE));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        DatePicker p = robot.lookup("#task-due-picker").queryAs(DatePicker.class);
        WindowFixture.onFx(() -> {
            p.getEditor().requestFocus();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        return p;
    }
}
