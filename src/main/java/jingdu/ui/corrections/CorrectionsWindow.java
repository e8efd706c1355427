package jingdu.ui.corrections;

import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;
import jingdu.i18n.I18n;
import jingdu.model.Correction;
import jingdu.model.SectorCatalog;
import jingdu.ui.DialogWindows;

/**
 * 我的修正: the user's corrections of the engine, for the open speech or the whole library, those needing a look
 * first (marked 需要核对), then newest first; 撤回 takes one back (undoable), 跳转 (or a double click) shows it in the reader.
 */
public final class CorrectionsWindow {

    public static final String TABLE_ID = "corrections-table";
    public static final String SCOPE_SPEECH_ID = "corrections-scope-speech";
    public static final String SCOPE_LIBRARY_ID = "corrections-scope-library";
    public static final String WITHDRAW_ID = "corrections-withdraw";
    public static final String JUMP_ID = "corrections-jump";
    public static final String COUNT_ID = "corrections-count";

    /** Where the list reads from: the window's open speech and library. */
    public interface Source {
        /** The open speech's corrections (empty when none is open). */
        List<Correction> speech();

        /** Ids of the open speech's corrections that need a look, from the reader's corrected view. */
        Collection<Long> speechNeedingLook();

        List<Correction> library();

        /** Ids of every correction in the library that needs a look; worked out off the FX thread. */
        CompletableFuture<Collection<Long>> libraryNeedingLook();

        Map<Long, String> titles();
    }

    private final I18n i18n;
    private final SectorCatalog sectors;
    private final Source source;
    private final Stage stage = new Stage();
    private final TableView<CorrectionRows.Row> table = new TableView<>();
    private final RadioButton speechScope;
    private final RadioButton libraryScope;
    private final Label count = new Label();
    private long generation;

    /** {@code withdraw}: takes the correction back, true when it did; {@code jump}: shows it in the reader. */
    public CorrectionsWindow(I18n i18n, Window owner, SectorCatalog sectors, Source source, Predicate<Correction> withdraw,
                             Consumer<Correction> jump) {
        this.i18n = i18n;
        this.sectors = sectors;
        this.source = source;
        stage.setTitle(i18n.get("correct.list.title"));
        table.setId(TABLE_ID);
        Label empty = new Label(i18n.get("correct.list.empty"));
        empty.setWrapText(true);
        empty.setPadding(new javafx.geometry.Insets(12));
        table.setPlaceholder(empty);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                column("correct.list.speech", CorrectionRows.Row::speech, 110),
                column("correct.list.kind", CorrectionRows.Row::kind, 100),
                column("correct.list.quote", CorrectionRows.Row::quote, 220),
                column("correct.list.value", CorrectionRows.Row::value, 100),
                column("correct.list.when", CorrectionRows.Row::when, 120),
                column("correct.list.state", r -> r.needsLook() ? i18n.get("correct.needsLook") : "", 80)));
        table.setRowFactory(t -> {
            TableRow<CorrectionRows.Row> row = new TableRow<>() {
                @Override
                protected void updateItem(CorrectionRows.Row item, boolean empty) {
                    super.updateItem(item, empty);
                    getStyleClass().remove("correction-needs-look");
                    setTooltip(null);
                    if (item != null && !empty) {
                        if (item.needsLook()) {
                            getStyleClass().add("correction-needs-look");
                        }
                        setTooltip(new Tooltip(item.correction().quote()));
                    }
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    jump.accept(row.getItem().correction());
                }
            });
            return row;
        });
        ToggleGroup scope = new ToggleGroup();
        speechScope = new RadioButton(i18n.get("correct.list.scope.speech"));
        speechScope.setId(SCOPE_SPEECH_ID);
        speechScope.setToggleGroup(scope);
        speechScope.setSelected(true);
        libraryScope = new RadioButton(i18n.get("correct.list.scope.library"));
        libraryScope.setId(SCOPE_LIBRARY_ID);
        libraryScope.setToggleGroup(scope);
        scope.selectedToggleProperty().addListener((o, a, b) -> reload());
        count.setId(COUNT_ID);
        count.getStyleClass().add("find-count");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(10, speechScope, libraryScope, gap, count);
        top.getStyleClass().add("corrections-tools");

        Button jumpButton = new Button(i18n.get("correct.list.jump"));
        jumpButton.setId(JUMP_ID);
        jumpButton.setOnAction(e -> selected(jump));
        Button withdrawButton = new Button(i18n.get("correct.list.withdraw"));
        withdrawButton.setId(WITHDRAW_ID);
        withdrawButton.setOnAction(e -> selected(c -> {
            if (withdraw.test(c)) {
                reload();
            }
        }));
        Button close = new Button(i18n.get("correct.list.close"));
        close.setOnAction(e -> stage.close());
        jumpButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        withdrawButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        Region gap2 = new Region();
        HBox.setHgrow(gap2, Priority.ALWAYS);
        HBox bottom = new HBox(6, jumpButton, withdrawButton, gap2, close);
        bottom.getStyleClass().add("corrections-tools");

        BorderPane root = new BorderPane(table, top, null, bottom, null);
        root.getStyleClass().add("corrections-window");
        Scene scene = new Scene(root, 760, 360);
        DialogWindows.dress(stage, scene, root, owner, false);
        stage.setScene(scene);
    }

    private TableColumn<CorrectionRows.Row, String> column(String key, Function<CorrectionRows.Row, String> value,
                                                           double width) {
        TableColumn<CorrectionRows.Row, String> c = new TableColumn<>(i18n.get(key));
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        c.setPrefWidth(width);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        });
        return c;
    }

    private void selected(Consumer<Correction> action) {
        CorrectionRows.Row row = table.getSelectionModel().getSelectedItem();
        if (row != null) {
            action.accept(row.correction());
        }
    }

    public void show() {
        reload();
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }

    public TableView<CorrectionRows.Row> table() {
        return table;
    }

    /** True when the whole library is listed, not the open speech. */
    public boolean libraryScope() {
        return libraryScope.isSelected();
    }

    /** Re-reads the list (after a correction, an undo, another speech opened). */
    public void reload() {
        long g = ++generation;
        boolean all = libraryScope.isSelected();
        List<Correction> corrections = all ? source.library() : source.speech();
        Map<Long, String> titles = source.titles();
        if (!all) {
            fill(corrections, titles, source.speechNeedingLook());
            return;
        }
        fill(corrections, titles, null);
        if (!corrections.isEmpty()) {
            source.libraryNeedingLook().thenAccept(look -> Platform.runLater(() -> {
                if (g == generation) {
                    fill(corrections, titles, look);
                }
            }));
        }
    }

    private void fill(List<Correction> corrections, Map<Long, String> titles, Collection<Long> look) {
        Correction keep = table.getSelectionModel().getSelectedItem() == null ? null
                : table.getSelectionModel().getSelectedItem().correction();
        List<CorrectionRows.Row> rows = CorrectionRows.of(corrections, titles, look, sectors, i18n, ZoneId.systemDefault());
        table.getItems().setAll(rows);
        int needing = (int) rows.stream().filter(CorrectionRows.Row::needsLook).count();
        count.setText(CorrectionRows.count(rows.size(), needing, i18n));
        if (keep != null) {
            rows.stream().filter(r -> r.correction().id() == keep.id()).findFirst()
                    .ifPresent(r -> table.getSelectionModel().select(r));
        }
    }
}
