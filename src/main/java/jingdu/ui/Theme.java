package jingdu.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/**
 * Light and dark: AtlantaFX's Primer as the user-agent stylesheet, our {@code jingdu.css} on top, and
 * for dark {@code jingdu-dark.css}, which only redefines the {@code -jd-*} colours.
 */
public enum Theme {
    LIGHT("light"),
    DARK("dark");

    private static final String APP_CSS = "/ui/jingdu.css";
    private static final String DARK_CSS = "/ui/jingdu-dark.css";

    private final String id;

    Theme(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Theme of(String id) {
        return "dark".equals(id) ? DARK : LIGHT;
    }

    /** Restyles the scene in place: nothing is rebuilt, so the open speech, caret and scroll stay. */
    public void apply(Scene scene) {
        Application.setUserAgentStylesheet(this == DARK
                ? new PrimerDark().getUserAgentStylesheetBSS() : new PrimerLight().getUserAgentStylesheetBSS());
        String app = Theme.class.getResource(APP_CSS).toExternalForm();
        String dark = Theme.class.getResource(DARK_CSS).toExternalForm();
        scene.getStylesheets().removeAll(app, dark);
        scene.getStylesheets().add(app);
        if (this == DARK) {
            scene.getStylesheets().add(dark);
        }
        scene.getRoot().getStyleClass().removeAll("theme-light", "theme-dark");
        scene.getRoot().getStyleClass().add("theme-" + id);
    }
}
