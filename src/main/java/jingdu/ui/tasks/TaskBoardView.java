package jingdu.ui.tasks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import jingdu.app.Failures;
import jingdu.app.library.Catalog;
import jingdu.app.tasks.BoardCounts;
import jingdu.app.tasks.BoardRow;
import jingdu.app.tasks.TaskBoard;
import jingdu.app.tasks.TaskException;
import jingdu.app.tasks.TaskFilter;
import jingdu.i18n.I18n;
import jingdu.i18n.UserFailure;
import jingdu.model.Level;
import jingdu.model.SectorCatalog;
import jingdu.model.TaskScope;
import jingdu.model.TaskState;
import jingdu.model.TaskStatus;
import jingdu.model.Unit;
import jingdu.ui.reader.Labels;
import jingdu.ui.tasks.TaskBoardModel.Column;
import jingdu.ui.tasks.TaskBoardModel.Grouping;
import jingdu.ui.tasks.TaskBoardModel.Item;
import jingdu.ui.tasks.TaskBoardModel.Row;

/**
 * The task board (任务台账): its filters for the left side of the window ({@link #filters()}) and the table with its
 * footer for the main area ({@link #table()}). Bringing tasks up to date and reading rows run on a thread of the
 * board's own, with a progress bar and a cancel button; filtering, sorting and grouping are the
 * {@link TaskBoardModel}'s, computed off the FX thread too. Every edit is one undoable step of {@link TaskBoard#edit}.
 */
public final class TaskBoardView {

    public static final String TABLE_ID = "task-table";
    public static final String FILTERS_ID = "task-filters";
    public static final String SCOPE_ID = "task-scope";
    public static final String STATUS_FILTER_ID = "task-filter-status";
    public static final String UNIT_FILTER_ID = "task-filter-unit";
    public static final String SECTOR_FILTER_ID = "task-filter-sector";
    public static final String LEVEL_FILTER_ID = "task-filter-level";
    public static final String OVERDUE_ID = "task-filter-overdue";
    public static final String DUE_WITHIN_ID = "task-filter-due";
    public static final String TEXT_ID = "task-filter-text";
    public static final String GROUP_ID = "task-group";
    public static final String COUNTS_ID = "task-counts";
    public static final String PROGRESS_ID = "task-progress";
    public static final String CANCEL_ID = "task-cancel";
    public static final String MESSAGE_ID = "task-message";
    public static final String REFRESH_ID = "task-refresh";
    public static final String EXPORT_ID = "task-export";
    /** The export menu's choice to end a 督办通报 with the 统计 view's charts (sectors, status). */
    public static final String WITH_CHARTS_ID = "task-export-charts";
    /** Row and cell style classes (colours in jingdu.css / jingdu-dark.css). */
    public static final String OVERDUE = "task-overdue";
    public static final String SOON = "task-soon";
    public static final String GONE = "task-gone";
    public static final String GROUP_ROW = "task-group-row";
    public static final String SUGGESTED = "task-suggested";
    public static final String SOURCE = "task-source";
    public static final String ERROR = "task-error";

    /** What the board asks of the window. */
    public interface Host {
        /** Shows the reader at the task's text. */
        void openAt(long speechId, int start, int end);

        /** The open speech (-1 when none): the scope "current speech". */
        long currentSpeech();

        /** An edit was made: the window's undo buttons follow. */
        void edited();

        /** A line for the window's status bar. */
        void status(String text);
    }

    /** Brings the scope's stale speeches' tasks up to date (the caller's thread); returns how many were done. */
    @FunctionalInterface
    public interface Refresher {
        int refresh(TaskScope scope, TaskBoard.Progress progress, BooleanSupplier cancelled);
    }

