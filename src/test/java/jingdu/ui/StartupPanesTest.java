package jingdu.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;

import jingdu.ui.reader.ReaderView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** At start-up the first frame shows the speech; the side panes join on the frame after it. */
class StartupPanesTest extends WindowTest {

    @Test
    void sidePanesWaitForTheFirstFrameAndTheSpeechDoesNot(FxRobot robot) throws Exception {
        fx.awaitAnalysis();
        CompletableFuture<Void> firstFrame = new CompletableFuture<>();
        robot.interact(() -> window.showSidePanesAfter(firstFrame));

        assertThat(robot.lookup("#layer-sectors").tryQuery()).as("legend not yet in the scene").isEmpty();
        assertThat(robot.lookup("#" + ReaderView.AREA_ID).tryQuery()).as("the speech is").isPresent();
        assertThat(window.reader().area().getText()).isNotEmpty();

        robot.interact(() -> firstFrame.complete(null));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#layer-sectors").tryQuery()).as("legend after the first frame").isPresent();
        assertThat(robot.lookup(".list-view").tryQuery()).as("library list after the first frame").isPresent();
    }
}
