package jingdu.ui.corrections;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import jingdu.i18n.I18n;

/**
 * 责任主体… / 完成时限…: the obligation's duty bearer or deadline, prefilled with the current one, in an editable
 * list offering the speech's others and 无 (none).
 */
public final class BearerDialog {

    public static final String COMBO_ID = "bearer-combo";

    /** The answer: the text to set, or null for 无 (none). Blank text is passed on, so the check can say why. */
    public record Answer(String value) {
    }

    private BearerDialog() {
    }

    /** Empty when cancelled. */
    public static Optional<Answer> show(I18n i18n, Window owner, String title, String quote, String current,
                                        List<String> offered) {
        String none = i18n.get("correct.none");
        Dialog<Answer> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        Label q = new Label(quote.length() > 120 ? quote.substring(0, 120) + "…" : quote);
        q.setWrapText(true);
        q.getStyleClass().add("note-quote");
        ComboBox<String> combo = new ComboBox<>();
        combo.setId(COMBO_ID);
        combo.setEditable(true);
        combo.setMaxWidth(Double.MAX_VALUE);
        List<String> items = new ArrayList<>();
        items.add(none);
        offered.stream().filter(s -> s != null && !s.isBlank() && !items.contains(s)).forEach(items::add);
        combo.getItems().setAll(items);
        combo.setValue(current == null ? none : current);
        combo.getEditor().setText(combo.getValue());
        VBox box = new VBox(8, q, new Label(title), combo);
        box.setPrefWidth(420);
        dialog.getDialogPane().setContent(box);
        ButtonType ok = new ButtonType(i18n.get("dialog.ok"), ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.get("dialog.cancel"), ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        dialog.setResultConverter(b -> {
            if (b != ok) {
                return null;
            }
            String text = combo.getEditor().getText(); // what is typed counts, even before Enter
            String v = text == null ? "" : text.strip();
            return new Answer(v.equals(none) ? null : v);
        });
        dialog.setOnShown(e -> {
            combo.getEditor().requestFocus();
            combo.getEditor().selectAll();
        });
        return dialog.showAndWait();
    }
}
