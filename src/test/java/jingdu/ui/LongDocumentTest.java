package jingdu.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jingdu.model.Level;
import jingdu.model.Speech;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A document far longer than a speech: highlighted from its opening pages first, then whole; gutters stay right. */
class LongDocumentTest extends WindowTest {

    private static final String PARAGRAPH = "各地区要严格落实企业安全生产主体责任，深入开展矿山、危险化学品领域专项整治，"
            + "坚决遏制重特大事故发生。";

    @Test
    void aLongDocumentIsHighlightedWholeInTheEndAndLaterParagraphsKeepTheirChips(FxRobot robot) throws Exception {
        fx.awaitAnalysis();
        StringBuilder b = new StringBuilder("会议材料汇编\n");
        for (int i = 0; i < 2_000; i++) {
            b.append(i).append('、').append(PARAGRAPH).append('\n');
        }
        Speech big = library.importString(b.toString(), "big.txt");
        int last = big.paragraphCount() - 1;
        library.tagParagraph(big.id(), last, Level.ENTERPRISE, true);

        CompletableFuture<Void> shown = WindowFixture.onFx(() -> window.open(big.id()));
        shown.get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.reader().analysis().paragraphs()).hasSize(big.paragraphCount());
        var area = window.reader().area();
        int lastStart = big.text().lastIndexOf('\n') + 1;
        int mine = big.text().indexOf("矿山", lastStart);
        assertThat(WindowFixture.onFx(() -> area.getStyleAtPosition(mine + 1))).contains("sector");

        // the last paragraph's cell is made only now, and shows the tag set before the document was opened
        robot.interact(() -> window.reader().jumpToParagraph(last));
        WaitForAsyncUtils.waitForFxEvents();
        java.util.Set<javafx.scene.Node> chips = robot.lookup(".chip-" + Level.ENTERPRISE.id()).queryAll();
        assertThat(chips).anyMatch(chip -> !chip.getStyleClass().contains("chip-suggested"));
    }
}
