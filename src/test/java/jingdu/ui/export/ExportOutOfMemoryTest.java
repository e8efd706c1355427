package jingdu.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import jingdu.app.AnalysisService;
import jingdu.app.Library;
import jingdu.app.Services;
import jingdu.i18n.I18n;
import jingdu.model.Level;
import jingdu.model.Speech;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The heap running out during an export in the window: an error dialog that says so, and no file half-written. */
@ExtendWith(ApplicationExtension.class)
class ExportOutOfMemoryTest {

    private static final I18n ZH = new I18n(Locale.SIMPLIFIED_CHINESE);

    @TempDir
    Path dir;

    private Library library;
    private AnalysisService analysis;
    private ExportDialog dialog;

    @Start
    void start(Stage stage) throws Exception {
        library = Library.open(dir.resolve("lib.db"));
        Speech speech = library.importString("讲话标题\n企业要落实主体责任。", "a.txt");
        library.tags().set(speech.id(), List.of(1), Level.ENTERPRISE, true);
        // the engine cannot even be built: what a speech too large for the heap does half-way through an export
        analysis = new AnalysisService(() -> {
            throw new OutOfMemoryError("Java heap space");
        });
        dialog = new ExportDialog(new Services(library, analysis), ZH, null, speech.id());
        dialog.show();
    }

    @AfterEach
    void tearDown() {
        analysis.close();
        library.close();
    }

    @Test
    void anExportThatRunsOutOfMemoryShowsAnErrorDialogInTheUsersLanguage(FxRobot robot) throws Exception {
        Path out = Files.writeString(dir.resolve("台账.xlsx"), "上周的台账");

        Throwable failure = WaitForAsyncUtils.asyncFx(() -> dialog.exportTo(out)).get(10, TimeUnit.SECONDS)
                .handle((p, e) -> e).get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(failure).isNotNull();
        String message = ZH.get("error.outOfMemory", Runtime.getRuntime().maxMemory() >> 20);
        assertThat(robot.lookup(".dialog-pane").queryAllAs(DialogPane.class))
                .anySatisfy(pane -> {
                    assertThat(pane.getContentText()).isEqualTo(message);
                    assertThat(pane.getHeaderText()).isEqualTo(ZH.get("export.failed"));
                });
        assertThat(dialog.statusText()).contains(ZH.get("export.failed"), message).doesNotContain("Java heap space");
        assertThat(Files.readString(out)).isEqualTo("上周的台账");
    }
}
