package jingdu.ui.compare;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongFunction;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
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
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.FileChooser;
import jingdu.app.Failures;
import jingdu.app.Titles;
import jingdu.app.compare.Comparer;
import jingdu.app.compare.ComparisonExports;
import jingdu.app.compare.ComparisonWords;
import jingdu.app.compare.NewWording;
import jingdu.i18n.I18n;
import jingdu.i18n.LocalizedException;
import jingdu.model.AlignedObligation;
import jingdu.model.ComparedObligation;
import jingdu.model.Comparison;
import jingdu.model.LibraryEntry;
import jingdu.model.NewPhrase;
import jingdu.model.SectorCatalog;
import jingdu.model.Speech;
import jingdu.model.TaskChange;
import jingdu.model.WordingPiece;
import jingdu.ui.reader.Labels;
import jingdu.ui.reader.ReaderArea;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.fxmisc.richtext.model.TwoDimensional.Bias;

/**
 * 讲话对比: choose the earlier side (a speech, or a collection) and the newer speech, compare them off the FX thread,
 * and read the two texts side by side with every task coloured by its status (新增 / 延续 / 未再提及). Below, the
 * aligned rows; clicking a task in either text or a row selects it and brings its partner into view in the other
 * text. Filters by status and sector; the selected pair's wording difference and strength change; the new wordings
 * (新提法), each jumping to its place in the newer text; export of the rows shown (xlsx, docx). State lives in
 * {@link CompareModel}.
 */
public final class CompareView {

    public static final String ROOT_ID = "compare-view";
    public static final String OLDER_CHOICE_ID = "compare-older";
    public static final String NEWER_CHOICE_ID = "compare-newer";
    public static final String RUN_ID = "compare-run";
    public static final String PROGRESS_ID = "compare-progress";
    public static final String MESSAGE_ID = "compare-message";
    public static final String STATUS_FILTER_ID = "compare-filter-status";
    public static final String SECTOR_FILTER_ID = "compare-filter-sector";
    public static final String COUNTS_ID = "compare-counts";
    public static final String OLDER_TEXT_ID = "compare-older-text";
    public static final String NEWER_TEXT_ID = "compare-newer-text";
    public static final String OLDER_TITLE_ID = "compare-older-title";
    public static final String NEWER_TITLE_ID = "compare-newer-title";
    public static final String TABLE_ID = "compare-table";
    public static final String DIFF_ID = "compare-diff";
    public static final String PHRASES_ID = "compare-phrases";
    public static final String EXPORT_ID = "compare-export";
    public static final String ERROR = "compare-error";

    /** What the view asks of the window. */
    public interface Host {
        /** The speech open in the reader (-1 when none): the default newer speech. */
        long currentSpeech();

        /** A line for the window's status bar. */
        void status(String text);
    }

    /** A choice of the earlier side: a speech (collection null) or a collection (speech -1). */
    public record Older(long speechId, String collection, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** A choice of the newer speech. */
    public record Newer(long speechId, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** A filter choice: its value (null: any) and what the user reads. */
    public record Choice<T>(T value, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final Comparer comparer;
    private final NewWording newWording;
    private final ComparisonExports exports;
    private final ComparisonWords words;
    private final jingdu.app.library.Catalog catalog;
    private final LongFunction<Optional<Speech>> speeches;
    /** The texts of the comparison shown, read with it off the FX thread. */
    private Map<Long, String> shownTexts = Map.of();
    private final SectorCatalog sectors;
    private final I18n i18n;
    private final Host host;
    private final CompareModel model = new CompareModel();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "jingdu-compare");
        t.setDaemon(true);
        return t;
    });

    private final BorderPane root = new BorderPane();
    private final ComboBox<Older> older = new ComboBox<>();
    private final ComboBox<Newer> newer = new ComboBox<>();
    private final Button run = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Label message = new Label();
    private final ComboBox<Choice<TaskChange>> statusFilter = new ComboBox<>();
    private final ComboBox<Choice<String>> sectorFilter = new ComboBox<>();
    private final Label counts = new Label();
    private final MenuButton export = new MenuButton();
    private final ReaderArea olderText = new ReaderArea();
    private final ReaderArea newerText = new ReaderArea();
    private final Label olderTitle = new Label();
    private final Label newerTitle = new Label();
    private final TableView<AlignedObligation> table = new TableView<>();
    private final TextFlow diff = new TextFlow();
    private final ListView<NewPhrase> phraseList = new ListView<>();
    private final SplitPane texts = new SplitPane();
    private final SplitPane lower = new SplitPane();
    private final SplitPane body = new SplitPane();

