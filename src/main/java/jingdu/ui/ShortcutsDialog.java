package jingdu.ui;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import jingdu.i18n.I18n;

/**
 * F1: the keys, section by section, made from the window's key map ({@link Commands#rows()}) so it lists what
 * is installed. Two columns, so it fits a 768-pixel-high screen; long descriptions wrap.
 */
final class ShortcutsDialog {

    static final String GRID_ID = "shortcuts-grid";
    private static final double TEXT_WIDTH = 250;

    private ShortcutsDialog() {
    }

    static Dialog<Void> create(I18n i18n, Window owner, List<Commands.Row> rows) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get("comforts.keys.title"));
        List<List<Commands.Row>> sections = new ArrayList<>();
        for (Commands.Row r : rows) {
            if (r.keys() == null || sections.isEmpty()) {
                sections.add(new ArrayList<>());
            }
            sections.get(sections.size() - 1).add(r);
        }
        // the first column takes whole sections until it holds about half the rows
        GridPane left = grid();
        GridPane right = grid();
        int shown = 0;
        for (List<Commands.Row> section : sections) {
            GridPane column = shown < (rows.size() + 1) / 2 ? left : right;
            for (Commands.Row r : section) {
                addRow(column, r);
            }
            shown += section.size();
        }
        HBox content = new HBox(28, left, right);
        content.setId(GRID_ID);
        content.setPadding(new javafx.geometry.Insets(16, 20, 8, 20));
        content.setMinWidth(Region.USE_PREF_SIZE);
        content.setMinHeight(Region.USE_PREF_SIZE);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(i18n.get("dialog.ok"), ButtonData.OK_DONE));
        return dialog;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("shortcuts");
        grid.setHgap(14);
        grid.setVgap(5);
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints text = new ColumnConstraints();
        text.setMinWidth(TEXT_WIDTH);
        text.setPrefWidth(TEXT_WIDTH);
        grid.getColumnConstraints().setAll(keys, text);
        return grid;
    }

    private static void addRow(GridPane grid, Commands.Row r) {
        int row = grid.getRowCount();
        if (r.keys() == null) {
            Label heading = new Label(r.text());
            heading.getStyleClass().add("shortcut-section");
            heading.setMinWidth(Region.USE_PREF_SIZE);
            grid.add(heading, 0, row, 2, 1);
            return;
        }
        Label key = new Label(r.keys());
        key.getStyleClass().add("shortcut-key");
        key.setMinWidth(Region.USE_PREF_SIZE);
        key.setMnemonicParsing(false);
        Label text = new Label(r.text());
        text.setWrapText(true);
        text.setPrefWidth(TEXT_WIDTH);
        text.setMinHeight(Region.USE_PREF_SIZE);
        grid.addRow(row, key, text);
    }
}
