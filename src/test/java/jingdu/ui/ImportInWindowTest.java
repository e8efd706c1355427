package jingdu.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import jingdu.ui.importing.ImportController;
import jingdu.ui.library.LibraryPane;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Importing through the window: a GBK speech opens; a binary file is refused with a message. */
class ImportInWindowTest extends WindowTest {

    @Test
    void aGbkSpeechIsImportedAndOpenedAndABinaryFileIsRefused(FxRobot robot) throws Exception {
        Path gbk = dir.resolve("县长讲话.txt");
        Files.write(gbk, "关于冬季安全生产的讲话\r\n同志们：\r\n一、各乡镇要加强燃气安全检查。\r\n".getBytes(Charset.forName("GBK")));
        Path binary = dir.resolve("photo.txt");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0});
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.current() != null);

        robot.interact(() -> window.importFiles(List.of(gbk, binary)));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> window.current() != null && window.current().title().equals("关于冬季安全生产的讲话"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(library.list()).hasSize(2); // the sample and the GBK speech, not the binary file
        assertThat(window.reader().area().getText()).isEqualTo("关于冬季安全生产的讲话\n同志们：\n一、各乡镇要加强燃气安全检查。");
        ListView<?> list = robot.lookup("#" + LibraryPane.LIST_ID).queryAs(ListView.class);
        assertThat(list.getItems()).hasSize(2);

        DialogPane error = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(robot.lookup("#" + ImportController.SUMMARY_ID).queryAs(TextArea.class).getText())
                .contains("photo.txt", "不是文本文件", "县长讲话.txt");
        assertThat(error.getHeaderText()).isEqualTo("导入完成：成功 1 个，跳过 1 个");
    }
}
