package jingdu.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import jingdu.analysis.Analyzer;
import jingdu.app.AnalysisService;
import jingdu.app.Library;
import jingdu.app.Services;
import jingdu.app.export.ExportFormat;
import jingdu.app.export.ExportRequest;
import jingdu.i18n.I18n;
import jingdu.model.CorrectionKind;
import jingdu.model.ExportFilter;
import jingdu.model.LevelSuggestion;
import jingdu.model.Obligation;
import jingdu.model.ParagraphInfo;
import jingdu.model.SectorMention;
import jingdu.ui.corrections.BearerDialog;
import jingdu.ui.corrections.CorrectionMenu;
import jingdu.ui.corrections.CorrectionRows;
import jingdu.ui.corrections.CorrectionsWindow;
import jingdu.ui.corrections.ScopeQuestion;
import jingdu.ui.reader.Highlighter;
import jingdu.ui.reader.ReaderArea;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 16 in the window: the user corrects tasks, duty bearers, sectors and level suggestions in place. */
class CorrectionsInWindowTest extends WindowTest {

    private static final I18n ZH = new I18n(Locale.SIMPLIFIED_CHINESE);

    private ReaderArea area() {
        return window.reader().area();
    }

    private Obligation obligationAt(int offset) {
        return window.reader().analysis().obligations().stream()
                .filter(o -> o.start() <= offset && offset < o.end()).findFirst().orElse(null);
    }

