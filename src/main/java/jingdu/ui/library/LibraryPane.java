package jingdu.ui.library;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;
import jingdu.app.AnalysisService;
import jingdu.app.library.Catalog;
import jingdu.i18n.I18n;
import jingdu.i18n.LocalizedException;
import jingdu.model.Collection;
import jingdu.model.LibraryEntry;
import jingdu.model.LibraryFilter;
import jingdu.model.LibraryFilter.Sort;
import jingdu.model.SectorCatalog;
import jingdu.model.Level;
import jingdu.model.SpeechMeta;
import jingdu.i18n.UserFailure;
import jingdu.ui.reader.Labels;

/**
 * The library: speeches with their details, sorted and filtered (level of government, sector, the
 * user's tags, collection); rename, edit details (F2), delete (Delete) with an undo bar, collections.
 */
public final class LibraryPane extends BorderPane {

    public static final String LIST_ID = "library-list";
    public static final String SORT_ID = "library-sort";
    public static final String FILTER_ID = "library-filter";
    public static final String COLLECTIONS_ID = "library-collections";
    public static final String UNDO_ID = "library-undo";
    public static final String UNDO_BAR_ID = "library-undo-bar";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd")
            .withZone(ZoneId.systemDefault());

    /** What the window does when the user opens a speech, or changes or deletes one. */
    public interface Listener {
        void open(long speechId);

        /** Details changed, or the speech was deleted or restored. */
        void changed(long speechId);
    }

    private final I18n i18n;
    private final Catalog catalog;
    private final AnalysisService analysis;
    private final Listener listener;
    private final ListView<LibraryEntry> list = new ListView<>();
    private final MenuButton filterButton = new MenuButton();
    private final Label undoLabel = new Label();
    private final HBox undoBar;
    private final PauseTransition undoTimeout = new PauseTransition(Duration.seconds(20));
    private LibraryFilter filter = LibraryFilter.ALL;
    private long selectedId = -1;
    private long lastDeleted = -1;
    private boolean updating;
    private boolean indexing;