    /** A choice in a combo box: its value and what the user reads. */
    public record Choice<T>(T value, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final TaskBoard board;
    private final Catalog catalog;
    private final SectorCatalog sectors;
    private final I18n i18n;
    private final Refresher refresher;
    private final Host host;
    private final TaskBoardModel model;
    private final ExecutorService loader = Executors.newSingleThreadExecutor(r -> daemon(r, "jingdu-board"));
    private final ExecutorService viewer = Executors.newSingleThreadExecutor(r -> daemon(r, "jingdu-board-view"));

    private final TableView<Item> table = new TableView<>();
    private final javafx.scene.control.CheckMenuItem withCharts = new javafx.scene.control.CheckMenuItem();
    private final ComboBox<Choice<TaskScope>> scope = new ComboBox<>();
    private final ComboBox<Choice<TaskStatus>> statusFilter = new ComboBox<>();
    private final ComboBox<Choice<Long>> unitFilter = new ComboBox<>();
    private final ComboBox<Choice<String>> sectorFilter = new ComboBox<>();
    private final ComboBox<Choice<Level>> levelFilter = new ComboBox<>();
    private final CheckBox overdue = new CheckBox();
    private final ComboBox<Choice<Integer>> dueWithin = new ComboBox<>();
    private final TextField text = new TextField();
    private final ComboBox<Choice<Grouping>> grouping = new ComboBox<>();
    private final Label counts = new Label();
    private final Label message = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel = new Button();
    private final Button refresh = new Button();
    private final javafx.scene.control.MenuButton export = new javafx.scene.control.MenuButton();
    private final jingdu.app.tasks.TaskExports exports;
    private final VBox filterPane;
    private final BorderPane tablePane = new BorderPane();
    private final Map<Column, TableColumn<Item, Item>> columns = new LinkedHashMap<>();

    private List<Unit> units = List.of();
    private long loadGeneration;
    private long viewGeneration;
    private AtomicBoolean cancelled = new AtomicBoolean();
    private boolean filling;
    private boolean shownInWindow;
    private CompletableFuture<Void> lastLoad = CompletableFuture.completedFuture(null);
    private CompletableFuture<Void> lastView = CompletableFuture.completedFuture(null);
    private BoardCounts shownCounts = BoardCounts.of(List.of());

    public TaskBoardView(TaskBoard board, Catalog catalog, SectorCatalog sectors, I18n i18n, Refresher refresher, Host host,
                         jingdu.app.tasks.TaskExports exports) {
        this.board = board;
        this.exports = exports;
        this.catalog = catalog;
        this.sectors = sectors;
        this.i18n = i18n;
        this.refresher = refresher;
        this.host = host;
        this.model = new TaskBoardModel(id -> Labels.sector(sectors, i18n, id), i18n.get("tasks.group.none"), i18n.locale());
        filterPane = buildFilters();
        buildTable();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** The filters, scope and grouping: the board's tab on the left side (scrolls on a short screen). */
    public Node filters() {
        if (filterScroll == null) {
            filterScroll = new javafx.scene.control.ScrollPane(filterPane);
            filterScroll.setFitToWidth(true);
            filterScroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
            filterScroll.getStyleClass().add("side-scroll");
        }
        return filterScroll;
    }

    private javafx.scene.control.ScrollPane filterScroll;

    /** The table with its footer: the window's main area while the board is shown. */
    public Node table() {
        return tablePane;
    }

    public TableView<Item> tableView() {
        return table;
    }

    public TaskBoardModel model() {
        return model;
    }

    public BoardCounts counts() {
        return shownCounts;
    }

    /** Completes when the newest load (refresh and rows) and the view made from it are shown. */
    public CompletableFuture<Void> loaded() {
        return lastLoad.thenCompose(x -> lastView);
    }

    // ---- filters ----------------------------------------------------------------------------------

    private VBox buildFilters() {
        scope.setId(SCOPE_ID);
        scope.setMaxWidth(Double.MAX_VALUE);
        scope.valueProperty().addListener((o, a, b) -> {
            if (!filling && b != null) {
                load();
            }
        });
        statusFilter.setId(STATUS_FILTER_ID);
        statusFilter.getItems().add(new Choice<>(null, i18n.get("tasks.filter.anyStatus")));
        for (TaskStatus s : TaskStatus.values()) {
            statusFilter.getItems().add(new Choice<>(s, statusLabel(s)));
        }
        unitFilter.setId(UNIT_FILTER_ID);
        sectorFilter.setId(SECTOR_FILTER_ID);
        sectorFilter.getItems().add(new Choice<>(null, i18n.get("tasks.filter.anySector")));
        for (String id : sectors.ids()) {
            sectorFilter.getItems().add(new Choice<>(id, Labels.sector(sectors, i18n, id)));
        }
        levelFilter.setId(LEVEL_FILTER_ID);
        levelFilter.getItems().add(new Choice<>(null, i18n.get("tasks.filter.anyLevel")));
        for (Level l : Level.values()) {
            levelFilter.getItems().add(new Choice<>(l, Labels.level(i18n, l)));
        }
        overdue.setId(OVERDUE_ID);
        overdue.setText(i18n.get("tasks.filter.overdue"));
        dueWithin.setId(DUE_WITHIN_ID);
        dueWithin.getItems().add(new Choice<>(-1, i18n.get("tasks.filter.anyDue")));
        for (int days : new int[] {7, 14, 30, 90}) {
            dueWithin.getItems().add(new Choice<>(days, i18n.get("tasks.filter.dueWithin", days)));
        }
        text.setId(TEXT_ID);
        text.setPromptText(i18n.get("tasks.filter.text"));
        grouping.setId(GROUP_ID);
        for (Grouping g : Grouping.values()) {
            grouping.getItems().add(new Choice<>(g, i18n.get("tasks.group.by." + g.name().toLowerCase(java.util.Locale.ROOT))));
        }
        for (ComboBox<?> c : List.of(statusFilter, unitFilter, sectorFilter, levelFilter, dueWithin, grouping)) {
            c.getSelectionModel().selectFirst();
            c.setMaxWidth(Double.MAX_VALUE);
            c.valueProperty().addListener((o, a, b) -> {
                if (!filling) {
                    applyView();
                }
            });
        }
        overdue.selectedProperty().addListener((o, a, b) -> applyView());
        text.textProperty().addListener((o, a, b) -> applyView());
        refresh.setId(REFRESH_ID);
        refresh.setText(i18n.get("tasks.refresh"));
        refresh.setOnAction(e -> load());
        refresh.setMinWidth(Region.USE_PREF_SIZE);
        export.setId(EXPORT_ID);
        export.setText(i18n.get("tasks.export.button"));
        export.setMinWidth(Region.USE_PREF_SIZE);
        for (jingdu.app.tasks.TaskExports.Format f : jingdu.app.tasks.TaskExports.Format.values()) {
            javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(i18n.get(f.nameKey()));
            item.setOnAction(e -> chooseExport(f));
            export.getItems().add(item);
        }
        withCharts.setId(WITH_CHARTS_ID);
        withCharts.setText(i18n.get("tasks.export.withCharts"));
        export.getItems().addAll(new SeparatorMenuItem(), withCharts);
        units(List.of());

        VBox box = new VBox(6,
                caption("tasks.scope"), scope,
                caption("tasks.filter.title"), statusFilter, unitFilter, sectorFilter, levelFilter, dueWithin, overdue, text,
                caption("tasks.group.title"), grouping, refresh, export);
        box.setId(FILTERS_ID);
        box.setPadding(new Insets(6));
        box.getStyleClass().add("task-filters");
        return box;
    }

    private Label caption(String key) {
        Label l = new Label(i18n.get(key));
        l.getStyleClass().add("pane-header");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    /** The unit filter's choices: any, none yet, each unit; the chosen one kept when it still exists. */
    private void units(List<Unit> now) {
        units = List.copyOf(now);
        Long chosen = unitFilter.getValue() == null ? null : unitFilter.getValue().value();
        filling = true;
        try {
            unitFilter.getItems().setAll(new Choice<>(-1L, i18n.get("tasks.filter.anyUnit")),
                    new Choice<>(0L, i18n.get("tasks.filter.noUnit")));
            for (Unit u : units) {
                unitFilter.getItems().add(new Choice<>(u.id(), u.name()));
            }
            unitFilter.getSelectionModel().select(unitFilter.getItems().stream()
                    .filter(c -> chosen != null && c.value().equals(chosen)).findFirst().orElse(unitFilter.getItems().get(0)));
        } finally {
            filling = false;
        }
    }

    /** The scope choices from the catalogue: the open speech, the whole library, each collection and year. */
    private void scopes() {
        Choice<TaskScope> chosen = scope.getValue();
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
        filling = true;
        try {
            scope.getItems().setAll(choices);
            scope.getSelectionModel().select(choices.stream().filter(c -> chosen != null && c.value().equals(chosen.value()))
                    .findFirst().orElse(choices.get(1)));
        } finally {
            filling = false;
        }
    }

    /** Chooses a scope (for the window and tests): the choice with that scope, then loads. */
    public void chooseScope(TaskScope s) {
        scope.getItems().stream().filter(c -> c.value().equals(s)).findFirst().ifPresent(scope::setValue);
    }

    /** The filter the controls describe. */
    TaskFilter filter() {
        TaskStatus st = statusFilter.getValue() == null ? null : statusFilter.getValue().value();
        Long unit = unitFilter.getValue() == null ? -1L : unitFilter.getValue().value();
        return new TaskFilter(st == null ? java.util.Set.of() : java.util.Set.of(st), unit,
                sectorFilter.getValue() == null ? null : sectorFilter.getValue().value(),
                levelFilter.getValue() == null ? null : levelFilter.getValue().value(), overdue.isSelected(),
                dueWithin.getValue() == null ? -1 : dueWithin.getValue().value(), text.getText());
    }

    /** The export menu's "with charts" choice (a 督办通报 then ends with a chart page). */
    public javafx.scene.control.CheckMenuItem withCharts() {
        return withCharts;
    }

    public CheckBox overdueFilter() {
        return overdue;
    }

    // ---- showing and loading --------------------------------------------------------------------

    /** The board is now in the window: fresh scope choices, and its rows (brought up to date first). */
    public void shown() {
        shownInWindow = true;
        scopes();
        load();
    }

    /**
     * Reads the board into memory in the background (once the window has started), so its first opening shows
     * it at once; a failure here is left for the opening to report.
     */
    public void prefetch() {
        if (loader.isShutdown()) {
            return; // the window closed meanwhile
        }
        loader.execute(() -> {
            try {
                board.prefetch();
            } catch (RuntimeException e) {
                // the opening reads again and says what went wrong
            }
        });
    }

    /** The reader came back: the status bar is the reader's again. */
    public void hidden() {
        shownInWindow = false;
    }

    private TaskScope resolved() {
        TaskScope s = scope.getValue() == null ? TaskScope.all() : scope.getValue().value();
        return s.kind() == TaskScope.Kind.SPEECH ? TaskScope.speech(host.currentSpeech()) : s;
    }

    /** Brings the scope's stale speeches up to date and reads its rows, off the FX thread; cancel stops between speeches. */
    public CompletableFuture<Void> load() {
        long mine = ++loadGeneration;
        cancelled.set(true);
        AtomicBoolean stop = new AtomicBoolean();
        cancelled = stop;
        TaskScope s = resolved();
        progress.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        busy(true);
        message.setText(i18n.get("tasks.loading"));
        message.getStyleClass().remove(ERROR);
        lastLoad = CompletableFuture.supplyAsync(() -> {
            int[] last = {-1};
            int done = refresher.refresh(s, (d, n) -> {
                int pct = n == 0 ? 100 : d * 100 / n;
                if (pct != last[0]) {
                    last[0] = pct;
                    Platform.runLater(() -> {
                        if (mine == loadGeneration) {
                            progress.setProgress(d / (double) n);
                            message.setText(i18n.get("tasks.refreshing", d, n));
                        }
                    });
                }
            }, stop::get);
            return new Loaded(board.rows(s, LocalDate.now()), board.units(), done, stop.get());
        }, loader).thenAcceptAsync(l -> {
            if (mine != loadGeneration) {
                return;
            }
            busy(false);
            message.setText(l.stopped() ? i18n.get("tasks.cancelled", l.done()) : "");
            units(l.units());
            model.setRows(l.rows(), LocalDate.now());
            applyView();
        }, Platform::runLater).exceptionally(failure -> {
            Platform.runLater(() -> {
                if (mine == loadGeneration) {
                    busy(false);
                    error(i18n.get("tasks.loadFailed", Failures.describe(failure, i18n)));
                }
            });
            return null;
        });
        return lastLoad;
    }

    private record Loaded(List<BoardRow> rows, List<Unit> units, int done, boolean stopped) {
    }

    private void busy(boolean on) {
        progress.setVisible(on);
        progress.setManaged(on);
        cancel.setVisible(on);
        cancel.setManaged(on);
        refresh.setDisable(on);
    }

    /** Cancels a refresh running now (between two speeches); the rows made so far are shown. */
    public void cancel() {
        cancelled.set(true);
    }

    /** The filter, sort and grouping applied to the loaded rows (off the FX thread), then shown. */
    private void applyView() {
        if (filling) {
            return;
        }
        long mine = ++viewGeneration;
        model.setFilter(filter());
        model.setGrouping(grouping.getValue() == null ? Grouping.NONE : grouping.getValue().value());
        lastView = CompletableFuture.supplyAsync(model::shown, viewer).thenAcceptAsync(s -> {
            if (mine == viewGeneration) {
                show(s);
            }
        }, Platform::runLater);
    }

    /** Shows these rows now, filtered, sorted and grouped on the calling (FX) thread: for benches and tests. */
    public void showRows(List<BoardRow> rows, LocalDate today) {
        model.setRows(rows, today);
        model.setFilter(filter());
        show(model.shown());
    }

    /** Puts the computed items in the table, keeping the selected tasks selected. */
    public void show(TaskBoardModel.Shown s) {
        List<Long> selected = selectedIds();
        table.getItems().setAll(s.items());
        if (!selected.isEmpty()) {
            for (int i = 0; i < s.items().size(); i++) {
                if (s.items().get(i) instanceof Row r && selected.contains(r.row().id())) {
                    table.getSelectionModel().select(i);
                }
            }
        }
        shownCounts = s.counts();
        BoardCounts c = s.counts();
        counts.setText(i18n.get("tasks.counts", c.total(), c.notStarted(), c.inProgress(), c.done(), c.excluded(),
                c.overdue(), c.soon()));
        if (shownInWindow) {
            host.status(statusLine());
        }
    }

    /** The window's status bar while the board is shown: overdue and due-soon counts. */
    public String statusLine() {
        return i18n.get("tasks.statusLine", shownCounts.overdue(), shownCounts.soon(), TaskBoard.SOON_DAYS);
    }

    /** After an undo or redo of a board edit (or any change from outside): the rows again. */
    public void reload() {
        if (shownInWindow) {
            load();
        }
    }

    // ---- the table --------------------------------------------------------------------------------

    private void buildTable() {
        table.setId(TABLE_ID);
        table.getStyleClass().add("task-table");
        table.setEditable(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label(i18n.get("tasks.empty")));
        column(Column.NUMBER, "tasks.col.number", 0.4, r -> String.valueOf(((Row) r).number()));
        columns.get(Column.NUMBER).getStyleClass().add("task-number");
        column(Column.TASK, "tasks.col.task", 2.6, null);
        column(Column.SOURCE, "tasks.col.source", 1.5, null);
        column(Column.SECTOR, "tasks.col.sector", 0.9, r -> String.join("、", ((Row) r).row().task().sectors().stream()
                .map(id -> Labels.sector(sectors, i18n, id)).toList()));
        column(Column.LEVEL, "tasks.col.level", 0.8, r -> String.join("、", ((Row) r).row().task().levels().stream()
                .map(l -> Labels.levelShort(i18n, l)).toList()));
        column(Column.LEAD, "tasks.col.lead", 1.0, null);
        column(Column.PARTNERS, "tasks.col.partners", 1.0, r -> partnersText(((Row) r).row()));
        column(Column.DEADLINE, "tasks.col.deadline", 0.8, r -> nonNull(((Row) r).row().task().deadline()));
        column(Column.DUE, "tasks.col.due", 0.9, null);
        column(Column.STATUS, "tasks.col.status", 0.7, null);
        column(Column.PROGRESS, "tasks.col.progress", 1.4, r -> {
            BoardRow b = ((Row) r).row();
            return b.entry().latest() == null ? "" : b.entry().latest().body().lines().findFirst().orElse("");
        });
        BoardCells cells = new BoardCells(this, i18n);
        columns.get(Column.TASK).setCellFactory(c -> cells.task());
        columns.get(Column.SOURCE).setCellFactory(c -> cells.source());
        columns.get(Column.LEAD).setCellFactory(c -> cells.lead());
        columns.get(Column.PARTNERS).setCellFactory(c -> cells.partners());
        columns.get(Column.DUE).setCellFactory(c -> cells.due());
        columns.get(Column.STATUS).setCellFactory(c -> cells.status());
        columns.get(Column.PROGRESS).setCellFactory(c -> cells.progress());
        for (Column editable : List.of(Column.LEAD, Column.PARTNERS, Column.DUE, Column.STATUS)) {
            columns.get(editable).setEditable(true);
        }
        table.setRowFactory(t -> new BoardRowCell());
        // the model sorts (group headers stay above their rows); the header click only says by what
        table.setSortPolicy(t -> {
            TableColumn<Item, ?> first = table.getSortOrder().isEmpty() ? null : table.getSortOrder().get(0);
            Column by = columns.entrySet().stream().filter(e -> e.getValue() == first).map(Map.Entry::getKey)
                    .findFirst().orElse(Column.NUMBER);
            boolean up = first == null || first.getSortType() == TableColumn.SortType.ASCENDING;
            if (by != model.sortColumn() || up != model.ascending()) {
                model.sortBy(by, up);
                applyView();
            }
            return true;
        });
        table.setContextMenu(contextMenu());
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && selectedRow().isPresent() && table.getEditingCell() == null) {
                openSource(selectedRow().get());
                e.consume();
            }
        });
        // column headers never cut: each column at least as wide as its header once the skin has measured it
        table.widthProperty().addListener((o, a, b) -> {
            // at once, not on the next pulse: a narrower table must not keep the room its status and dates had
            headerMins.forEach(TableColumn::setMinWidth);
            fitHeaders();
        });

        progress.setId(PROGRESS_ID);
        progress.setPrefWidth(160);
        cancel.setId(CANCEL_ID);
        cancel.setText(i18n.get("dialog.cancel"));
        cancel.setOnAction(e -> cancel());
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        busy(false);
        counts.setId(COUNTS_ID);
        counts.setMinWidth(Region.USE_PREF_SIZE);
        message.setId(MESSAGE_ID);
        message.getStyleClass().add("task-message");
        message.setWrapText(true);
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        FlowPane footer = new FlowPane(10, 4, counts, progress, cancel, message);
        footer.setAlignment(Pos.CENTER_LEFT);
        footer.setPadding(new Insets(4, 8, 4, 8));
        footer.getStyleClass().add("task-footer");
        message.maxWidthProperty().bind(footer.widthProperty().subtract(16));
        tablePane.setCenter(table);
        tablePane.setBottom(footer);
        tablePane.getStyleClass().add("task-board");
    }

