package jingdu.ui.tags;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.control.ComboBox;

import javafx.scene.control.ListCell;
import javafx.scene.layout.Region;
import jingdu.i18n.I18n;
import jingdu.model.TagPalette;
import jingdu.ui.reader.Highlighter;

/** A choice of palette colour shown as swatches with names; {@code ""} stands for "none / default" when offered. */
public final class PaletteCombo {

    public static final String NONE = "";

    private PaletteCombo() {
    }

    public static ComboBox<String> create(I18n i18n, boolean withNone, String noneKey) {
        List<String> items = new ArrayList<>();
        if (withNone) {
            items.add(NONE);
        }
        items.addAll(TagPalette.KEYS);
        ComboBox<String> box = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(items));
        box.setCellFactory(v -> new Cell(i18n, noneKey));
        box.setButtonCell(new Cell(i18n, noneKey));
        return box;
    }

    private static final class Cell extends ListCell<String> {
        private final I18n i18n;
        private final String noneKey;

        Cell(I18n i18n, String noneKey) {
            this.i18n = i18n;
            this.noneKey = noneKey;
        }

        @Override
        protected void updateItem(String key, boolean empty) {
            super.updateItem(key, empty);
            if (empty || key == null) {
                setText(null);
                setGraphic(null);
            } else if (key.isEmpty()) {
                setText(i18n.get(noneKey));
                setGraphic(null);
            } else {
                Region swatch = new Region();
                swatch.getStyleClass().addAll("tag-swatch", Highlighter.tagColourClass(key));
                setGraphic(swatch);
                setText(i18n.get("tags.colour." + key));
            }
        }
    }

}
