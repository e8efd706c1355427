package jingdu.ui.stats;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import jingdu.app.Failures;
import jingdu.app.library.Catalog;
import jingdu.app.stats.StatsService;
import jingdu.app.tasks.BoardRow;
import jingdu.app.tasks.TaskException;
import jingdu.i18n.I18n;
import jingdu.model.StatChart;
import jingdu.model.TaskScope;
import jingdu.ui.tasks.TaskBoardView;
import jingdu.ui.tasks.TaskBoardView.Choice;

/**
 * The 统计 view: on the left, the scope (as the task board's), the list of tasks behind the chosen bar or cell
 * (double-click or Enter opens the reader there) and the export menu; in the main area, the six charts of
 * {@link StatsService} two abreast, scrolling when the window is short. Reading and drawing run off the FX thread.
 */
public final class StatsView {

    public static final String SIDE_ID = "stats-side";
    public static final String SCOPE_ID = "stats-scope";
    public static final String LIST_ID = "stats-list";
    public static final String CAPTION_ID = "stats-caption";
    public static final String EXPORT_ID = "stats-export";
    public static final String CHARTS_ID = "stats-charts";
    public static final String ERROR = "task-error";

    /** What the view asks of the window. */
    public interface Host {
        /** Shows the reader at the task's text. */
        void openAt(long speechId, int start, int end);

        /** The open speech (-1 when none): the scope "current speech". */
        long currentSpeech();

        /** A line for the window's status bar. */
        void status(String text);
    }

    private final StatsService stats;
    private final Catalog catalog;
    private final I18n i18n;
    private final TaskBoardView.Refresher refresher;
    private final Host host;
    private final ExecutorService loader = Executors.newSingleThreadExecutor(r -> daemon(r, "jingdu-stats"));
    private final ExecutorService drawer = Executors.newSingleThreadExecutor(r -> daemon(r, "jingdu-stats-draw"));

    private final ComboBox<Choice<TaskScope>> scope = new ComboBox<>();
    private final Button refresh = new Button();
    private final MenuButton export = new MenuButton();
    private final ProgressBar progress = new ProgressBar();
    private final Label summary = new Label();
    private final Label caption = new Label();
    private final ListView<BoardRow> list = new ListView<>();
    private final Map<String, ChartPane> panes = new LinkedHashMap<>();
    private final VBox side;
    private final ScrollPane charts;
    private StatsService.Snapshot snapshot;
    private CompletableFuture<Void> lastLoad = CompletableFuture.completedFuture(null);
    private AtomicBoolean cancelled = new AtomicBoolean();
    private long generation;
    private boolean filling;