    private boolean fitting;
    /** Each column's width for its header alone: what it falls back to when the table narrows. */
    private final Map<TableColumn<Item, Item>, Double> headerMins = new java.util.HashMap<>();

    private void fitHeaders() {
        if (fitting) {
            return;
        }
        fitting = true;
        Platform.runLater(() -> {
            fitting = false;
            for (Node n : table.lookupAll(".column-header .label")) {
                if (n instanceof Label l) {
                    javafx.scene.text.Text probe = new javafx.scene.text.Text(l.getText());
                    probe.setFont(l.getFont());
                    double need = Math.ceil(probe.getLayoutBounds().getWidth() + l.snappedLeftInset() + l.snappedRightInset()) + 8;
                    columns.values().stream().filter(c -> c.getText().equals(l.getText())).findFirst()
                            .ifPresent(c -> {
                                c.setMinWidth(need);
                                headerMins.put(c, need);
                            });
                    // a status and a due date are what the eye looks for: never cut (In progress, 2026-12-31)
                    List<String> samples = l.getText().equals(columns.get(Column.STATUS).getText())
                            ? java.util.Arrays.stream(TaskStatus.values()).map(this::statusLabel).toList()
                            : l.getText().equals(columns.get(Column.DUE).getText()) ? List.of("2026-12-31") : List.of();
                    double widest = 0;
                    for (String sample : samples) {
                        javafx.scene.text.Text t = new javafx.scene.text.Text(sample);
                        t.setFont(l.getFont());
                        widest = Math.max(widest, t.getLayoutBounds().getWidth());
                    }
                    if (widest > 0) {
                        TableColumn<Item, Item> c = l.getText().equals(columns.get(Column.STATUS).getText())
                                ? columns.get(Column.STATUS) : columns.get(Column.DUE);
                        double more = Math.ceil(widest) + 24 - c.getMinWidth();
                        double all = columns.values().stream().mapToDouble(TableColumn::getMinWidth).sum();
                        // only where the table has the room (a 1024 px screen has not: the cell shows its tooltip)
                        if (more > 0 && all + more <= table.getWidth() - 60) { // a scroll bar and the row marks too
                            c.setMinWidth(c.getMinWidth() + more);
                        }
                    }
                }
            }
        });
    }

