package jingdu.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.MenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import jingdu.app.annotate.Annotator;
import jingdu.i18n.I18n;
import jingdu.model.Note;
import jingdu.ui.reader.Highlighter;
import jingdu.ui.reader.ReaderArea;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 18 in the window: a paragraph split from the reader's menu and in the 编辑段落 mode, notes kept, undone. */
class ParagraphEditingTest extends WindowTest {

    private static final String SPEECH = "关于安全生产的讲话\n各地区要严格落实企业安全生产主体责任。煤矿企业要严防瓦斯爆炸。\n结尾。";

    private ReaderArea area() {
        return window.reader().area();
    }

    private List<String> paragraphs() throws Exception {
        return WindowFixture.onFx(() -> area().getParagraphs().stream().map(p -> p.getText()).toList());
    }

    /** The speech opened in the window, with a note on 瓦斯爆炸 made through the same undo history. */
    private long openWithNote(FxRobot robot) throws Exception {
        fx.awaitAnalysis();
        long id = library.importString(SPEECH, "speech.txt").id();
        String text = library.find(id).orElseThrow().text();
        int gas = text.indexOf("瓦斯爆炸");
        new Annotator(library, new I18n(Locale.SIMPLIFIED_CHINESE)).addPassageNote(id, gas, gas + 4, "防爆", null);
        robot.interact(() -> window.open(id));
        fx.awaitAnalysis();
        return id;
    }

    /** The note on 瓦斯爆炸: it covers that text, and the reader draws it there. */
    private void noteStillOnItsText(long id) throws Exception {
        Note note = library.notes(id).get(0);
        String text = library.find(id).orElseThrow().text();
        assertThat(text.substring(note.start(), note.end())).isEqualTo("瓦斯爆炸");
        assertThat(note.quote()).isEqualTo("瓦斯爆炸");
        assertThat(WindowFixture.onFx(() -> area().getText(note.start(), note.end()))).isEqualTo("瓦斯爆炸");
        for (int i = note.start(); i < note.end(); i++) {
            int at = i;
            assertThat(WindowFixture.onFx(() -> area().getStyleOfChar(at))).contains(Highlighter.NOTE);
        }
    }

    /** A right click just inside the left edge of the character at {@code offset}: the menu is about the place before it. */
    private void rightClickBefore(FxRobot robot, int offset) {
        robot.interact(() -> area().showParagraphAtCenter(
                area().offsetToPosition(offset, org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor()));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            Bounds b = area().getCharacterBoundsOnScreen(offset, offset + 1).orElseThrow();
            double x = b.getMinX() + b.getWidth() * 0.2;
            Point2D scene = area().localToScene(area().screenToLocal(x, b.getCenterY()));
            area().fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, scene.getX(), scene.getY(),
                    x, b.getCenterY(), false, null));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area().getContextMenu().isShowing()).isTrue();
    }

    @Test
    void aParagraphSplitFromTheMenuKeepsItsNoteAndCtrlZJoinsItAgain(FxRobot robot) throws Exception {
        long id = openWithNote(robot);
        assertThat(paragraphs()).hasSize(3);
        int coal = area().getText().indexOf("煤矿企业");

        rightClickBefore(robot, coal);
        MenuItem split = area().getContextMenu().getItems().stream()
                .filter(i -> ParagraphEditing.SPLIT_ID.equals(i.getId())).findFirst().orElseThrow();
        assertThat(split.getText()).isEqualTo("在此处分段");
        assertThat(split.isDisable()).isFalse();
        robot.clickOn("在此处分段");
        WaitForAsyncUtils.waitForFxEvents();
        fx.awaitAnalysis();

        assertThat(paragraphs()).containsExactly("关于安全生产的讲话", "各地区要严格落实企业安全生产主体责任。",
                "煤矿企业要严防瓦斯爆炸。", "结尾。");
        noteStillOnItsText(id);
        assertThat(window.reader().analysis().paragraphs()).hasSize(4); // the engine read the new paragraphs
        assertThat(WindowFixture.onFx(() -> area().getCurrentParagraph())).isEqualTo(2);

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        fx.awaitAnalysis();
        assertThat(paragraphs()).containsExactly("关于安全生产的讲话",
                "各地区要严格落实企业安全生产主体责任。煤矿企业要严防瓦斯爆炸。", "结尾。");
        noteStillOnItsText(id);
        assertThat(library.find(id).orElseThrow().text()).isEqualTo(SPEECH);

        robot.push(KeyCode.CONTROL, KeyCode.Y); // and redo splits it again
        WaitForAsyncUtils.waitForFxEvents();
        fx.awaitAnalysis();
        assertThat(paragraphs()).hasSize(4);
        noteStillOnItsText(id);
    }

    @Test
    void theMenuJoinsAParagraphWithTheNextAndIsOffAtTheLast(FxRobot robot) throws Exception {
        long id = openWithNote(robot);
        int end = area().getText().indexOf("结尾");
        rightClickBefore(robot, end);
        assertThat(area().getContextMenu().getItems().stream().filter(i -> ParagraphEditing.JOIN_ID.equals(i.getId()))
                .findFirst().orElseThrow().isDisable()).isTrue();
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        rightClickBefore(robot, area().getText().indexOf("各地区"));
        assertThat(area().getContextMenu().getItems().stream().filter(i -> ParagraphEditing.SPLIT_ID.equals(i.getId()))
                .findFirst().orElseThrow().isDisable()).as("no split at a paragraph's start").isTrue();
        robot.clickOn("与下一段合并");
        WaitForAsyncUtils.waitForFxEvents();
        fx.awaitAnalysis();
        assertThat(paragraphs()).containsExactly("关于安全生产的讲话",
                "各地区要严格落实企业安全生产主体责任。煤矿企业要严防瓦斯爆炸。结尾。");
        noteStillOnItsText(id);
    }

    @Test
    void enterAndBackspaceSplitAndJoinOnlyInTheEditMode(FxRobot robot) throws Exception {
        long id = openWithNote(robot);
        int coal = area().getText().indexOf("煤矿企业");
        robot.interact(() -> {
            area().requestFocus();
            area().moveTo(coal);
        });
        robot.push(KeyCode.ENTER);
        robot.push(KeyCode.BACK_SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(paragraphs()).as("the reader is read-only outside the mode").hasSize(3);

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.reader().getStyleClass()).contains(ParagraphEditing.EDITING_CLASS);
        assertThat(robot.lookup("#" + MainWindow.STATUS_ID).queryLabeled().getText()).startsWith("编辑段落");

        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        fx.awaitAnalysis();
        assertThat(paragraphs()).containsExactly("关于安全生产的讲话", "各地区要严格落实企业安全生产主体责任。",
                "煤矿企业要严防瓦斯爆炸。", "结尾。");
        assertThat(WindowFixture.onFx(() -> area().getCaretColumn())).isZero();
        noteStillOnItsText(id);

        robot.push(KeyCode.ENTER); // at a paragraph's start: refused, with the reason
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(paragraphs()).hasSize(4);
        assertThat(robot.lookup("#" + MainWindow.STATUS_ID).queryLabeled().getText()).contains("段首或段尾");

        robot.push(KeyCode.BACK_SPACE); // at the start of the second half: joined with the one before
        WaitForAsyncUtils.waitForFxEvents();
        fx.awaitAnalysis();
        assertThat(paragraphs()).hasSize(3);
        noteStillOnItsText(id);

        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.reader().getStyleClass()).doesNotContain(ParagraphEditing.EDITING_CLASS);
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(paragraphs()).hasSize(3);
    }
}
