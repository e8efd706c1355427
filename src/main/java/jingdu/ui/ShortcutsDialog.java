package jingdu.ui;

import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import jingdu.i18n.I18n;

/** F1: the keyboard shortcuts, one row each. */
final class ShortcutsDialog {

    static final String GRID_ID = "shortcuts-grid";

    /** Key label → message key of what it does; the same list as README's "Keys". */
    private static final String[][] ROWS = {
            {"1 / 2 / 3", "comforts.keys.tag"},
            {"N", "comforts.keys.note"},
            {"J / K", "comforts.keys.paragraph"},
            {"Shift+J / Shift+K  ( ] / [ )", "comforts.keys.obligation"},
            {"Ctrl+F", "comforts.keys.find"},
            {"Enter / F3, Shift+Enter / Shift+F3", "comforts.keys.findNext"},
            {"Esc", "comforts.keys.findClose"},
            {"Ctrl+= / Ctrl+- / Ctrl+0", "comforts.keys.zoom"},
            {"Ctrl+O", "comforts.keys.import"},
            {"Ctrl+E", "comforts.keys.export"},
            {"F2", "comforts.keys.metadata"},
            {"Shift+F10 / Menu", "comforts.keys.correct"},
            {"Ctrl+Shift+M", "comforts.keys.corrections"},
            {"F1", "comforts.keys.help"},
    };

    private ShortcutsDialog() {
    }

    static Dialog<Void> create(I18n i18n, Window owner) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get("comforts.keys.title"));
        GridPane grid = new GridPane();
        grid.setId(GRID_ID);
        grid.setHgap(16);
        grid.setVgap(6);
        for (int r = 0; r < ROWS.length; r++) {
            Label key = new Label(ROWS[r][0]);
            key.getStyleClass().add("shortcut-key");
            grid.addRow(r, key, new Label(i18n.get(ROWS[r][1])));
        }
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(i18n.get("dialog.ok"), ButtonData.OK_DONE));
        return dialog;
    }
}