    private void column(Column key, String textKey, double weight, Function<Item, String> plain) {
        TableColumn<Item, Item> c = new TableColumn<>(i18n.get(textKey));
        c.setId("task-col-" + key.name().toLowerCase(java.util.Locale.ROOT));
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        c.setPrefWidth(70 * weight);
        c.setEditable(false);
        if (plain != null) {
            c.setCellFactory(col -> new BoardCells.TextCell(plain));
        }
        columns.put(key, c);
        table.getColumns().add(c);
    }

    public TableColumn<Item, Item> column(Column key) {
        return columns.get(key);
    }

    String statusLabel(TaskStatus s) {
        return i18n.get("tasks.status." + s.id());
    }

    String partnersText(BoardRow r) {
        return String.join("、", r.partners().stream().map(Unit::name).toList());
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    List<Unit> unitList() {
        return units;
    }

    /** Rows the user has chosen: the selected ones (group headers left out). */
    public List<BoardRow> selectedRows() {
        List<BoardRow> out = new ArrayList<>();
        for (Item i : table.getSelectionModel().getSelectedItems()) {
            if (i instanceof Row r) {
                out.add(r.row());
            }
        }
        return out;
    }

    private List<Long> selectedIds() {
        return selectedRows().stream().map(BoardRow::id).toList();
    }

    private Optional<BoardRow> selectedRow() {
        return table.getSelectionModel().getSelectedItem() instanceof Row r ? Optional.of(r.row()) : Optional.empty();
    }

    /** Opens the reader at the task's text. */
    void openSource(BoardRow r) {
        host.openAt(r.task().speechId(), r.task().start(), r.task().end());
    }

    // ---- edits ------------------------------------------------------------------------------------

    /** One undoable step for the given tasks; the rows are read again. True when something changed. */
    public boolean edit(List<Long> ids, UnaryOperator<TaskState> change) {
        if (ids.isEmpty()) {
            return false;
        }
        try {
            Optional<?> done = board.edit(ids, change);
            if (done.isPresent()) {
                host.edited();
                load();
                return true;
            }
        } catch (TaskException e) {
            error(e.localized(i18n));
        } catch (UserFailure e) {
            error(e.localized(i18n));
        }
        return false;
    }

    /** Sets several rows' status at once (one step). */
    public boolean setStatus(List<BoardRow> rows, TaskStatus s) {
        return edit(ids(rows), st -> st.withStatus(s));
    }

    /** Sets several rows' lead unit at once (one step); null clears it. */
    public boolean setLead(List<BoardRow> rows, Unit unit) {
        Long id = unit == null ? null : unit.id();
        return edit(ids(rows), st -> st.withLead(id));
    }

    /** Confirms the suggested lead unit of each row that has one (one step per suggested unit). */
    public void confirmSuggestions(List<BoardRow> rows) {
        Map<Long, List<Long>> byUnit = new LinkedHashMap<>();
        for (BoardRow r : rows) {
            if (r.lead() == null && r.suggestedLead() != null) {
                byUnit.computeIfAbsent(r.suggestedLead().id(), k -> new ArrayList<>()).add(r.id());
            }
        }
        byUnit.forEach((unit, ids) -> edit(ids, st -> st.withLead(unit)));
    }

    /** A typed due date: a day sets it, blank returns to the date read from the text, a bad one changes nothing. */
    public boolean setDue(BoardRow row, String typed) {
        TaskBoardModel.DateInput in = TaskBoardModel.parseDate(typed);
        if (in.bad()) {
            badDate(typed);
            return false;
        }
        return edit(List.of(row.id()), st -> st.withDue(in.date()));
    }

    /** The rows shown (filtered, in the table's order), without group headers: what an export writes. */
    public List<BoardRow> shownRows() {
        return table.getItems().stream().filter(i -> i instanceof Row).map(i -> ((Row) i).row()).toList();
    }

    private void chooseExport(jingdu.app.tasks.TaskExports.Format f) {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(i18n.get("tasks.export.chooser"));
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(i18n.get(f.nameKey()),
                "*." + f.extension()));
        chooser.setInitialFileName(exports.defaultTitle(f) + "." + f.extension());
        java.io.File file = chooser.showSaveDialog(table.getScene() == null ? null : table.getScene().getWindow());
        if (file != null) {
            export(f, file.toPath());
        }
    }

