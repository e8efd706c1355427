package jingdu.ui.units;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import jingdu.app.tasks.TaskBoard;
import jingdu.app.tasks.TaskException;
import jingdu.app.tasks.UnitImport;
import jingdu.i18n.I18n;
import jingdu.model.Unit;
import jingdu.ui.DialogWindows;

/**
 * The user's units (单位管理): a table of name, aliases and group flag, with add, save (rename, aliases, flag) and
 * delete of the selected unit, and an import of a pasted list (名称：别名1、别名2, one a line). Every change is saved
 * at once; a unit some task names is not deleted (the board's message says how many). {@code onChange} lets the
 * board redraw its unit lists.
 */
public final class UnitsDialog {

    public static final String TABLE_ID = "units-table";
    public static final String NAME_ID = "units-name";
    public static final String ALIASES_ID = "units-aliases";
    public static final String GROUP_ID = "units-group";
    public static final String ADD_ID = "units-add";
    public static final String SAVE_ID = "units-save";
    public static final String DELETE_ID = "units-delete";
    public static final String IMPORT_ID = "units-import";
    public static final String MESSAGE_ID = "units-message";
    public static final String CLOSE_ID = "units-close";
    /** The import dialog's text area. */
    public static final String IMPORT_TEXT_ID = "units-import-text";

    private final TaskBoard board;
    private final I18n i18n;
    private final Predicate<String> confirm;
    private final Runnable onChange;
    private final TableView<Unit> table = new TableView<>();
    private final TextField name = new TextField();
    private final TextField aliases = new TextField();
    private final CheckBox group;
    private final Label message = new Label();
    private final Stage stage = new Stage();

