package jingdu.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javafx.scene.control.DialogPane;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Clipboard;
import jingdu.app.library.Catalog;
import jingdu.io.DocumentFixtures;
import jingdu.ui.importing.ImportController;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A folder imported through the window shows progress, then a summary; the clipboard becomes a speech. */
class BatchImportInWindowTest extends WindowTest {

    /** Files in the disk-full test: more than 150 free pages hold, with room for the window's own writes. */
    private static final int FILES = 400;

    @Test
    void aFolderShowsProgressThenASummaryOfImportedAndSkippedFiles(FxRobot robot) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("讲话稿/子目录"));
        DocumentFixtures.docx(folder.resolve("一.docx"));
        DocumentFixtures.ofd(folder.getParent().resolve("二.ofd"));
        DocumentFixtures.zipBombDocx(folder.resolve("炸弹.docx"), 200);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx.window.current() != null);

        CountDownLatch release = new CountDownLatch(1);
        fx.analysis.submit(() -> release.await(30, TimeUnit.SECONDS)); // holds the worker: the import must not need it
        AtomicBoolean progressShown = new AtomicBoolean();
        robot.interact(() -> {
            fx.window.importFiles(List.of(folder.getParent()));
            // the import ends with a runLater, so within this event its progress window is certainly open
            progressShown.set(robot.lookup(".import-progress").tryQuery().isPresent()
                    && robot.lookup(".import-progress .progress-bar").queryAs(ProgressBar.class).isVisible());
        });
        assertThat(progressShown).isTrue();

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#" + ImportController.SUMMARY_ID).tryQuery().isPresent());
        release.countDown();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".import-progress").tryQuery()).isEmpty();
        DialogPane summary = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(summary.getHeaderText()).isEqualTo("导入完成：成功 2 个，跳过 1 个");
        assertThat(robot.lookup("#" + ImportController.SUMMARY_ID).queryAs(TextArea.class).getText())
                .contains("一.docx", "二.ofd", "炸弹.docx", "压缩炸弹");
        assertThat(fx.library.list()).hasSize(3); // the sample and two speeches
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> DocumentFixtures.TITLE.equals(fx.window.current().title()));
    }

    @Test
    void pasteAsNewSpeechImportsTheClipboardText(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx.window.current() != null);
        int before = fx.library.list().size();
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString("关于防汛安全的讲话\r\n\r\n同志们：\r\n各乡镇要落实防汛责任。");
            Clipboard.getSystemClipboard().setContent(content);
        });
        robot.interact(() -> Commands.find(fx.window.root().getScene(), Commands.PASTE).fire()); // 文件 › 粘贴为新讲话
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> fx.window.current() != null && fx.window.current().title().equals("关于防汛安全的讲话"));
        assertThat(fx.library.list()).hasSize(before + 1);
        assertThat(fx.window.current().text()).isEqualTo("关于防汛安全的讲话\n同志们：\n各乡镇要落实防汛责任。");
    }

    @Test
    void anEmptyClipboardIsRefusedAndChangesNothing(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx.window.current() != null);
        int before = fx.library.list().size();
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(" \n\u3000\n");
            Clipboard.getSystemClipboard().setContent(content);
        });
        robot.interact(() -> fx.window.pasteAsNewSpeech(Clipboard.getSystemClipboard().getString()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".dialog-pane").queryAs(DialogPane.class).getContentText()).isEqualTo("剪贴板中没有文字。");
        assertThat(fx.library.list()).hasSize(before);
    }

    /** SQLite's max_page_count answers SQLITE_FULL as a full disk does: one error, saying so, not one per file. */
    @Test
    void aFullDiskIsOneMessageAndWhatWasSavedStays(FxRobot robot) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("很多"));
        for (int n = 0; n < FILES; n++) {
            StringBuilder b = new StringBuilder("关于第" + n + "号安全生产工作的讲话\n");
            for (int k = 0; k < 20; k++) {
                b.append("各乡镇要加强燃气安全检查，第").append(n).append("号第").append(k).append("条。\n");
            }
            Files.writeString(folder.resolve(String.format("f%03d.txt", n)), b.toString());
        }
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx.window.current() != null);
        // the window's own background writes (the sample's facts) first, so the page budget is the import's alone
        fx.awaitAnalysis();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> new jingdu.app.library.Catalog(fx.library).repository().unindexed().isEmpty());
        Thread.sleep(1500); // and the checkpointer's quiet-time index merge
        int before = fx.library.list().size();
        fx.library.database().read(c -> {
            try (Statement st = c.createStatement()) {
                long pages;
                try (ResultSet rs = st.executeQuery("PRAGMA page_count")) {
                    rs.next();
                    pages = rs.getLong(1);
                }
                st.executeQuery("PRAGMA max_page_count = " + (pages + 150)).close();
            }
            return null;
        });

        robot.interact(() -> fx.window.importFiles(List.of(folder)));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> robot.lookup("#" + ImportController.SUMMARY_ID).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        int saved = fx.library.list().size() - before;
        assertThat(saved).isPositive().isLessThan(FILES);
        assertThat(robot.lookup(".dialog-pane").queryAll()).hasSize(1);
        DialogPane result = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(result.getHeaderText()).isEqualTo(new jingdu.i18n.I18n(java.util.Locale.SIMPLIFIED_CHINESE)
                .get("import.stopped.diskFull", saved, FILES - saved));
        assertThat(robot.lookup("#" + ImportController.SUMMARY_ID).queryAs(TextArea.class).getText())
                .doesNotContain("未导入：").doesNotContain("cannot commit");
    }
}
