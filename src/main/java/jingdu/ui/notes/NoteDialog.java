package jingdu.ui.notes;

import java.util.Optional;

import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import jingdu.i18n.I18n;
import jingdu.ui.tags.PaletteCombo;

/** Asks for a note's text and highlight colour. */
public final class NoteDialog {

    public static final String TEXT_ID = "note-text";
    public static final String COLOUR_ID = "note-colour";

    /** The note's text and palette colour (null: the default note colour). */
    public record Result(String body, String colour) {
    }

    private NoteDialog() {
    }

    /** Empty when cancelled or left blank. {@code quote} may be a description ("whole speech") instead of text. */
    public static Optional<Result> show(I18n i18n, Window owner, String title, String quote, String body, String colour) {
        Dialog<Result> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        Label q = new Label(quote.length() > 120 ? quote.substring(0, 120) + "…" : quote);
        q.setWrapText(true);
        q.getStyleClass().add("note-quote");
        TextArea area = new TextArea(body);
        area.setId(TEXT_ID);
        area.setWrapText(true);
        area.setPrefRowCount(5);
        area.setPromptText(i18n.get("note.dialog.prompt"));
        ComboBox<String> palette = PaletteCombo.create(i18n, true, "notes.colour.default");
        palette.setId(COLOUR_ID);
        palette.getSelectionModel().select(colour == null ? PaletteCombo.NONE : colour);
        HBox colourRow = new HBox(6, new Label(i18n.get("notes.colour")), palette);
        VBox box = new VBox(8, q, area, colourRow);
        box.setPrefWidth(420);
        dialog.getDialogPane().setContent(box);
        ButtonType ok = new ButtonType(i18n.get("dialog.ok"), ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.get("dialog.cancel"), ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        dialog.setResultConverter(b -> {
            if (b != ok) {
                return null;
            }
            String c = palette.getValue();
            return new Result(area.getText().strip(), c == null || c.isEmpty() ? null : c);
        });
        dialog.setOnShown(e -> area.requestFocus());
        return dialog.showAndWait().filter(r -> !r.body().isEmpty());
    }
}