    public LibraryPane(I18n i18n, Catalog catalog, AnalysisService analysis, Listener listener) {
        this.i18n = i18n;
        this.catalog = catalog;
        this.analysis = analysis;
        this.listener = listener;
        getStyleClass().add("library-pane");
        Label header = new Label(i18n.get("library.title"));
        header.getStyleClass().add("pane-header");
        setTop(new VBox(header, tools()));
        list.setId(LIST_ID);
        list.setPlaceholder(new Label(i18n.get("library.empty")));
        list.setCellFactory(v -> new EntryCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, s) -> {
            if (s != null && !updating) {
                selectedId = s.id();
                listener.open(s.id());
            }
        });
        list.setOnKeyPressed(e -> {
            LibraryEntry s = list.getSelectionModel().getSelectedItem();
            if (s != null && e.getCode() == KeyCode.DELETE) {
                delete(s.id());
                e.consume();
            } else if (s != null && e.getCode() == KeyCode.F2) {
                editMetadata(s.id());
                e.consume();
            }
        });
        setCenter(list);
        Button undo = new Button(i18n.get("comforts.library.undo"));
        undo.setId(UNDO_ID);
        undo.setOnAction(e -> undoDelete());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        undoLabel.setWrapText(true);
        undo.setMinWidth(Region.USE_PREF_SIZE);
        undoBar = new HBox(undoLabel, grow, undo);
        undoBar.setId(UNDO_BAR_ID);
        undoBar.setAlignment(Pos.CENTER_LEFT);
        undoBar.getStyleClass().add("library-undo");
        showUndoBar(false);
        undoTimeout.setOnFinished(e -> showUndoBar(false));
        setBottom(undoBar);
        try {
            catalog.purgeOld();
        } catch (UserFailure e) {
            // another Jingdu may hold the file; purging can wait for the next start
        }
    }

    /** Marks {@code id} as the open speech and reloads the rows (without reopening it). */
    /** Selects the speech; the list is read again only when it does not hold it yet (a new import). */
    public void showSelected(long id) {
        selectedId = id;
        Optional<LibraryEntry> shown = list.getItems().stream().filter(s -> s.id() == id).findFirst();
        if (shown.isEmpty()) {
            refresh();
            return;
        }
        updating = true;
        try {
            list.getSelectionModel().select(shown.get());
        } finally {
            updating = false;
        }
    }

    public LibraryFilter filter() {
        return filter;
    }

    public void setFilter(LibraryFilter f) {
        filter = f;
        refresh();
    }

    public List<LibraryEntry> entries() {
        return List.copyOf(list.getItems());
    }

    public void refresh() {
        updating = true;
        try {
            list.getItems().setAll(catalog.list(filter));
            list.getItems().stream().filter(s -> s.id() == selectedId).findFirst()
                    .ifPresentOrElse(s -> list.getSelectionModel().select(s), () -> list.getSelectionModel().clearSelection());
        } finally {
            updating = false;
        }
        int active = filter.active();
        filterButton.setText(active == 0 ? i18n.get("comforts.library.filter")
                : i18n.get("comforts.library.filterActive", active));
        indexInBackground();
    }

    /** Lets the engine read speeches it has not indexed yet (sectors, details), on the worker thread. */
    private void indexInBackground() {
        if (indexing || analysis == null) {
            return;
        }
        indexing = true;
        analysis.withAnalyzer(catalog::indexPending).whenComplete((n, failure) -> Platform.runLater(() -> {
            indexing = false;
            if (failure == null && n > 0) {
                refresh();
            }
        }));
    }

    // ---- actions -------------------------------------------------------------------------------

    public void editMetadata(long id) {
        try {
            SpeechMeta m = catalog.meta(id);
            Optional<SpeechMeta> edited = MetadataDialog.edit(i18n, window(), m);
            if (edited.isPresent()) {
                catalog.saveMeta(id, edited.get());
                refresh();
                listener.changed(id);
            }
        } catch (LocalizedException e) {
            error(e.localized(i18n));
        } catch (UserFailure e) {
            error(e.localized(i18n));
        }
    }

    public void rename(long id) {
        try {
            TextInputDialog d = new TextInputDialog(catalog.meta(id).title());
            d.initOwner(window());
            d.setTitle(i18n.get("comforts.library.rename"));
            d.setHeaderText(null);
            d.getEditor().setId("rename-field");
            d.getDialogPane().getButtonTypes().setAll(new ButtonType(i18n.get("dialog.ok"), ButtonData.OK_DONE),
                    new ButtonType(i18n.get("dialog.cancel"), ButtonData.CANCEL_CLOSE));
            Optional<String> title = d.showAndWait();
            if (title.isPresent()) {
                catalog.rename(id, title.get());
                refresh();
                listener.changed(id);
            }
        } catch (LocalizedException e) {
            error(e.localized(i18n));
        }
    }

    /** Deletes at once (no question asked) and offers an undo for a while. */
    public void delete(long id) {
        try {
            String title = catalog.meta(id).title();
            catalog.delete(id);
            lastDeleted = id;
            undoLabel.setText(i18n.get("comforts.library.deleted", title));
            showUndoBar(true);
            undoTimeout.playFromStart();
            refresh();
            listener.changed(id);
        } catch (LocalizedException e) {
            error(e.localized(i18n));
        }
    }

    /** Restores the speech deleted last, if the undo bar still offers it; false otherwise. */
    public boolean undoDelete() {
        if (lastDeleted < 0 || !undoBar.isVisible()) {
            return false;
        }
        long id = lastDeleted;
        lastDeleted = -1;
        showUndoBar(false);
        try {
            catalog.restore(id);
        } catch (LocalizedException e) {
            error(e.localized(i18n));
            return false;
        }
        selectedId = id;
        refresh();
        listener.changed(id);
        listener.open(id);
        return true;
    }

    private Optional<Collection> newCollection() {
        TextInputDialog d = new TextInputDialog();
        d.initOwner(window());
        d.setTitle(i18n.get("comforts.collection.new"));
        d.setHeaderText(null);
        d.setContentText(i18n.get("comforts.collection.name"));
        d.getEditor().setId("collection-name");
        Optional<String> name = d.showAndWait();
        if (name.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(catalog.createCollection(name.get()));
        } catch (LocalizedException e) {
            error(e.localized(i18n));
            return Optional.empty();
        }
    }

    // ---- tools ---------------------------------------------------------------------------------

    private FlowPane tools() {
        ComboBox<Sort> sort = new ComboBox<>();
        sort.setId(SORT_ID);
        sort.getItems().addAll(Sort.values());
        sort.setValue(Sort.IMPORTED);
        sort.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Sort s) {
                return s == null ? "" : i18n.get("comforts.sort." + s.name().toLowerCase(java.util.Locale.ROOT));
            }

            @Override
            public Sort fromString(String s) {
                return null;
            }
        });
        sort.setOnAction(e -> setFilter(filter.withSort(sort.getValue())));
        filterButton.setId(FILTER_ID);
        filterButton.setOnShowing(e -> fillFilterMenu());
        fillFilterMenu();
        MenuButton collections = new MenuButton(i18n.get("comforts.collections"));
        collections.setId(COLLECTIONS_ID);
        collections.setOnShowing(e -> fillCollectionsMenu(collections));
        fillCollectionsMenu(collections);
        // on a narrow pane the buttons take a second row rather than show "…"
        FlowPane box = new FlowPane(4, 4, sort, filterButton, collections);
        for (Region r : List.of(sort, filterButton, collections)) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        box.getStyleClass().add("library-tools");
        return box;
    }

    private void fillFilterMenu() {
        List<MenuItem> items = new ArrayList<>();
        items.add(choice("comforts.filter.year", "filter-year", catalog.years(), y -> y,
                filter.year(), v -> setFilter(filter.withYear(v))));
        items.add(choice("comforts.filter.govLevel", "filter-level", catalog.govLevels(), s -> s,
                filter.govLevel(), v -> setFilter(filter.withGovLevel(v))));
        SectorCatalog sectors = analysis.sectors();
        items.add(choice("comforts.filter.sector", "filter-sector", sectors.sorted(catalog.sectorsInUse()),
                s -> Labels.sector(sectors, i18n, s), filter.sector(), v -> setFilter(filter.withSector(v))));
        items.add(choice("comforts.filter.tag", "filter-tag", List.of(Level.values()), l -> Labels.level(i18n, l),
                filter.tag(), v -> setFilter(filter.withTag(v))));
        List<Collection> all = catalog.collections();
        Collection chosen = all.stream().filter(k -> filter.collectionId() != null && k.id() == filter.collectionId())
                .findFirst().orElse(null);
        items.add(choice("comforts.filter.collection", "filter-collection", all, Collection::name, chosen,
                v -> setFilter(filter.withCollection(v == null ? null : v.id()))));
        MenuItem clear = new MenuItem(i18n.get("comforts.filter.clear"));
        clear.setId("filter-clear");
        clear.setOnAction(e -> setFilter(LibraryFilter.ALL.withSort(filter.sort())));
        items.add(new SeparatorMenuItem());
        items.add(clear);
        filterButton.getItems().setAll(items);
    }

    private <T> Menu choice(String key, String idPrefix, List<T> values, java.util.function.Function<T, String> label,
                            T current, java.util.function.Consumer<T> onChoose) {
        Menu menu = new Menu(i18n.get(key));
        menu.setId(idPrefix);
        ToggleGroup group = new ToggleGroup();
        RadioMenuItem any = new RadioMenuItem(i18n.get("comforts.filter.any"));
        any.setId(idPrefix + "-any");
        any.setToggleGroup(group);
        any.setSelected(current == null);
        any.setOnAction(e -> onChoose.accept(null));
        menu.getItems().add(any);
        for (int i = 0; i < values.size(); i++) {
            T v = values.get(i);
            RadioMenuItem item = new RadioMenuItem(label.apply(v));
            item.setId(idPrefix + "-" + i);
            item.setToggleGroup(group);
            item.setSelected(v.equals(current));
            item.setOnAction(e -> onChoose.accept(v));
            menu.getItems().add(item);
        }
        return menu;
    }

    private void fillCollectionsMenu(MenuButton button) {
        MenuItem create = new MenuItem(i18n.get("comforts.collection.new"));
        create.setId("collection-new");
        create.setOnAction(e -> newCollection().ifPresent(k -> refresh()));
        Menu rename = new Menu(i18n.get("comforts.collection.rename"));
        Menu delete = new Menu(i18n.get("comforts.collection.delete"));
        for (Collection k : catalog.collections()) {
            MenuItem r = new MenuItem(k.name());
            r.setOnAction(e -> renameCollection(k));
            MenuItem d = new MenuItem(k.name());
            d.setOnAction(e -> deleteCollection(k));
            rename.getItems().add(r);
            delete.getItems().add(d);
        }
        rename.setDisable(rename.getItems().isEmpty());
        delete.setDisable(delete.getItems().isEmpty());
        button.getItems().setAll(create, rename, delete);
    }

    private void renameCollection(Collection k) {
        TextInputDialog d = new TextInputDialog(k.name());
        d.initOwner(window());
        d.setTitle(i18n.get("comforts.collection.rename"));
        d.setHeaderText(null);
        d.showAndWait().ifPresent(name -> {
            try {
                catalog.renameCollection(k.id(), name);
                refresh();
            } catch (LocalizedException e) {
                error(e.localized(i18n));
            }
        });
    }

    private void deleteCollection(Collection k) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, i18n.get("comforts.collection.confirmDelete", k.name()),
                new ButtonType(i18n.get("dialog.ok"), ButtonData.OK_DONE), new ButtonType(i18n.get("dialog.cancel"), ButtonData.CANCEL_CLOSE));
        a.initOwner(window());
        a.setHeaderText(null);
        if (a.showAndWait().filter(b -> b.getButtonData() == ButtonData.OK_DONE).isPresent()) {
            catalog.deleteCollection(k.id());
            if (filter.collectionId() != null && filter.collectionId() == k.id()) {
                filter = filter.withCollection(null);
            }
            refresh();
        }
    }

    /** The row's right-click menu: details, rename, collections, delete. */
    ContextMenu rowMenu(LibraryEntry s) {
        MenuItem meta = new MenuItem(i18n.get("comforts.library.editMeta"));
        meta.setId("row-meta");
        meta.setOnAction(e -> editMetadata(s.id()));
        MenuItem rename = new MenuItem(i18n.get("comforts.library.rename"));
        rename.setId("row-rename");
        rename.setOnAction(e -> rename(s.id()));
        Menu addTo = new Menu(i18n.get("comforts.collection.addTo"));
        addTo.setId("row-add-to");
        Menu removeFrom = new Menu(i18n.get("comforts.collection.removeFrom"));
        removeFrom.setId("row-remove-from");
        List<Collection> member = catalog.collectionsOf(s.id());
        for (Collection k : catalog.collections()) {
            MenuItem item = new MenuItem(k.name());
            if (member.contains(k)) {
                item.setOnAction(e -> {
                    catalog.removeFromCollection(k.id(), s.id());
                    refresh();
                });
                removeFrom.getItems().add(item);
            } else {
                item.setOnAction(e -> {
                    catalog.addToCollection(k.id(), s.id());
                    refresh();
                });
                addTo.getItems().add(item);
            }
        }
        MenuItem create = new MenuItem(i18n.get("comforts.collection.new"));
        create.setOnAction(e -> newCollection().ifPresent(k -> {
            catalog.addToCollection(k.id(), s.id());
            refresh();
        }));
        addTo.getItems().addAll(new SeparatorMenuItem(), create);
        removeFrom.setDisable(removeFrom.getItems().isEmpty());
        MenuItem delete = new MenuItem(i18n.get("comforts.library.delete"));
        delete.setId("row-delete");
        delete.setOnAction(e -> delete(s.id()));
        return new ContextMenu(meta, rename, addTo, removeFrom, new SeparatorMenuItem(), delete);
    }

    private void showUndoBar(boolean show) {
        undoBar.setVisible(show);
        undoBar.setManaged(show);
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private void error(String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, new ButtonType(i18n.get("dialog.ok"), ButtonData.OK_DONE));
        alert.initOwner(window());
        alert.setHeaderText(null);
        alert.show();
    }

    private static final DateTimeFormatter IMPORTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    /** A row's hover: the title, the file's full path (else its name) and when it was imported. */
    static String sourceTooltip(I18n i18n, LibraryEntry s) {
        String where = s.sourcePath() != null ? s.sourcePath() : s.sourceName();
        String when = IMPORTED.format(s.summary().importedAt());
        return where == null ? i18n.get("library.imported.tooltip", s.summary().title(), when)
                : i18n.get("library.source.tooltip", s.summary().title(), where, when);
    }

    private final class EntryCell extends ListCell<LibraryEntry> {
        EntryCell() {
            setPrefWidth(0); // wrap to the list's width instead of cutting the title
        }

        @Override
        protected void updateItem(LibraryEntry s, boolean empty) {
            super.updateItem(s, empty);
            if (empty || s == null) {
                setGraphic(null);
                setText(null);
                setTooltip(null);
                setContextMenu(null);
                return;
            }
            Label title = wrapping(new Label(s.summary().title()));
            title.getStyleClass().add("library-title");
            SpeechMeta m = s.meta();
            String when = m.date() != null ? m.date() : DATE.format(s.summary().importedAt());
            StringBuilder line = new StringBuilder(i18n.get("library.meta", when, s.summary().paragraphCount()));
            for (String extra : new String[] {m.govLevel(), m.speaker(), m.meeting()}) {
                if (extra != null) {
                    line.append(" · ").append(extra);
                }
            }
            Label meta = wrapping(new Label(line.toString()));
            meta.getStyleClass().add("library-meta");
            VBox box = new VBox(2, title, meta);
            if (s.sourceName() != null) {
                // the file it came from; a long name keeps its start and its extension, the hover has it whole
                Label source = new Label(s.sourceName());
                source.getStyleClass().addAll("library-meta", "library-source");
                source.setTextOverrun(javafx.scene.control.OverrunStyle.CENTER_ELLIPSIS);
                box.getChildren().add(source);
            }
            setGraphic(box);
            setText(null);
            setTooltip(new javafx.scene.control.Tooltip(sourceTooltip(i18n, s)));
            setContextMenu(rowMenu(s));
        }

        /** Wraps at the list's width: its preferred width is what its height is computed for. */
        private Label wrapping(Label label) {
            label.setWrapText(true);
            label.prefWidthProperty().bind(list.widthProperty().subtract(40));
            label.setMinHeight(Region.USE_PREF_SIZE);
            return label;
        }
    }
}
