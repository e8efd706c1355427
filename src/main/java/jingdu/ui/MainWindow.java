package jingdu.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import java.util.concurrent.CompletableFuture;

import jingdu.app.AnalysisService;
import jingdu.app.ExportException;
import jingdu.app.Exports;
import jingdu.app.Library;
import jingdu.app.Samples;
import jingdu.i18n.I18n;
import jingdu.io.ImportException;
import jingdu.model.Level;
import jingdu.model.Note;
import jingdu.model.Speech;
import jingdu.model.SpeechSummary;
import jingdu.store.Backups;
import jingdu.store.StoreException;
import jingdu.ui.export.ExportDialog;
import jingdu.ui.library.LibraryPane;
import jingdu.ui.notes.NotesPane;
import jingdu.ui.reader.LegendPane;
import jingdu.ui.reader.Labels;
import jingdu.ui.reader.OutlinePane;
import jingdu.ui.reader.ReaderView;
import jingdu.ui.search.SearchPane;

/**
 * The main window: library and outline on the left, the reader in the middle, legend and notes on
 * the right. Every user action here is one call into {@link Library}, saved at once.
 */
public final class MainWindow {

    public static final String IMPORT_ID = "action-import";
    public static final String EXPORT_ID = "action-export";
    public static final String ADD_NOTE_ID = "action-add-note";
    public static final String STATUS_ID = "status";

    private final Library library;
    private final AnalysisService analysis;
    private final I18n i18n;
    private final Prefs prefs;
    private final Stage stage;
    private final Runnable onLanguageChange;

    private final BorderPane root = new BorderPane();
    private final ReaderView reader;
    private final LibraryPane libraryPane;
    private final OutlinePane outline;
    private final LegendPane legend;
    private final NotesPane notesPane;
    private final SearchPane searchPane;
    private final Label status = new Label();
    private final Dialogs dialogs;

    private Speech current;
    private Map<Integer, Set<Level>> tags = Map.of();
    private long openGeneration;

    public MainWindow(Library library, AnalysisService analysis, I18n i18n, Prefs prefs, Stage stage,
                      Runnable onLanguageChange) {
        this.library = library;
        this.analysis = analysis;
        this.i18n = i18n;
        this.prefs = prefs;
        this.stage = stage;
        this.onLanguageChange = onLanguageChange;
        this.dialogs = new Dialogs(i18n, stage);
        reader = new ReaderView(i18n);
        reader.onAcceptSuggestion((p, level) -> setLevel(List.of(p), level, true));
        libraryPane = new LibraryPane(i18n, this::open);
        outline = new OutlinePane(i18n, reader::jumpToParagraph);
        legend = new LegendPane(i18n, reader::setLayers);
        notesPane = new NotesPane(i18n, n -> reader.jumpToRange(n.start(), n.end()), this::editNote, this::deleteNote);

        searchPane = new SearchPane(new jingdu.app.Search(library), analysis, i18n, h -> openAt(h.speechId(), h.start(), h.end()));
        SplitPane left = new SplitPane(searchPane.besideLibrary(libraryPane), outline);
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.45);
        VBox right = new VBox(12, legend, notesPane);
        right.getStyleClass().add("side-pane");
        VBox.setVgrow(notesPane, javafx.scene.layout.Priority.ALWAYS);
        SplitPane main = new SplitPane(left, reader, right);
        main.setDividerPositions(0.2, 0.75);
        SplitPane.setResizableWithParent(left, false);
        SplitPane.setResizableWithParent(right, false);

