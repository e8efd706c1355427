package jingdu.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import jingdu.model.Obligation;
import jingdu.ui.reader.FindBar;
import jingdu.ui.reader.Highlighter;
import jingdu.ui.reader.ReaderArea;
import jingdu.ui.reader.ReaderView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Find bar, J / K navigation, zoom and theme in a real window on headless Monocle. */
class ReaderComfortsTest extends WindowTest {

    private ReaderArea area(FxRobot robot) {
        return robot.lookup("#" + ReaderView.AREA_ID).queryAs(ReaderArea.class);
    }

    private static int count(String text, String query) {
        int n = 0;
        for (int at = text.indexOf(query); at >= 0; at = text.indexOf(query, at + query.length())) {
            n++;
        }
        return n;
    }

    @Test
    void ctrlFFindsCountsStepsAndEscCloses(FxRobot robot) throws Exception {
        fx.awaitAnalysis();
        ReaderArea area = area(robot);
        robot.interact(() -> {
            area.requestFocus();
            area.moveTo(0);
        });
        robot.press(KeyCode.CONTROL).press(KeyCode.F).release(KeyCode.F).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        FindBar bar = robot.lookup(".find-bar").queryAs(FindBar.class);
        TextField field = robot.lookup("#" + FindBar.FIELD_ID).queryAs(TextField.class);
        assertThat(bar.isVisible()).isTrue();
        assertThat(field.isFocused()).isTrue();

        robot.interact(() -> field.setText("燃气"));
        int total = count(area.getText(), "燃气");
        assertThat(total).isGreaterThan(2);
        Label counter = robot.lookup("#" + FindBar.COUNT_ID).queryAs(Label.class);
        assertThat(counter.getText()).isEqualTo("1/" + total);
        int first = area.getText().indexOf("燃气");
        assertThat(area.getStyleAtPosition(first + 1)).contains(Highlighter.FIND_MATCH, Highlighter.FIND_CURRENT);
        int second = area.getText().indexOf("燃气", first + 2);
        assertThat(area.getStyleAtPosition(second + 1)).contains(Highlighter.FIND_MATCH).doesNotContain(Highlighter.FIND_CURRENT);

        robot.type(KeyCode.ENTER);
        assertThat(counter.getText()).isEqualTo("2/" + total);
        assertThat(area.getSelection().getStart()).isEqualTo(second);
        robot.type(KeyCode.F3);
        assertThat(counter.getText()).isEqualTo("3/" + total);
        robot.press(KeyCode.SHIFT).type(KeyCode.ENTER).release(KeyCode.SHIFT);
        robot.press(KeyCode.SHIFT).type(KeyCode.ENTER).release(KeyCode.SHIFT);
        robot.press(KeyCode.SHIFT).type(KeyCode.ENTER).release(KeyCode.SHIFT);
        assertThat(counter.getText()).isEqualTo(total + "/" + total); // wrapped round

        robot.interact(() -> field.setText("没有这个词"));
        assertThat(counter.getText()).isEqualTo("0/0");

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(bar.isVisible()).isFalse();
        assertThat(area.getStyleAtPosition(first + 1)).doesNotContain(Highlighter.FIND_MATCH);
        assertThat(area.isFocused()).isTrue();
    }

    @Test
    void jAndKMoveThroughParagraphsShiftJAndKThroughObligations(FxRobot robot) throws Exception {
        fx.awaitAnalysis();
        ReaderArea area = area(robot);
        robot.interact(() -> {
            area.requestFocus();
            area.moveTo(0);
        });
        robot.type(KeyCode.J, 3);
        assertThat(area.getCurrentParagraph()).isEqualTo(3);
        robot.type(KeyCode.K);
        assertThat(area.getCurrentParagraph()).isEqualTo(2);

        List<Obligation> obligations = window.reader().analysis().obligations().stream()
                .sorted(java.util.Comparator.comparingInt(Obligation::start)).toList();
        robot.interact(() -> area.moveTo(0));
        robot.press(KeyCode.SHIFT).type(KeyCode.J).release(KeyCode.SHIFT);
        Obligation first = obligations.stream().filter(o -> o.start() > 0).findFirst().orElseThrow();
        assertThat(area.getSelection().getStart()).isEqualTo(first.start());
        assertThat(area.getSelection().getEnd()).isEqualTo(first.end());
        robot.type(KeyCode.CLOSE_BRACKET);
        Obligation second = obligations.stream().filter(o -> o.start() > first.start()).findFirst().orElseThrow();
        assertThat(area.getSelection().getStart()).isEqualTo(second.start());
        robot.press(KeyCode.SHIFT).type(KeyCode.K).release(KeyCode.SHIFT);
        assertThat(area.getSelection().getStart()).isEqualTo(first.start());
        // the text was not changed by any of these keys
        assertThat(area.getText()).isEqualTo(window.current().text());
    }

    @Test
    void zoomChangesTheReaderFontAndIsRemembered(FxRobot robot) throws Exception {
        fx.awaitAnalysis();
        ReaderArea area = area(robot);
        robot.interact(area::requestFocus);
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area.getStyle()).contains("-fx-font-size: 21.0px");
        assertThat(new Prefs(fx.prefsNode).readerFontSize()).isEqualTo(21.0);
        robot.press(KeyCode.CONTROL).type(KeyCode.MINUS).release(KeyCode.CONTROL);
        assertThat(new Prefs(fx.prefsNode).readerFontSize()).isEqualTo(19.0);

        // a new window on the same preferences starts at that size
        ReaderView other = WindowFixture.onFx(() -> {
            ReaderView r = new ReaderView(new jingdu.i18n.I18n(java.util.Locale.SIMPLIFIED_CHINESE),
                    jingdu.analysis.SectorLexicon.builtInCatalog());
            new ReaderComforts(new jingdu.i18n.I18n(java.util.Locale.SIMPLIFIED_CHINESE), new Prefs(fx.prefsNode), r, s -> { });
            return r;
        });
        assertThat(other.area().getStyle()).contains("19.0px");
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        assertThat(new Prefs(fx.prefsNode).readerFontSize()).isEqualTo(Prefs.DEFAULT_FONT_SIZE);
    }

    @Test
    void switchingToDarkKeepsTheOpenSpeechAndIsRemembered(FxRobot robot) throws Exception {
        fx.awaitAnalysis();
        ReaderArea area = area(robot);
        long open = window.current().id();
        robot.interact(() -> area.moveTo(5, 0));
        robot.interact(() -> window.setTheme(Theme.DARK));
        assertThat(window.root().getScene().getStylesheets()).anyMatch(s -> s.endsWith("jingdu-dark.css"));
        assertThat(window.root().getStyleClass()).contains("theme-dark");
        assertThat(window.current().id()).isEqualTo(open);
        assertThat(area.getCurrentParagraph()).isEqualTo(5);
        assertThat(window.reader().analysis()).isNotNull();
        assertThat(new Prefs(fx.prefsNode).theme()).isEqualTo("dark");
        robot.interact(() -> window.setTheme(Theme.LIGHT));
        assertThat(window.root().getScene().getStylesheets()).noneMatch(s -> s.endsWith("jingdu-dark.css"));
    }

    @Test
    void f1ShowsTheShortcuts(FxRobot robot) throws Exception {
        fx.awaitAnalysis();
        robot.interact(() -> area(robot).requestFocus());
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#" + ShortcutsDialog.GRID_ID).tryQuery()).isPresent();
        robot.type(KeyCode.ENTER);
    }
}
