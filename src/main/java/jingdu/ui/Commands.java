package jingdu.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import jingdu.i18n.I18n;

/**
 * The key map: every command of the main window once, with its id, its name (a message key), its keys and what it
 * does. The menu bar, the toolbar's buttons, the reader's context menu, the keys the window installs and the F1
 * list are all made from this table, so a key that works is a key the F1 list shows.
 * <p>
 * Keys with Ctrl, Alt or a function key work anywhere in the window. Plain keys (1–9, N, J …) act on the reader:
 * in the reader (before its text area sees them) and on the lists around it, never while the user types into a field.
 */
final class Commands {

    // File
    static final String IMPORT = "cmd-import";
    static final String IMPORT_FOLDER = "cmd-import-folder";
    static final String PASTE = "cmd-paste";
    static final String EXPORT = "cmd-export";
    static final String QUIT = "cmd-quit";
    // Edit
    static final String UNDO = "cmd-undo";
    static final String REDO = "cmd-redo";
    static final String FIND = "cmd-find";
    static final String FIND_NEXT = "cmd-find-next";
    static final String FIND_PREVIOUS = "cmd-find-previous";
    static final String SEARCH = "cmd-search";
    static final String ADD_NOTE = "cmd-add-note";
    static final String PARAGRAPH_NOTE = "cmd-paragraph-note";
    static final String SPEECH_NOTE = "cmd-speech-note";
    static final String EDIT_PARAGRAPHS = "cmd-edit-paragraphs";
    /** Keys 1–9: {@code TAG + n}. */
    static final String TAG = "cmd-tag-";
    static final String MANAGE_TAGS = "cmd-manage-tags";
    static final String METADATA = "cmd-metadata";
    // View
    static final String ZOOM_IN = "cmd-zoom-in";
    static final String ZOOM_OUT = "cmd-zoom-out";
    static final String ZOOM_RESET = "cmd-zoom-reset";
    static final String NEXT_PARAGRAPH = "cmd-next-paragraph";
    static final String PREVIOUS_PARAGRAPH = "cmd-previous-paragraph";
    static final String NEXT_OBLIGATION = "cmd-next-obligation";
    static final String PREVIOUS_OBLIGATION = "cmd-previous-obligation";
    static final String CORRECTIONS = "cmd-corrections";
    static final String TASK_BOARD = "cmd-task-board";
    static final String STATS = "cmd-stats";
    // Data
    static final String BACKUP_TO = "cmd-backup-to";
    static final String RESTORE = "cmd-restore";
    /** The id the duplicates tests look the menu item up by. */
    static final String DUPLICATES = "action-duplicates";
    static final String UNITS = "cmd-units";
    static final String PERIODS = "cmd-periods";
    /** 论述摘编 (issue 19). */
    static final String COMPILE = "action-compile";
    /** 讲话对比 (issue 20). */
    static final String COMPARE = "action-compare";
    // Help
    static final String SHORTCUTS = "cmd-shortcuts";
    static final String ABOUT = "cmd-about";
    // the reader's own keys (not in a menu: the context menu, the find bar, the lists)
    static final String CONTEXT_MENU = "cmd-context-menu";
    static final String FIND_BAR_KEYS = "cmd-find-bar-keys";
    static final String FIND_CLOSE = "cmd-find-close";
    static final String DELETE_SELECTED = "cmd-delete-selected";
    /** F10: the menu bar takes the keyboard (JavaFX's own key; listed so that F1 names every key that works). */
    static final String MENU_BAR = "cmd-menu-bar";

    /** How many tags have keys. */
    static final int TAG_KEYS = 9;

    /** Where a command's keys are handled. */
    enum Scope {
        /** A scene accelerator (the menu item's, and any further keys). */
        WINDOW,
        /** Only in the reader (a key filter there): keys the rest of the window has its own use for. */
        READER,
        /** A control handles the keys itself (the find field, the lists); the table only names them for F1. */
        CONTROL
    }