    /** Shift+F10 at the caret, as a keyboard user asks for the reader's menu. */
    private void menuAtCaret(FxRobot robot, int offset) {
        robot.interact(() -> {
            area().requestFocus();
            area().moveTo(offset);
        });
        robot.push(KeyCode.SHIFT, KeyCode.F10);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area().getContextMenu().isShowing()).isTrue();
    }

    /** A right click on the character at {@code offset} (Monocle does not turn clicks into menu requests). */
    private void rightClick(FxRobot robot, int offset) {
        robot.interact(() -> {
            area().showParagraphAtCenter(area().offsetToPosition(offset, org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor());
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            Bounds b = area().getCharacterBoundsOnScreen(offset, offset + 1).orElseThrow();
            Point2D scene = area().localToScene(area().screenToLocal(b.getCenterX(), b.getCenterY()));
            area().fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, scene.getX(), scene.getY(),
                    b.getCenterX(), b.getCenterY(), false, null));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area().getContextMenu().isShowing()).isTrue();
    }

    /** The ledger as the CSV export writes it (the window's exports go through the same Exports). */
    private String ledger(long speechId) throws Exception {
        Path csv = dir.resolve("ledger-" + System.nanoTime() + ".csv");
        fx.analysis.withAnalyzer(a -> new Services(library, fx.analysis).exports(a, ZH)
                .write(new ExportRequest(ExportFormat.CSV, List.of(speechId), ExportFilter.NONE, false), csv, false))
                .get(60, TimeUnit.SECONDS);
        return Files.readString(csv, StandardCharsets.UTF_8);
    }

    @Test
    void dismissingATaskTakesItOutOfTheReaderAndTheLedgerAndUndoBringsItBack(FxRobot robot) throws Exception {
        fx.awaitAnalysis();
        long id = window.current().id();
        String text = area().getText();
        int at = text.indexOf("县住建局要会同");
        Obligation task = obligationAt(at);
        assertThat(task).isNotNull();
        String sentence = text.substring(task.start(), task.end());
        assertThat(ledger(id)).contains(sentence);

        menuAtCaret(robot, at + 2);
        robot.clickOn("不是工作要求");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(obligationAt(at)).isNull();
        assertThat(area().getStyleAtPosition(at + 2)).doesNotContain(Highlighter.OBLIGATION);
        assertThat(library.corrections(id)).singleElement()
                .satisfies(c -> assertThat(c.kind()).isEqualTo(CorrectionKind.DISMISS_OBLIGATION));
        assertThat(ledger(id)).doesNotContain(sentence);
        Label count = robot.lookup("#" + MainWindow.CORRECTIONS_COUNT_ID).queryAs(Label.class);
        assertThat(count.getText()).isEqualTo("修正 1");

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(obligationAt(at)).isEqualTo(task);
        assertThat(area().getStyleAtPosition(at + 2)).contains(Highlighter.OBLIGATION);
        assertThat(library.corrections(id)).isEmpty();
        assertThat(ledger(id)).contains(sentence);
        assertThat(count.getText()).isEmpty();

        robot.push(KeyCode.CONTROL, KeyCode.Y); // and redo takes it out again
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(obligationAt(at)).isNull();
    }

    @Test
    void theDutyBearerEditedInTheDialogIsMineOnHoverAndInTheLedger(FxRobot robot) throws Exception {
        fx.awaitAnalysis();
        long id = window.current().id();
        String text = area().getText();
        int at = text.indexOf("县住建局要会同");
        Obligation task = obligationAt(at);
        assertThat(WindowFixture.onFx(() -> window.reader().hoverText(at + 2))).contains("判定：引擎");

        menuAtCaret(robot, at + 2);
        robot.clickOn("责任主体…");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ComboBox<String> combo = robot.lookup("#" + BearerDialog.COMBO_ID).queryAs(ComboBox.class);
        assertThat(combo.getItems()).first().isEqualTo("无");
        assertThat(combo.getItems()).as("the speech's other duty bearers are offered").hasSizeGreaterThan(2);
        assertThat(combo.getEditor().getText()).isEqualTo(task.actor() == null ? "无" : task.actor());
        robot.interact(() -> combo.getEditor().setText("县住建局和县市场监管局"));
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> b.getText().equals("确定")).queryAs(Button.class));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(obligationAt(at).actor()).isEqualTo("县住建局和县市场监管局");
        String hover = WindowFixture.onFx(() -> window.reader().hoverText(at + 2));
        assertThat(hover).contains("责任主体：县住建局和县市场监管局").contains("判定：我");
        assertThat(area().getStyleAtPosition(at + 2)).contains(Highlighter.DECIDED);
        assertThat(ledger(id)).contains("县住建局和县市场监管局");

        // 只看已确认: the engine's undecided marks and suggestions go, the user's stay
        int other = text.indexOf("公安交警部门要紧盯");
        robot.interact(() -> window.setDecidedOnly(true));
        assertThat(area().getStyleAtPosition(at + 2)).contains(Highlighter.OBLIGATION, Highlighter.DECIDED);
        assertThat(area().getStyleAtPosition(other + 2)).doesNotContain(Highlighter.OBLIGATION);
        assertThat(window.reader().shown().paragraphs()).allSatisfy(p -> assertThat(p.suggestions()).isEmpty());
        robot.interact(() -> window.setDecidedOnly(false));
        assertThat(area().getStyleAtPosition(other + 2)).contains(Highlighter.OBLIGATION);

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(obligationAt(at).actor()).isEqualTo(task.actor());
        assertThat(area().getStyleAtPosition(at + 2)).doesNotContain(Highlighter.DECIDED);
    }

    @Test
    void aRejectedLevelChipStaysRejectedInANewWindowAndUndoBringsItBack(FxRobot robot) throws Exception {
        fx.awaitAnalysis();
        long id = window.current().id();
        ParagraphInfo p = window.reader().analysis().paragraphs().stream()
                .filter(x -> !x.suggestions().isEmpty() && x.index() < 12).findFirst().orElseThrow();
        LevelSuggestion s = p.suggestions().get(0);
        String chipClass = "chip-" + s.level().id();
        robot.interact(() -> area().showParagraphAtTop(p.index()));
        WaitForAsyncUtils.waitForFxEvents();
        Label chip = suggestionChip(p.index(), chipClass);
        assertThat(chip).isNotNull();
        robot.clickOn(chip.getGraphic()); // the ×
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(suggestionChip(p.index(), chipClass)).isNull();
        assertThat(library.corrections(id)).singleElement()
                .satisfies(c -> assertThat(c.kind()).isEqualTo(CorrectionKind.REJECT_LEVEL));
        assertThat(library.tags().forSpeech(id)).as("rejecting is not tagging").doesNotContainKey(p.index());

        // a new window on the same library file: still rejected
        Stage[] second = new Stage[1];
        MainWindow[] other = new MainWindow[1];
        Library reopened = Library.open(fx.dbFile);
        AnalysisService otherAnalysis = new AnalysisService(Analyzer::new);
        try {
            robot.interact(() -> {
                second[0] = new Stage();
                other[0] = new MainWindow(new Services(reopened, otherAnalysis), ZH, new Prefs(fx.prefsNode), second[0], () -> { });
                second[0].setScene(other[0].scene(1000, 700));
                second[0].show();
                other[0].start();
            });
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> other[0].reader().analysis() != null
                    && other[0].corrected() != null);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(other[0].reader().analysis().paragraphs().get(p.index()).suggestions())
                    .extracting(LevelSuggestion::level).doesNotContain(s.level());
        } finally {
            robot.interact(() -> second[0].close());
            otherAnalysis.close();
            reopened.close();
        }

        focusMainWindow(robot);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(library.corrections(id)).isEmpty();
        assertThat(suggestionChip(p.index(), chipClass)).isNotNull();
    }

    private void focusMainWindow(FxRobot robot) {
        robot.interact(() -> {
            window.root().getScene().getWindow().requestFocus();
            area().requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Label suggestionChip(int paragraph, String chipClass) throws Exception {
        HBox gutter = WindowFixture.onFx(() -> (HBox) area().getParagraphGraphic(paragraph));
        return gutter.getChildren().stream().filter(n -> n.getStyleClass().contains("chip-suggested")
                && n.getStyleClass().contains(chipClass)).map(Label.class::cast).findFirst().orElse(null);
    }

    @Test
    void aSectorTermChangedToAnotherSectorShowsItAndUndoRestoresIt(FxRobot robot) throws Exception {
        fx.awaitAnalysis();
        String text = area().getText();
        int at = text.indexOf("燃气管道");
        SectorMention gas = window.reader().analysis().sectors().stream()
                .filter(m -> m.start() <= at && at < m.end()).findFirst().orElseThrow();
        assertThat(gas.sector()).isEqualTo("gas");
        new Prefs(fx.prefsNode).setSectorScope(ScopeQuestion.HERE); // remembered: this place only

        rightClick(robot, at + 1);
        Menu relabel = (Menu) area().getContextMenu().getItems().stream()
                .filter(i -> CorrectionMenu.RELABEL_ID.equals(i.getId())).findFirst().orElseThrow();
        assertThat(relabel.getText()).isEqualTo("改为");
        assertThat(relabel.getItems()).extracting(MenuItem::getText).contains("城镇燃气", "油气管道", "建筑施工");
        MenuItem pipeline = relabel.getItems().stream().filter(i -> i.getText().equals("油气管道")).findFirst().orElseThrow();
        robot.interact(() -> {
            area().getContextMenu().hide();
            pipeline.fire(); // Monocle opens no submenus: the item as the submenu would fire it
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.reader().analysis().sectors()).anySatisfy(m -> {
            assertThat(m.start()).isEqualTo(gas.start());
            assertThat(m.sector()).isEqualTo("oil_gas_pipeline");
        });
        assertThat(area().getStyleAtPosition(at + 1)).contains("sector-oil-gas-pipeline", Highlighter.DECIDED)
                .doesNotContain("sector-gas");
        assertThat(WindowFixture.onFx(() -> window.reader().hoverText(at + 1))).contains("油气管道").contains("判定：我");

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area().getStyleAtPosition(at + 1)).contains("sector-gas").doesNotContain(Highlighter.DECIDED);
    }

    @Test
    void aSectorDecidedForEverySpeechIsShownInAnotherSpeechAndUndoTakesItBack(FxRobot robot) throws Exception {
        fx.awaitAnalysis();
        long first = window.current().id();
        String text = area().getText();
        int at = text.indexOf("燃气管道");
        SectorMention gas = window.reader().analysis().sectors().stream()
                .filter(m -> m.start() <= at && at < m.end()).findFirst().orElseThrow();
        new Prefs(fx.prefsNode).setSectorScope(ScopeQuestion.EVERYWHERE);

        rightClick(robot, at + 1);
        Menu relabel = (Menu) area().getContextMenu().getItems().stream()
                .filter(i -> CorrectionMenu.RELABEL_ID.equals(i.getId())).findFirst().orElseThrow();
        MenuItem construction = relabel.getItems().stream().filter(i -> i.getText().equals("建筑施工")).findFirst().orElseThrow();
        robot.interact(() -> {
            area().getContextMenu().hide();
            construction.fire();
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> sectorAt(gas.start()).equals("construction"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(library.corrections(first)).as("a word-list decision, not a correction of this place").isEmpty();
        assertThat(library.userTerms()).singleElement().satisfies(t -> {
            assertThat(t.term()).isEqualTo(gas.term());
            assertThat(t.sector()).isEqualTo("construction");
        });
        assertThat(WindowFixture.onFx(() -> window.reader().hoverText(gas.start()))).contains("判定：我");

        // another speech with the same word: the engine now reads it as construction there too
        jingdu.model.Speech other = library.importString("关于" + gas.term() + "改造的讲话\n各区要加强" + gas.term()
                + "安全检查。", "other.txt");
        robot.interact(() -> window.open(other.id()));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.corrected() != null);
        int there = other.text().lastIndexOf(gas.term());
        assertThat(sectorAt(there)).isEqualTo("construction");
        assertThat(area().getStyleAtPosition(there + 1)).contains("sector-construction", Highlighter.DECIDED);

        focusMainWindow(robot);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !"construction".equals(sectorAt(there)));
        assertThat(library.userTerms()).isEmpty();
        assertThat(area().getStyleAtPosition(there + 1)).doesNotContain("sector-construction");
    }

    private String sectorAt(int offset) {
        if (window.reader().analysis() == null) {
            return "";
        }
        return window.reader().analysis().sectors().stream().filter(m -> m.start() <= offset && offset < m.end())
                .map(SectorMention::sector).findFirst().orElse("");
    }

    @Test
    void myCorrectionsListsTheCountAndOneNeedingALookAndWithdrawsOne(FxRobot robot) throws Exception {
        fx.awaitAnalysis();
        long id = window.current().id();
        String text = area().getText();
        // another door (the command line's) sets a duty bearer on the title, which is no task: it needs a look
        int titleEnd = text.indexOf('\n');
        new Services(library, fx.analysis).annotator(ZH).correct(id, CorrectionKind.SET_ACTOR, 0, titleEnd, "某某");
        robot.interact(() -> window.open(id));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.corrected() != null);
        WaitForAsyncUtils.waitForFxEvents();
        int at = text.indexOf("公安交警部门要紧盯");
        menuAtCaret(robot, at + 2);
        robot.clickOn("不是工作要求");
        WaitForAsyncUtils.waitForFxEvents();

        Label count = robot.lookup("#" + MainWindow.CORRECTIONS_COUNT_ID).queryAs(Label.class);
        assertThat(count.getText()).isEqualTo("修正 2 · 需要核对 1");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.M).release(KeyCode.M, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        CorrectionsWindow list = WindowFixture.onFx(() -> window.showCorrections());
        assertThat(list.stage().isShowing()).isTrue();
        List<CorrectionRows.Row> rows = List.copyOf(list.table().getItems());
        assertThat(rows).hasSize(2);
        assertThat(rows).filteredOn(CorrectionRows.Row::needsLook).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo("责任主体");
            assertThat(r.value()).isEqualTo("某某");
        });
        assertThat(rows.get(0).needsLook()).as("needing a look first").isTrue();
        assertThat(rows.get(1).kind()).isEqualTo("不是工作要求");
        assertThat(robot.lookup("需要核对").tryQuery()).isPresent();

        // 跳转: the correction's words selected in the reader
        robot.interact(() -> list.table().getSelectionModel().select(1));
        robot.clickOn("#" + CorrectionsWindow.JUMP_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area().getSelectedText()).isEqualTo(rows.get(1).correction().quote());
        robot.interact(() -> list.stage().toFront()); // the jump brought the main window forward
        WaitForAsyncUtils.waitForFxEvents();

        // the whole library: the needs-a-look flag is worked out off the FX thread
        robot.clickOn("#" + CorrectionsWindow.SCOPE_LIBRARY_ID);
        assertThat(list.libraryScope()).isTrue();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> list.table().getItems().stream().anyMatch(CorrectionRows.Row::needsLook));
        robot.clickOn("#" + CorrectionsWindow.SCOPE_SPEECH_ID);
        WaitForAsyncUtils.waitForFxEvents();

        // withdraw the dismissal: the task is back, the count drops; undo withdraws the withdrawal
        robot.interact(() -> list.table().getSelectionModel().select(1));
        robot.clickOn("#" + CorrectionsWindow.WITHDRAW_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(obligationAt(at)).isNotNull();
        assertThat(list.table().getItems()).hasSize(1);
        assertThat(count.getText()).isEqualTo("修正 1 · 需要核对 1");
        focusMainWindow(robot);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(obligationAt(at)).isNull();
        assertThat(list.table().getItems()).hasSize(2);
        robot.interact(() -> list.stage().close());
    }
}
