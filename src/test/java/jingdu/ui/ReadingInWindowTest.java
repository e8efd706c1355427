package jingdu.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import jingdu.model.Analysis;
import jingdu.model.Note;
import jingdu.model.ParagraphInfo;
import jingdu.model.SectorMention;
import jingdu.ui.notes.NoteDialog;
import jingdu.ui.reader.Highlighter;
import jingdu.ui.reader.ReaderArea;
import jingdu.ui.reader.ReaderView;
import jingdu.ui.tags.TagManager;
import org.fxmisc.richtext.TextExt;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 18, reading: notes over sector terms, the note box's keys and place, the tag manager's Esc. */
class ReadingInWindowTest extends WindowTest {

    /** A paragraph flow's first text node (its first children are RichTextFX's selection and caret shapes). */
    private static TextExt firstText(javafx.scene.text.TextFlow flow) {
        return flow.getChildren().stream().filter(TextExt.class::isInstance).map(TextExt.class::cast).findFirst()
                .orElseThrow();
    }

    private ReaderArea area() {
        return window.reader().area();
    }

    /** A sector term with at least four more characters of its paragraph after it: [start, end) of the note. */
    private int[] noteOverASectorTerm() {
        Analysis a = window.reader().shown();
        for (SectorMention s : a.sectors()) {
            ParagraphInfo p = a.paragraphs().stream().filter(x -> x.start() <= s.start() && s.start() < x.end())
                    .findFirst().orElseThrow();
            if (p.index() > 0 && s.end() + 4 <= p.end()) {
                return new int[] {s.start(), s.end() + 4, p.index()};
            }
        }
        throw new AssertionError("the sample speech has no sector term with text after it");
    }