    /**
     * One command. {@code section} is the message key of where F1 lists it (a menu's name), {@code textKey} its
     * name in menus and the F1 list, {@code keys} the first one shown in menus.
     */
    record Command(String id, String section, String textKey, List<KeyCombination> keys, List<KeyCombination> aliases,
                   Scope scope, Runnable action) {

        KeyCombination accelerator() {
            return keys.isEmpty() ? null : keys.get(0);
        }

        /** The keys and their aliases: everything that runs the command. */
        List<KeyCombination> allKeys() {
            List<KeyCombination> all = new ArrayList<>(keys);
            all.addAll(aliases);
            return all;
        }
    }

    /** One row of the F1 list: a section header (keys null) or keys and what they do. */
    record Row(String keys, String text) {
    }

    private final I18n i18n;
    private final Map<String, Command> commands = new LinkedHashMap<>();
    private String section = "menu.file";

    Commands(I18n i18n) {
        this.i18n = i18n;
    }

    /** Commands added from now on are listed under this heading (a message key). */
    Commands section(String key) {
        this.section = key;
        return this;
    }

    /** A window command; {@code keys} as {@link KeyCombination#keyCombination}, e.g. "Shortcut+Y", "Shortcut+Shift+Z". */
    Commands add(String id, String textKey, Runnable action, String... keys) {
        List<KeyCombination> combos = new ArrayList<>();
        for (String k : keys) {
            combos.add(KeyCombination.keyCombination(k));
        }
        return add(id, textKey, Scope.WINDOW, action, combos);
    }

    Commands add(String id, String textKey, Scope scope, Runnable action, List<KeyCombination> keys) {
        if (commands.containsKey(id)) {
            throw new IllegalArgumentException("two commands " + id);
        }
        checkFree(id, scope, keys);
        commands.put(id, new Command(id, section, textKey, List.copyOf(keys), List.of(), scope, action));
        return this;
    }

    /** Further keys for a command that the lists do not name: the same key elsewhere on the keyboard (numpad, +). */
    Commands alias(String id, KeyCombination... more) {
        Command c = get(id);
        checkFree(id, c.scope(), List.of(more));
        List<KeyCombination> aliases = new ArrayList<>(c.aliases());
        aliases.addAll(List.of(more));
        commands.put(id, new Command(id, c.section(), c.textKey(), c.keys(), List.copyOf(aliases), c.scope(), c.action()));
        return this;
    }

    /** One key, one command: a clash is a programming error, found at start-up (and by the tests). */
    private void checkFree(String id, Scope scope, List<KeyCombination> keys) {
        for (KeyCombination k : keys) {
            commands.values().stream().filter(c -> c.scope() != Scope.CONTROL && scope != Scope.CONTROL
                    && c.allKeys().contains(k)).findFirst().ifPresent(c -> {
                        throw new IllegalArgumentException(k + " is both " + c.id() + " and " + id);
                    });
        }
    }

    Command get(String id) {
        Command c = commands.get(id);
        if (c == null) {
            throw new IllegalArgumentException("no command " + id);
        }
        return c;
    }

    Collection<Command> all() {
        return commands.values();
    }

    String text(String id) {
        return i18n.get(get(id).textKey());
    }

    // ---- menus and buttons ---------------------------------------------------------------------

    /** A menu item that runs the command and shows its first key; its id is the command's. */
    MenuItem item(String id) {
        return item(id, text(id));
    }

    MenuItem item(String id, String text) {
        Command c = get(id);
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setMnemonicParsing(false);
        if (c.scope() == Scope.WINDOW) {
            item.setAccelerator(c.accelerator());
        }
        item.setOnAction(e -> c.action().run());
        return item;
    }

    /** A menu of commands (ids) and other items; null is a separator. */
    Menu menu(String id, String textKey, Object... entries) {
        Menu menu = new Menu(i18n.get(textKey));
        menu.setId(id);
        menu.setMnemonicParsing(false);
        for (Object e : entries) {
            if (e == null) {
                menu.getItems().add(new javafx.scene.control.SeparatorMenuItem());
            } else if (e instanceof MenuItem m) {
                menu.getItems().add(m);
            } else {
                menu.getItems().add(item((String) e));
            }
        }
        return menu;
    }

