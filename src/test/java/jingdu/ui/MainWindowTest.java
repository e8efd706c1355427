package jingdu.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import jingdu.analysis.Analyzer;
import jingdu.app.AnalysisService;
import jingdu.app.Library;
import jingdu.app.Services;
import jingdu.app.start.Samples;
import jingdu.i18n.I18n;
import jingdu.model.Level;
import jingdu.model.Note;
import jingdu.text.TextLayout;
import jingdu.ui.notes.NotesPane;
import jingdu.ui.reader.ReaderArea;
import jingdu.ui.reader.ReaderView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The first-slice flows in a real JavaFX scene on headless Monocle, against a real SQLite file. */
class MainWindowTest extends WindowTest {

    private ReaderArea area(FxRobot robot) {
        return robot.lookup("#" + ReaderView.AREA_ID).queryAs(ReaderArea.class);
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        return WindowFixture.onFx(work);
    }

    private void awaitAnalysis() throws Exception {
        fx.awaitAnalysis();
    }

    @Test
    void firstStartShowsTheSampleWithHighlights(FxRobot robot) throws Exception {
        awaitAnalysis();
        ReaderArea area = area(robot);
        assertThat(area.getText()).isEqualTo(TextLayout.canonical(Samples.sampleText()));
        assertThat(library.list()).hasSize(1);

        // the word 燃气 in the sample is highlighted as a gas sector term
        int gas = area.getText().indexOf("燃气管道");
        Collection<String> style = area.getStyleAtPosition(gas + 1);
        assertThat(style).contains("sector", "sector-gas");
        // and some sentence carries an obligation underline
        boolean anyObligation = false;
        for (int i = 0; i < area.getLength(); i++) {
            if (area.getStyleAtPosition(i).contains("obligation")) {
                anyObligation = true;
                break;
            }
        }
        assertThat(anyObligation).isTrue();

        // switching the sector layer off removes the sector classes
        robot.clickOn("#layer-sectors");
        assertThat(area.getStyleAtPosition(gas + 1)).doesNotContain("sector");
        robot.clickOn("#layer-sectors");
        assertThat(area.getStyleAtPosition(gas + 1)).contains("sector-gas");
    }

    @Test
    void pressingOneTagsTheParagraphAndPressingAgainRemovesIt(FxRobot robot) throws Exception {
        awaitAnalysis();
        ReaderArea area = area(robot);
        long speechId = window.current().id();
        robot.interact(() -> {
            area.requestFocus();
            area.moveTo(3, 2);
        });
        robot.type(KeyCode.DIGIT1);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(library.tags().forSpeech(speechId)).containsEntry(3, Set.of(Level.LEADERSHIP));
        HBox gutter = onFx(() -> (HBox) area.getParagraphGraphic(3));
        assertThat(gutter.getChildren()).anySatisfy(n -> assertThat(n.getStyleClass())
                .contains("chip", "chip-leadership").doesNotContain("chip-suggested"));

        robot.type(KeyCode.DIGIT1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(library.tags().forSpeech(speechId)).doesNotContainKey(3);
    }

    @Test
    void theContextMenuTagsTheParagraphUnderTheCaret(FxRobot robot) throws Exception {
        awaitAnalysis();
        ReaderArea area = area(robot);
        long speechId = window.current().id();
        robot.interact(() -> {
            area.requestFocus();
            area.moveTo(7, 1);
            area.showParagraphAtTop(7);
        });
        // Monocle's headless robot does not turn a right click into a menu request; the OS does, so send that
        robot.interact(() -> {
            javafx.geometry.Bounds b = area.localToScreen(area.getBoundsInLocal());
            area.fireEvent(new javafx.scene.input.ContextMenuEvent(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                    50, 50, b.getMinX() + 50, b.getMinY() + 50, true, null));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area.getContextMenu().isShowing()).isTrue();
        robot.clickOn("标注/取消“企业主体责任”");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(library.tags().forSpeech(speechId).values()).anySatisfy(levels -> assertThat(levels).contains(Level.ENTERPRISE));
    }

    @Test
    void aSelectionSpanningParagraphsTagsEachOfThem(FxRobot robot) throws Exception {
        awaitAnalysis();
        ReaderArea area = area(robot);
        long speechId = window.current().id();
        robot.interact(() -> {
            area.requestFocus();
            int from = area.getAbsolutePosition(4, 3);
            int to = area.getAbsolutePosition(6, 1);
            area.selectRange(from, to);
        });
        robot.type(KeyCode.DIGIT3);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(library.tags().forSpeech(speechId).keySet()).containsExactly(4, 5, 6);
    }

    @Test
    void addedNoteIsListedAndHighlighted(FxRobot robot) throws Exception {
        awaitAnalysis();
        ReaderArea area = area(robot);
        String text = area.getText();
        int start = text.indexOf("入户安检制度");
        robot.interact(() -> {
            area.requestFocus();
            area.selectRange(start, start + 6);
        });
        robot.type(KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();
        TextArea noteText = robot.lookup("#" + Dialogs.NOTE_TEXT_ID).queryAs(TextArea.class);
        robot.interact(() -> noteText.setText("落实到每一户"));
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> b.getText().equals("确定"))
                .queryAs(Button.class));
        WaitForAsyncUtils.waitForFxEvents();

        List<Note> saved = library.notes().forSpeech(window.current().id());
        assertThat(saved).singleElement().satisfies(n -> {
            assertThat(n.quote()).isEqualTo("入户安检制度");
            assertThat(n.body()).isEqualTo("落实到每一户");
        });
        ListView<?> notes = robot.lookup("#" + NotesPane.LIST_ID).queryAs(ListView.class);
        assertThat(notes.getItems()).hasSize(1);
        assertThat(area.getStyleAtPosition(start + 2)).contains("note");
    }

    @Test
    void aNewWindowOnTheSameDatabaseShowsTagsAndNotes(FxRobot robot) throws Exception {
        awaitAnalysis();
        ReaderArea area = area(robot);
        long speechId = window.current().id();
        robot.interact(() -> {
            area.requestFocus();
            area.moveTo(5, 0);
        });
        robot.type(KeyCode.DIGIT2);
        String text = area.getText();
        int start = text.indexOf("全覆盖排查");
        library.notes().add(speechId, start, start + 5, "全覆盖排查", "十月中旬前完成");
        WaitForAsyncUtils.waitForFxEvents();

        Stage[] second = new Stage[1];
        MainWindow[] other = new MainWindow[1];
        Library reopened = Library.open(fx.dbFile);
        AnalysisService otherAnalysis = new AnalysisService(Analyzer::new);
        try {
            robot.interact(() -> {
                second[0] = new Stage();
                other[0] = new MainWindow(new Services(reopened, otherAnalysis), new I18n(Locale.SIMPLIFIED_CHINESE),
                        new Prefs(fx.prefsNode), second[0], () -> { });
                second[0].setScene(other[0].scene(1000, 700));
                second[0].show();
                other[0].start();
            });
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> other[0].reader().analysis() != null);
            WaitForAsyncUtils.waitForFxEvents();
            ReaderArea otherArea = other[0].reader().area();
            assertThat(other[0].current().id()).isEqualTo(speechId);
            HBox gutter = onFx(() -> (HBox) otherArea.getParagraphGraphic(5));
            assertThat(gutter.getChildren()).anySatisfy(n -> {
                assertThat(n.getStyleClass()).contains("chip-supervision").doesNotContain("chip-suggested");
                assertThat(((Label) n).getText()).isEqualTo("监管");
            });
            assertThat(otherArea.getStyleAtPosition(start + 1)).contains("note");
        } finally {
            robot.interact(() -> second[0].close());
            otherAnalysis.close();
            reopened.close();
        }
    }

