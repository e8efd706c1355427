package jingdu.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import jingdu.i18n.I18n;
import jingdu.model.Speech;
import jingdu.ui.corrections.ScopeQuestion;

/**
 * The menu bar's items that are choices rather than commands: the theme, "只看已确认", the scope of sector
 * corrections, the language, and 最近打开 (filled each time it opens).
 */
final class ViewMenus {

    static final String RECENT_ID = "menu-recent";
    static final String DECIDED_ONLY_ID = "view-decided-only";
    static final String SCOPE_ID = "view-sector-scope";
    static final String LANGUAGE_ID = "menu-language-";

    /** The corrections part of the view menu: "只看已确认" (its saved state and switch) and the scope question. */
    record Decided(boolean on, Consumer<Boolean> onToggle, Supplier<String> scope, Consumer<String> setScope) {
    }

    private ViewMenus() {
    }

    /** 浅色 / 深色, one of them chosen. */
    static List<MenuItem> themes(I18n i18n, Theme current, Consumer<Theme> onTheme) {
        ToggleGroup group = new ToggleGroup();
        return java.util.Arrays.stream(Theme.values()).<MenuItem>map(t -> {
            RadioMenuItem item = new RadioMenuItem(i18n.get("comforts.theme." + t.id()));
            item.setId("theme-" + t.id());
            item.setToggleGroup(group);
            item.setSelected(t == current);
            item.setOnAction(e -> onTheme.accept(t));
            return item;
        }).toList();
    }

    static CheckMenuItem decidedOnly(I18n i18n, Decided decided) {
        CheckMenuItem item = new CheckMenuItem(i18n.get("correct.view.decidedOnly"));
        item.setId(DECIDED_ONLY_ID);
        item.setSelected(decided.on());
        item.setOnAction(e -> decided.onToggle().accept(item.isSelected()));
        return item;
    }

    /** 行业修正适用于 ▸ each time asked / here only / every speech; shows the saved choice each time it opens. */
    static Menu scope(I18n i18n, Decided decided) {
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
        Runnable mark = () -> scopes.getToggles().forEach(t -> t.setSelected(t.getUserData().equals(decided.scope().get())));
        mark.run();
        scope.setOnShowing(e -> mark.run()); // the question may have changed it
        return scope;
    }

    /** 中文 / English, the window's language chosen. */
    static List<MenuItem> languages(I18n i18n, Consumer<String> onLanguage) {
        ToggleGroup group = new ToggleGroup();
        boolean english = i18n.locale().getLanguage().equals(Locale.ENGLISH.getLanguage());
        RadioMenuItem zh = new RadioMenuItem("中文");
        RadioMenuItem en = new RadioMenuItem("English");
        zh.setId(LANGUAGE_ID + "zh");
        en.setId(LANGUAGE_ID + "en");
        for (RadioMenuItem item : List.of(zh, en)) {
            item.setToggleGroup(group);
        }
        (english ? en : zh).setSelected(true);
        zh.setOnAction(e -> onLanguage.accept("zh"));
        en.setOnAction(e -> onLanguage.accept("en"));
        return List.of(zh, en);
    }

    /** Filled each time it opens, from the preferences: the last speeches read, newest first. */
    static Menu recent(I18n i18n, Supplier<List<Long>> ids, java.util.function.LongFunction<java.util.Optional<Speech>> find,
                       LongConsumer open) {
        Menu recent = new Menu(i18n.get("comforts.recent"));
        recent.setId(RECENT_ID);
        Runnable fill = () -> {
            recent.getItems().clear();
            for (long id : ids.get()) {
                find.apply(id).ifPresent(s -> {
                    MenuItem item = new MenuItem(s.title());
                    item.setMnemonicParsing(false);
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
}
