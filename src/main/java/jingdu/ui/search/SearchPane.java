package jingdu.ui.search;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.util.Duration;
import javafx.util.StringConverter;
import jingdu.app.AnalysisService;
import jingdu.app.search.Search;
import jingdu.app.search.SearchHit;
import jingdu.app.search.SearchPage;
import jingdu.app.search.SearchQuery;
import jingdu.i18n.I18n;
import jingdu.model.Level;
import jingdu.ui.reader.Labels;

/**
 * Search across the library: a field (debounced while typing), filters (sector, the user's tag, the
 * shown level, import dates), one page of results with the hit marked in its context, and paging.
 * Every query runs on the worker thread; a result that arrives after a newer query is dropped.
 */
public final class SearchPane extends BorderPane {

    public static final String FIELD_ID = "search-field";
    public static final String RESULTS_ID = "search-results";
    public static final String STATUS_ID = "search-status";
    public static final String PREV_ID = "search-prev";
    public static final String NEXT_ID = "search-next";
    public static final String SECTOR_ID = "search-sector";
    public static final String TAG_ID = "search-tag";
    public static final String LEVEL_ID = "search-level";
    public static final String TAB_ID = "search-tab";
    /** The results list shows at least five hits of two lines (a title, a snippet), whatever the divider says. */
    static final double RESULTS_MIN_HEIGHT = 216;
    /** The hit title's size against the list's font (search-hit-title in the style sheet). */
    private static final double TITLE_SCALE = 0.9;

    private final Search search;
    private final AnalysisService worker;
    private final I18n i18n;
    private final Consumer<SearchHit> onOpen;

    private final TextField field = new TextField();
    private final ComboBox<String> sector = new ComboBox<>();
    private final ComboBox<String> tag = new ComboBox<>();
    private final ComboBox<String> level = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final ListView<SearchHit> results = new ListView<>();
    private final Label status = new Label();
    private final Button prev = new Button();
    private final Button next = new Button();
    private final PauseTransition debounce = new PauseTransition(Duration.millis(250));

    private TabPane tabs;
    private Tab tab;
    private long generation;
    private SearchPage shown;

