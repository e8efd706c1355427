package jingdu.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import jingdu.ui.corrections.CorrectionsWindow;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Switched to dark while running, every window follows: the menu bar's menus and the reader's context menu (popups
 * are windows of their own), a window that was already open, and a dialog opened afterwards.
 */
class DarkPopupsTest extends WindowTest {

    private static final String DARK_CSS = "jingdu-dark.css";

    @Test
    void afterSwitchingToDarkAtRunTimeMenusPopupsAndOtherWindowsAreDark(FxRobot robot) throws Exception {
        fx.awaitAnalysis();
        Menu view = WindowFixture.onFx(() -> ((MenuBar) window.root().lookup("#" + MainWindow.MENU_BAR_ID)).getMenus().stream()
                .filter(m -> MainWindow.MENU_VIEW.equals(m.getId())).findFirst().orElseThrow());
        ContextMenu readerMenu = WindowFixture.onFx(() -> window.reader().area().getContextMenu());
        CorrectionsWindow list = WindowFixture.onFx(window::showCorrections);

        // shown once in light, so their popups exist and were styled light
        assertThat(popups(robot, view::show, view::hide)).isNotEmpty().allSatisfy(s -> assertLight(s, "view menu"));
        assertThat(popups(robot, () -> readerMenu.show(window.reader().area(), 100, 100), readerMenu::hide))
                .isNotEmpty().allSatisfy(s -> assertLight(s, "reader menu"));

        robot.interact(() -> window.setTheme(Theme.DARK));

        assertThat(popups(robot, view::show, view::hide)).isNotEmpty().allSatisfy(s -> assertDark(s, "view menu"));
        assertThat(popups(robot, () -> readerMenu.show(window.reader().area(), 100, 100), readerMenu::hide))
                .isNotEmpty().allSatisfy(s -> assertDark(s, "reader menu"));
        assertDark(list.stage().getScene(), "the corrections window open while switching");
        Scene keys = dialog(robot, window::showShortcuts);
        assertDark(keys, "F1 opened after switching");

        robot.interact(() -> window.setTheme(Theme.LIGHT));
        assertLight(list.stage().getScene(), "the corrections window, back to light");
        assertThat(popups(robot, view::show, view::hide)).isNotEmpty().allSatisfy(s -> assertLight(s, "view menu"));
        robot.interact(() -> list.stage().close());
    }

    private static void assertDark(Scene scene, String what) {
        assertThat(scene.getStylesheets()).as(what + " stylesheets").anyMatch(s -> s.endsWith(DARK_CSS));
        assertThat(scene.getRoot().getStyleClass()).as(what + " theme class").contains("theme-dark");
        assertThat(brightness(scene)).as(what + " background").isLessThan(0.35);
    }

    private static void assertLight(Scene scene, String what) {
        assertThat(scene.getStylesheets()).as(what + " stylesheets").noneMatch(s -> s.endsWith(DARK_CSS));
        assertThat(scene.getRoot().getStyleClass()).as(what + " theme class").doesNotContain("theme-dark");
        assertThat(brightness(scene)).as(what + " background").isGreaterThan(0.6);
    }

    /** The brightness of a menu's own background, or of the window's root. */
    private static double brightness(Scene scene) {
        List<Node> candidates = new ArrayList<>(scene.getRoot().lookupAll(".context-menu"));
        candidates.add(scene.getRoot());
        for (Node n : candidates) {
            if (n instanceof Region r && r.getBackground() != null && !r.getBackground().getFills().isEmpty()
                    && r.getBackground().getFills().get(0).getFill() instanceof Color c) {
                return 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
            }
        }
        return -1;
    }

    /** The scenes of the popups {@code show} opens (laid out), then hides them. */
    private static List<Scene> popups(FxRobot robot, Runnable show, Runnable hide) throws Exception {
        Set<Window> before = WindowFixture.onFx(() -> new HashSet<>(Window.getWindows()));
        robot.interact(show);
        WaitForAsyncUtils.waitForFxEvents();
        List<Scene> out = WindowFixture.onFx(() -> {
            List<Scene> r = new ArrayList<>();
            for (Window w : Window.getWindows()) {
                if (w instanceof PopupWindow && w.isShowing() && !before.contains(w)) {
                    w.getScene().getRoot().applyCss();
                    r.add(w.getScene());
                }
            }
            return r;
        });
        robot.interact(hide);
        return out;
    }

    private static Scene dialog(FxRobot robot, Runnable open) throws Exception {
        Set<Window> before = WindowFixture.onFx(() -> new HashSet<>(Window.getWindows()));
        robot.interact(open);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Window.getWindows().stream()
                .anyMatch(w -> w instanceof Stage && w.isShowing() && !before.contains(w)));
        Window w = WindowFixture.onFx(() -> Window.getWindows().stream()
                .filter(x -> x instanceof Stage && x.isShowing() && !before.contains(x)).findFirst().orElseThrow());
        Scene s = WindowFixture.onFx(() -> {
            w.getScene().getRoot().applyCss();
            return w.getScene();
        });
        robot.interact(w::hide);
        return s;
    }
}
