package jingdu.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import jingdu.app.Library;
import jingdu.ui.reader.ReaderView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Start-up under load: the window is up, with its menu bar and the program's colours, while the library is still
 * being opened (here: held back until the test lets it go); then the speech comes. And {@code --lang en} is for
 * that start only.
 */
@ExtendWith(ApplicationExtension.class)
class StartupFrameTest {

    @TempDir
    Path dir;

    private Preferences node;
    private Stage stage;
    private JingduApp app;

    @BeforeEach
    void setUp() throws Exception {
        node = Preferences.userRoot().node("jingdu-test-" + UUID.randomUUID());
        stage = FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void tearDown() throws Exception {
        if (app != null) {
            WindowFixture.onFx(() -> {
                app.stop();
                return null;
            });
        }
        try {
            node.removeNode();
        } catch (BackingStoreException e) {
            // another test JVM holds the preferences' lock; the node is a throwaway one
        }
    }

    @Test
    void theWindowIsShownBeforeTheLibraryIsOpenAndNeverBlankWhite(FxRobot robot) throws Exception {
        Path db = dir.resolve("jingdu.db");
        Prefs prefs = new Prefs(node);
        prefs.setTheme(Theme.DARK.id());
        CompletableFuture<Library> slowLibrary = new CompletableFuture<>(); // a busy machine: not open yet
        app = new JingduApp(prefs, slowLibrary, List.of("--db", db.toString()));
        robot.interact(() -> app.start(stage));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stage.isShowing()).as("shown before the library is open").isTrue();
        assertThat(app.window()).as("the main window waits for the library").isNull();
        Scene frame = stage.getScene();
        assertThat(frame.getFill()).as("the program's colour, not white").isEqualTo(Theme.DARK.background())
                .isNotEqualTo(Color.WHITE);
        assertThat(frame.getRoot().getStyleClass()).contains("theme-dark");
        MenuBar menus = (MenuBar) frame.getRoot().lookup(".menu-bar");
        assertThat(menus.getMenus()).extracting(m -> m.getText()).containsExactly("文件", "编辑", "视图", "数据", "语言", "帮助");

        // the library arrives: the main window takes over and shows the speech
        slowLibrary.complete(Library.open(db));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.window() != null && app.window().current() != null);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.window().reader().analysis() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getScene().getRoot()).isSameAs(app.window().root());
        assertThat(stage.getScene().lookup("#" + ReaderView.AREA_ID)).isNotNull();
        assertThat(stage.getScene().getFill()).isEqualTo(Theme.DARK.background());
    }

    @Test
    void langOnTheCommandLineIsForThisStartOnlyAndTheMenuChoiceIsKept(FxRobot robot) throws Exception {
        Path db = dir.resolve("jingdu.db");
        Prefs prefs = new Prefs(node);
        app = new JingduApp(prefs, CompletableFuture.completedFuture(Library.open(db)), List.of("--db", db.toString(), "--lang", "en"));
        robot.interact(() -> app.start(stage));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.window() != null && app.window().current() != null);
        WaitForAsyncUtils.waitForFxEvents();
        MenuBar menus = (MenuBar) stage.getScene().getRoot().lookup(".menu-bar");
        assertThat(menus.getMenus().get(0).getText()).as("English for this start").isEqualTo("File");
        assertThat(prefs.language()).as("not remembered").isEqualTo("zh");

        // the menu's choice is remembered, and it wins over --lang from then on
        robot.interact(() -> Commands.find(stage.getScene(), ViewMenus.LANGUAGE_ID + "zh").fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(((MenuBar) stage.getScene().getRoot().lookup(".menu-bar")).getMenus().get(0).getText()).isEqualTo("文件");
        assertThat(prefs.language()).isEqualTo("zh");
        robot.interact(() -> Commands.find(stage.getScene(), ViewMenus.LANGUAGE_ID + "en").fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(((MenuBar) stage.getScene().getRoot().lookup(".menu-bar")).getMenus().get(0).getText()).isEqualTo("File");
        assertThat(prefs.language()).isEqualTo("en");
    }
}