    private long generation;
    private long olderLoaded = -1;
    private long newerLoaded = -1;
    private boolean syncing;
    private CompletableFuture<Void> last = CompletableFuture.completedFuture(null);

    public CompareView(Comparer comparer, NewWording newWording, ComparisonExports exports,
                       jingdu.app.library.Catalog catalog, LongFunction<Optional<Speech>> speeches, SectorCatalog sectors,
                       I18n i18n, Host host) {
        this.comparer = comparer;
        this.newWording = newWording;
        this.exports = exports;
        this.words = exports.words();
        this.catalog = catalog;
        this.speeches = speeches;
        this.sectors = sectors;
        this.i18n = i18n;
        this.host = host;
        build();
        model.shown().addListener((javafx.collections.ListChangeListener<AlignedObligation>) c -> {
            showRows();
            restyle();
            showCounts();
        });
        model.selectedProperty().addListener((o, a, b) -> selected(b));
        model.olderShownProperty().addListener((o, a, b) -> loadOlder(b.longValue()));
        model.phrases().addListener((javafx.collections.ListChangeListener<NewPhrase>) c -> phraseList.getItems()
                .setAll(model.phrases()));
    }

    public Node root() {
        return root;
    }

    public CompareModel model() {
        return model;
    }

    public TableView<AlignedObligation> table() {
        return table;
    }

    public ReaderArea olderText() {
        return olderText;
    }

    public ReaderArea newerText() {
        return newerText;
    }

    public Label message() {
        return message;
    }

    public ListView<NewPhrase> phraseList() {
        return phraseList;
    }

    public TextFlow diff() {
        return diff;
    }

    public ComboBox<Choice<TaskChange>> statusFilter() {
        return statusFilter;
    }

    public ComboBox<Choice<String>> sectorFilter() {
        return sectorFilter;
    }

    /** Completes when the newest comparison is shown (or has failed). */
    public CompletableFuture<Void> loaded() {
        return last;
    }

    // ---- layout ---------------------------------------------------------------------------------------------

