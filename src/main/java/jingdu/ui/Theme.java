package jingdu.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.paint.Color;
import javafx.stage.PopupWindow;
import javafx.stage.Window;

/**
 * Light and dark: AtlantaFX's Primer as the user-agent stylesheet, our {@code jingdu.css} on top, and
 * for dark {@code jingdu-dark.css}, which only redefines the {@code -jd-*} colours.
 * <p>
 * Every window of the program wears the theme, not only the main one: menus, context menus and tooltips are
 * windows of their own, and so are dialogs. Once a theme is in use, each window is dressed as it opens, and a
 * switch at run time restyles every open one.
 */
public enum Theme {
    LIGHT("light", Color.web("#fbfaf7")),
    DARK("dark", Color.web("#1d2026"));

    private static final String APP_CSS = "/ui/jingdu.css";
    private static final String DARK_CSS = "/ui/jingdu-dark.css";

    /** The theme the program's windows wear (null until one is used). */
    private static Theme current;
    private static boolean following;

    private final String id;
    private final Color background;

    Theme(String id, Color background) {
        this.id = id;
        this.background = background;
    }

    public String id() {
        return id;
    }

    public static Theme of(String id) {
        return "dark".equals(id) ? DARK : LIGHT;
    }

    /** The window background ({@code -jd-bg}): what a scene shows before its first layout, instead of white. */
    public Color background() {
        return background;
    }

    /** The theme in use, LIGHT before any. */
    static Theme current() {
        return current == null ? LIGHT : current;
    }

    /**
     * Restyles the scene in place (nothing is rebuilt, so the open speech, caret and scroll stay) and makes this
     * the theme of every window: those open now, and each one that opens later (menus, popups, dialogs).
     */
    public void apply(Scene scene) {
        boolean changed = current != this;
        current = this;
        if (changed || !following) {
            Application.setUserAgentStylesheet(this == DARK
                    ? new PrimerDark().getUserAgentStylesheetBSS() : new PrimerLight().getUserAgentStylesheetBSS());
        }
        dress(scene);
        follow();
        if (changed) {
            for (Window w : Window.getWindows()) {
                if (w.getScene() != null && w.getScene() != scene) {
                    dress(w.getScene());
                }
            }
        }
    }

    /** Our stylesheets, the theme's class on the root and its background as the scene's fill. */
    private static void dress(Scene scene) {
        Theme theme = current();
        String app = Theme.class.getResource(APP_CSS).toExternalForm();
        String dark = Theme.class.getResource(DARK_CSS).toExternalForm();
        java.util.List<String> want = theme == DARK ? java.util.List.of(app, dark) : java.util.List.of(app);
        if (!scene.getStylesheets().stream().filter(want::contains).toList().equals(want)
                || theme == LIGHT && scene.getStylesheets().contains(dark)) {
            scene.getStylesheets().removeAll(app, dark);
            scene.getStylesheets().addAll(want);
        }
        Parent root = scene.getRoot();
        if (root != null) {
            root.getStyleClass().removeAll("theme-" + other(theme).id);
            if (!root.getStyleClass().contains("theme-" + theme.id)) {
                root.getStyleClass().add("theme-" + theme.id);
            }
        }
        if (!(scene.getWindow() instanceof PopupWindow)) {
            scene.setFill(theme.background);
            // a dialog's text in the same Chinese font as the window (popups take their owner's)
            if (root != null && (root.getStyle() == null || !root.getStyle().contains("-fx-font-family"))) {
                root.setStyle((root.getStyle() == null ? "" : root.getStyle()) + fontStyle());
            }
        }
    }

    private static String fontStyle;

    /** The CSS that sets the program's Chinese font (one that exists here). */
    static String fontStyle() {
        if (fontStyle == null) {
            fontStyle = "-fx-font-family: \"" + Fonts.uiFamily() + "\";";
        }
        return fontStyle;
    }

    private static Theme other(Theme t) {
        return t == DARK ? LIGHT : DARK;
    }

    /** Dresses each window as it opens (the popup copies the owner's stylesheets; the class and dialogs need us). */
    private static void follow() {
        if (following) {
            return;
        }
        following = true;
        Window.getWindows().addListener((ListChangeListener<Window>) c -> {
            while (c.next()) {
                for (Window w : c.getAddedSubList()) {
                    if (w.getScene() != null && current != null) {
                        dress(w.getScene());
                    }
                }
            }
        });
    }
}
