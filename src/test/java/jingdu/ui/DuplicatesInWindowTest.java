package jingdu.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import jingdu.app.library.Catalog;
import jingdu.i18n.I18n;
import jingdu.io.DocumentFixtures;
import jingdu.model.LibraryEntry;
import jingdu.model.Speech;
import jingdu.text.TextLayout;
import jingdu.ui.importing.ImportController;
import jingdu.ui.library.DuplicatesWindow;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 18 in the window: a file whose text is in the library already is asked about (跳过 / 仍然导入副本);
 * 查找重复 lists near-identical speeches and merges them into the one the user keeps, which Ctrl+Z takes back;
 * library rows name their file.
 */
class DuplicatesInWindowTest extends WindowTest {

    private static final I18n ZH = new I18n(Locale.SIMPLIFIED_CHINESE);

    private List<Long> rows() throws Exception {
        return WindowFixture.onFx(() -> window.libraryPane().entries().stream().map(LibraryEntry::id).toList());
    }

    @Test
    void aFileAlreadyInTheLibraryIsSkippedOrImportedAsACopyAsTheUserChooses(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.current() != null);
        Path txt = Files.writeString(dir.resolve("冬季讲话.txt"), DocumentFixtures.expectedText(), StandardCharsets.UTF_8);
        Path pdf = DocumentFixtures.pdf(dir.resolve("冬季讲话.pdf"));
        int before = library.list().size();
        robot.interact(() -> window.importFiles(List.of(txt)));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> library.list().size() == before + 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#" + ImportController.DUPLICATES_ID).tryQuery()).isEmpty();

        // the .pdf of it: asked, skipped
        robot.interact(() -> window.importFiles(List.of(pdf)));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#" + ImportController.DUPLICATES_ID)
                .match(n -> n.getScene() != null && n.getScene().getWindow().isShowing()).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane question = robot.lookup("#" + ImportController.DUPLICATES_ID).queryAs(DialogPane.class);
        assertThat(question.getHeaderText()).isEqualTo("这份讲话已在文库中");
        assertThat(robot.lookup(".dialog-pane .text-area").queryAs(TextArea.class).getText())
                .isEqualTo("冬季讲话.pdf：已存在：《" + DocumentFixtures.TITLE + "》");
        robot.clickOn("#" + ImportController.DUPLICATES_SKIP_ID);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#" + ImportController.SUMMARY_ID).tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane").queryAs(DialogPane.class).getHeaderText())
                .isEqualTo("导入完成：成功 0 个，跳过 1 个（其中 1 个已在文库中）");
        assertThat(library.list()).hasSize(before + 1);
        robot.clickOn("确定");
        WaitForAsyncUtils.waitForFxEvents();

