package jingdu.ui;

import java.util.Optional;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import jingdu.i18n.I18n;

/** Small modal dialogs with buttons in the user's language. */
final class Dialogs {

    static final String NOTE_TEXT_ID = "note-text";

    private final I18n i18n;
    private final Window owner;

    Dialogs(I18n i18n, Window owner) {
        this.i18n = i18n;
        this.owner = owner;
    }

    /** Asks for a note's text; empty when cancelled or left blank. */
    Optional<String> noteText(String quote, String initial) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get(initial.isEmpty() ? "note.dialog.add" : "note.dialog.edit"));
        Label q = new Label("“" + (quote.length() > 120 ? quote.substring(0, 120) + "…" : quote) + "”");
        q.setWrapText(true);
        q.getStyleClass().add("note-quote");
        TextArea area = new TextArea(initial);
        area.setId(NOTE_TEXT_ID);
        area.setWrapText(true);
        area.setPrefRowCount(5);
        area.setPromptText(i18n.get("note.dialog.prompt"));
        VBox box = new VBox(8, q, area);
        box.setPrefWidth(420);
        dialog.getDialogPane().setContent(box);
        ButtonType ok = new ButtonType(i18n.get("dialog.ok"), ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.get("dialog.cancel"), ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        dialog.setResultConverter(b -> b == ok ? area.getText() : null);
        dialog.setOnShown(e -> area.requestFocus());
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    boolean confirm(String message) {
        ButtonType yes = new ButtonType(i18n.get("dialog.ok"), ButtonData.OK_DONE);
        ButtonType no = new ButtonType(i18n.get("dialog.cancel"), ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, yes, no);
        alert.initOwner(owner);
        alert.setHeaderText(null);
        alert.setTitle(i18n.get("app.title"));
        return alert.showAndWait().filter(b -> b == yes).isPresent();
    }

    void error(String header, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, new ButtonType(i18n.get("dialog.ok"), ButtonData.OK_DONE));
        alert.initOwner(owner);
        alert.setTitle(i18n.get("app.title"));
        alert.setHeaderText(header);
        alert.getDialogPane().setMinWidth(460);
        alert.show();
    }
}