    public StatsView(StatsService stats, Catalog catalog, I18n i18n, TaskBoardView.Refresher refresher, Host host) {
        this.stats = stats;
        this.catalog = catalog;
        this.i18n = i18n;
        this.refresher = refresher;
        this.host = host;
        this.side = buildSide();
        this.charts = buildCharts();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** The left side's tab: scope, list, export. */
    public Node side() {
        return side;
    }

    /** The charts: the window's main area while the view is shown. */
    public Node charts() {
        return charts;
    }

    public ListView<BoardRow> listView() {
        return list;
    }

    public ChartPane pane(String chartId) {
        return panes.get(chartId);
    }

    public StatsService.Snapshot snapshot() {
        return snapshot;
    }

    public Label caption() {
        return caption;
    }

    /** Completes when the newest load is read and every chart drawn. */
    public CompletableFuture<Void> loaded() {
        return lastLoad.thenCompose(x -> CompletableFuture.allOf(panes.values().stream().map(ChartPane::drawn)
                .toArray(CompletableFuture[]::new)));
    }

    private VBox buildSide() {
        scope.setId(SCOPE_ID);
        scope.setMaxWidth(Double.MAX_VALUE);
        scope.valueProperty().addListener((o, a, b) -> {
            if (!filling && b != null) {
                load();
            }
        });
        refresh.setText(i18n.get("stats.refresh"));
        refresh.setOnAction(e -> load());
        refresh.setMinWidth(Region.USE_PREF_SIZE);
        export.setId(EXPORT_ID);
        export.setText(i18n.get("stats.export.menu"));
        export.setMinWidth(Region.USE_PREF_SIZE);
        export.setOnShowing(e -> exportItems());
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setVisible(false);
        progress.setManaged(false);
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        caption.setId(CAPTION_ID);
        caption.setWrapText(true);
        caption.setMinHeight(Region.USE_PREF_SIZE);
        caption.setText(i18n.get("stats.list.hint"));
        caption.getStyleClass().add("stats-caption");
        list.setId(LIST_ID);
        list.setCellFactory(v -> new ListCell<>() {
            private final Label task = new Label();
            private final Label source = new Label();
            private final VBox box = new VBox(2, task, source);

            {
                task.setWrapText(true);
                source.getStyleClass().add("stats-source");
                source.setWrapText(true);
                source.setMinHeight(Region.USE_PREF_SIZE);
                // wrap to the list's width instead of widening it
                task.maxWidthProperty().bind(list.widthProperty().subtract(30));
                source.maxWidthProperty().bind(list.widthProperty().subtract(30));
                task.setMinHeight(Region.USE_PREF_SIZE);
            }

            @Override
            protected void updateItem(BoardRow r, boolean empty) {
                super.updateItem(r, empty);
                if (empty || r == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                task.setText(r.firstClause());
                source.setText(i18n.get("stats.list.item", r.entry().speechTitle(), r.task().paragraph() + 1,
                        i18n.get("tasks.status." + r.task().state().status().id())));
                setText(null);
                setGraphic(box);
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openSelected();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
                e.consume();
            }
        });
        javafx.scene.layout.HBox buttons = new javafx.scene.layout.HBox(6, refresh, export);
        Label scopeCaption = new Label(i18n.get("stats.scope"));
        scopeCaption.getStyleClass().add("caption");
        VBox box = new VBox(6, scopeCaption, scope, buttons, progress, summary, caption, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setId(SIDE_ID);
        box.setPadding(new Insets(6));
        return box;
    }

    private ScrollPane buildCharts() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(8));
        grid.getStyleClass().add("stats-grid");
        for (int i = 0; i < 2; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(50);
            c.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(c);
        }
        String[] ids = {StatsService.SECTORS, StatsService.STATUS, StatsService.SECTOR_YEARS, StatsService.LEVELS,
            StatsService.BEARERS, StatsService.MOVES};
        for (int i = 0; i < ids.length; i++) {
            String id = ids[i];
            ChartPane pane = new ChartPane(stats, i18n, drawer, p -> pointChosen(id, p), this::chooseExport);
            pane.setMinHeight(300);
            pane.setMinWidth(200);
            panes.put(id, pane);
            grid.add(pane, i % 2, i / 2);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setId(CHARTS_ID);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.viewportBoundsProperty().addListener((o, a, b) -> sizePanes(b.getHeight()));
        return scroll;
    }

    /**
     * Two rows fill the visible height (the rest scrolls); a chart with many bars or rows (17 sectors) is as tall as
     * they need to be read one by one, never squeezed until labels overlap.
     */
    private void sizePanes(double viewport) {
        double row = Math.max(300, (viewport - 3 * 8) / 2);
        panes.values().forEach(p -> p.setPrefHeight(Math.max(row, needed(p.chart()))));
    }

    /** The height at which every label of the chart has its own line. */
    static double needed(StatChart c) {
        if (c == null) {
            return 0;
        }
        return switch (c.kind()) {
            case BAR, STACKED_BAR -> 100 + 22 * c.categories().size() + (c.series().size() > 1 ? 30 : 0);
            case HEAT -> 90 + 22 * c.series().size();
            case COLUMNS -> 300;
        };
    }

    // ---- scope and loading ------------------------------------------------------------------------

    /** The view is now in the window: fresh scope choices, and its charts (the tasks brought up to date first). */
    public void shown() {
        scopes();
        load();
    }

    /** The reader came back: a running refresh stops between speeches. */
    public void hidden() {
        cancelled.set(true);
    }

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

    /** Chooses a scope (for the window and tests), then loads. */
    public void chooseScope(TaskScope s) {
        scope.getItems().stream().filter(c -> c.value().equals(s)).findFirst().ifPresent(scope::setValue);
    }

    private TaskScope resolved() {
        TaskScope s = scope.getValue() == null ? TaskScope.all() : scope.getValue().value();
        return s.kind() == TaskScope.Kind.SPEECH ? TaskScope.speech(host.currentSpeech()) : s;
    }

    /** Brings the scope's tasks up to date, counts and draws, off the FX thread. */
    public CompletableFuture<Void> load() {
        long mine = ++generation;
        cancelled.set(true);
        AtomicBoolean stop = new AtomicBoolean();
        cancelled = stop;
        TaskScope s = resolved();
        progress.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        progress.setVisible(true);
        progress.setManaged(true);
        refresh.setDisable(true);
        summary.setText(i18n.get("stats.loading"));
        summary.getStyleClass().remove(ERROR);
        lastLoad = CompletableFuture.supplyAsync(() -> {
            refresher.refresh(s, (d, n) -> { }, stop::get);
            return stats.load(s, LocalDate.now());
        }, loader).thenAcceptAsync(snap -> {
            if (mine != generation) {
                return;
            }
            busyOff();
            show(snap);
        }, Platform::runLater).exceptionally(failure -> {
            Platform.runLater(() -> {
                if (mine == generation) {
                    busyOff();
                    summary.setText(i18n.get("stats.loadFailed", Failures.describe(failure, i18n)));
                    summary.getStyleClass().add(ERROR);
                }
            });
            return null;
        });
        return lastLoad;
    }

    private void busyOff() {
        progress.setVisible(false);
        progress.setManaged(false);
        refresh.setDisable(false);
    }

    /** Shows a scope's charts; the list empties until a point is chosen. */
    public void show(StatsService.Snapshot snap) {
        snapshot = snap;
        long excluded = snap.rows().values().stream()
                .filter(r -> r.task().state().status() == jingdu.model.TaskStatus.EXCLUDED).count();
        summary.setText(i18n.get("stats.summary", snap.rows().size(), excluded));
        list.getItems().clear();
        caption.setText(i18n.get("stats.list.hint"));
        for (StatChart c : snap.charts()) {
            ChartPane p = panes.get(c.id());
            if (p != null) {
                p.show(c);
            }
        }
        sizePanes(charts.getViewportBounds().getHeight());
    }

    private void pointChosen(String chartId, int point) {
        if (snapshot == null) {
            return;
        }
        StatChart c = snapshot.chart(chartId);
        StatChart.Point p = c.points().get(point);
        String where = c.series().size() > 1 ? c.series().get(p.series()) + " · " + c.categories().get(p.category())
                : c.categories().get(p.category());
        caption.setText(i18n.get("stats.list.caption", c.title(), where, p.value()));
        list.getItems().setAll(snapshot.rowsOf(p));
        if (!list.getItems().isEmpty()) {
            list.getSelectionModel().selectFirst();
        }
        host.status(caption.getText());
    }

    /** Opens the reader at the chosen task's text. */
    public void openSelected() {
        BoardRow r = list.getSelectionModel().getSelectedItem();
        if (r != null) {
            host.openAt(r.task().speechId(), r.task().start(), r.task().end());
        }
    }

    // ---- exports ----------------------------------------------------------------------------------

    private void exportItems() {
        export.getItems().clear();
        if (snapshot == null) {
            return;
        }
        for (StatChart c : snapshot.charts()) {
            for (StatsService.Format f : StatsService.Format.values()) {
                MenuItem item = new MenuItem(i18n.get(f == StatsService.Format.PNG ? "stats.export.png" : "stats.export.svg",
                        c.title()));
                item.setOnAction(e -> chooseExport(c, f));
                export.getItems().add(item);
            }
        }
    }

    private void chooseExport(StatChart c, StatsService.Format f) {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(i18n.get("stats.export.menu"));
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(f.name(), "*." + f.extension()));
        chooser.setInitialFileName(stats.fileName(c, f));
        java.io.File file = chooser.showSaveDialog(side.getScene() == null ? null : side.getScene().getWindow());
        if (file != null) {
            export(c, f, file.toPath());
        }
    }

    /** Writes the chart off the FX thread (the save dialog asked before replacing); the status says where, or why not. */
    public CompletableFuture<Path> export(StatChart c, StatsService.Format f, Path out) {
        CompletableFuture<Path> work = CompletableFuture.supplyAsync(() -> {
            try {
                return stats.export(c, f, out, true);
            } catch (TaskException e) {
                throw new CompletionException(e);
            }
        }, loader);
        work.whenComplete((path, failure) -> Platform.runLater(() -> {
            if (failure == null) {
                summary.getStyleClass().remove(ERROR);
                host.status(i18n.get("stats.export.done", path.getFileName()));
            } else {
                Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure;
                String text = cause instanceof jingdu.i18n.LocalizedException le ? le.localized(i18n)
                        : i18n.get("stats.export.failed", String.valueOf(cause.getMessage()));
                summary.setText(text);
                summary.getStyleClass().add(ERROR);
                host.status(text);
            }
        }));
        return work;
    }
}
