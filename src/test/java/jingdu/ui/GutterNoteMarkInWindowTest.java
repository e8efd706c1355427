package jingdu.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import jingdu.model.Note;
import jingdu.ui.reader.ReaderArea;
import jingdu.ui.reader.ReaderView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 18: a passage note's mark in the gutter sits beside the line the note starts on, not the paragraph's top. */
class GutterNoteMarkInWindowTest extends WindowTest {

    private ReaderArea area() {
        return window.reader().area();
    }

    private Bounds bounds(int offset) throws Exception {
        return WindowFixture.onFx(() -> area().getCharacterBoundsOnScreen(offset, offset + 1).orElseThrow());
    }

    /** The first character of each line of paragraph {@code p}, shown at the top of the reader. */
    private List<Integer> lineStarts(int p) throws Exception {
        WindowFixture.onFx(() -> {
            area().showParagraphAtTop(p);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        int start = area().getAbsolutePosition(p, 0);
        List<Integer> starts = new java.util.ArrayList<>(List.of(start));
        double top = bounds(start).getMinY();
        for (int i = start + 1; i < start + area().getParagraph(p).length(); i++) {
            double y = bounds(i).getMinY();
            if (y > top + 5) {
                starts.add(i);
                top = y;
            }
        }
        return starts;
    }

    private List<Label> marks(int p) throws Exception {
        return WindowFixture.onFx(() -> ((HBox) area().getParagraphGraphic(p)).getChildren().stream()
                .filter(n -> n.getStyleClass().contains(ReaderView.NOTE_MARK)).map(Label.class::cast).toList());
    }

    private static Note note(long id, int start, String body) {
        return new Note(id, 1, start, start + 3, "", body, Instant.EPOCH, Instant.EPOCH);
    }

    private void assertBeside(Label mark, int offset) throws Exception {
        Bounds line = bounds(offset);
        Bounds at = WindowFixture.onFx(() -> mark.localToScreen(mark.getBoundsInLocal()));
        assertThat(at.getCenterY()).as("mark %s beside the line of character %d (%s)", mark.getText(), offset, line)
                .isBetween(line.getMinY(), line.getMaxY());
        assertThat(at.getMaxX()).as("in the gutter, left of the text").isLessThan(line.getMinX());
    }

    @Test
    void aNoteOnALaterLineIsMarkedBesideThatLineAndNotesOnOneLineShareAMark(FxRobot robot) throws Exception {
        fx.awaitAnalysis();
        int p = -1;
        List<Integer> lines = List.of();
        for (int i = 1; i < area().getParagraphs().size() && lines.size() < 3; i++) {
            if (area().getParagraph(i).length() > 120) {
                p = i;
                lines = lineStarts(i);
            }
        }
        assertThat(lines).as("the sample has a paragraph of three lines or more").hasSizeGreaterThanOrEqualTo(3);
        int paragraph = p;
        int onThird = lines.get(2) + 2;
        int start = lines.get(0);
        List<Note> notes = List.of(note(1, start + 1, "first line"), note(2, onThird, "third line"),
                note(3, onThird + 3, "third line too"));
        robot.interact(() -> window.reader().setNotes(notes));
        WaitForAsyncUtils.waitForFxEvents();

        List<Label> marks = marks(paragraph);
        assertThat(marks).hasSize(2);
        Label first = marks.stream().filter(m -> m.getTooltip().getText().contains("first line")).findFirst().orElseThrow();
        Label third = marks.stream().filter(m -> m.getTooltip().getText().contains("third line")).findFirst().orElseThrow();
        assertThat(third.getTooltip().getText()).contains("third line too");
        assertThat(first.getTooltip().getText()).doesNotContain("third line");
        assertBeside(first, start + 1);
        assertBeside(third, onThird);
        // the chips' row is untouched: the first line's mark does not cover a chip
        List<Node> chips = WindowFixture.onFx(() -> List.copyOf(((HBox) area().getParagraphGraphic(paragraph))
                .getChildren().filtered(Node::isManaged)));
        for (Node chip : chips) {
            Bounds c = WindowFixture.onFx(() -> chip.localToScreen(chip.getBoundsInLocal()));
            Bounds m = WindowFixture.onFx(() -> first.localToScreen(first.getBoundsInLocal()));
            assertThat(c.intersects(m)).as("chip %s and the mark", chip.getStyleClass()).isFalse();
        }

        // a narrower window wraps the paragraph anew: the mark follows the note's line
        Window stage = area().getScene().getWindow();
        robot.interact(() -> stage.setWidth(stage.getWidth() - 260));
        WaitForAsyncUtils.waitForFxEvents();
        lineStarts(paragraph);
        WaitForAsyncUtils.waitForFxEvents();
        Label moved = marks(paragraph).stream().filter(m -> m.getTooltip().getText().contains("third line"))
                .findFirst().orElseThrow();
        assertBeside(moved, onThird);
    }
}
