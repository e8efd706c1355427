package jingdu.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;
import jingdu.ui.search.SearchPane;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * One key map: the keys the window installs are the keys F1 lists and the menus show, every toolbar button is also
 * a menu command, and plain keys (1–9, N, J …) type into a field instead of acting on the reader.
 */
class KeyMapTest extends WindowTest {

    @Test
    void f1ListsEveryInstalledKeyAndTheMenusHoldEveryCommand(FxRobot robot) throws Exception {
        fx.awaitAnalysis();
        Scene scene = window.root().getScene();
        Commands commands = window.commands();
        Set<KeyCombination> mapped = new HashSet<>();
        commands.all().forEach(c -> mapped.addAll(c.allKeys()));
        assertThat(scene.getAccelerators().keySet()).as("every key the window installs is in the key map").isSubsetOf(mapped);

        List<String> listed = f1Keys(robot);
        for (String keys : new String[] {"Shortcut+Z", "Shortcut+Y", "Shortcut+Shift+F", "Shortcut+Shift+V", "Shortcut+O",
                "Shortcut+E", "F2", "F3", "Shortcut+Shift+M", "Shortcut+F"}) {
            String shown = KeyCombination.keyCombination(keys).getDisplayText();
            assertThat(listed).as("F1 lists " + shown).anyMatch(l -> List.of(l.split(" / ")).contains(shown));
        }
        assertThat(listed).as("keys 4–9 too").contains("1 – 9");
        for (Commands.Command c : commands.all()) {
            if (!c.keys().isEmpty() && !c.id().startsWith(Commands.TAG)) {
                assertThat(listed).as("F1 lists " + c.id()).contains(Commands.keysText(c));
            }
        }

        // the menus: every window command, with its first key shown
        List<MenuItem> items = new ArrayList<>();
        for (Menu m : ((MenuBar) scene.getRoot().lookup("#" + MainWindow.MENU_BAR_ID)).getMenus()) {
            collect(m, items);
        }
        assertThat(((MenuBar) scene.getRoot().lookup("#" + MainWindow.MENU_BAR_ID)).getMenus()).extracting(MenuItem::getText)
                .containsExactly("文件", "编辑", "视图", "数据", "语言", "帮助");
        for (Commands.Command c : commands.all()) {
            if (c.scope() == Commands.Scope.WINDOW) {
                MenuItem item = items.stream().filter(i -> c.id().equals(i.getId())).findFirst().orElse(null);
                assertThat(item).as("a menu holds " + c.id()).isNotNull();
                assertThat(item.getAccelerator()).as(c.id()).isEqualTo(c.accelerator());
            }
        }
        // every toolbar button is a menu command too (the tag buttons are 编辑 › 标签's items, keys 1–9)
        java.util.Map<String, String> commandOf = java.util.Map.of(MainWindow.IMPORT_ID, Commands.IMPORT,
                MainWindow.EXPORT_ID, Commands.EXPORT, MainWindow.ADD_NOTE_ID, Commands.ADD_NOTE,
                AnnotationController.MANAGE_TAGS_ID, Commands.MANAGE_TAGS, AnnotationController.UNDO_ID, Commands.UNDO,
                AnnotationController.REDO_ID, Commands.REDO);
        Set<String> inMenus = new HashSet<>();
        items.forEach(i -> inMenus.add(i.getId()));
        int tags = 0;
        for (Node n : scene.getRoot().lookup(".main-toolbar").lookupAll(".button")) {
            if (n.getStyleClass().contains("tag-button")) {
                assertThat(inMenus).contains(Commands.TAG + ++tags);
            } else {
                assertThat(commandOf).as("toolbar button " + n.getId()).containsKey(n.getId());
                assertThat(inMenus).as("toolbar button " + n.getId() + " in a menu").contains(commandOf.get(n.getId()));
            }
        }
        assertThat(tags).isEqualTo(3);
    }

    @Test
    void plainKeysTypeIntoAFieldAndDoNotTagOrOpenANote(FxRobot robot) throws Exception {
        fx.awaitAnalysis();
        robot.interact(() -> window.reader().area().moveTo(window.reader().area().getText().indexOf('\n') + 1));
        var before = library.paragraphTagIds(window.current().id());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TextField field = robot.lookup("#" + SearchPane.FIELD_ID).queryAs(TextField.class);
        assertThat(field.isFocused()).isTrue();
        Set<Window> windows = new HashSet<>(Window.getWindows());
        robot.type(KeyCode.N, KeyCode.DIGIT1, KeyCode.J); // key presses, as a keyboard makes them
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field.getText()).isEqualTo("n1j");
        assertThat(library.paragraphTagIds(window.current().id())).as("no tag from typing 1").isEqualTo(before);
        assertThat(Window.getWindows().stream().filter(w -> w instanceof Stage && w.isShowing() && !windows.contains(w)))
                .as("no note dialog from typing n").isEmpty();
        // in the reader the same key tags the paragraph
        robot.interact(() -> window.reader().area().requestFocus());
        robot.type(KeyCode.DIGIT1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(library.paragraphTagIds(window.current().id())).isNotEqualTo(before);
    }

    private List<String> f1Keys(FxRobot robot) throws Exception {
        Set<Window> before = new HashSet<>(Window.getWindows());
        robot.interact(window::showShortcuts);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> Window.getWindows().stream().anyMatch(w -> w instanceof Stage && w.isShowing() && !before.contains(w)));
        Window dialog = Window.getWindows().stream().filter(w -> w instanceof Stage && w.isShowing() && !before.contains(w))
                .findFirst().orElseThrow();
        List<String> keys = WindowFixture.onFx(() -> dialog.getScene().getRoot().lookupAll(".shortcut-key").stream()
                .map(n -> ((Label) n).getText()).toList());
        robot.interact(dialog::hide);
        return keys;
    }

    private static void collect(Menu menu, List<MenuItem> out) {
        for (MenuItem i : menu.getItems()) {
            out.add(i);
            if (i instanceof Menu sub) {
                collect(sub, out);
            }
        }
    }
}