        // again: asked, a copy goes in and is opened
        robot.interact(() -> window.importFiles(List.of(pdf)));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#" + ImportController.DUPLICATES_COPY_ID)
                .match(n -> n.getScene() != null && n.getScene().getWindow().isShowing()).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#" + ImportController.DUPLICATES_COPY_ID);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> library.list().size() == before + 2);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.current() != null
                && library.list().get(0).id() == window.current().id());
        WaitForAsyncUtils.waitForFxEvents(); // the window opens it in this event: let it finish
        assertThat(window.current().sourceName()).isEqualTo("冬季讲话.pdf");
        assertThat(robot.lookup("#" + ImportController.SUMMARY_ID).tryQuery()).isEmpty(); // one file went in: nothing to say

        // the rows name their file; the hover has the full path and the import time
        String[] shown = WindowFixture.onFx(() -> {
            ListCell<?> row = robot.lookup(".list-cell").match(n -> n instanceof ListCell<?> c
                    && c.getItem() instanceof LibraryEntry e && "冬季讲话.txt".equals(e.sourceName())).queryAs(ListCell.class);
            return new String[] {robot.from(row).lookup(".library-source").queryAs(Label.class).getText(),
                    row.getTooltip().getText()};
        });
        assertThat(shown[0]).isEqualTo("冬季讲话.txt");
        assertThat(shown[1]).contains(DocumentFixtures.TITLE, txt.toAbsolutePath().toString(), "导入时间：");
    }

    @Test
    void findDuplicatesMergesIntoTheSpeechChosenAndCtrlZTakesItBack(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.current() != null);
        String text = TextLayout.canonical(Files.readString(
                Path.of("src/test/resources/heldout/corpus/h03_city_major_hazard_campaign_2023.txt"), StandardCharsets.UTF_8));
        StringBuilder pdf = new StringBuilder();
        for (String line : text.lines().toList()) { // a PDF's text: long paragraphs broken once, a page number kept
            pdf.append(line.length() > 30 ? line.substring(0, 30) + "\n" + line.substring(30) : line).append('\n');
        }
        pdf.append("- 1 -");
        Speech txt = library.importString(text, "隐患通知.txt");
        Speech fromPdf = library.importString(pdf.toString(), "隐患通知.pdf");
        jingdu.model.Note note = library.annotator(ZH).addPassageNote(fromPdf.id(), 0, 4, "PDF 上写的批注", null);
        robot.interact(() -> window.libraryPane().refresh());
        assertThat(rows()).contains(txt.id(), fromPdf.id());

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#" + DuplicatesWindow.ROOT_ID).tryQuery().isPresent());
        DuplicatesWindow dw = WindowFixture.onFx(window::showDuplicates); // the one open: no second search
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WindowFixture.onFx(() -> !dw.groups().isEmpty()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dw.groups()).singleElement().satisfies(g -> {
            assertThat(g.suggestedKeep()).isEqualTo(fromPdf.id()); // it has the annotation
            assertThat(g.members()).hasSize(2);
        });
        assertThat(robot.lookup("#" + DuplicatesWindow.STATUS_ID).queryAs(Label.class).getText())
                .isEqualTo(ZH.get("duplicates.found", 1));

        // keep the .txt instead, then merge
        robot.clickOn("#" + DuplicatesWindow.KEEP_PREFIX + txt.id());
        robot.clickOn("#" + DuplicatesWindow.MERGE_PREFIX + 0);
        WaitForAsyncUtils.waitForFxEvents();

        Catalog catalog = new Catalog(library);
        assertThat(catalog.isDeleted(fromPdf.id())).isTrue();
        assertThat(library.notes(txt.id())).singleElement().satisfies(n -> {
            assertThat(n.body()).isEqualTo("PDF 上写的批注");
            assertThat(n.quote()).isEqualTo(note.quote());
        });
        assertThat(rows()).contains(txt.id()).doesNotContain(fromPdf.id());
        assertThat(window.current().id()).isEqualTo(txt.id());
        assertThat(robot.lookup("#" + DuplicatesWindow.STATUS_ID).queryAs(Label.class).getText()).startsWith("已合并到《");
        assertThat(robot.lookup("#" + DuplicatesWindow.MERGE_PREFIX + 0).tryQuery()).isEmpty();

        // back in the main window, Ctrl+Z takes the merge back: both speeches listed again, the note only on its own
        robot.interact(() -> dw.stage().close());
        robot.interact(() -> ((Stage) window.root().getScene().getWindow()).requestFocus());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(catalog.isDeleted(fromPdf.id())).isFalse();
        assertThat(library.notes(txt.id())).isEmpty();
        assertThat(library.notes(fromPdf.id())).hasSize(1);
        assertThat(rows()).contains(txt.id(), fromPdf.id());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void pastingATextTheLibraryHasAsksFirst(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.current() != null);
        String text = "关于防汛安全的讲话\n各乡镇要落实防汛责任。";
        robot.interact(() -> window.pasteAsNewSpeech(text));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "关于防汛安全的讲话".equals(window.current().title()));
        int before = library.list().size();

        robot.interact(() -> window.pasteAsNewSpeech("关于防汛安全的讲话\r\n\r\n各乡镇要落实 防汛责任。"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#" + ImportController.DUPLICATES_SKIP_ID)
                .match(n -> n.getScene() != null && n.getScene().getWindow().isShowing()).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#" + ImportController.DUPLICATES_SKIP_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(library.list()).hasSize(before);
        assertThat(robot.lookup("#" + MainWindow.STATUS_ID).queryAs(Label.class).getText())
                .isEqualTo(ZH.get("importer.paste.skipped", "关于防汛安全的讲话"));
    }
}