    @Test
    void exportWritesTheAnnotatedNotesAsMarkdown(FxRobot robot) throws Exception {
        awaitAnalysis();
        ReaderArea area = area(robot);
        long speechId = window.current().id();
        robot.interact(() -> {
            area.requestFocus();
            area.moveTo(3, 0);
        });
        robot.type(KeyCode.DIGIT1);
        int start = area.getText().indexOf("入户安检制度");
        library.notes().add(speechId, start, start + 6, "入户安检制度", "报送台账");
        Path out = dir.resolve("笔记.md");

        Path written = onFx(() -> window.exportMarkdown(out)).get(60, TimeUnit.SECONDS);
        String md = java.nio.file.Files.readString(written);
        assertThat(md).startsWith("# 在全县国庆节前安全生产工作会议上的讲话");
        assertThat(md).contains("党政领导责任", "> 入户安检制度", "报送台账", "城镇燃气");
        assertThat(MainWindow.safeFileName("a/b:c?")).isEqualTo("a_b_c_");
    }

    @Test
    void backupThenRestoreBringsBackTheTagsOfThatMoment(FxRobot robot) throws Exception {
        awaitAnalysis();
        ReaderArea area = area(robot);
        long speechId = window.current().id();
        robot.interact(() -> {
            area.requestFocus();
            area.moveTo(3, 0);
        });
        robot.type(KeyCode.DIGIT1);
        Path usb = dir.resolve("usb").resolve("backup.db");
        onFx(() -> window.backupTo(usb)).get(30, TimeUnit.SECONDS);
        robot.type(KeyCode.DIGIT2);
        assertThat(library.tags().forSpeech(speechId).get(3)).containsExactlyInAnyOrder(Level.LEADERSHIP, Level.SUPERVISION);

        robot.interact(() -> window.restoreFrom(usb));
        fx.awaitAnalysis();
        assertThat(library.tags().forSpeech(speechId).get(3)).containsExactly(Level.LEADERSHIP);
        HBox gutter = onFx(() -> (HBox) area(robot).getParagraphGraphic(3));
        assertThat(gutter.getChildren()).noneSatisfy(n -> assertThat(n.getStyleClass())
                .contains("chip-supervision").doesNotContain("chip-suggested"));
    }

    @Test
    void clickingASuggestedChipAcceptsIt(FxRobot robot) throws Exception {
        awaitAnalysis();
        ReaderArea area = area(robot);
        long speechId = window.current().id();
        int p = onFx(() -> {
            for (int i = 0; i < area.getParagraphs().size(); i++) {
                if (((HBox) area.getParagraphGraphic(i)).lookup(".chip-suggested") != null) {
                    return i;
                }
            }
            return -1;
        });
        assertThat(p).as("the sample has at least one suggested level").isNotNegative();
        robot.interact(() -> area.showParagraphAtTop(p));
        WaitForAsyncUtils.waitForFxEvents();
        Node chip = onFx(() -> area.getParagraphGraphic(p).lookup(".chip-suggested"));
        Level level = chip.getStyleClass().contains("chip-leadership") ? Level.LEADERSHIP
                : chip.getStyleClass().contains("chip-supervision") ? Level.SUPERVISION : Level.ENTERPRISE;
        robot.clickOn(chip);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(library.tags().forSpeech(speechId).get(p)).contains(level);
    }
}