    private void build() {
        root.setId(ROOT_ID);
        root.getStyleClass().add("compare-view");
        older.setId(OLDER_CHOICE_ID);
        newer.setId(NEWER_CHOICE_ID);
        older.setPrefWidth(400);
        newer.setPrefWidth(400);
        older.setMinWidth(120);
        newer.setMinWidth(120);
        run.setId(RUN_ID);
        run.setText(i18n.get("compare.run"));
        run.setDefaultButton(true);
        run.setMinWidth(Region.USE_PREF_SIZE);
        run.setOnAction(e -> compare());
        progress.setId(PROGRESS_ID);
        progress.setPrefWidth(90);
        progress.setVisible(false);
        progress.setManaged(false);
        message.setId(MESSAGE_ID);
        message.getStyleClass().add("compare-message");
        message.setMinWidth(0);
        export.setId(EXPORT_ID);
        export.setText(i18n.get("compare.export.button"));
        export.setMinWidth(Region.USE_PREF_SIZE);
        export.setDisable(true);
        for (ComparisonExports.Format f : ComparisonExports.Format.values()) {
            MenuItem item = new MenuItem(i18n.get(f.nameKey()));
            item.setId(EXPORT_ID + "-" + f.id());
            item.setOnAction(e -> chooseExport(f));
            export.getItems().add(item);
        }
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox.setHgrow(message, Priority.SOMETIMES);
        HBox choose = new HBox(6, caption("compare.older"), older, caption("compare.newer"), newer, run, progress, message,
                spring, export);
        choose.getStyleClass().add("compare-bar");

        statusFilter.setId(STATUS_FILTER_ID);
        statusFilter.getItems().add(new Choice<>(null, i18n.get("compare.filter.anyStatus")));
        for (TaskChange c : TaskChange.values()) {
            statusFilter.getItems().add(new Choice<>(c, words.status(c)));
        }
        statusFilter.getSelectionModel().selectFirst();
        statusFilter.valueProperty().addListener((o, a, b) -> model.statusFilterProperty().set(b == null ? null : b.value()));
        sectorFilter.setId(SECTOR_FILTER_ID);
        sectorFilter.setPrefWidth(170);
        sectorChoices();
        sectorFilter.valueProperty().addListener((o, a, b) -> {
            if (!syncing) {
                model.sectorFilterProperty().set(b == null ? null : b.value());
            }
        });
        counts.setId(COUNTS_ID);
        counts.getStyleClass().add("compare-counts");
        counts.setMinWidth(0);
        HBox filters = new HBox(6, statusFilter, sectorFilter, counts);
        filters.getStyleClass().add("compare-bar");
        filters.setPadding(new Insets(0, 8, 6, 8));

        texts.getItems().setAll(textPane(olderTitle, olderText, OLDER_TITLE_ID, OLDER_TEXT_ID),
                textPane(newerTitle, newerText, NEWER_TITLE_ID, NEWER_TEXT_ID));
        olderText.setOnMouseClicked(e -> {
            if (e.isStillSincePress()) {
                clicked(CompareModel.Side.OLDER, olderText.getCaretPosition());
            }
        });
        newerText.setOnMouseClicked(e -> {
            if (e.isStillSincePress()) {
                clicked(CompareModel.Side.NEWER, newerText.getCaretPosition());
            }
        });

        buildTable();
        diff.setId(DIFF_ID);
        diff.getStyleClass().add("compare-diff");
        ScrollPane diffScroll = new ScrollPane(diff);
        diffScroll.setFitToWidth(true);
        diffScroll.setMinHeight(120);
        diffScroll.setPrefHeight(160);
        phraseList.setId(PHRASES_ID);
        phraseList.setPlaceholder(new Label(i18n.get("compare.phrases.none")));
        phraseList.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(NewPhrase p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : i18n.get("compare.phrase.item", p.phrase(), p.count()));
                setTooltip(empty || p == null || p.sentence() == null ? null : tip(p.sentence()));
            }
        });
        phraseList.getSelectionModel().selectedItemProperty().addListener((o, a, p) -> {
            if (p != null) {
                jump(newerText, p.start(), p.end());
            }
        });
        phraseList.setOnMouseClicked(e -> { // the same wording again: back to it after scrolling away
            NewPhrase p = phraseList.getSelectionModel().getSelectedItem();
            if (p != null && e.isStillSincePress()) {
                jump(newerText, p.start(), p.end());
            }
        });
        VBox side = new VBox(caption("compare.diff"), diffScroll, caption("compare.phrases"), phraseList);
        VBox.setVgrow(phraseList, Priority.ALWAYS);
        VBox.setVgrow(diffScroll, Priority.SOMETIMES);
        phraseList.setMinHeight(80);
        side.setMinWidth(200);
        lower.getItems().setAll(table, side);
        lower.setDividerPositions(0.68);
        body.setOrientation(Orientation.VERTICAL);
        body.getItems().setAll(texts, lower);
        body.setDividerPositions(0.56);
        root.setTop(new VBox(choose, filters));
        root.setCenter(body);
        note(i18n.get("compare.diff.none"));
        message.setText(i18n.get("compare.choose"));
    }

    private Node textPane(Label title, ReaderArea area, String titleId, String areaId) {
        title.setId(titleId);
        title.getStyleClass().add("compare-pane-title");
        title.setMinWidth(0);
        area.setId(areaId);
        area.getStyleClass().addAll("reader-area", "compare-area");
        area.setEditable(false);
        area.setWrapText(true);
        BorderPane pane = new BorderPane(new VirtualizedScrollPane<>(area));
        pane.setTop(title);
        pane.setMinWidth(150);
        return pane;
    }

    private Label caption(String key) {
        Label l = new Label(i18n.get(key));
        l.getStyleClass().add("pane-header");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private void buildTable() {
        table.setId(TABLE_ID);
        table.setPlaceholder(new Label(i18n.get("compare.choose")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        // the words of a status and of a strength change are short in Chinese, about twice as long in English
        boolean chinese = "zh".equals(i18n.locale().getLanguage());
        TableColumn<AlignedObligation, AlignedObligation> status = column("compare.export.col.status", chinese ? 90 : 150);
        status.setMinWidth(chinese ? 80 : 145);
        status.setCellFactory(c -> new TableCell<>() {
            private final Label chip = new Label();

            @Override
            protected void updateItem(AlignedObligation r, boolean empty) {
                super.updateItem(r, empty);
                if (empty || r == null) {
                    setGraphic(null);
                    return;
                }
                chip.setText(words.status(r.change()));
                chip.getStyleClass().setAll("label", "compare-chip", "compare-" + ComparisonWords.key(r.change()));
                setGraphic(chip);
            }
        });
        TableColumn<AlignedObligation, AlignedObligation> olderCol = column("compare.export.col.older", 280);
        olderCol.setCellFactory(c -> textCell(r -> r.older() == null ? "" : r.older().text()));
        TableColumn<AlignedObligation, AlignedObligation> newerCol = column("compare.export.col.newer", 280);
        newerCol.setCellFactory(c -> textCell(r -> r.newer() == null ? "" : r.newer().text()));
        TableColumn<AlignedObligation, AlignedObligation> strength = column("compare.export.col.strength", chinese ? 100 : 190);
        strength.setMinWidth(chinese ? 90 : 185);
        strength.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(AlignedObligation r, boolean empty) {
                super.updateItem(r, empty);
                getStyleClass().removeAll("compare-up", "compare-down");
                setText(empty || r == null ? null : words.strengthChange(r));
                if (!empty && r != null && (r.strengthened() || r.weakened())) {
                    getStyleClass().add(r.strengthened() ? "compare-up" : "compare-down");
                }
            }
        });
        TableColumn<AlignedObligation, AlignedObligation> sector = column("compare.export.col.sector", 110);
        sector.setCellFactory(c -> textCell(words::sectors));
        table.getColumns().setAll(List.of(status, olderCol, newerCol, strength, sector));
        table.setRowFactory(t -> {
            TableRow<AlignedObligation> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (!row.isEmpty()) {
                    model.select(row.getItem());
                }
            });
            return row;
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!syncing && b != null) {
                model.select(b);
            }
        });
    }

    private static TableColumn<AlignedObligation, AlignedObligation> column(String key, double width, I18n i18n) {
        TableColumn<AlignedObligation, AlignedObligation> c = new TableColumn<>(i18n.get(key));
        c.setCellValueFactory(v -> new javafx.beans.property.ReadOnlyObjectWrapper<>(v.getValue()));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    private TableColumn<AlignedObligation, AlignedObligation> column(String key, double width) {
        return column(key, width, i18n);
    }

    private static TableCell<AlignedObligation, AlignedObligation> textCell(
            java.util.function.Function<AlignedObligation, String> text) {
        return new TableCell<>() {
            @Override
            protected void updateItem(AlignedObligation r, boolean empty) {
                super.updateItem(r, empty);
                String t = empty || r == null ? null : text.apply(r);
                setText(t);
                setTooltip(t == null || t.isEmpty() ? null : tip(t)); // the whole task
            }
        };
    }

    /** A hover text wrapped at a readable width. */
    private static javafx.scene.control.Tooltip tip(String text) {
        javafx.scene.control.Tooltip t = new javafx.scene.control.Tooltip(text);
        t.setWrapText(true);
        t.setMaxWidth(480);
        return t;
    }

    // ---- choices --------------------------------------------------------------------------------------------

    /** The speeches and collections as they are now; the newer defaults to the open speech, the older to the one before it. */
    public void refreshChoices() {
        List<LibraryEntry> entries = catalog.list(jingdu.model.LibraryFilter.ALL);
        Older chosenOlder = older.getValue();
        Newer chosenNewer = newer.getValue();
        List<Older> olderChoices = new ArrayList<>();
        List<Newer> newerChoices = new ArrayList<>();
        for (LibraryEntry e : entries) {
            String label = label(e);
            olderChoices.add(new Older(e.id(), null, label));
            newerChoices.add(new Newer(e.id(), label));
        }
        for (jingdu.model.Collection c : catalog.collections()) {
            olderChoices.add(new Older(-1, c.name(), i18n.get("compare.older.collection", c.name())));
        }
        older.getItems().setAll(olderChoices);
        newer.getItems().setAll(newerChoices);
        long current = host.currentSpeech();
        Newer n = newerChoices.stream().filter(c -> chosenNewer != null && c.speechId() == chosenNewer.speechId()).findFirst()
                .or(() -> newerChoices.stream().filter(c -> c.speechId() == current).findFirst())
                .orElse(newerChoices.isEmpty() ? null : newerChoices.get(0));
        newer.setValue(n);
        Older o = olderChoices.stream().filter(c -> chosenOlder != null && c.equals(chosenOlder)).findFirst()
                .orElseGet(() -> defaultOlder(entries, n, olderChoices));
        older.setValue(o);
    }

    /** The speech dated (else imported) just before the newer one; failing that, any other speech. */
    private static Older defaultOlder(List<LibraryEntry> entries, Newer newer, List<Older> choices) {
        if (newer == null) {
            return null;
        }
        LibraryEntry n = entries.stream().filter(e -> e.id() == newer.speechId()).findFirst().orElse(null);
        LibraryEntry best = null;
        for (LibraryEntry e : entries) {
            if (e.id() == newer.speechId() || n == null) {
                continue;
            }
            if (sortKey(e).compareTo(sortKey(n)) < 0 && (best == null || sortKey(e).compareTo(sortKey(best)) > 0)) {
                best = e;
            }
        }
        if (best == null) {
            best = entries.stream().filter(e -> e.id() != newer.speechId()).findFirst().orElse(null);
        }
        long id = best == null ? -1 : best.id();
        return choices.stream().filter(c -> c.collection() == null && c.speechId() == id).findFirst().orElse(null);
    }

    private static String sortKey(LibraryEntry e) {
        String date = e.meta() == null ? null : e.meta().date();
        return (date == null || date.isBlank() ? "9999" : date) + "|" + e.summary().importedAt();
    }

    private String label(LibraryEntry e) {
        String date = e.meta() == null ? null : e.meta().date();
        return date == null || date.isBlank() ? e.summary().title() : i18n.get("compare.choice.dated", e.summary().title(), date);
    }

    /** Chooses the two sides (for the window and tests). */
    public void choose(long olderSpeechId, String collection, long newerSpeechId) {
        older.getItems().stream().filter(c -> collection != null ? collection.equals(c.collection())
                : c.collection() == null && c.speechId() == olderSpeechId).findFirst().ifPresent(older::setValue);
        newer.getItems().stream().filter(c -> c.speechId() == newerSpeechId).findFirst().ifPresent(newer::setValue);
    }

    private void sectorChoices() {
        Choice<String> chosen = sectorFilter.getValue();
        syncing = true;
        try {
            List<Choice<String>> choices = new ArrayList<>();
            choices.add(new Choice<>(null, i18n.get("compare.filter.anySector")));
            for (String id : model.sectors()) {
                choices.add(new Choice<>(id, Labels.sector(sectors, i18n, id)));
            }
            sectorFilter.getItems().setAll(choices);
            sectorFilter.setValue(choices.stream().filter(c -> chosen != null && java.util.Objects.equals(c.value(),
                    chosen.value())).findFirst().orElse(choices.get(0)));
        } finally {
            syncing = false;
        }
        model.sectorFilterProperty().set(sectorFilter.getValue().value());
    }

    // ---- comparing ------------------------------------------------------------------------------------------

    /** Compares the chosen sides off the FX thread, then shows the result; a failure is said in the message line. */
    public CompletableFuture<Void> compare() {
        Older o = older.getValue();
        Newer n = newer.getValue();
        if (o == null || n == null) {
            error(i18n.get("compare.choose"));
            return CompletableFuture.completedFuture(null);
        }
        long mine = ++generation;
        busy(true);
        message.getStyleClass().remove(ERROR);
        message.setText(i18n.get("compare.running"));
        CompletableFuture<Void> work = CompletableFuture.supplyAsync(() -> {
            try {
                // the first time, the speeches' tasks are made: the bar counts them
                jingdu.app.tasks.TaskBoard.Progress made = (done, total) -> Platform.runLater(() -> {
                    if (mine == generation && total > 0) {
                        progress.setProgress(done / (double) total);
                        message.setText(i18n.get("tasks.refreshing", done, total));
                    }
                });
                Comparison c = o.collection() != null ? comparer.compareWithCollection(o.collection(), n.speechId(), made)
                        : comparer.compare(o.speechId(), n.speechId(), made);
                List<NewPhrase> phrases = newWording.find(n.speechId(), jingdu.app.compare.NewWording.LISTED);
                // the texts and titles shown are read here, not on the FX thread (a collection's may be many)
                words.forgetTitles(); // a speech may have been renamed since the last comparison
                Map<Long, String> texts = new HashMap<>();
                List<Long> ids = new ArrayList<>(c.olderSpeechIds());
                ids.add(c.newerSpeechId());
                for (long id : ids) {
                    texts.put(id, speeches.apply(id).map(Speech::text).orElse(""));
                    words.title(id);
                }
                return new Result(c, phrases, texts);
            } catch (LocalizedException e) {
                throw new CompletionException(e);
            }
        }, worker).thenAcceptAsync(r -> {
            if (mine == generation) {
                busy(false);
                message.setText("");
                shownTexts = r.texts();
                show(r.comparison(), r.phrases());
            }
        }, Platform::runLater).exceptionally(failure -> {
            Platform.runLater(() -> {
                if (mine == generation) {
                    busy(false);
                    error(i18n.get("compare.failed", Failures.describe(failure, i18n)));
                }
            });
            return null;
        });
        last = work;
        return work;
    }

    private record Result(Comparison comparison, List<NewPhrase> phrases, Map<Long, String> texts) {
    }

    private void busy(boolean on) {
        progress.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        progress.setVisible(on);
        progress.setManaged(on);
        run.setDisable(on);
    }

    /** Shows a comparison now (the FX thread): both texts, the rows, the new wordings. */
    public void show(Comparison c, List<NewPhrase> phrases) {
        olderLoaded = -1;
        newerLoaded = -1;
        model.setResult(c, phrases);
        sectorChoices();
        loadNewer(c.newerSpeechId());
        loadOlder(model.olderShownProperty().get());
        export.setDisable(false);
        showRows();
        restyle();
        showCounts();
        note(i18n.get("compare.diff.none"));
        host.status(counts.getText());
    }

    private void loadNewer(long id) {
        if (id == newerLoaded) {
            return;
        }
        newerLoaded = id;
        load(newerText, id);
        newerTitle.setText(i18n.get("compare.pane.newer", words.title(id)));
    }

    private void loadOlder(long id) {
        if (id == olderLoaded || id < 0) {
            return;
        }
        olderLoaded = id;
        load(olderText, id);
        olderTitle.setText(i18n.get("compare.pane.older", words.title(id)));
        restyle();
    }

    private void load(ReaderArea area, long speechId) {
        String text = shownTexts.containsKey(speechId) ? shownTexts.get(speechId)
                : speeches.apply(speechId).map(Speech::text).orElse("");
        area.replace(0, area.getLength(), ReadOnlyStyledDocument.fromString(text, List.of("paragraph-body"),
                List.<String>of(), area.getSegOps()));
        if (area.getParagraphs().size() > 0 && Titles.isTitleLine(area.getParagraph(0).getText())) {
            area.setParagraphStyle(0, List.of("paragraph-title"));
        }
        area.moveTo(0);
        area.showParagraphAtTop(0);
    }

    private void restyle() {
        style(olderText, model.marks(CompareModel.Side.OLDER));
        style(newerText, model.marks(CompareModel.Side.NEWER));
    }

    private static void style(ReaderArea area, List<CompareModel.Mark> marks) {
        int length = area.getLength();
        if (length == 0) {
            return;
        }
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        for (CompareModel.Run r : CompareModel.runs(length, marks)) {
            b.add(r.classes(), r.length());
        }
        StyleSpans<Collection<String>> spans = b.create();
        area.setStyleSpans(0, spans);
    }

    /** The rows the filters leave; the selected one, if still among them, stays selected in the table. */
    private void showRows() {
        syncing = true;
        try {
            table.getItems().setAll(model.shown());
            if (model.selected() != null) {
                table.getSelectionModel().select(model.selected());
            }
        } finally {
            syncing = false;
        }
    }

    private void showCounts() {
        ComparisonWords.Counts n = model.counts();
        String all = i18n.get("compare.counts", n.added(), n.continued(), n.strengthened(), n.weakened(), n.dropped());
        counts.setText(model.rows().isEmpty() ? "" : all + "　" + i18n.get("compare.shown", model.shown().size(),
                model.rows().size()));
    }

    // ---- selection ------------------------------------------------------------------------------------------

    /** A click in a text: its task selected; that text stays where it is, the other brings the partner into view. */
    private void clicked(CompareModel.Side side, int offset) {
        clickedSide = side;
        try {
            model.clickAt(side, offset);
        } finally {
            clickedSide = null;
        }
    }

    private CompareModel.Side clickedSide;

    /** A row was selected (a click in a text, the table, or the model): table, both texts and the diff follow. */
    private void selected(AlignedObligation r) {
        restyle();
        syncing = true;
        try {
            if (r == null) {
                table.getSelectionModel().clearSelection();
            } else {
                table.getSelectionModel().select(r);
                table.scrollTo(Math.max(0, table.getItems().indexOf(r) - 2));
            }
        } finally {
            syncing = false;
        }
        if (r == null) {
            note(i18n.get("compare.diff.none"));
            return;
        }
        showSide(olderText, r.older(), clickedSide != CompareModel.Side.OLDER);
        showSide(newerText, r.newer(), clickedSide != CompareModel.Side.NEWER);
        showDiff(r);
    }

    private void showSide(ReaderArea area, ComparedObligation o, boolean scroll) {
        if (o == null) {
            area.deselect();
        } else if (scroll) {
            jump(area, o.start(), o.end());
        } else {
            area.selectRange(Math.min(o.start(), area.getLength()), Math.min(o.end(), area.getLength()));
        }
    }

    private static void jump(ReaderArea area, int start, int end) {
        int length = area.getLength();
        int s = Math.min(start, length);
        area.selectRange(s, Math.min(end, length));
        area.showParagraphAtCenter(area.offsetToPosition(s, Bias.Forward).getMajor());
    }

    /** The selected pair's words: removed struck, added bold and underlined; the strength change; the similarity. */
    private void showDiff(AlignedObligation r) {
        List<Node> nodes = new ArrayList<>();
        for (WordingPiece p : ComparisonWords.bothPieces(r)) {
            Text t = new Text(p.text());
            t.getStyleClass().add("text");
            if (p.kind() == WordingPiece.Kind.ADDED) {
                t.getStyleClass().add("compare-added");
            } else if (p.kind() == WordingPiece.Kind.REMOVED) {
                t.getStyleClass().add("compare-removed");
            }
            nodes.add(t);
        }
        nodes.add(new Text("\n"));
        if (r.strengthened() || r.weakened()) {
            Text s = new Text(words.strengthChange(r) + "　");
            s.getStyleClass().addAll("text", r.strengthened() ? "compare-up" : "compare-down");
            nodes.add(s);
        }
        String line = switch (r.change()) {
            case NEW -> i18n.get("compare.diff.new");
            case DROPPED -> i18n.get("compare.diff.dropped");
            case CONTINUED -> (r.reworded() ? "" : i18n.get("compare.diff.same") + " ")
                    + i18n.get("compare.diff.similarity", r.similarity());
        };
        Text n = new Text(line);
        n.getStyleClass().addAll("text", "compare-note");
        nodes.add(n);
        diff.getChildren().setAll(nodes);
    }

    private void note(String text) {
        Text t = new Text(text);
        t.getStyleClass().addAll("text", "compare-note");
        diff.getChildren().setAll(t);
    }

    // ---- export ---------------------------------------------------------------------------------------------

    private void chooseExport(ComparisonExports.Format f) {
        Comparison c = model.comparison();
        if (c == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("compare.export.chooser"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get(f.nameKey()), "*." + f.extension()));
        chooser.setInitialFileName(words.defaultTitle(c).replaceAll("[\\\\/:*?\"<>|]", "_") + "." + f.extension());
        java.io.File file = chooser.showSaveDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (file != null) {
            export(f, file.toPath());
        }
    }

    /** Writes the rows shown (and the new wordings) as {@code f} into {@code out} off the FX thread. */
    public CompletableFuture<Path> export(ComparisonExports.Format f, Path out) {
        Comparison c = model.comparison();
        List<AlignedObligation> rows = List.copyOf(model.shown());
        List<NewPhrase> phrases = List.copyOf(model.phrases());
        export.setDisable(true);
        CompletableFuture<Path> work = CompletableFuture.supplyAsync(() -> {
            try {
                return exports.write(c, rows, phrases, f, out, true, LocalDate.now(), null);
            } catch (LocalizedException e) {
                throw new CompletionException(e);
            }
        }, worker);
        work.whenComplete((path, failure) -> Platform.runLater(() -> {
            export.setDisable(false);
            if (failure == null) {
                message.getStyleClass().remove(ERROR);
                message.setText(i18n.get("compare.export.done", path.getFileName()));
                host.status(message.getText());
            } else {
                error(i18n.get("compare.export.failed", Failures.describe(failure, i18n)));
            }
        }));
        return work;
    }

    private void error(String text) {
        message.setText(text);
        if (!message.getStyleClass().contains(ERROR)) {
            message.getStyleClass().add(ERROR);
        }
        host.status(text);
    }

    /** Stops the worker (the window closes for good). */
    public void close() {
        worker.shutdownNow();
    }
}
