package jingdu.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import jingdu.app.search.SearchHit;
import jingdu.model.Speech;
import jingdu.ui.reader.ReaderArea;
import jingdu.ui.reader.ReaderView;
import jingdu.ui.search.SearchPane;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Ctrl+Shift+F, type, see the hits, click one: the speech opens with the hit selected. */
class SearchInWindowTest extends WindowTest {

    @Test
    void typingAQueryListsHitsAndClickingOneOpensTheSpeechAtTheHit(FxRobot robot) throws Exception {
        fx.awaitAnalysis();
        Speech other = fx.library.importString(
                "化工园区安全讲话\n一、基本情况。\n要盯紧鑫泰化工厂的重大危险源，逐项销号。\n其他工作。", "other.txt");
        long sample = fx.window.current().id();
        assertThat(sample).isNotEqualTo(other.id());

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TextField field = robot.lookup("#" + SearchPane.FIELD_ID).queryAs(TextField.class);
        assertThat(field.isFocused()).isTrue();

        robot.write("鑫泰");
        @SuppressWarnings("unchecked")
        ListView<SearchHit> results = robot.lookup("#" + SearchPane.RESULTS_ID).queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !results.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(results.getItems()).singleElement().satisfies(h -> {
            assertThat(h.speechId()).isEqualTo(other.id());
            assertThat(h.hitText()).isEqualTo("鑫泰");
        });
        Node marked = robot.lookup("#" + SearchPane.RESULTS_ID + " .search-hit").query();
        assertThat(((Text) marked).getText()).isEqualTo("鑫泰");

        robot.clickOn(robot.lookup("#" + SearchPane.RESULTS_ID + " .list-cell").nth(0).queryAs(Node.class));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx.window.current().id() == other.id());
        WaitForAsyncUtils.waitForFxEvents();
        ReaderArea area = robot.lookup("#" + ReaderView.AREA_ID).queryAs(ReaderArea.class);
        assertThat(area.getSelectedText()).isEqualTo("鑫泰");
        assertThat(area.getSelection().getStart()).isEqualTo(other.text().indexOf("鑫泰"));
    }

    @Test
    void pagingMovesThroughTheResults(FxRobot robot) throws Exception {
        fx.awaitAnalysis();
        StringBuilder text = new StringBuilder("翻页测试\n");
        for (int i = 0; i < 30; i++) {
            text.append("第").append(i + 1).append("条：落实巡查制度。\n");
        }
        fx.library.importString(text.toString().strip(), "many.txt");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        robot.write("巡查制度");
        @SuppressWarnings("unchecked")
        ListView<SearchHit> results = robot.lookup("#" + SearchPane.RESULTS_ID).queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> results.getItems().size() == 20);
        robot.clickOn("#" + SearchPane.NEXT_ID);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> results.getItems().size() == 10);
        assertThat(results.getItems().get(0).paragraph()).isEqualTo(21);
        assertThat(robot.lookup("#" + SearchPane.NEXT_ID).queryButton().isDisabled()).isTrue();
        robot.clickOn("#" + SearchPane.PREV_ID);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> results.getItems().size() == 20);
    }
}