    /** A toolbar button for the command, its key in the tooltip; {@code id} is the button's (kept for tests). */
    Button button(String buttonId, String commandId) {
        Command c = get(commandId);
        Button b = new Button(text(commandId));
        b.setId(buttonId);
        b.setMnemonicParsing(false);
        b.setFocusTraversable(false);
        b.setOnAction(e -> c.action().run());
        if (c.accelerator() != null) {
            b.setTooltip(new Tooltip(i18n.get("action.shortcut", keysText(c))));
        }
        return b;
    }

    // ---- keys ----------------------------------------------------------------------------------

    /**
     * Installs the window commands' keys in the scene: the menu bar installs each first key; the further ones (and
     * those of commands no menu holds) are put here. Plain keys do not act while the user types into a field: the
     * text controls take those key presses themselves (KeyMapTest checks it).
     */
    void install(Scene scene) {
        for (Command c : commands.values()) {
            if (c.scope() == Scope.WINDOW) {
                for (KeyCombination k : c.allKeys()) {
                    scene.getAccelerators().put(k, c.action());
                }
            }
        }
    }

    /** The reader's keys: plain keys there act at once (before the text area sees them), and the reader-only ones. */
    void installOn(Node reader) {
        reader.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            Command c = commands.values().stream()
                    .filter(x -> (x.scope() == Scope.READER || (x.scope() == Scope.WINDOW && plain(e)))
                            && x.allKeys().stream().anyMatch(k -> k.match(e)))
                    .findFirst().orElse(null);
            if (c != null) {
                c.action().run();
                e.consume();
            }
        });
    }

    /** No Ctrl, Alt or Meta, and not a function key: a key that types something in a field. */
    private static boolean plain(KeyEvent e) {
        return !e.isControlDown() && !e.isAltDown() && !e.isMetaDown() && !e.isShortcutDown()
                && !e.getCode().isFunctionKey();
    }

    // ---- the F1 list ---------------------------------------------------------------------------

    /** Section headings and one row per command with keys, in table order; keys 1–9 make one row. */
    List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        String heading = null;
        boolean tagsDone = false;
        for (Command c : commands.values()) {
            if (c.keys().isEmpty()) {
                continue;
            }
            if (!c.section().equals(heading)) {
                heading = c.section();
                rows.add(new Row(null, i18n.get(heading)));
            }
            if (c.id().startsWith(TAG)) {
                if (!tagsDone) {
                    rows.add(new Row("1 – " + TAG_KEYS, i18n.get("keys.tags", TAG_KEYS)));
                    tagsDone = true;
                }
                continue;
            }
            rows.add(new Row(keysText(c), i18n.get(c.textKey())));
        }
        return rows;
    }

    /** The command's keys as the platform writes them ("Ctrl+Y / Ctrl+Shift+Z"). */
    static String keysText(Command c) {
        return String.join(" / ", c.keys().stream().map(Commands::display).toList());
    }

    /** As menus write keys, with words where they draw a symbol the F1 list would leave unclear. */
    private static String display(KeyCombination k) {
        if (k instanceof KeyCodeCombination kc) {
            String word = switch (kc.getCode()) {
                case CONTEXT_MENU -> "Menu";
                case ENTER -> "Enter";
                case ESCAPE -> "Esc";
                default -> null;
            };
            if (word != null) {
                return (kc.getShift() == KeyCombination.ModifierValue.DOWN ? "Shift+" : "") + word;
            }
        }
        return k.getDisplayText();
    }

    /** The menu item with this id in the scene's menu bar (for tests, and the window's own look-ups). */
    static MenuItem find(Scene scene, String id) {
        if (scene == null) {
            return null;
        }
        for (Node n : scene.getRoot().lookupAll(".menu-bar")) {
            for (Menu m : ((MenuBar) n).getMenus()) {
                MenuItem found = find(m, id);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static MenuItem find(Menu menu, String id) {
        for (MenuItem item : menu.getItems()) {
            if (id.equals(item.getId())) {
                return item;
            }
            if (item instanceof Menu sub) {
                MenuItem found = find(sub, id);
                if (found != null) {
                    return found;
                }
            }
        }
        return id.equals(menu.getId()) ? menu : null;
    }
}
