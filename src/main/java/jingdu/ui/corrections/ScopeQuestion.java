package jingdu.ui.corrections;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import jingdu.i18n.I18n;

/**
 * Does a sector correction hold for this place only, or for every speech (the user's own word list)? Asked
 * each time unless the user ticked "remember"; the remembered answer can be changed in the view menu.
 */
public final class ScopeQuestion {

    public static final String HERE = "here";
    public static final String EVERYWHERE = "everywhere";
    public static final String ASK = "ask";
    public static final String EVERYWHERE_ID = "scope-everywhere";
    public static final String REMEMBER_ID = "scope-remember";

    private ScopeQuestion() {
    }

    /**
     * True for every speech, false for this place; empty when cancelled. {@code remembered}: "here", "everywhere"
     * or "ask"; {@code remember} saves the answer when the user asks to.
     */
    public static Optional<Boolean> everywhere(I18n i18n, Window owner, String term, Supplier<String> remembered,
                                               Consumer<String> remember) {
        String saved = remembered.get();
        if (HERE.equals(saved) || EVERYWHERE.equals(saved)) {
            return Optional.of(EVERYWHERE.equals(saved));
        }
        Dialog<Boolean> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get("correct.scope.title"));
        ToggleGroup group = new ToggleGroup();
        RadioButton here = new RadioButton(i18n.get("correct.scope.here"));
        here.setToggleGroup(group);
        here.setSelected(true);
        RadioButton all = new RadioButton(i18n.get("correct.scope.everywhere", term));
        all.setId(EVERYWHERE_ID);
        all.setToggleGroup(group);
        CheckBox keep = new CheckBox(i18n.get("correct.scope.remember"));
        keep.setId(REMEMBER_ID);
        Label hint = new Label(i18n.get("correct.scope.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("note-quote");
        VBox box = new VBox(8, here, all, keep, hint);
        box.setPrefWidth(420);
        dialog.getDialogPane().setContent(box);
        ButtonType ok = new ButtonType(i18n.get("dialog.ok"), ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.get("dialog.cancel"), ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        dialog.setResultConverter(b -> b == ok ? all.isSelected() : null);
        Optional<Boolean> answer = dialog.showAndWait();
        answer.filter(a -> keep.isSelected()).ifPresent(a -> remember.accept(a ? EVERYWHERE : HERE));
        return answer;
    }
}
