package jingdu.ui.tasks;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.control.ComboBox;
import jingdu.app.library.Catalog;
import jingdu.i18n.I18n;
import jingdu.model.TaskScope;
import jingdu.ui.tasks.TaskBoardView.Choice;

/** The scopes the board and the 统计 view offer: the open speech, the whole library, each collection and year. */
public final class ScopeChoices {

    private ScopeChoices() {
    }

    public static List<Choice<TaskScope>> from(Catalog catalog, I18n i18n) {
        List<Choice<TaskScope>> choices = new ArrayList<>();
        choices.add(new Choice<>(TaskScope.speech(-1), i18n.get("tasks.scope.speech")));
        choices.add(new Choice<>(TaskScope.all(), i18n.get("tasks.scope.all")));
        catalog.collections().forEach(c -> choices.add(new Choice<>(TaskScope.collection(c.name()),
                i18n.get("tasks.scope.collection", c.name()))));
        for (String y : catalog.years()) {
            try {
                choices.add(new Choice<>(TaskScope.year(Integer.parseInt(y.strip())), i18n.get("tasks.scope.year", y)));
            } catch (NumberFormatException e) {
                // a year the catalogue could not read is not offered
            }
        }
        return choices;
    }

    /** The box's items anew; the scope chosen stays chosen while it is offered, else the whole library. */
    public static void refill(ComboBox<Choice<TaskScope>> box, List<Choice<TaskScope>> choices) {
        Choice<TaskScope> chosen = box.getValue();
        box.getItems().setAll(choices);
        box.getSelectionModel().select(choices.stream().filter(c -> chosen != null && c.value().equals(chosen.value()))
                .findFirst().orElse(choices.get(1)));
    }

    /** Chooses the item with this scope, when offered. */
    public static void choose(ComboBox<Choice<TaskScope>> box, TaskScope s) {
        box.getItems().stream().filter(c -> c.value().equals(s)).findFirst().ifPresent(box::setValue);
    }
}
