package jingdu.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import jingdu.model.ParagraphInfo;
import jingdu.ui.reader.FirstLineIndent;
import jingdu.ui.reader.Highlighter;
import jingdu.ui.reader.ReaderArea;
import jingdu.ui.reader.ReaderView;
import org.fxmisc.richtext.CharacterHit;
import org.fxmisc.richtext.model.TwoDimensional.Bias;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 18: a body paragraph's first line starts two characters in, and the text under it is still exactly the
 * speech's: hit testing, selecting with the mouse and the selected text map to the same offsets as before.
 */
class FirstLineIndentInWindowTest extends WindowTest {

    private ReaderArea area() {
        return window.reader().area();
    }

    private Bounds bounds(int offset) throws Exception {
        return WindowFixture.onFx(() -> area().getCharacterBoundsOnScreen(offset, offset + 1).orElseThrow());
    }

    private static boolean han(String text, int at) {
        return Character.UnicodeScript.of(text.charAt(at)) == Character.UnicodeScript.HAN;
    }

    /** A body paragraph on screen that wraps, whose first and second lines open with Chinese characters: {start, line 2}. */
    private int[] wrappedBodyParagraph(FxRobot robot) throws Exception {
        String text = area().getText();
        boolean title = area().getParagraph(0).getParagraphStyle().contains(ReaderView.TITLE_STYLE);
        for (int start : FirstLineIndent.leads(text, title, window.reader().shown())) {
            int p = area().offsetToPosition(start, Bias.Forward).getMajor();
            if (area().getParagraph(p).length() < 80 || !han(text, start) || !han(text, start + 1)
                    || !han(text, start + 2)) {
                continue;
            }
            robot.interact(() -> area().showParagraphAtTop(p));
            WaitForAsyncUtils.waitForFxEvents();
            double top = bounds(start).getMinY();
            for (int i = start + 1; i < start + area().getParagraph(p).length(); i++) {
                if (bounds(i).getMinY() > top + 5) {
                    if (han(text, i) && han(text, i + 1)) {
                        return new int[] {start, i};
                    }
                    break;
                }
            }
        }
        throw new AssertionError("the sample has no wrapped body paragraph opening with Chinese characters");
    }

    @Test
    void aBodyParagraphsFirstLineStartsTwoCharactersInAndOffsetsStayExact(FxRobot robot) throws Exception {
        fx.awaitAnalysis();
        String before = area().getText();
        int[] at = wrappedBodyParagraph(robot);
        int start = at[0];
        int line2 = at[1];
        assertThat(area().getStyleOfChar(start)).contains(Highlighter.INDENT_LEAD);

        // the first character's glyph ends three characters in: two of indent and itself; line 2 starts at the margin
        Bounds first = bounds(start);
        Bounds second = bounds(start + 1);
        Bounds lineTwo = bounds(line2);
        // a character's advance on line 2 (a bounds' width also counts the outline's stroke)
        double em = bounds(line2 + 1).getMinX() - lineTwo.getMinX();
        assertThat(em).as("one character's advance").isGreaterThan(8);
        assertThat(second.getMinX() - lineTwo.getMinX()).as("the second character's place on line 1")
                .isCloseTo(3 * em, within(1.5));
        assertThat(first.getMaxX() - lineTwo.getMaxX()).as("the first character's right edge, two characters in")
                .isCloseTo(2 * em, within(1.5));
        assertThat(second.getMinY()).as("the indent stays on line 1").isCloseTo(first.getMinY(), within(1.0));
        assertThat(second.getHeight()).as("the indented line is as tall as the next").isCloseTo(lineTwo.getHeight(), within(1.0));

        // a heading on its own line is not indented: it starts where line 2 does
        for (ParagraphInfo p : window.reader().shown().paragraphs()) {
            if (p.heading() > 0 && !p.runIn() && p.start() > 0) {
                robot.interact(() -> area().showParagraphAtTop(area().offsetToPosition(p.start(), Bias.Forward).getMajor()));
                WaitForAsyncUtils.waitForFxEvents();
                assertThat(bounds(p.start()).getMinX()).as("heading %s", p.headingText(before))
                        .isCloseTo(lineTwo.getMinX(), within(1.0));
                robot.interact(() -> area().showParagraphAtTop(area().offsetToPosition(start, Bias.Forward).getMajor()));
                WaitForAsyncUtils.waitForFxEvents();
                first = bounds(start);
                second = bounds(start + 1);
                lineTwo = bounds(line2);
                break;
            }
        }

        // hit testing: the first glyph, the second, line 2's first; the blank indent is the paragraph's start
        assertThat(charAt(first.getMaxX() - em / 2, first.getCenterY())).isEqualTo(start);
        assertThat(charAt(second.getCenterX(), second.getCenterY())).isEqualTo(start + 1);
        assertThat(charAt(lineTwo.getCenterX(), lineTwo.getCenterY())).isEqualTo(line2);
        assertThat(insertionAt(lineTwo.getMinX() + 2, first.getCenterY())).isEqualTo(start);

        // a mouse drag from the second character's left edge to the third character of line 2 selects exactly those
        Point2D from = new Point2D(second.getMinX() + 2, second.getCenterY());
        Bounds third = bounds(line2 + 2);
        Point2D to = new Point2D(third.getMinX() + 2, third.getCenterY());
        robot.moveTo(from).press(MouseButton.PRIMARY).moveTo(to).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area().getSelection().getStart()).isEqualTo(start + 1);
        assertThat(area().getSelection().getEnd()).isEqualTo(line2 + 2);
        assertThat(area().getSelectedText()).isEqualTo(before.substring(start + 1, line2 + 2));

        // and from the blank indent: the selection starts at the paragraph's first character
        Point2D indent = new Point2D(lineTwo.getMinX() + 3, first.getCenterY());
        robot.moveTo(indent).press(MouseButton.PRIMARY).moveTo(to).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area().getSelectedText()).isEqualTo(before.substring(start, line2 + 2));
        assertThat(area().getText()).as("the speech's text is unchanged").isEqualTo(before);
        assertThat(area().getStyleOfChar(start + 1)).doesNotContain(Highlighter.INDENT_LEAD);
    }

    private int charAt(double screenX, double screenY) throws Exception {
        return WindowFixture.onFx(() -> {
            CharacterHit hit = hitAt(screenX, screenY);
            return hit.getCharacterIndex().orElse(-1);
        });
    }

    private int insertionAt(double screenX, double screenY) throws Exception {
        return WindowFixture.onFx(() -> hitAt(screenX, screenY).getInsertionIndex());
    }

    private CharacterHit hitAt(double screenX, double screenY) {
        Point2D local = area().screenToLocal(screenX, screenY);
        return area().hit(local.getX(), local.getY());
    }
}
