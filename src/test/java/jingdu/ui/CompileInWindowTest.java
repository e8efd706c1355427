package jingdu.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import jingdu.app.compile.CompileFixture;
import jingdu.app.compile.CompileFormat;
import jingdu.i18n.I18n;
import jingdu.ui.compile.CompileDialog;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 论述摘编 in the window: the 数据 menu opens the dialog; ticking a tag and 预览 lists the excerpts by theme and date
 * with counts; a date range narrows them; a bad range says why and offers no export; 导出 writes the Word file.
 */
class CompileInWindowTest extends WindowTest {

    private static final I18n ZH = new I18n(Locale.SIMPLIFIED_CHINESE);

    @Test
    void previewsByThemeAndDateAndExports(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.current() != null);
        CompileFixture f = new CompileFixture(library);

        // the 数据 menu opens it
        javafx.scene.Scene main = WindowFixture.onFx(() -> javafx.stage.Window.getWindows().stream()
                .filter(w -> w.getScene() != null && w.getScene().lookup("#" + CompileDialog.ROOT_ID) == null && w.isShowing())
                .findFirst().orElseThrow().getScene());
        robot.interact(() -> Commands.find(main, Commands.COMPILE).fire());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#" + CompileDialog.ROOT_ID).tryQuery().isPresent());
        robot.interact(() -> ((javafx.stage.Stage) robot.lookup("#" + CompileDialog.ROOT_ID).query().getScene().getWindow()).close());
        CompileDialog dialog = WindowFixture.onFx(window::showCompile);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#" + CompileDialog.TAG_PREFIX + f.tag.id());
        robot.clickOn("#" + CompileDialog.PREVIEW_BUTTON_ID);
        Label status = robot.lookup("#" + CompileDialog.STATUS_ID).queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> ZH.get("compile.dialog.summary", 2).equals(status.getText()));
        @SuppressWarnings("unchecked")
        TreeView<String> tree = robot.lookup("#" + CompileDialog.PREVIEW_ID).queryAs(TreeView.class);
        TreeItem<String> top = tree.getRoot().getChildren().get(0);
        assertThat(top.getValue()).isEqualTo("关于安全生产责任的论述摘编");
        TreeItem<String> theme = top.getChildren().get(0);
        assertThat(theme.getValue()).isEqualTo("安全生产责任（2 条）");
        assertThat(theme.getChildren()).extracting(TreeItem::getValue).containsExactly("2024-03-06（1 条）", "日期不详（1 条）");
        assertThat(theme.getChildren().get(0).getChildren().get(0).getValue())
                .startsWith(CompileFixture.SAID_FIRST).endsWith(ZH.get("compile.dialog.sources", 1));
        assertThat(robot.lookup("#" + CompileDialog.EXPORT_ID).queryAs(Button.class).isDisabled()).isFalse();

        // a range: only speech b's passage, in its own words
        robot.clickOn("#" + CompileDialog.FROM_ID).write("2024-04");
        robot.clickOn("#" + CompileDialog.PREVIEW_BUTTON_ID);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> ZH.get("compile.dialog.summary", 1).equals(status.getText()));
        assertThat(tree.getRoot().getChildren().get(0).getChildren().get(0).getChildren().get(0).getChildren().get(0).getValue())
                .startsWith(CompileFixture.SAID_AGAIN);

        // from after to: said, nothing to export
        robot.clickOn("#" + CompileDialog.TO_ID).write("2024-01");
        robot.clickOn("#" + CompileDialog.PREVIEW_BUTTON_ID);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> ZH.get("compile.error.dateOrder", "2024-04", "2024-01").equals(status.getText()));
        assertThat(robot.lookup("#" + CompileDialog.EXPORT_ID).queryAs(Button.class).isDisabled()).isTrue();

        robot.doubleClickOn("#" + CompileDialog.TO_ID).eraseText(7);
        robot.doubleClickOn("#" + CompileDialog.FROM_ID).eraseText(7);
        robot.clickOn("#" + CompileDialog.PREVIEW_BUTTON_ID);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> ZH.get("compile.dialog.summary", 2).equals(status.getText()));
        Path out = dir.resolve("摘编.docx");
        robot.interact(() -> dialog.export(out, CompileFormat.DOCX)); // what 导出… does once the save dialog has a file
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> ZH.get("compile.dialog.saved", out).equals(status.getText()));
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(out)); XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
            assertThat(x.getText()).contains("关于安全生产责任的论述摘编", CompileFixture.SAID_FIRST, CompileFixture.UNDATED);
        }
    }
}
