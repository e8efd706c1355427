package jingdu.ui.units;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import jingdu.app.tasks.PeriodTable;
import jingdu.app.tasks.TaskBoard;
import jingdu.app.tasks.TaskException;
import jingdu.i18n.I18n;
import jingdu.ui.DialogWindows;

/**
 * The named periods used to read due dates (汛期 06-01 至 09-30, …): one row each, name, start and end as month-day,
 * editable in place. Saving reads every row first: a bad date or a missing name is refused with its row and the
 * message, and nothing is saved. "Restore defaults" forgets the user's periods. {@code onChange} lets the board read
 * its due dates again.
 */
public final class PeriodsDialog {

    public static final String ROWS_ID = "periods-rows";
    public static final String ADD_ID = "periods-add";
    public static final String RESET_ID = "periods-reset";
    public static final String SAVE_ID = "periods-save";
    public static final String CLOSE_ID = "periods-close";
    public static final String MESSAGE_ID = "periods-message";
    /** Row {@code i}'s fields are {@code NAME_ID + i}, {@code START_ID + i}, {@code END_ID + i}; its remove button {@code REMOVE_ID + i}. */
    public static final String NAME_ID = "period-name-";
    public static final String START_ID = "period-start-";
    public static final String END_ID = "period-end-";
    public static final String REMOVE_ID = "period-remove-";

    private final TaskBoard board;
    private final I18n i18n;
    private final Predicate<String> confirm;
    private final Runnable onChange;
    private final GridPane grid = new GridPane();
    private final List<TextField[]> rows = new ArrayList<>();
    private final Label message = new Label();
    private final Stage stage = new Stage();

    public PeriodsDialog(TaskBoard board, I18n i18n, Window owner, Predicate<String> confirm, Runnable onChange) {
        this.board = board;
        this.i18n = i18n;
        this.confirm = confirm;
        this.onChange = onChange;

        grid.setId(ROWS_ID);
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setPadding(new Insets(4));
        ColumnConstraints nameColumn = new ColumnConstraints();
        nameColumn.setHgrow(Priority.ALWAYS);
        nameColumn.setMinWidth(140);
        ColumnConstraints dateColumn = new ColumnConstraints();
        dateColumn.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints buttonColumn = new ColumnConstraints();
        buttonColumn.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().addAll(nameColumn, dateColumn, dateColumn, buttonColumn);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(300);

        Label hint = new Label(i18n.get("periods.hint"));
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.getStyleClass().add("note-quote");
        message.setId(MESSAGE_ID);
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.getStyleClass().add("units-message");

        Button add = button(ADD_ID, "periods.add", () -> addRow(new PeriodTable.Row("", "", "")));
        Button reset = button(RESET_ID, "periods.reset", this::reset);
        Button save = button(SAVE_ID, "periods.save", this::save);
        save.setDefaultButton(true);
        Button close = button(CLOSE_ID, "periods.close", stage::close);
        close.setCancelButton(true);
        FlowPane buttons = new FlowPane(8, 6, add, reset, save, close);
        buttons.setMinHeight(Region.USE_PREF_SIZE);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox root = new VBox(8, hint, scroll, message, buttons);
        root.getStyleClass().add("units-dialog");
        root.setPrefWidth(600);
        Scene scene = new Scene(root);
        DialogWindows.dress(stage, scene, root, owner, true);
        stage.setScene(scene);
        stage.setTitle(i18n.get("periods.title"));
        DialogWindows.keepMinimum(stage, scene, root);
        reload();
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        stage.show();
    }

    public String messageText() {
        return message.getText();
    }

    /** The rows as they stand in the fields. */
    public List<PeriodTable.Row> typed() {
        return rows.stream().map(f -> new PeriodTable.Row(f[0].getText(), f[1].getText(), f[2].getText())).toList();
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(i18n.get(key));
        b.setId(id);
        b.setMnemonicParsing(false);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** The saved periods (or the defaults) in the fields. */
    private void reload() {
        rows.clear();
        layoutRows(PeriodTable.rows(board.periods()));
    }

    /** A new row under the others; the fields above keep what is typed in them. */
    private void addRow(PeriodTable.Row row) {
        layoutRow(rows.size(), row);
        rows.get(rows.size() - 1)[0].requestFocus();
    }

    private void removeRow(int index) {
        List<PeriodTable.Row> now = new ArrayList<>(typed());
        now.remove(index);
        rows.clear();
        layoutRows(now);
    }

    private void layoutRows(List<PeriodTable.Row> values) {
        grid.getChildren().clear();
        grid.addRow(0, header("periods.col.name"), header("periods.col.start"), header("periods.col.end"));
        for (int i = 0; i < values.size(); i++) {
            layoutRow(i, values.get(i));
        }
    }

    private void layoutRow(int i, PeriodTable.Row v) {
        TextField name = field(NAME_ID + i, v.name(), 160);
        TextField start = field(START_ID + i, v.start(), 90);
        TextField end = field(END_ID + i, v.end(), 90);
        Button remove = button(REMOVE_ID + i, "periods.remove", () -> removeRow(i));
        rows.add(new TextField[] {name, start, end});
        grid.addRow(i + 1, name, start, end, remove);
    }

    private Label header(String key) {
        Label l = new Label(i18n.get(key));
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.getStyleClass().add("pane-header");
        return l;
    }

    private static TextField field(String id, String text, double width) {
        TextField f = new TextField(text);
        f.setId(id);
        f.setPrefColumnCount(1);
        f.setPrefWidth(width);
        return f;
    }

    /** Reads every row; saves them all, or none with the first refusal's message. */
    private void save() {
        try {
            var periods = PeriodTable.read(typed());
            board.setPeriods(periods);
            message.setText(i18n.get("periods.saved", periods.size()));
            reload();
            onChange.run();
        } catch (TaskException e) {
            message.setText(e.localized(i18n));
        }
    }

    private void reset() {
        if (!confirm.test(i18n.get("periods.confirmReset"))) {
            return;
        }
        board.resetPeriods();
        reload();
        message.setText(i18n.get("periods.resetDone"));
        onChange.run();
    }
}
