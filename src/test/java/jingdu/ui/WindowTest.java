package jingdu.ui;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;

import javafx.stage.Stage;
import jingdu.app.Library;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Base of the window tests: a fresh main window on a real SQLite file in a temp folder for each test. */
@ExtendWith(ApplicationExtension.class)
abstract class WindowTest {

    @TempDir
    Path dir;

    WindowFixture fx;
    Library library;
    MainWindow window;

    /** TestFX only looks for {@code @Start} on the test class itself, so the base builds the window here. */
    @BeforeEach
    void openWindow() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        fx = WaitForAsyncUtils.asyncFx(() -> new WindowFixture(stage, dir)).get(60, TimeUnit.SECONDS);
        library = fx.library;
        window = fx.window;
    }

    @AfterEach
    void tearDown() throws BackingStoreException {
        fx.close();
        fx.dropPrefs();
    }
}
