package jingdu.ui;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import jingdu.i18n.I18n;

/**
 * What the window shows the moment it opens, before the library is read: the menu bar, an empty toolbar and an
 * empty reader in the program's colours, and a status line. Cheap to style and lay out, so it is drawn at once
 * even on a busy two-core machine; the real window replaces it when the library is open.
 */
final class StartFrame {

    static final String ID = "start-frame";

    private StartFrame() {
    }

    static Scene scene(I18n i18n, Theme theme, double width, double height) {
        MenuBar menus = new MenuBar();
        for (String key : new String[] {"menu.file", "menu.edit", "menu.view", "menu.data", "menu.language", "menu.help"}) {
            Menu m = new Menu(i18n.get(key));
            m.setDisable(true);
            menus.getMenus().add(m);
        }
        FlowPane toolbar = new FlowPane();
        toolbar.getStyleClass().addAll("tool-bar", "main-toolbar");
        toolbar.setMinHeight(44);
        Region reader = new Region();
        reader.getStyleClass().add("reader-area");
        Label status = new Label(i18n.get("startup.opening"));
        status.getStyleClass().add("status-bar");
        status.setMaxWidth(Double.MAX_VALUE);
        BorderPane root = new BorderPane(reader, new javafx.scene.layout.VBox(menus, toolbar), null, status, null);
        root.setId(ID);
        root.getStyleClass().add("main-window");
        root.setStyle(Theme.fontStyle());
        Scene scene = new Scene(root, width, height, theme.background());
        theme.apply(scene);
        return scene;
    }
}
