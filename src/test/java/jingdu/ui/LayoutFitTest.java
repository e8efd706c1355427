package jingdu.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import java.util.stream.Stream;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import jingdu.i18n.I18n;
import jingdu.model.Level;
import jingdu.model.Speech;
import jingdu.ui.search.SearchPane;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An office laptop's screen: the main window at 1366×768, 1280×800 and 1024×768, in Chinese and English, light
 * and dark, with a speech, notes, tags, search hits and the library's undo bar showing, then every menu and
 * dialog. Nothing may be cut off (see {@link LayoutProbe}); the failure lists each offender with where it is.
 */
@ExtendWith(ApplicationExtension.class)
class LayoutFitTest {

    private static final int[][] SIZES = {{1366, 768}, {1280, 800}, {1024, 768}};
    /** The search results must show several hits without dragging a divider, with fresh preferences. */
    private static final int HITS_SHOWN = 5;

    @TempDir
    Path dir;

    static Stream<Arguments> languagesAndThemes() {
        return Stream.of(arguments("zh", "light"), arguments("zh", "dark"), arguments("en", "light"), arguments("en", "dark"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("languagesAndThemes")
    void nothingIsCutOffOnALaptopScreen(String lang, String theme) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        Preferences node = Preferences.userRoot().node("jingdu-test-" + UUID.randomUUID());
        new Prefs(node).setTheme(theme);
        I18n i18n = new I18n(I18n.forLanguage(lang));
        WindowFixture fx = WaitForAsyncUtils.asyncFx(() -> new WindowFixture(stage, dir.resolve("jingdu.db"), node, i18n))
                .get(60, TimeUnit.SECONDS);
        Set<String> offenders = new LinkedHashSet<>();
        try {
            fx.awaitAnalysis();
            MainWindow window = fx.window;
            fill(fx);
            Scene scene = stage.getScene();
            for (int[] size : SIZES) {
                onFx(() -> {
                    stage.setWidth(size[0]);
                    stage.setHeight(size[1]);
                    return null;
                });
                WaitForAsyncUtils.waitForFxEvents();
                String where = "[" + lang + " " + theme + " " + size[0] + "×" + size[1];
                assertThat(scene.getWidth()).as(where + "] scene width").isBetween(size[0] - 20.0, size[0] + 0.0);
                TabPane left = onFx(() -> (TabPane) scene.getRoot().lookup(".left-tabs"));
                for (int tab = 0; tab < left.getTabs().size(); tab++) {
                    int t = tab;
                    String at = where + " " + left.getTabs().get(t).getText() + "] ";
                    onFx(() -> {
                        left.getSelectionModel().select(t);
                        return null;
                    });
                    WaitForAsyncUtils.waitForFxEvents();
                    onFx(() -> LayoutProbe.offenders(scene)).forEach(o -> offenders.add(at + o));
                    if (left.getTabs().get(t).getContent() instanceof SearchPane) {
                        int shown = onFx(() -> hitsShown(scene));
                        if (shown < HITS_SHOWN) {
                            offenders.add(at + String.format("search results show %d whole hits, not %d", shown, HITS_SHOWN));
                        }
                    }
                }
                if (size == SIZES[0]) {
                    offenders.addAll(menus(scene, where + "] "));
                }
            }
            String at = "[" + lang + " " + theme + " dialog ";
            offenders.addAll(dialog(at + "F1] ", () -> accelerator(scene, "F1")));
            offenders.addAll(dialog(at + "F2] ", () -> accelerator(scene, "F2")));
            offenders.addAll(dialog(at + "export] ", () -> accelerator(scene, "Shortcut+E")));
            offenders.addAll(dialog(at + "tags] ", window::openTagManager));
            offenders.addAll(dialog(at + "corrections] ", window::showCorrections));
            // the task board's dialogs, on the smallest laptop screen too (their windows within 1024×768), with the
            // periods a user may have (until the built-in ones are wired in, the library starts with none)
            new jingdu.app.tasks.TaskBoard(fx.library, jingdu.analysis.SectorLexicon.builtInCatalog(),
                    p -> (d, sd) -> java.util.Optional.empty(), u -> b -> java.util.Optional.empty(), List.of())
                    .setPeriods(List.of(period("汛期", 6, 1, 9, 30), period("主汛期", 7, 1, 8, 31),
                            period("岁末年初", 12, 1, 2, 28), period("春节前后（含元宵节）", 1, 15, 2, 28),
                            period("秋冬季森林防火期", 10, 1, 4, 30), period("全国“两会”期间", 3, 1, 3, 15)));
            offenders.addAll(smallEnough(at + "units] ", dialogWindow(at + "units] ", window::openUnits, offenders)));
            offenders.addAll(smallEnough(at + "periods] ", dialogWindow(at + "periods] ", window::openPeriods, offenders)));
            jingdu.ui.units.UnitsDialog units = onFx(window::openUnits);
            WaitForAsyncUtils.waitForFxEvents();
            offenders.addAll(dialog(at + "units import] ",
                    () -> ((Button) units.stage().getScene().lookup("#" + jingdu.ui.units.UnitsDialog.IMPORT_ID)).fire()));
            onFx(() -> {
                units.stage().close();
                return null;
            });
            offenders.addAll(dialog(at + "compile] ", () -> fireMenuItem(scene, Commands.COMPILE)));
            onFx(() -> {
                window.reader().area().selectRange(0, 8);
                return null;
            });
            offenders.addAll(dialog(at + "note] ", () -> window.reader().area().fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED,
                    "", "", KeyCode.N, false, false, false, false))));
            Node about = onFx(() -> scene.lookup("#" + Commands.ABOUT));
            if (about != null || hasMenuItem(scene, Commands.ABOUT)) {
                offenders.addAll(dialog(at + "about] ", () -> fireMenuItem(scene, Commands.ABOUT)));
            }
        } finally {
            onFx(() -> {
                for (Window w : new ArrayList<>(Window.getWindows())) {
                    if (w != stage) {
                        w.hide();
                    }
                }
                return null;
            });
            fx.close();
            try {
                node.removeNode();
            } catch (java.util.prefs.BackingStoreException e) {
                // another test JVM holds the preferences' lock; the node is a throwaway one
            }
        }
        assertThat(offenders).as("cut off or squeezed:\n" + String.join("\n", offenders)).isEmpty();
    }