    public UnitsDialog(TaskBoard board, I18n i18n, Window owner, Predicate<String> confirm, Runnable onChange) {
        this.board = board;
        this.i18n = i18n;
        this.confirm = confirm;
        this.onChange = onChange;
        this.group = new CheckBox(i18n.get("units.group"));

        table.setId(TABLE_ID);
        table.setPlaceholder(new Label(""));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("units.col.name", Unit::name, 160));
        table.getColumns().add(column("units.col.aliases", u -> String.join("、", u.aliases()), 200));
        table.getColumns().add(column("units.col.group", u -> u.group() ? i18n.get("units.groupMark") : "", 60));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> showSelected(b));
        table.setPrefSize(440, 360);

        name.setId(NAME_ID);
        name.setPromptText(i18n.get("units.name"));
        aliases.setId(ALIASES_ID);
        aliases.setPromptText(i18n.get("units.aliases"));
        group.setId(GROUP_ID);
        group.setWrapText(true);
        group.setMinHeight(Region.USE_PREF_SIZE);
        message.setId(MESSAGE_ID);
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.getStyleClass().add("units-message");

        Label nameLabel = new Label(i18n.get("units.name"));
        Label aliasesLabel = new Label(i18n.get("units.aliases"));
        aliasesLabel.setWrapText(true);
        aliasesLabel.setMinHeight(Region.USE_PREF_SIZE);
        VBox actions = new VBox(6, nameLabel, name, aliasesLabel, aliases, group,
                button(ADD_ID, "units.add", this::add),
                button(SAVE_ID, "units.save", this::save),
                button(DELETE_ID, "units.delete", this::delete),
                button(IMPORT_ID, "units.import", this::openImport));
        actions.getStyleClass().add("units-actions");
        actions.setPrefWidth(240);
        actions.setMinWidth(Region.USE_PREF_SIZE);
        actions.setMinHeight(Region.USE_PREF_SIZE);

        Label hint = new Label(i18n.get("units.hint"));
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.getStyleClass().add("note-quote");
        Button close = button(CLOSE_ID, "units.close", stage::close);
        close.setCancelButton(true);
        close.setMaxWidth(Region.USE_PREF_SIZE);
        close.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox.setHgrow(message, Priority.SOMETIMES);
        HBox bottom = new HBox(8, message, spacer, close);
        VBox center = new VBox(6, table, hint);
        VBox.setVgrow(table, Priority.ALWAYS);
        BorderPane root = new BorderPane(center, null, actions, bottom, null);
        root.getStyleClass().add("units-dialog");
        BorderPane.setMargin(actions, new Insets(0, 0, 0, 10));
        BorderPane.setMargin(bottom, new Insets(10, 0, 0, 0));
        root.setPrefWidth(760);
        root.setMinHeight(Region.USE_PREF_SIZE);
        Scene scene = new Scene(root);
        DialogWindows.dress(stage, scene, root, owner, true);
        stage.setScene(scene);
        stage.setTitle(i18n.get("units.title"));
        DialogWindows.keepMinimum(stage, scene, root);
        reload(null);
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        stage.show();
    }

    /** The message shown under the table (what the last action did, or why not). */
    public String messageText() {
        return message.getText();
    }

    private TableColumn<Unit, String> column(String key, java.util.function.Function<Unit, String> value, double width) {
        TableColumn<Unit, String> c = new TableColumn<>(i18n.get(key));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(i18n.get(key));
        b.setId(id);
        b.setMnemonicParsing(false);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }

    private Optional<Unit> selected() {
        return Optional.ofNullable(table.getSelectionModel().getSelectedItem());
    }

    private void showSelected(Unit u) {
        if (u != null) {
            name.setText(u.name());
            aliases.setText(String.join("、", u.aliases()));
            group.setSelected(u.group());
        }
    }

    /** The aliases field split at 、，, ; or ；. */
    private List<String> typedAliases() {
        return Arrays.stream(aliases.getText().split("[、，,;；]")).map(String::strip).filter(a -> !a.isEmpty()).toList();
    }

    @FunctionalInterface
    private interface Edit {
        String apply() throws TaskException;
    }

    /** Runs an edit; its message (or the refusal's) shows under the table, and the list is read again. */
    private void run(Edit edit, Long selectId) {
        try {
            String done = edit.apply();
            message.setText(done);
            reload(selectId);
            onChange.run();
        } catch (TaskException e) {
            message.setText(e.localized(i18n));
        }
    }

    private void add() {
        Unit[] made = new Unit[1];
        run(() -> {
            made[0] = board.addUnit(name.getText(), typedAliases(), group.isSelected());
            return i18n.get("units.added", made[0].name());
        }, null);
        if (made[0] != null) {
            select(made[0].id());
        }
    }

    private void save() {
        Optional<Unit> u = selected();
        if (u.isEmpty()) {
            message.setText(i18n.get("units.selectFirst"));
            return;
        }
        long id = u.get().id();
        run(() -> {
            Unit changed = new Unit(id, name.getText(), typedAliases(), group.isSelected());
            board.updateUnit(changed);
            return i18n.get("units.saved", changed.name().strip());
        }, id);
    }

    private void delete() {
        Optional<Unit> u = selected();
        if (u.isEmpty()) {
            message.setText(i18n.get("units.selectFirst"));
            return;
        }
        if (!confirm.test(i18n.get("units.confirmDelete", u.get().name()))) {
            return;
        }
        run(() -> {
            board.deleteUnit(u.get().id());
            return i18n.get("units.deleted", u.get().name());
        }, null);
    }

    /** Asks for a pasted list of units, then imports it. */
    private void openImport() {
        Dialog<String> d = new Dialog<>();
        d.initOwner(stage);
        d.setTitle(i18n.get("units.import.title"));
        Label prompt = new Label(i18n.get("units.import.prompt"));
        prompt.setWrapText(true);
        prompt.setMinHeight(Region.USE_PREF_SIZE);
        TextArea text = new TextArea();
        text.setId(IMPORT_TEXT_ID);
        text.setPrefRowCount(12);
        text.setPromptText(i18n.get("units.import.example"));
        VBox box = new VBox(8, prompt, text);
        box.setPrefWidth(480);
        d.getDialogPane().setContent(box);
        d.getDialogPane().getStylesheets().addAll(stage.getScene().getStylesheets());
        ButtonType ok = new ButtonType(i18n.get("units.import.ok"), ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(ok, new ButtonType(i18n.get("dialog.cancel"), ButtonData.CANCEL_CLOSE));
        d.setResultConverter(b -> b == ok ? text.getText() : null);
        d.showAndWait().ifPresent(this::importText);
    }

    /** Imports a pasted list of units (one a line, 名称：别名1、别名2) and says what it did. */
    public void importText(String text) {
        UnitImport.Result r = UnitImport.apply(board, text, e -> e.localized(i18n));
        message.setText(r.skipped().isEmpty() ? i18n.get("units.imported", r.added().size())
                : i18n.get("units.importedSkipped", r.added().size(), r.skipped().size(), String.join("；", r.skipped())));
        reload(null);
        if (!r.added().isEmpty()) {
            onChange.run();
        }
    }

    /** Reads the units again (also after a change elsewhere), selecting {@code selectId} or keeping the selection. */
    public void reload(Long selectId) {
        Long keep = selectId != null ? selectId : selected().map(Unit::id).orElse(null);
        table.getItems().setAll(board.units());
        if (keep != null) {
            select(keep);
        }
    }

    private void select(long id) {
        for (Unit u : table.getItems()) {
            if (u.id() == id) {
                table.getSelectionModel().select(u);
                table.scrollTo(u);
                return;
            }
        }
    }
}
