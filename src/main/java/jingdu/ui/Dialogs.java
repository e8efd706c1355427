package jingdu.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import jingdu.i18n.I18n;

/** Small modal dialogs with buttons in the user's language. */
final class Dialogs {

    static final String NOTE_TEXT_ID = jingdu.ui.notes.NoteDialog.TEXT_ID;

    private final I18n i18n;
    private final Window owner;

    Dialogs(I18n i18n, Window owner) {
        this.i18n = i18n;
        this.owner = owner;
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