        status.setId(STATUS_ID);
        status.getStyleClass().add("status-bar");
        status.setMaxWidth(Double.MAX_VALUE);
        root.getStyleClass().add("main-window");
        root.setTop(toolbar());
        root.setCenter(main);
        root.setBottom(status);
        installKeys();
        installContextMenu();
        installDragAndDrop();
    }

    public Parent root() {
        return root;
    }

    /** Fills the library (importing the sample on a first start) and opens the last speech read. */
    public void start() {
        Samples.importIfEmpty(library);
        List<SpeechSummary> speeches = library.list();
        long last = prefs.lastSpeech(dbKey()).orElse(-1);
        long toOpen = speeches.stream().anyMatch(s -> s.id() == last) ? last : speeches.get(0).id();
        open(toOpen);
    }

    public ReaderView reader() {
        return reader;
    }

    public Speech current() {
        return current;
    }

    private ToolBar toolbar() {
        Button importButton = button(IMPORT_ID, "action.import", "Ctrl+O", this::chooseImport);
        Button exportButton = button(EXPORT_ID, "action.export", "Ctrl+E", this::chooseExport);
        List<javafx.scene.Node> items = new ArrayList<>(List.of(importButton, exportButton, new Separator()));
        int key = 1;
        for (Level level : Level.values()) {
            Button b = button("action-tag-" + level.id(), null, String.valueOf(key++), () -> toggleLevel(level));
            b.setText(Labels.level(i18n, level));
            b.getStyleClass().addAll("tag-button", "chip-" + level.id());
            items.add(b);
        }
        items.add(new Separator());
        items.add(button(ADD_NOTE_ID, "action.addNote", "N", this::addNote));
        MenuButton language = new MenuButton(i18n.get("action.language"));
        language.setId("action-language");
        MenuItem zh = new MenuItem("中文");
        zh.setOnAction(e -> switchLanguage("zh"));
        MenuItem en = new MenuItem("English");
        en.setOnAction(e -> switchLanguage("en"));
        language.getItems().addAll(zh, en);
        MenuButton data = new MenuButton(i18n.get("action.data"));
        data.setId("action-data");
        MenuItem backupTo = new MenuItem(i18n.get("action.backupTo"));
        backupTo.setOnAction(e -> chooseBackupTarget());
        MenuItem restore = new MenuItem(i18n.get("action.restore"));
        restore.setOnAction(e -> chooseRestore());
        data.getItems().addAll(backupTo, restore);
        items.add(new Separator());
        items.add(data);
        items.add(language);
        ToolBar bar = new ToolBar(items.toArray(javafx.scene.Node[]::new));
        bar.getStyleClass().add("main-toolbar");
        return bar;
    }

    private Button button(String id, String key, String shortcut, Runnable action) {
        Button b = new Button(key == null ? "" : i18n.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        b.setTooltip(new Tooltip(i18n.get("action.shortcut", shortcut)));
        b.setFocusTraversable(false);
        return b;
    }

    private void installKeys() {
        reader.area().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
                return;
            }
            Level level = switch (e.getCode()) {
                case DIGIT1, NUMPAD1 -> Level.LEADERSHIP;
                case DIGIT2, NUMPAD2 -> Level.SUPERVISION;
                case DIGIT3, NUMPAD3 -> Level.ENTERPRISE;
                default -> null;
            };
            if (level != null) {
                toggleLevel(level);
                e.consume();
            } else if (e.getCode() == KeyCode.N) {
                addNote();
                e.consume();
            }
        });
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), this::chooseImport);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN), this::chooseExport);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN,
                        KeyCombination.SHIFT_DOWN), searchPane::focusField);
            }
        });
    }

    /** Right-click in the reader: the same tag and note actions as the toolbar and keys. */
    private void installContextMenu() {
        ContextMenu menu = new ContextMenu();
        menu.setId("reader-menu");
        int key = 1;
        for (Level level : Level.values()) {
            MenuItem item = new MenuItem(i18n.get("menu.toggleLevel", Labels.level(i18n, level)));
            item.setId("menu-tag-" + level.id());
            item.setAccelerator(new KeyCodeCombination(KeyCode.valueOf("DIGIT" + key++)));
            item.setOnAction(e -> toggleLevel(level));
            menu.getItems().add(item);
        }
        MenuItem note = new MenuItem(i18n.get("action.addNote"));
        note.setId("menu-add-note");
        note.setAccelerator(new KeyCodeCombination(KeyCode.N));
        note.setOnAction(e -> addNote());
        menu.getItems().addAll(new SeparatorMenuItem(), note);
        menu.setOnShowing(e -> note.setDisable(reader.area().getSelection().getLength() == 0));
        reader.area().setContextMenu(menu);
    }

    private void installDragAndDrop() {
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) {
                importFiles(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    // ---- library -------------------------------------------------------------------------------

    private void chooseImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("import.chooser.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(i18n.get("import.chooser.text"), "*.txt"),
                new FileChooser.ExtensionFilter(i18n.get("import.chooser.all"), "*.*"));
        List<File> files = chooser.showOpenMultipleDialog(stage);
        if (files != null && !files.isEmpty()) {
            importFiles(files.stream().map(File::toPath).toList());
        }
    }

    /** Imports off the FX thread; reports what was imported and, per file, why anything was not. */
    public void importFiles(List<Path> files) {
        status.setText(i18n.get("import.progress", files.size()));
        analysis.submit(() -> {
            List<Speech> imported = new ArrayList<>();
            List<String> errors = new ArrayList<>();
            for (Path f : files) {
                try {
                    imported.add(library.importText(f));
                } catch (ImportException e) {
                    errors.add(i18n.get(e.key(), e.args()));
                } catch (StoreException e) {
                    errors.add(i18n.get(e.key(), e.getMessage()));
                }
            }
            return new ImportResult(imported, errors);
        }).whenComplete((result, failure) -> Platform.runLater(() -> {
            if (failure != null) {
                dialogs.error(i18n.get("import.failed"), String.valueOf(failure.getMessage()));
                return;
            }
            status.setText(i18n.get("import.done", result.imported().size(), result.errors().size()));
            if (!result.imported().isEmpty()) {
                open(result.imported().get(result.imported().size() - 1).id());
            }
            if (!result.errors().isEmpty()) {
                dialogs.error(i18n.get("import.someFailed", result.errors().size()), String.join("\n", result.errors()));
            }
        }));
    }

    private record ImportResult(List<Speech> imported, List<String> errors) {
    }

    /** Shows the text at once, then the highlights when the engine has read it. */
    public void open(long speechId) {
        Speech speech = library.find(speechId).orElse(null);
        if (speech == null) {
            return;
        }
        long generation = ++openGeneration;
        current = speech;
        tags = library.tags().forSpeech(speech.id());
        List<Note> notes = library.notes().forSpeech(speech.id());
        reader.show(speech, tags, notes);
        notesPane.setNotes(notes);
        outline.setAnalysis(null);
        legend.setAnalysis(null);
        libraryPane.setSpeeches(library.list(), speech.id());
        stage.setTitle(i18n.get("app.title") + " — " + speech.title());
        prefs.setLastSpeech(dbKey(), speech.id());
        status.setText(i18n.get("reader.analyzing"));
        analysis.analyze(speech.text()).whenComplete((a, failure) -> Platform.runLater(() -> {
            if (generation != openGeneration) {
                return; // the user has opened another speech meanwhile
            }
            if (failure != null) {
                status.setText(i18n.get("reader.analysisFailed", String.valueOf(failure.getMessage())));
                return;
            }
            reader.setAnalysis(a);
            outline.setAnalysis(a);
            legend.setAnalysis(a);
            status.setText(i18n.get("reader.analyzed", a.sectors().size(), a.obligations().size()));
        }));
    }

    /** Opens a speech with [start, end) selected and in view (a search hit). */
    public void openAt(long speechId, int start, int end) {
        open(speechId);
        if (current != null && current.id() == speechId) {
            reader.jumpToRange(start, end);
        }
    }

    // ---- tags ----------------------------------------------------------------------------------

    /** Keys 1/2/3 and the toolbar: adds the level to the selected paragraphs, or removes it if all have it. */
    public void toggleLevel(Level level) {
        if (current == null) {
            return;
        }
        List<Integer> paragraphs = reader.selectedParagraphs();
        boolean allHaveIt = paragraphs.stream().allMatch(p -> tags.getOrDefault(p, Set.of()).contains(level));
        setLevel(paragraphs, level, !allHaveIt);
    }

    private void setLevel(List<Integer> paragraphs, Level level, boolean present) {
        try {
            library.tags().set(current.id(), paragraphs, level, present);
        } catch (StoreException e) {
            dialogs.error(i18n.get("store.failed"), i18n.get(e.key(), e.getMessage()));
            return;
        }
        tags = library.tags().forSpeech(current.id());
        reader.setTags(tags, paragraphs);
        status.setText(i18n.get(present ? "tag.added" : "tag.removed", Labels.level(i18n, level), paragraphs.size()));
    }

    // ---- notes ---------------------------------------------------------------------------------

    private void addNote() {
        if (current == null) {
            return;
        }
        IndexRange sel = reader.area().getSelection();
        if (sel.getLength() == 0) {
            status.setText(i18n.get("note.selectFirst"));
            return;
        }
        String quote = reader.area().getText(sel.getStart(), sel.getEnd());
        dialogs.noteText(quote, "").ifPresent(body -> {
            try {
                library.notes().add(current.id(), sel.getStart(), sel.getEnd(), quote, body);
            } catch (StoreException e) {
                dialogs.error(i18n.get("store.failed"), i18n.get(e.key(), e.getMessage()));
                return;
            }
            refreshNotes();
            status.setText(i18n.get("note.added"));
        });
    }

    private void editNote(Note note) {
        dialogs.noteText(note.quote(), note.body()).ifPresent(body -> {
            try {
                library.notes().updateBody(note.id(), body);
            } catch (StoreException e) {
                dialogs.error(i18n.get("store.failed"), i18n.get(e.key(), e.getMessage()));
                return;
            }
            refreshNotes();
            status.setText(i18n.get("note.updated"));
        });
    }

    private void deleteNote(Note note) {
        if (!dialogs.confirm(i18n.get("note.confirmDelete", note.quote().length() > 30
                ? note.quote().substring(0, 30) + "…" : note.quote()))) {
            return;
        }
        try {
            library.notes().delete(note.id());
        } catch (StoreException e) {
            dialogs.error(i18n.get("store.failed"), i18n.get(e.key(), e.getMessage()));
            return;
        }
        refreshNotes();
        status.setText(i18n.get("note.deleted"));
    }

    private void refreshNotes() {
        List<Note> notes = library.notes().forSpeech(current.id());
        reader.setNotes(notes);
        notesPane.setNotes(notes);
    }

    // ---- export and language -------------------------------------------------------------------

    private void chooseExport() {
        new ExportDialog(library, analysis, i18n, stage, current == null ? null : current.id()).show();
    }

    /** Writes the open speech's annotated notes as Markdown, off the FX thread. */
    public CompletableFuture<Path> exportMarkdown(Path out) {
        long speechId = current.id();
        status.setText(i18n.get("export.progress"));
        return analysis.withAnalyzer(analyzer -> {
            new Exports(library, analyzer, i18n).writeMarkdown(speechId, out);
            return out;
        }).whenComplete((path, failure) -> Platform.runLater(() -> {
            if (failure == null) {
                status.setText(i18n.get("export.done", path));
                return;
            }
            Throwable cause = failure instanceof java.util.concurrent.CompletionException ? failure.getCause() : failure;
            String message = cause instanceof ExportException e ? i18n.get(e.key(), e.args()) : String.valueOf(cause);
            dialogs.error(i18n.get("export.failed"), message);
            status.setText(message);
        }));
    }

    /** A title made safe as a file name on Windows, macOS and Linux. */
    static String safeFileName(String title) {
        String name = title.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return name.isEmpty() ? "jingdu" : name.length() > 80 ? name.substring(0, 80) : name;
    }

    // ---- backups -------------------------------------------------------------------------------

    private void chooseBackupTarget() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("action.backupTo"));
        chooser.setInitialFileName("jingdu-backup.db");
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            backupTo(file.toPath());
        }
    }

    /** A consistent copy of the library where the user says (a USB stick), off the FX thread. */
    public CompletableFuture<Path> backupTo(Path target) {
        status.setText(i18n.get("backup.progress"));
        return analysis.submit(() -> new Backups(library.database()).backupTo(target))
                .whenComplete((path, failure) -> Platform.runLater(() -> {
                    if (failure == null) {
                        status.setText(i18n.get("backup.done", path));
                    } else {
                        reportStoreFailure(failure);
                    }
                }));
    }

    private void chooseRestore() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("action.restore"));
        Path dir = Backups.directory(library.database().file());
        if (Files.isDirectory(dir)) {
            chooser.setInitialDirectory(dir.toFile());
        }
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get("backup.chooser.files"), "*.db"));
        File file = chooser.showOpenDialog(stage);
        if (file != null && dialogs.confirm(i18n.get("backup.confirmRestore", file.getName()))) {
            restoreFrom(file.toPath());
        }
    }

    /** Replaces the library with a backup (the current state is backed up first) and reopens the view. */
    public void restoreFrom(Path backup) {
        try {
            Path safety = new Backups(library.database()).restore(backup);
            List<SpeechSummary> speeches = library.list();
            if (speeches.isEmpty()) {
                start();
            } else {
                long id = current != null && speeches.stream().anyMatch(s -> s.id() == current.id())
                        ? current.id() : speeches.get(0).id();
                open(id);
            }
            status.setText(i18n.get("store.restored", backup.getFileName(), safety.getFileName()));
        } catch (StoreException e) {
            reportStoreFailure(e);
        }
    }

    private void reportStoreFailure(Throwable failure) {
        Throwable cause = failure instanceof java.util.concurrent.CompletionException ? failure.getCause() : failure;
        String message = cause instanceof StoreException e ? i18n.get(e.key(), e.detail()) : String.valueOf(cause);
        dialogs.error(i18n.get("store.failed"), message);
        status.setText(message);
    }

    private void switchLanguage(String language) {
        prefs.setLanguage(language);
        onLanguageChange.run();
    }

    private String dbKey() {
        return library.database().file().toAbsolutePath().toString();
    }

    /** Builds the scene with the app stylesheet and a Chinese font that exists here. */
    public Scene scene(double width, double height) {
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(MainWindow.class.getResource("/ui/jingdu.css").toExternalForm());
        root.setStyle("-fx-font-family: \"" + Fonts.uiFamily() + "\";");
        return scene;
    }
}