    /**
     * Writes the shown rows as {@code f} into {@code out} off the FX thread (the save dialog asked before
     * replacing a file); the message line says where, or why not.
     */
    public CompletableFuture<java.nio.file.Path> export(jingdu.app.tasks.TaskExports.Format f, java.nio.file.Path out) {
        List<BoardRow> rows = shownRows();
        java.time.LocalDate today = java.time.LocalDate.now();
        boolean charts = withCharts.isSelected();
        export.setDisable(true);
        CompletableFuture<java.nio.file.Path> work = CompletableFuture.supplyAsync(() -> {
            try {
                return exports.write(rows, f, out, true, today, null, charts);
            } catch (jingdu.app.tasks.TaskException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, viewer);
        work.whenComplete((path, failure) -> javafx.application.Platform.runLater(() -> {
            export.setDisable(false);
            if (failure == null) {
                message.getStyleClass().remove(ERROR);
                message.setText(i18n.get("tasks.export.done", path.getFileName()));
                host.status(message.getText());
            } else {
                Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure;
                error(cause instanceof jingdu.i18n.LocalizedException le ? le.localized(i18n)
                        : i18n.get("tasks.export.failed", String.valueOf(cause.getMessage())));
            }
        }));
        return work;
    }

    void badDate(String typed) {
        error(i18n.get("tasks.error.badDate", typed));
    }

    void error(String text) {
        message.setText(text);
        if (!message.getStyleClass().contains(ERROR)) {
            message.getStyleClass().add(ERROR);
        }
        host.status(text);
    }

    public Label message() {
        return message;
    }

    private static List<Long> ids(List<BoardRow> rows) {
        return rows.stream().map(BoardRow::id).toList();
    }

    /** Adds a progress entry (undoable); the rows are read again. */
    public boolean addProgress(BoardRow row, String author, String body) {
        try {
            board.addProgress(row.id(), author, body, Instant.now());
            host.edited();
            load();
            return true;
        } catch (TaskException e) {
            error(e.localized(i18n));
        } catch (UserFailure e) {
            error(e.localized(i18n));
        }
        return false;
    }

    /** The progress dialog for a row: its history, newest first, and a new entry. */
    public ProgressDialog progressDialog(BoardRow row) {
        return new ProgressDialog(i18n, window(), row, board.progress(row.id()), (author, body) -> addProgress(row, author, body));
    }

    private Window window() {
        return table.getScene() == null ? null : table.getScene().getWindow();
    }

    private ContextMenu contextMenu() {
        ContextMenu menu = new ContextMenu();
        menu.setId("task-menu");
        MenuItem open = item("tasks.menu.open", () -> selectedRow().ifPresent(this::openSource));
        MenuItem lead = item("tasks.menu.lead", () -> chooseLead(selectedRows()));
        MenuItem confirm = item("tasks.menu.confirm", () -> confirmSuggestions(selectedRows()));
        MenuItem status = item("tasks.menu.status", () -> chooseStatus(selectedRows()));
        MenuItem progressItem = item("tasks.menu.progress", () -> selectedRow().ifPresent(r -> progressDialog(r).show()));
        menu.getItems().addAll(open, new SeparatorMenuItem(), lead, confirm, status, new SeparatorMenuItem(), progressItem);
        menu.setOnShowing(e -> {
            List<BoardRow> rows = selectedRows();
            open.setDisable(rows.size() != 1);
            progressItem.setDisable(rows.size() != 1);
            lead.setDisable(rows.isEmpty() || units.isEmpty());
            status.setDisable(rows.isEmpty());
            confirm.setDisable(rows.stream().noneMatch(r -> r.lead() == null && r.suggestedLead() != null));
        });
        return menu;
    }

    private MenuItem item(String key, Runnable action) {
        MenuItem m = new MenuItem(i18n.get(key));
        m.setMnemonicParsing(false);
        m.setOnAction(e -> action.run());
        return m;
    }

    private void chooseLead(List<BoardRow> rows) {
        List<Choice<Unit>> choices = new ArrayList<>();
        choices.add(new Choice<>(null, i18n.get("tasks.lead.none")));
        units.forEach(u -> choices.add(new Choice<>(u, u.name())));
        choose("tasks.menu.lead", rows.size(), choices).ifPresent(c -> setLead(rows, c.value()));
    }

    private void chooseStatus(List<BoardRow> rows) {
        List<Choice<TaskStatus>> choices = new ArrayList<>();
        for (TaskStatus s : TaskStatus.values()) {
            choices.add(new Choice<>(s, statusLabel(s)));
        }
        choose("tasks.menu.status", rows.size(), choices).ifPresent(c -> setStatus(rows, c.value()));
    }

    private <T> Optional<Choice<T>> choose(String titleKey, int n, List<Choice<T>> choices) {
        javafx.scene.control.ChoiceDialog<Choice<T>> d = new javafx.scene.control.ChoiceDialog<>(choices.get(0), choices);
        d.initOwner(window());
        d.setTitle(i18n.get(titleKey).replace("…", ""));
        d.setHeaderText(i18n.get("tasks.menu.forRows", n));
        d.setContentText(null);
        d.getDialogPane().getButtonTypes().setAll(
                new javafx.scene.control.ButtonType(i18n.get("dialog.ok"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE),
                new javafx.scene.control.ButtonType(i18n.get("dialog.cancel"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        d.setResultConverter(b -> b.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.OK_DONE ? d.getSelectedItem() : null);
        return d.showAndWait();
    }

    /** Marks a row overdue, due soon, gone from the text, or a group header. */
    private final class BoardRowCell extends TableRow<Item> {
        @Override
        protected void updateItem(Item item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll(OVERDUE, SOON, GONE, GROUP_ROW);
            if (empty || item == null) {
                return;
            }
            if (item instanceof TaskBoardModel.Header) {
                getStyleClass().add(GROUP_ROW);
            } else if (item instanceof Row r) {
                BoardRow b = r.row();
                if (b.mark() == BoardRow.DueMark.OVERDUE) {
                    getStyleClass().add(OVERDUE);
                } else if (b.mark() == BoardRow.DueMark.SOON) {
                    getStyleClass().add(SOON);
                }
                if (!b.task().inText()) {
                    getStyleClass().add(GONE);
                }
            }
        }
    }

    /** Stops the board's threads (the window closes). */
    public void close() {
        cancelled.set(true);
        loader.shutdownNow();
        viewer.shutdownNow();
    }
}