    /** A tag, notes, a second speech searched for (several hits) and then deleted (the undo bar shows). */
    private static void fill(WindowFixture fx) throws Exception {
        MainWindow window = fx.window;
        long id = window.current().id();
        Speech other = fx.library.importString("安全生产专题会议讲话\n一、必须落实安全生产责任。\n要抓好安全生产检查，安全生产无小事。\n", "other.txt");
        String text = window.current().text();
        int at = text.indexOf('\n') + 1;
        fx.library.addNote(id, at, at + 6, "这一段是重点，会后要逐条落实。A longer note that wraps onto another line.");
        onFx(() -> {
            window.reader().area().moveTo(at);
            window.toggleLevel(Level.LEADERSHIP);
            window.open(id);
            return null;
        });
        fx.awaitAnalysis();
        onFx(() -> {
            TextField field = (TextField) window.root().lookup("#" + SearchPane.FIELD_ID);
            field.setText("安全生产");
            return null;
        });
        @SuppressWarnings("unchecked")
        ListView<Object> results = (ListView<Object>) onFx(() -> window.root().lookup("#" + SearchPane.RESULTS_ID));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> results.getItems().size() >= HITS_SHOWN + 2);
        onFx(() -> {
            window.libraryPane().delete(other.id());
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** How many hits the search results list shows whole (a cell with a hit, inside the list's viewport). */
    private static int hitsShown(Scene scene) {
        ListView<?> results = (ListView<?>) scene.getRoot().lookup("#" + SearchPane.RESULTS_ID);
        javafx.geometry.Bounds list = results.localToScene(results.getLayoutBounds());
        int n = 0;
        for (Node cell : results.lookupAll(".list-cell")) {
            if (cell instanceof javafx.scene.control.ListCell<?> c && !c.isEmpty() && c.getItem() != null && c.isVisible()) {
                javafx.geometry.Bounds b = c.localToScene(c.getLayoutBounds());
                if (b.getHeight() > 0 && b.getMinY() >= list.getMinY() - 0.5 && b.getMaxY() <= list.getMaxY() + 0.5) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Opens each menu of the menu bar and probes its popup. */
    private static List<String> menus(Scene scene, String where) throws Exception {
        List<String> out = new ArrayList<>();
        MenuBar bar = onFx(() -> (MenuBar) scene.getRoot().lookup(".menu-bar"));
        if (bar == null) {
            return out;
        }
        for (Menu menu : bar.getMenus()) {
            Set<Window> before = onFx(() -> new HashSet<>(Window.getWindows()));
            onFx(() -> {
                menu.show();
                return null;
            });
            WaitForAsyncUtils.waitForFxEvents();
            for (Window w : onFx(() -> new ArrayList<>(Window.getWindows()))) {
                if (!before.contains(w) && w.isShowing() && w.getScene() != null) {
                    onFx(() -> LayoutProbe.offenders(w.getScene())).forEach(o -> out.add(where + "menu " + menu.getText() + ": " + o));
                }
            }
            onFx(() -> {
                menu.hide();
                return null;
            });
            WaitForAsyncUtils.waitForFxEvents();
        }
        return out;
    }

    /** Runs {@code open} (which may show a dialog and wait), probes the new window, and closes it. */
    private static List<String> dialog(String where, Runnable open) throws Exception {
        Set<Window> before = onFx(() -> new HashSet<>(Window.getWindows()));
        Platform.runLater(open);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> newWindow(before) != null);
        WaitForAsyncUtils.waitForFxEvents();
        Window w = newWindow(before);
        List<String> out = new ArrayList<>();
        onFx(() -> LayoutProbe.offenders(w.getScene())).forEach(o -> out.add(where + o));
        onFx(() -> {
            close(w);
            return null;
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !w.isShowing());
        WaitForAsyncUtils.waitForFxEvents();
        return out;
    }

    private static jingdu.model.DuePeriod period(String name, int m1, int d1, int m2, int d2) {
        return new jingdu.model.DuePeriod(name, java.time.MonthDay.of(m1, d1), java.time.MonthDay.of(m2, d2));
    }

    /** {@link #dialog}, adding its offenders to {@code out}; returns the window's size as it was shown. */
    private static double[] dialogWindow(String where, Runnable open, Set<String> out) throws Exception {
        double[] size = new double[2];
        Set<Window> before = onFx(() -> new HashSet<>(Window.getWindows()));
        out.addAll(dialog(where, () -> {
            open.run();
            Window w = newWindow(before);
            if (w != null) {
                size[0] = w.getWidth();
                size[1] = w.getHeight();
            }
        }));
        return size;
    }

    /** A dialog window larger than the smallest screen (1024×768, less a task bar) does not fit on it. */
    private static List<String> smallEnough(String where, double[] size) {
        if (size[0] <= 0 || size[1] <= 0) {
            return List.of(where + "no window was shown");
        }
        if (size[0] > SIZES[2][0] || size[1] > SIZES[2][1] - 40) {
            return List.of(where + String.format("window is %.0f × %.0f: larger than a 1024×768 screen", size[0], size[1]));
        }
        return List.of();
    }

    private static Window newWindow(Set<Window> before) {
        return Window.getWindows().stream().filter(w -> !before.contains(w) && w.isShowing() && w instanceof Stage)
                .findFirst().orElse(null);
    }

    private static void close(Window w) {
        if (w.getScene().getRoot() instanceof DialogPane pane) {
            ButtonType way = pane.getButtonTypes().stream().filter(b -> b.getButtonData() == ButtonData.CANCEL_CLOSE)
                    .findFirst().orElse(pane.getButtonTypes().get(0));
            ((Button) pane.lookupButton(way)).fire();
        } else {
            w.hide();
        }
    }

    private static void accelerator(Scene scene, String keys) {
        scene.getAccelerators().get(KeyCombination.keyCombination(keys)).run();
    }

    private static boolean hasMenuItem(Scene scene, String id) throws Exception {
        return onFx(() -> Commands.find(scene, id) != null);
    }

    private static void fireMenuItem(Scene scene, String id) {
        Commands.find(scene, id).fire();
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WindowFixture.onFx(work);
    }
}