    @Test
    void aNoteTypedAtOnceAndSavedWithCtrlEnterShowsOverTheSectorTermItStartsWith(FxRobot robot) throws Exception {
        fx.awaitAnalysis();
        int[] range = noteOverASectorTerm();
        int from = range[0];
        int to = range[1];
        robot.interact(() -> window.reader().jumpToRange(from, to));
        WaitForAsyncUtils.waitForFxEvents();
        Bounds passage = WindowFixture.onFx(() -> area().getCharacterBoundsOnScreen(from, to).orElseThrow());

        robot.type(KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();
        TextArea text = robot.lookup("#" + NoteDialog.TEXT_ID).queryAs(TextArea.class);
        assertThat(text.isFocused()).as("the note box takes typing at once").isTrue();
        Window box = text.getScene().getWindow();
        Rectangle2D boxBounds = new Rectangle2D(box.getX(), box.getY(), box.getWidth(), box.getHeight());
        assertThat(boxBounds.intersects(passage.getMinX(), passage.getMinY(), passage.getWidth(), passage.getHeight()))
                .as("the note box %s covers the passage %s", boxBounds, passage).isFalse();

        // keys as the system sends them, to the focused window: no click first
        robot.type(KeyCode.C, KeyCode.H, KeyCode.E, KeyCode.C, KeyCode.K);
        robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(box.isShowing()).isFalse();
        List<Note> saved = library.notes().forSpeech(window.current().id());
        assertThat(saved).singleElement().satisfies(n -> {
            assertThat(n.body()).isEqualTo("check");
            assertThat(n.start()).isEqualTo(from);
            assertThat(n.end()).isEqualTo(to);
        });

        // the note's own class on every character of its range, the sector term at its start included
        for (int i = from; i < to; i++) {
            assertThat(area().getStyleOfChar(i)).as("character %d", i).contains(Highlighter.NOTE);
        }
        assertThat(area().getStyleOfChar(from)).contains("sector");
        // and drawn: every text node of the note, over the sector fill too, has the note's frame colour
        List<TextExt> noted = WindowFixture.onFx(() -> area().lookupAll(".text." + Highlighter.NOTE).stream()
                .filter(TextExt.class::isInstance).map(TextExt.class::cast).toList());
        assertThat(noted).anySatisfy(t -> assertThat(t.getStyleClass()).contains("sector"));
        assertThat(noted).anySatisfy(t -> assertThat(t.getStyleClass()).doesNotContain("sector"));
        Set<Object> frames = new java.util.HashSet<>();
        noted.forEach(t -> frames.add(t.getBorderStrokeColor()));
        assertThat(frames).as("one frame colour over the whole note").hasSize(1).doesNotContainNull();
        // a mark in the gutter of its paragraph
        HBox gutter = WindowFixture.onFx(() -> (HBox) area().getParagraphGraphic(range[2]));
        assertThat(gutter.getChildren()).anySatisfy(n -> assertThat(n.getStyleClass()).contains(ReaderView.NOTE_MARK));
    }

    @Test
    void escCancelsTheNoteBox(FxRobot robot) throws Exception {
        fx.awaitAnalysis();
        robot.interact(() -> window.reader().jumpToRange(area().getAbsolutePosition(3, 0), area().getAbsolutePosition(3, 4)));
        robot.type(KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();
        TextArea text = robot.lookup("#" + NoteDialog.TEXT_ID).queryAs(TextArea.class);
        Window box = text.getScene().getWindow();
        robot.type(KeyCode.D, KeyCode.R, KeyCode.A, KeyCode.F, KeyCode.T);
        assertThat(text.getText()).isEqualTo("draft");
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(box.isShowing()).isFalse();
        assertThat(library.notes().forSpeech(window.current().id())).isEmpty();
    }

    @Test
    void theTagManagerShowsItsCloseButtonAndClosesWithEsc(FxRobot robot) throws Exception {
        fx.awaitAnalysis();
        TagManager manager = WindowFixture.onFx(window::openTagManager);
        WaitForAsyncUtils.waitForFxEvents();
        Button close = robot.lookup("#" + TagManager.CLOSE_ID).queryAs(Button.class);
        assertThat(close.getText()).isEqualTo("关闭");
        Bounds b = close.localToScene(close.getBoundsInLocal());
        assertThat(close.isVisible()).isTrue();
        assertThat(b.getMaxX()).isLessThanOrEqualTo(close.getScene().getWidth());
        assertThat(b.getMaxY()).isLessThanOrEqualTo(close.getScene().getHeight());
        Node shown = close.lookup(".text");
        assertThat(((javafx.scene.text.Text) shown).getText()).as("not cut to …").isEqualTo("关闭");

        // Esc with the focus in the name field
        TextField name = robot.lookup("#" + TagManager.NAME_ID).queryAs(TextField.class);
        robot.interact(name::requestFocus);
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(manager.stage().isShowing()).isFalse();
    }

    @Test
    void theTitleLineLooksLikeATitleAndTheTextAndItsOffsetsStayAsTheyAre(FxRobot robot) throws Exception {
        fx.awaitAnalysis();
        ReaderArea area = area();
        String text = window.current().text();
        assertThat(area.getText()).isEqualTo(text);
        assertThat(area.getParagraph(0).getParagraphStyle()).containsExactly(ReaderView.TITLE_STYLE);
        List<jingdu.text.TextLayout.Range> paragraphs = jingdu.text.TextLayout.paragraphs(text);
        assertThat(area.getParagraphs()).hasSize(paragraphs.size());
        for (int p = 1; p < paragraphs.size(); p++) {
            assertThat(area.getParagraph(p).getParagraphStyle()).as("paragraph %d", p).containsExactly(ReaderView.BODY_STYLE);
            assertThat(area.getAbsolutePosition(p, 0)).isEqualTo(paragraphs.get(p).start());
        }
        // drawn as a title: centred, bigger than the body
        javafx.scene.text.TextFlow title = robot.lookup(".paragraph-text." + ReaderView.TITLE_STYLE)
                .queryAs(javafx.scene.text.TextFlow.class);
        javafx.scene.text.TextFlow body = robot.lookup(".paragraph-text." + ReaderView.BODY_STYLE)
                .queryAs(javafx.scene.text.TextFlow.class);
        assertThat(title.getTextAlignment()).isEqualTo(javafx.scene.text.TextAlignment.CENTER);
        double titleSize = firstText(title).getFont().getSize();
        double bodySize = firstText(body).getFont().getSize();
        assertThat(titleSize).isGreaterThan(bodySize * 1.2);
        // and a click on a character of the centred title or of the body puts the caret at that character
        for (int at : new int[] {2, paragraphs.get(3).start() + 5}) {
            Bounds b = WindowFixture.onFx(() -> area.getCharacterBoundsOnScreen(at, at + 1).orElseThrow());
            robot.clickOn(b.getMinX() + b.getWidth() * 0.25, b.getMinY() + b.getHeight() / 2);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(area.getCaretPosition()).as("caret after a click on character %d", at).isEqualTo(at);
        }
    }
}