    public SearchPane(Search search, AnalysisService worker, I18n i18n, Consumer<SearchHit> onOpen) {
        this.search = search;
        this.worker = worker;
        this.i18n = i18n;
        this.onOpen = onOpen;
        getStyleClass().add("search-pane");

        field.setId(FIELD_ID);
        field.setPromptText(i18n.get("search.prompt"));
        field.textProperty().addListener((o, a, b) -> debounce.playFromStart());
        field.setOnAction(e -> run(0));
        debounce.setOnFinished(e -> run(0));

        choices(sector, SECTOR_ID, worker.sectors().ids(), id -> Labels.sector(worker.sectors(), i18n, id), "search.sector.any");
        List<String> levels = java.util.Arrays.stream(Level.values()).map(Level::id).toList();
        choices(tag, TAG_ID, levels, id -> i18n.get("search.tag.label", label(id)), "search.tag.any");
        choices(level, LEVEL_ID, levels, id -> i18n.get("search.level.label", label(id)), "search.level.any");
        from.setPromptText(i18n.get("search.from"));
        to.setPromptText(i18n.get("search.to"));
        for (DatePicker d : List.of(from, to)) {
            d.setMaxWidth(Double.MAX_VALUE);
            d.valueProperty().addListener((o, a, b) -> run(0));
            // as wide as its prompt needs, not the skin's twelve columns: both dates share a row at 1366 px
            d.getEditor().fontProperty().addListener((o, a, f) -> d.setPrefWidth(datePickerWidth(d)));
            d.setPrefWidth(datePickerWidth(d));
        }

        results.setId(RESULTS_ID);
        results.setPlaceholder(new Label(i18n.get("search.placeholder")));
        results.setCellFactory(v -> new HitCell());
        results.widthProperty().addListener((o, was, is) -> results.refresh()); // lines hold more or fewer characters
        results.setOnMouseClicked(e -> openSelected());
        results.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
            }
        });

        status.setId(STATUS_ID);
        status.getStyleClass().add("search-status");
        prev.setId(PREV_ID);
        prev.setText(i18n.get("search.prev"));
        prev.setOnAction(e -> page(-1));
        next.setId(NEXT_ID);
        next.setText(i18n.get("search.next"));
        next.setOnAction(e -> page(1));
        prev.setDisable(true);
        next.setDisable(true);
        for (Region r : List.of(status, prev, next)) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox buttons = new HBox(6, prev, next);
        buttons.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane paging = new FlowPane(6, 4, status, buttons); // a narrow pane: the buttons on a row of their own
        paging.getStyleClass().add("search-paging");

        FlowPane dates = new FlowPane(4, 4, from, to);
        FlowPane tagAndLevel = new FlowPane(4, 4, tag, level);
        VBox top = new VBox(4, field, sector, tagAndLevel, dates);
        top.setPadding(new Insets(6));
        for (ComboBox<String> c : List.of(sector, tag, level)) {
            c.setMinWidth(Region.USE_PREF_SIZE); // "不限我的…" would say nothing
        }
        sector.setMaxWidth(Double.MAX_VALUE);
        // room for several hits whatever the divider says (it gave about one)
        results.setMinHeight(RESULTS_MIN_HEIGHT);
        setTop(top);
        setCenter(results);
        setBottom(paging);
        // a library from before the index (or written by another build) is indexed once, off the FX thread
        worker.submit(() -> {
            search.catchUp();
            return null;
        });
    }

    private String label(String levelId) {
        return Level.fromId(levelId).map(l -> Labels.level(i18n, l)).orElse(levelId);
    }

    private void choices(ComboBox<String> box, String id, List<String> ids, java.util.function.Function<String, String> name,
                         String anyKey) {
        box.setId(id);
        box.getItems().add("");
        box.getItems().addAll(ids);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String v) {
                return v == null || v.isEmpty() ? i18n.get(anyKey) : name.apply(v);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        box.setValue("");
        box.valueProperty().addListener((o, a, b) -> run(0));
    }

    /** The library list and this pane as two tabs, for the left side of the window. */
    public TabPane besideLibrary(Node libraryPane) {
        Tab library = new Tab(i18n.get("library.title"), libraryPane);
        library.setClosable(false);
        tab = new Tab(i18n.get("search.tab"), this);
        tab.setId(TAB_ID);
        tab.setClosable(false);
        // the shown tab's content minimum counts (the search needs room for its filters and several hits): the split
        // beside it moves its divider rather than squeeze it
        tabs = new TabPane(library, tab) {
            @Override
            protected double computeMinHeight(double width) {
                double w = width > 0 ? width : getWidth(); // its content wraps: what it needs depends on the width
                javafx.scene.Node header = lookup(".tab-header-area");
                return Math.max(super.computeMinHeight(width), shownContentMin(false, w - snappedLeftInset()
                        - snappedRightInset()) + (header == null ? 0 : header.prefHeight(w)) + snappedTopInset()
                        + snappedBottomInset());
            }

            @Override
            protected double computeMinWidth(double height) {
                return Math.max(super.computeMinWidth(height), shownContentMin(true, -1) + snappedLeftInset()
                        + snappedRightInset());
            }

            private double shownContentMin(boolean width, double other) {
                Tab shown = getSelectionModel().getSelectedItem();
                if (shown == null || shown.getContent() == null) {
                    return 0;
                }
                return width ? shown.getContent().minWidth(other) : shown.getContent().minHeight(other);
            }
        };
        tabs.getSelectionModel().selectedItemProperty().addListener((o, x, y) -> tabs.requestLayout());
        tabs.getStyleClass().add("left-tabs");
        return tabs;
    }

    /** Ctrl+Shift+F: shows this pane and puts the caret in the field. */
    public void focusField() {
        if (tabs != null) {
            tabs.getSelectionModel().select(tab);
        }
        field.requestFocus();
        field.selectAll();
    }

    public SearchPage shown() {
        return shown;
    }

    private SearchQuery query(int page) {
        return new SearchQuery(field.getText(), one(sector.getValue()), levels(tag.getValue()), levels(level.getValue()),
                from.getValue(), to.getValue(), page);
    }

    private static Set<String> one(String v) {
        return v == null || v.isEmpty() ? Set.of() : Set.of(v);
    }

    private static Set<Level> levels(String v) {
        return v == null ? Set.of() : Level.fromId(v).map(Set::of).orElse(Set.of());
    }

    private void page(int delta) {
        if (shown != null) {
            run(Math.max(0, shown.page() + delta));
        }
    }

    /** Runs the query for {@code page} on the worker thread; shows it if nothing newer was asked meanwhile. */
    public void run(int page) {
        debounce.stop();
        SearchQuery q = query(page);
        long mine = ++generation;
        if (Search.terms(q.text()).isEmpty()) {
            show(new SearchPage(q, List.of(), false), "");
            return;
        }
        status.setText(i18n.get("search.searching"));
        CompletableFuture<SearchPage> work = q.needsEngineFacts()
                ? worker.withAnalyzer(engine -> {
                    if (search.needsAnalysis(q)) {
                        Platform.runLater(() -> status.setText(i18n.get("search.analysing")));
                        search.analysePending(engine);
                    }
                    return search.search(q);
                })
                : worker.submit(() -> search.search(q));
        work.whenComplete((result, failure) -> Platform.runLater(() -> {
            if (mine != generation) {
                return; // a newer query is on its way
            }
            if (failure != null) {
                show(new SearchPage(q, List.of(), false), i18n.get("search.failed", jingdu.app.Failures.describe(failure, i18n)));
                return;
            }
            show(result, result.hits().isEmpty() ? i18n.get("search.none")
                    : i18n.get("search.page", result.page() + 1, result.hits().size()));
        }));
    }

    private void show(SearchPage page, String message) {
        shown = page;
        results.getItems().setAll(page.hits());
        results.scrollTo(0);
        status.setText(message);
        prev.setDisable(page.page() == 0);
        next.setDisable(!page.hasMore());
    }

    private void openSelected() {
        SearchHit hit = results.getSelectionModel().getSelectedItem();
        if (hit != null) {
            onOpen.accept(hit);
        }
    }

    /** Title and where, then the snippet with the hit marked. */
    /** A date picker's width for its prompt (or a date, whichever is wider), its editor's padding and its button. */
    private static double datePickerWidth(DatePicker d) {
        Text probe = new Text(d.getPromptText());
        probe.setFont(d.getEditor().getFont());
        double prompt = probe.getLayoutBounds().getWidth();
        probe.setText("2026-12-31");
        double date = probe.getLayoutBounds().getWidth();
        return Math.ceil(Math.max(prompt, date) + DATE_PICKER_CHROME);
    }

    /** A date picker's editor padding and its calendar button, beside the text. */
    private static final double DATE_PICKER_CHROME = 58;

    /** What a line of a hit leaves for text beside the list's width: the cell's padding and a scroll bar. */
    private static final double LINE_MARGIN = 48;

    /** How many Chinese characters (one em each) of a {@code fontSize} font a line of a hit holds at the list's width now. */
    private int lineChars(double fontSize) {
        return Math.max(8, (int) Math.floor((results.getWidth() - LINE_MARGIN) / fontSize));
    }

    private final class HitCell extends ListCell<SearchHit> {
        HitCell() {
            setPrefWidth(0); // wrap to the list's width instead of widening it with a scroll bar
        }

        @Override
        protected void updateItem(SearchHit h, boolean empty) {
            super.updateItem(h, empty);
            setText(null);
            if (empty || h == null) {
                setGraphic(null);
                return;
            }
            // each hit two lines, the title's and the snippet's: five hits fit at 768 px; the full title on hover
            String where = " · " + (h.isNote()
                    ? i18n.get("search.hit.note", h.paragraph() + 1) : i18n.get("search.hit.paragraph", h.paragraph() + 1));
            double em = getFont().getSize();
            int titleChars = lineChars(em * TITLE_SCALE) - where.length();
            Label title = new Label(SnippetWindow.of(h.title(), 0, 0, Math.max(4, titleChars)).text() + where);
            title.setTooltip(new javafx.scene.control.Tooltip(h.title()));
            title.getStyleClass().add("search-hit-title");
            title.setWrapText(true);
            title.prefWidthProperty().bind(results.widthProperty().subtract(40)); // the width its height is for
            title.setMinHeight(Region.USE_PREF_SIZE);
            // one line of context around the hit, as many characters as the list is wide: five hits fit at 768 px
            SnippetWindow s = SnippetWindow.of(h.snippet(), h.hitStart(), h.hitEnd(), lineChars(em));
            Text before = new Text(s.text().substring(0, s.hitStart()));
            Text hit = new Text(s.text().substring(s.hitStart(), s.hitEnd()));
            hit.getStyleClass().add("search-hit");
            Text after = new Text(s.text().substring(s.hitEnd()));
            for (Text t : List.of(before, after)) {
                t.getStyleClass().add("search-snippet");
            }
            TextFlow snippet = new TextFlow(before, hit, after);
            snippet.maxWidthProperty().bind(results.widthProperty().subtract(30));
            snippet.prefWidthProperty().bind(results.widthProperty().subtract(30));
            VBox box = new VBox(2, title, snippet);
            setGraphic(box);
        }
    }
}
