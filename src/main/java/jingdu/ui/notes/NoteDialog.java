package jingdu.ui.notes;

import java.util.Optional;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import jingdu.i18n.I18n;
import jingdu.ui.tags.PaletteCombo;

/**
 * Asks for a note's text and highlight colour. Typing goes into the text at once; Ctrl+Enter saves, Esc
 * cancels; the box opens beside the passage it is about rather than over it.
 */
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
        return show(i18n, owner, title, quote, body, colour, null);
    }

    /**
     * The same, placed so it does not cover {@code passage} (screen coordinates; null: centred on the owner).
     * Blocks until closed.
     */
    public static Optional<Result> show(I18n i18n, Window owner, String title, String quote, String body, String colour,
                                        Bounds passage) {
        Dialog<Result> dialog = create(i18n, owner, title, quote, body, colour, passage);
        return dialog.showAndWait().filter(r -> !r.body().isEmpty());
    }

    /** The dialog, not yet shown (tests show it without blocking). */
    public static Dialog<Result> create(I18n i18n, Window owner, String title, String quote, String body, String colour,
                                        Bounds passage) {
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
        Label keys = new Label(i18n.get("note.dialog.keys"));
        keys.getStyleClass().add("note-quote");
        VBox box = new VBox(8, q, area, colourRow, keys);
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
        // Ctrl+Enter saves and Esc cancels from inside the text, which would otherwise take both keys
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                ((Button) dialog.getDialogPane().lookupButton(ok)).fire();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                ((Button) dialog.getDialogPane().lookupButton(cancel)).fire();
                e.consume();
            }
        });
        // the dialog's window, once shown, knows its size (the dialog's own onShown comes before that)
        Window window = dialog.getDialogPane().getScene().getWindow();
        window.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> {
            if (passage != null) {
                Rectangle2D p = new Rectangle2D(passage.getMinX(), passage.getMinY(),
                        Math.max(1, passage.getWidth()), Math.max(1, passage.getHeight()));
                Rectangle2D screen = Screen.getScreensForRectangle(p).stream().findFirst()
                        .orElse(Screen.getPrimary()).getVisualBounds();
                Point2D at = DialogPlacement.place(p, window.getWidth(), window.getHeight(), screen);
                window.setX(at.getX());
                window.setY(at.getY());
            }
            // after the dialog's own focus handling, which would leave the focus on its default button
            Platform.runLater(() -> {
                area.requestFocus();
                area.end();
            });
        });
        return dialog;
    }
}
