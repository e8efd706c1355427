package jingdu.ui;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import jingdu.i18n.I18n;
import jingdu.model.Speech;
import jingdu.ui.corrections.ScopeQuestion;

/** The toolbar's 视图 (theme, zoom, find, keys) and 最近打开 menus. */
final class ViewMenus {

    static final String VIEW_ID = "action-view";
    static final String RECENT_ID = "action-recent";
    static final String DECIDED_ONLY_ID = "view-decided-only";
    static final String CORRECTIONS_ID = "view-corrections";
    static final String SCOPE_ID = "view-sector-scope";

    /** The corrections part of the menu: "只看已确认" (its saved state and switch) and 我的修正. */
    record Decided(boolean on, Consumer<Boolean> onToggle, Runnable showList, Supplier<String> scope,
                   Consumer<String> setScope) {
    }

    private ViewMenus() {
    }

    static MenuButton view(I18n i18n, Theme current, Consumer<Theme> onTheme, ReaderComforts comforts,
                           Runnable showShortcuts, Decided decided) {
        MenuButton view = new MenuButton(i18n.get("comforts.view"));
        view.setId(VIEW_ID);
        ToggleGroup group = new ToggleGroup();
        for (Theme t : Theme.values()) {
            RadioMenuItem item = new RadioMenuItem(i18n.get("comforts.theme." + t.id()));
            item.setId("theme-" + t.id());
            item.setToggleGroup(group);
            item.setSelected(t == current);
            item.setOnAction(e -> onTheme.accept(t));
            view.getItems().add(item);
        }
        MenuItem zoomIn = item(i18n, "comforts.zoom.in", "Ctrl+=", () -> comforts.zoom(2));
        MenuItem zoomOut = item(i18n, "comforts.zoom.out", "Ctrl+-", () -> comforts.zoom(-2));
        MenuItem zoomReset = item(i18n, "comforts.zoom.reset", "Ctrl+0", comforts::resetZoom);
        MenuItem find = item(i18n, "comforts.find.menu", "Ctrl+F", comforts.findBar()::open);
        MenuItem keys = item(i18n, "comforts.keys.title", "F1", showShortcuts);
        CheckMenuItem decidedOnly = new CheckMenuItem(i18n.get("correct.view.decidedOnly"));
        decidedOnly.setId(DECIDED_ONLY_ID);
        decidedOnly.setSelected(decided.on());
        decidedOnly.setOnAction(e -> decided.onToggle().accept(decidedOnly.isSelected()));
        MenuItem list = item(i18n, "correct.list.title", "Ctrl+Shift+M", decided.showList());
        list.setId(CORRECTIONS_ID);
        Menu scope = new Menu(i18n.get("correct.scope.menu"));
        scope.setId(SCOPE_ID);
        ToggleGroup scopes = new ToggleGroup();
        for (String s : new String[] {ScopeQuestion.ASK, ScopeQuestion.HERE, ScopeQuestion.EVERYWHERE}) {
            RadioMenuItem item = new RadioMenuItem(i18n.get("correct.scope.menu." + s));
            item.setId(SCOPE_ID + "-" + s);
            item.setToggleGroup(scopes);
            item.setUserData(s);
            item.setOnAction(e -> decided.setScope().accept(s));
            scope.getItems().add(item);
        }
        view.setOnShowing(e -> scopes.getToggles().forEach(t ->
                t.setSelected(t.getUserData().equals(decided.scope().get())))); // the question may have changed it
        view.getItems().addAll(new SeparatorMenuItem(), zoomIn, zoomOut, zoomReset, new SeparatorMenuItem(), decidedOnly, list,
                scope, new SeparatorMenuItem(), find, keys);
        return view;
    }

    /** Filled each time it opens, from the preferences: the last speeches read, newest first. */
    static MenuButton recent(I18n i18n, Supplier<List<Long>> ids, java.util.function.LongFunction<java.util.Optional<Speech>> find,
                             LongConsumer open) {
        MenuButton recent = new MenuButton(i18n.get("comforts.recent"));
        recent.setId(RECENT_ID);
        Runnable fill = () -> {
            recent.getItems().clear();
            for (long id : ids.get()) {
                find.apply(id).ifPresent(s -> {
                    MenuItem item = new MenuItem(s.title());
                    item.setId("recent-" + id);
                    item.setOnAction(e -> open.accept(id));
                    recent.getItems().add(item);
                });
            }
            if (recent.getItems().isEmpty()) {
                MenuItem none = new MenuItem(i18n.get("comforts.recent.none"));
                none.setDisable(true);
                recent.getItems().add(none);
            }
        };
        fill.run();
        recent.setOnShowing(e -> fill.run());
        return recent;
    }

    private static MenuItem item(I18n i18n, String key, String shortcut, Runnable action) {
        MenuItem item = new MenuItem(i18n.get(key) + "    " + shortcut);
        item.setOnAction(e -> action.run());
        return item;
    }
}
