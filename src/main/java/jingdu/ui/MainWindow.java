package jingdu.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.control.IndexRange;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import java.util.concurrent.CompletableFuture;

import jingdu.app.AnalysisService;
import jingdu.app.Failures;
import jingdu.app.Services;
import jingdu.app.annotate.CorrectedView;
import jingdu.model.Analysis;
import jingdu.model.Correction;
import jingdu.ui.corrections.CorrectionMenu;
import jingdu.ui.corrections.CorrectionRows;
import jingdu.ui.corrections.CorrectionsWindow;
import jingdu.ui.corrections.ScopeQuestion;
import jingdu.app.importing.BatchImport;
import jingdu.app.Library;
import jingdu.app.library.Catalog;
import jingdu.app.library.Recovery;
import jingdu.app.start.Samples;
import jingdu.i18n.I18n;
import jingdu.model.Level;
import jingdu.model.Speech;
import jingdu.model.SpeechSummary;
import jingdu.i18n.UserFailure;
import jingdu.ui.export.ExportDialog;
import jingdu.ui.importing.ImportController;
import jingdu.ui.library.LibraryPane;
import jingdu.ui.notes.NotesPane;
import jingdu.ui.reader.LegendPane;
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
    /** Room for a vertical scroll bar beside a side pane's content. */
    private static final double SCROLL_BAR = 16;
    public static final String MENU_BAR_ID = "menu-bar";
    public static final String MENU_FILE = "menu-file";
    public static final String MENU_EDIT = "menu-edit";
    public static final String MENU_VIEW = "menu-view";
    public static final String MENU_DATA = "menu-data";
    public static final String MENU_LANGUAGE = "menu-language";
    public static final String MENU_HELP = "menu-help";
    static final String ABOUT_ID = "about-dialog";
    /** The status bar's "修正 3": the open speech's corrections; a click opens 我的修正. */
    public static final String CORRECTIONS_COUNT_ID = "status-corrections";

    private final Services services;
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
    private final AnnotationController annotations;
    private final SearchPane searchPane;
    private final Label status = new Label();
    private final Dialogs dialogs;
    private final jingdu.app.library.Catalog catalog;
    private final ReaderComforts comforts;
    private final ImportController importer;
    private final CorrectionMenu correctionMenu;
    private final Commands commands;
    private final ContextMenu readerMenu = new ContextMenu();
    private final Label correctionCount = new Label();
    private CorrectionsWindow correctionsWindow;
    /** Where the reader's context menu was asked for (the caret's place for the keyboard). */
    private int menuOffset;

    // the side panes sit in slots, so the first frame at start-up can be drawn without them
    private final StackPane leftSlot = new StackPane();
    private final StackPane rightSlot = new StackPane();
    private final Parent leftPanes;
    private final Parent rightPanes;

    private Speech current;
    private long openGeneration;
    /** The engine's own analysis of the open speech, kept: corrections are re-applied to it, never re-analysed. */
    private Analysis engine;
    /** What the reader shows: {@link #engine} with the user's corrections. */
    private CorrectedView corrected;

    public MainWindow(Services services, I18n i18n, Prefs prefs, Stage stage, Runnable onLanguageChange) {
        this.services = services;
        this.library = services.library();
        this.analysis = services.analysis();
        this.i18n = i18n;
        this.prefs = prefs;
        this.stage = stage;
        this.onLanguageChange = onLanguageChange;
        this.dialogs = new Dialogs(i18n, stage);
        this.importer = new ImportController(services, i18n, stage, this::open, status::setText);
        reader = new ReaderView(i18n, analysis.sectors());
        annotations = new AnnotationController(library, services.annotator(i18n), i18n, stage, dialogs, reader, status::setText);
        annotations.onOpenSpeech(this::open);
        annotations.correctionsFrom(this::recomputeCorrections, this::correctionsShown, this::reanalyze);
        correctionMenu = new CorrectionMenu(annotations.annotator(), i18n, stage, reader,
                () -> current == null ? -1 : current.id(), status::setText, dialogs::error, annotations::afterCorrection);
        reader.onRejectSuggestion(correctionMenu::rejectLevel);
        correctionMenu.scopeFrom(words -> ScopeQuestion.everywhere(i18n, stage, words, prefs::sectorScope,
                prefs::setSectorScope), () -> {
                    annotations.refreshUndoButtons();
                    reanalyze();
                });
        comforts = new ReaderComforts(i18n, prefs, reader, status::setText);
        catalog = services.catalog();
        libraryPane = new LibraryPane(i18n, catalog, analysis, new LibraryPane.Listener() {
            @Override
            public void open(long speechId) {
                MainWindow.this.open(speechId);
            }

            @Override
            public void changed(long speechId) {
                afterLibraryChange(speechId);
            }
        });
        outline = new OutlinePane(i18n, reader::jumpToParagraph);
        legend = new LegendPane(i18n, analysis.sectors(), reader::setLayers);
        notesPane = annotations.notesPane();

        searchPane = new SearchPane(services.search(), analysis, i18n, h -> openAt(h.speechId(), h.start(), h.end()));
        javafx.scene.control.TabPane leftTabs = searchPane.besideLibrary(libraryPane);
        taskBoard = taskBoardView();
        statsView = statsView();
        SplitPane left = new SplitPane(leftTabs, outline);
        left.setOrientation(Orientation.VERTICAL);
        LayoutMemory.remember(prefs, "left", left, 0.62); // the library and search lists first: several rows at 768 px
        VBox right = new VBox(12, legend, notesPane);
        right.getStyleClass().add("side-pane");
        VBox.setVgrow(notesPane, javafx.scene.layout.Priority.ALWAYS);
        // a short window (many sectors, the notes' filters on two rows): the side scrolls instead of spilling over
        javafx.scene.control.ScrollPane rightScroll = new javafx.scene.control.ScrollPane(right) {
            @Override
            protected double computeMinWidth(double height) {
                // as wide as the side needs (its filters, its buttons) and a scroll bar: the split gives it that
                return right.minWidth(-1) + snappedLeftInset() + snappedRightInset() + SCROLL_BAR;
            }
        };
        rightScroll.setFitToWidth(true);
        rightScroll.setFitToHeight(true);
        rightScroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        rightScroll.getStyleClass().add("side-scroll");
        leftPanes = left;
        rightPanes = rightScroll;
        leftSlot.getChildren().add(left);
        rightSlot.getChildren().add(rightScroll);
        SplitPane main = new SplitPane(leftSlot, reader, rightSlot);
        LayoutMemory.remember(prefs, "main", main, 0.2, 0.75);
        mainSplit = main;
        boardBeside(leftTabs);
        SplitPane.setResizableWithParent(leftSlot, false);
        SplitPane.setResizableWithParent(rightSlot, false);

        status.setId(STATUS_ID);
        status.getStyleClass().add("status-bar");
        status.setMaxWidth(Double.MAX_VALUE);
        root.getStyleClass().add("main-window");
        commands = keyMap();
        root.setTop(new VBox(menuBar(), toolbar()));
        root.setCenter(main);
        correctionCount.setId(CORRECTIONS_COUNT_ID);
        correctionCount.getStyleClass().addAll("status-bar", "status-corrections");
        correctionCount.setTooltip(new Tooltip(i18n.get("correct.list.tooltip", "Ctrl+Shift+M")));
        correctionCount.setOnMouseClicked(e -> showCorrections());
        correctionCount.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        reader.setDecidedOnly(prefs.decidedOnly());
        HBox.setHgrow(status, javafx.scene.layout.Priority.ALWAYS);
        root.setBottom(new HBox(status, correctionCount));
        installKeys();
        installContextMenu();
        installDragAndDrop();
    }

    public Parent root() {
        return root;
    }

    /**
     * Fills the library (importing the sample on a first start) and opens the last speech read; see {@link #open}.
     * The library is read on a thread of its own: the window stays drawn and answering meanwhile.
     */
    public CompletableFuture<Void> start() {
        long last = prefs.lastSpeech(dbKey()).orElse(-1);
        CompletableFuture<Void> shown = new CompletableFuture<>();
        CompletableFuture.supplyAsync(() -> {
            Samples.importIfEmpty(library);
            List<SpeechSummary> speeches = library.list();
            return speeches.stream().anyMatch(s -> s.id() == last) ? last : speeches.get(0).id();
        }, MainWindow::onItsOwnThread).whenComplete((toOpen, failure) -> Platform.runLater(() -> {
            if (failure != null) {
                reportStoreFailure(failure);
                shown.completeExceptionally(failure);
            } else {
                open(toOpen).whenComplete((ok, f) -> {
                    if (f != null) {
                        shown.completeExceptionally(f);
                    } else {
                        shown.complete(null);
                    }
                });
            }
        }));
        return shown;
    }

    private static void onItsOwnThread(Runnable work) {
        Thread t = new Thread(work, "jingdu-start");
        t.setDaemon(true);
        t.start();
    }

    /**
     * Start-up: the first frame shows the toolbar and the speech; the side panes (library, outline,
     * legend, notes) join on the frame after it. Their first styling and layout cost about a quarter of a
     * second on a two-core machine, and the speech is what the user opened the program to see.
     * Their places keep their widths meanwhile, so the text does not reflow when they arrive.
     */
    public void showSidePanesAfter(CompletableFuture<?> firstFrame) {
        leftSlot.getChildren().clear();
        rightSlot.getChildren().clear();
        firstFrame.whenComplete((ok, failure) -> Platform.runLater(() -> {
            leftSlot.getChildren().setAll(leftPanes);
            rightSlot.getChildren().setAll(rightPanes);
        }));
    }

    /** A message for the status bar from outside the window (e.g. a failed automatic backup). */
    public void notifyUser(String message) {
        status.setText(message);
    }

    /** A problem the user must see at once (a damaged library): a dialog as well as the status line. */
    public void warnUser(String message) {
        status.setText(message);
        dialogs.error(i18n.get("store.failed"), message);
    }

    /** An error the user must see (the heap ran out on some thread): a dialog, and the status line. */
    public void showError(String message) {
        status.setText(message);
        dialogs.error(i18n.get("app.title"), message);
    }

    public ReaderView reader() {
        return reader;
    }

    public Speech current() {
        return current;
    }

    /**
     * The key map: every command once, with its keys. The menu bar, the toolbar, the reader's context menu, the
     * installed keys and the F1 list are made from it.
     */
    private Commands keyMap() {
        Commands c = new Commands(i18n);
        annotations.onLibraryChanged(this::afterMerge); // a merge undone or redone with Ctrl+Z / Ctrl+Y
        c.section("menu.file")
                .add(Commands.IMPORT, "cmd.import", this::chooseImport, "Shortcut+O")
                .add(Commands.IMPORT_FOLDER, "cmd.importFolder", importer::chooseFolder)
                .add(Commands.PASTE, "importer.action.paste", importer::pasteFromClipboard, "Shortcut+Shift+V")
                .add(Commands.EXPORT, "action.export", this::chooseExport, "Shortcut+E")
                .add(Commands.QUIT, "cmd.quit", this::quit, "Shortcut+Q");
        c.section("menu.edit")
                .add(Commands.UNDO, "undo.action", this::undo, "Shortcut+Z")
                .add(Commands.REDO, "redo.action", annotations::redo, "Shortcut+Y", "Shortcut+Shift+Z")
                .add(Commands.FIND, "comforts.keys.find", comforts.findBar()::open, "Shortcut+F")
                .add(Commands.FIND_NEXT, "cmd.findNext", comforts.findBar()::next, "F3")
                .add(Commands.FIND_PREVIOUS, "cmd.findPrevious", comforts.findBar()::previous, "Shift+F3")
                .add(Commands.SEARCH, "cmd.search", searchPane::focusField, "Shortcut+Shift+F")
                .add(Commands.ADD_NOTE, "comforts.keys.note", annotations::addNote, "N")
                .add(Commands.PARAGRAPH_NOTE, "notes.paragraphNote", annotations::addParagraphNote)
                .add(Commands.SPEECH_NOTE, "notes.speechNote", annotations::addSpeechNote)
                .add(Commands.EDIT_PARAGRAPHS, "comforts.keys.editParagraphs", () -> annotations.paragraphs().toggle(),
                        "Shortcut+Shift+P");
        for (int n = 1; n <= Commands.TAG_KEYS; n++) {
            int key = n;
            c.add(Commands.TAG + n, "keys.tags", Commands.Scope.WINDOW, () -> annotations.applyKeyedTag(key),
                    List.of(new KeyCodeCombination(KeyCode.valueOf("DIGIT" + n))));
            c.alias(Commands.TAG + n, new KeyCodeCombination(KeyCode.valueOf("NUMPAD" + n)));
        }
        c.add(Commands.MANAGE_TAGS, "tags.manage", annotations::openTagManager)
                .add(Commands.METADATA, "comforts.keys.metadata", this::editMetadata, "F2");
        c.section("menu.view")
                .add(Commands.ZOOM_IN, "comforts.zoom.in", () -> comforts.zoom(2), "Shortcut+=")
                .alias(Commands.ZOOM_IN, shortcut(KeyCode.PLUS), shortcut(KeyCode.ADD))
                .add(Commands.ZOOM_OUT, "comforts.zoom.out", () -> comforts.zoom(-2), "Shortcut+-")
                .alias(Commands.ZOOM_OUT, shortcut(KeyCode.SUBTRACT))
                .add(Commands.ZOOM_RESET, "comforts.zoom.reset", comforts::resetZoom, "Shortcut+0")
                .alias(Commands.ZOOM_RESET, shortcut(KeyCode.NUMPAD0))
                .add(Commands.NEXT_PARAGRAPH, "cmd.nextParagraph", () -> reader.moveParagraph(1), "J")
                .add(Commands.PREVIOUS_PARAGRAPH, "cmd.previousParagraph", () -> reader.moveParagraph(-1), "K")
                .add(Commands.NEXT_OBLIGATION, "cmd.nextObligation", Commands.Scope.WINDOW, () -> comforts.obligation(true),
                        List.of(KeyCombination.keyCombination("Shift+J"), new KeyCodeCombination(KeyCode.CLOSE_BRACKET)))
                .add(Commands.PREVIOUS_OBLIGATION, "cmd.previousObligation", Commands.Scope.WINDOW,
                        () -> comforts.obligation(false),
                        List.of(KeyCombination.keyCombination("Shift+K"), new KeyCodeCombination(KeyCode.OPEN_BRACKET)))
                .add(Commands.CORRECTIONS, "correct.list.title", this::showCorrections, "Shortcut+Shift+M")
                .add(Commands.TASK_BOARD, "tasks.title", this::showTaskBoard, "Shortcut+Shift+T")
                .add(Commands.STATS, "stats.title", this::showStats, "Shortcut+Shift+G");
        c.section("menu.data")
                .add(Commands.BACKUP_TO, "action.backupTo", this::chooseBackupTarget)
                .add(Commands.RESTORE, "action.restore", this::chooseRestore)
                .add(Commands.DUPLICATES, "duplicates.action", this::showDuplicates, "Shortcut+Shift+D")
                .add(Commands.UNITS, "cmd.units", this::openUnits)
                .add(Commands.PERIODS, "cmd.periods", this::openPeriods)
                .add(Commands.COMPILE, "compile.action", this::showCompile)
                .add(Commands.COMPARE, "compare.action", this::showCompare, "Shortcut+Shift+C");
        c.section("menu.help")
                .add(Commands.SHORTCUTS, "comforts.keys.title", this::showShortcuts, "F1")
                .add(Commands.ABOUT, "cmd.about", this::showAbout);
        c.section("keys.reader")
                .add(Commands.CONTEXT_MENU, "comforts.keys.correct", Commands.Scope.READER, this::showReaderMenuAtCaret,
                        List.of(KeyCombination.keyCombination("Shift+F10"), new KeyCodeCombination(KeyCode.CONTEXT_MENU)))
                .add(Commands.FIND_BAR_KEYS, "keys.findBar", Commands.Scope.CONTROL, () -> { },
                        List.of(new KeyCodeCombination(KeyCode.ENTER), KeyCombination.keyCombination("Shift+Enter")))
                .add(Commands.FIND_CLOSE, "comforts.keys.findClose", Commands.Scope.CONTROL, () -> { },
                        List.of(new KeyCodeCombination(KeyCode.ESCAPE)))
                .add(Commands.DELETE_SELECTED, "keys.delete", Commands.Scope.CONTROL, () -> { },
                        List.of(new KeyCodeCombination(KeyCode.DELETE)))
                .add(Commands.MENU_BAR, "keys.menuBar", Commands.Scope.CONTROL, () -> { },
                        List.of(new KeyCodeCombination(KeyCode.F10)));
        return c;
    }

    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    /** 文件 / 编辑 / 视图 / 数据 / 语言 / 帮助: every command of the window, whatever the toolbar's width. */
    private MenuBar menuBar() {
        Commands c = commands;
        Menu recent = ViewMenus.recent(i18n, () -> prefs.recentSpeeches(dbKey()),
                id -> library.find(id).filter(s -> !catalog.isDeleted(id)), this::open);
        Menu file = c.menu(MENU_FILE, "menu.file", Commands.IMPORT, Commands.IMPORT_FOLDER, Commands.PASTE, recent, null,
                Commands.EXPORT, null, Commands.QUIT);
        Menu tags = new Menu(i18n.get("menu.tags"));
        tags.setId("menu-tags");
        List<MenuItem> tagItems = new ArrayList<>();
        for (int n = 1; n <= Commands.TAG_KEYS; n++) {
            tagItems.add(c.item(Commands.TAG + n));
        }
        tags.getItems().addAll(tagItems);
        tags.getItems().addAll(new SeparatorMenuItem(), c.item(Commands.MANAGE_TAGS));
        Runnable nameTags = () -> {
            List<String> names = annotations.keyedTagNames();
            for (int i = 0; i < tagItems.size(); i++) {
                tagItems.get(i).setVisible(i < names.size());
                tagItems.get(i).setText(i < names.size() ? i18n.get("menu.toggleLevel", names.get(i)) : "");
            }
        };
        nameTags.run();
        tags.setOnShowing(e -> nameTags.run());
        Menu edit = c.menu(MENU_EDIT, "menu.edit", Commands.UNDO, Commands.REDO, null, Commands.FIND, Commands.FIND_NEXT,
                Commands.FIND_PREVIOUS, Commands.SEARCH, null, Commands.ADD_NOTE, Commands.PARAGRAPH_NOTE,
                Commands.SPEECH_NOTE, null, Commands.EDIT_PARAGRAPHS, null, tags, Commands.METADATA);
        edit.setOnShowing(e -> nameTags.run());
        ViewMenus.Decided decided = new ViewMenus.Decided(prefs.decidedOnly(), this::setDecidedOnly, prefs::sectorScope,
                prefs::setSectorScope);
        Menu go = c.menu("menu-go", "menu.go", Commands.NEXT_PARAGRAPH, Commands.PREVIOUS_PARAGRAPH,
                Commands.NEXT_OBLIGATION, Commands.PREVIOUS_OBLIGATION);
        Menu view = c.menu(MENU_VIEW, "menu.view");
        view.getItems().addAll(ViewMenus.themes(i18n, Theme.of(prefs.theme()), this::setTheme));
        view.getItems().addAll(new SeparatorMenuItem(), c.item(Commands.ZOOM_IN), c.item(Commands.ZOOM_OUT),
                c.item(Commands.ZOOM_RESET), new SeparatorMenuItem(), go, new SeparatorMenuItem(),
                ViewMenus.decidedOnly(i18n, decided), c.item(Commands.CORRECTIONS), ViewMenus.scope(i18n, decided),
                new SeparatorMenuItem(), c.item(Commands.TASK_BOARD), c.item(Commands.STATS));
        Menu data = c.menu(MENU_DATA, "menu.data", Commands.BACKUP_TO, Commands.RESTORE, null, Commands.DUPLICATES, Commands.COMPILE, Commands.COMPARE, null,
                Commands.UNITS, Commands.PERIODS);
        Menu language = c.menu(MENU_LANGUAGE, "menu.language");
        language.getItems().addAll(ViewMenus.languages(i18n, this::switchLanguage));
        Menu help = c.menu(MENU_HELP, "menu.help", Commands.SHORTCUTS, null, Commands.ABOUT);
        MenuBar bar = new MenuBar(file, edit, view, data, language, help);
        bar.setId(MENU_BAR_ID);
        bar.setUseSystemMenuBar(true); // macOS: the screen's menu bar
        return bar;
    }

    /**
     * The common few, each also in the menus: import, export, the tags (keys 1–9), undo and redo, a note. It wraps
     * onto a second row rather than hide anything behind an overflow button.
     */
    private FlowPane toolbar() {
        FlowPane bar = new FlowPane(6, 4);
        bar.getStyleClass().addAll("tool-bar", "main-toolbar");
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.setRowValignment(javafx.geometry.VPos.CENTER);
        Button importButton = commands.button(IMPORT_ID, Commands.IMPORT);
        importButton.setText(i18n.get("action.import"));
        Button exportButton = commands.button(EXPORT_ID, Commands.EXPORT);
        Button note = commands.button(ADD_NOTE_ID, Commands.ADD_NOTE);
        note.setText(i18n.get("action.addNote"));
        Separator[] gaps = {separator(), separator(), separator()};
        Runnable fill = () -> {
            List<javafx.scene.Node> items = new ArrayList<>(List.of(importButton, exportButton, gaps[0]));
            items.addAll(annotations.tagButtons());
            items.add(annotations.manageTagsButton());
            items.add(gaps[1]);
            items.addAll(annotations.undoButtons());
            items.add(gaps[2]);
            items.add(note);
            for (javafx.scene.Node n : items) {
                if (n instanceof javafx.scene.layout.Region r) {
                    r.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                }
            }
            bar.getChildren().setAll(items);
        };
        fill.run();
        annotations.onTagButtonsChanged(fill);
        return bar;
    }

    private static Separator separator() {
        Separator s = new Separator(Orientation.VERTICAL);
        s.setPrefHeight(22);
        return s;
    }

    // ---- 任务台账 (issue 19): ui.tasks.TaskBoardView; a third tab on the left, the table in the main area ----

    private jingdu.ui.tasks.TaskBoardView taskBoard;
    private javafx.scene.control.Tab boardTab;
    private SplitPane mainSplit;
    private double[] readerDividers;
    private double[] sideWidths;

    private jingdu.ui.tasks.TaskBoardView taskBoardView() {
        jingdu.app.tasks.TaskBoard board = services.taskBoard();
        jingdu.ui.tasks.TaskBoardView view = new jingdu.ui.tasks.TaskBoardView(board, services.catalog(), analysis.sectors(),
                i18n, (scope, progress, cancelled) -> board.refresh(scope, services::newEngine, services.userWords(), progress,
                        cancelled),
                new jingdu.ui.tasks.TaskBoardView.Host() {
                    @Override
                    public void openAt(long speechId, int start, int end) {
                        boardTab.getTabPane().getSelectionModel().select(0); // the reader comes back
                        MainWindow.this.openAt(speechId, start, end);
                    }

                    @Override
                    public long currentSpeech() {
                        return current == null ? -1 : current.id();
                    }

                    @Override
                    public void edited() {
                        annotations.refreshUndoButtons();
                    }

                    @Override
                    public void status(String text) {
                        status.setText(text);
                    }
                }, services.taskExports(i18n));
        annotations.onTasksChanged(view::reload); // Ctrl+Z / Ctrl+Y of a board edit: the rows again
        return view;
    }

    /** Once the window has started: the board read ahead of its first opening. */
    void prefetchBoard() {
        taskBoard.prefetch();
    }

    /**
     * The board's and the 统计 view's tabs beside 文库 and 搜索: while one is chosen, its main part (the table, the
     * charts) takes the reader's place and the right side's.
     */
    private void boardBeside(javafx.scene.control.TabPane tabs) {
        boardTab = new javafx.scene.control.Tab(i18n.get("tasks.tab"), taskBoard.filters());
        boardTab.setId(TASK_BOARD_TAB_ID);
        boardTab.setClosable(false);
        statsTab = new javafx.scene.control.Tab(i18n.get("stats.tab"), statsView.side());
        statsTab.setId(STATS_TAB_ID);
        statsTab.setClosable(false);
        tabs.getTabs().addAll(boardTab, statsTab);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, before, now) -> {
            boolean wasMain = before == boardTab || before == statsTab;
            if (before == boardTab) {
                taskBoard.hidden();
            } else if (before == statsTab) {
                statsView.hidden();
            }
            if (now == boardTab || now == statsTab) {
                double left = mainSplit.getDividerPositions().length > 0 ? mainSplit.getDividerPositions()[0] : 0.2;
                if (!wasMain) {
                    readerDividers = mainSplit.getDividerPositions();
                    sideWidths = new double[] {leftSlot.getWidth(), rightSlot.getWidth()};
                    left = readerDividers[0];
                }
                mainSplit.getItems().setAll(leftSlot, now == boardTab ? taskBoard.table() : statsView.charts());
                mainSplit.setDividerPositions(left);
                if (now == boardTab) {
                    taskBoard.shown();
                } else {
                    statsView.shown();
                }
            } else if (wasMain) {
                mainSplit.getItems().setAll(leftSlot, reader, rightSlot);
                // the sides keep their widths in pixels (the window may have changed size meanwhile), as they do on a resize
                double w = mainSplit.getWidth();
                double[] at = w > 0 && sideWidths[0] > 0 && sideWidths[1] > 0
                        ? new double[] {sideWidths[0] / w, 1 - sideWidths[1] / w} : readerDividers;
                LayoutMemory.remember(prefs, "main", mainSplit, at); // the new dividers remembered too
                mainSplit.setDividerPositions(at);
                status.setText("");
            }
        });
    }

    public static final String TASK_BOARD_TAB_ID = "task-board-tab";
    public static final String STATS_TAB_ID = "stats-tab";

    // ---- 统计 (issue 20): ui.stats.StatsView; a fourth tab on the left, the charts in the main area ----

    private jingdu.ui.stats.StatsView statsView;
    private javafx.scene.control.Tab statsTab;

    private jingdu.ui.stats.StatsView statsView() {
        jingdu.app.tasks.TaskBoard board = services.taskBoard();
        return new jingdu.ui.stats.StatsView(services.stats(i18n), services.catalog(), i18n,
                (scope, progress, cancelled) -> board.refresh(scope, services::newEngine, services.userWords(), progress,
                        cancelled),
                new jingdu.ui.stats.StatsView.Host() {
                    @Override
                    public void openAt(long speechId, int start, int end) {
                        statsTab.getTabPane().getSelectionModel().select(0); // the reader comes back
                        MainWindow.this.openAt(speechId, start, end);
                    }

                    @Override
                    public long currentSpeech() {
                        return current == null ? -1 : current.id();
                    }

                    @Override
                    public void status(String text) {
                        status.setText(text);
                    }
                });
    }

    /** Ctrl+Shift+G: the 统计 view, in the main area. */
    public jingdu.ui.stats.StatsView showStats() {
        statsTab.getTabPane().getSelectionModel().select(statsTab);
        return statsView;
    }

    /** True while the charts take the main area. */
    public boolean statsShown() {
        return statsTab.isSelected();
    }

    /** Ctrl+Shift+T: the task board, in the main area. */
    public jingdu.ui.tasks.TaskBoardView showTaskBoard() {
        boardTab.getTabPane().getSelectionModel().select(boardTab);
        taskBoard.tableView().requestFocus();
        return taskBoard;
    }

    /** True while the board takes the main area. */
    public boolean taskBoardShown() {
        return boardTab.isSelected();
    }

    // ---- 查找重复 (issue 18): the one hook of ui.library.DuplicatesWindow; menu item and Ctrl+Shift+D ----

    public static final String DUPLICATES_ID = Commands.DUPLICATES;
    private jingdu.ui.library.DuplicatesWindow duplicatesWindow;

    /** Opens 查找重复 and looks for near-identical speeches. */
    public jingdu.ui.library.DuplicatesWindow showDuplicates() {
        if (duplicatesWindow == null) {
            duplicatesWindow = new jingdu.ui.library.DuplicatesWindow(services.duplicates(), i18n, stage, this::open, keep -> {
                afterMerge();
                open(keep);
            });
        }
        duplicatesWindow.show();
        return duplicatesWindow;
    }

    // ---- 论述摘编 (issue 19): the one hook of ui.compile.CompileDialog; a menu item under 数据 ----

    public static final String COMPILE_ID = Commands.COMPILE;

    /** Opens 论述摘编, made anew each time so it lists the tags and collections as they are now. */
    public jingdu.ui.compile.CompileDialog showCompile() {
        jingdu.ui.compile.CompileDialog dialog = new jingdu.ui.compile.CompileDialog(services.compiler(i18n), services.sectors(),
                analysis, i18n, stage);
        dialog.show();
        return dialog;
    }

    // ---- 讲话对比 (issue 20): the one hook of ui.compare; a menu item under 数据 and Ctrl+Shift+C ----

    public static final String COMPARE_ID = Commands.COMPARE;
    private jingdu.ui.compare.CompareWindow compareWindow;

    /** Opens 讲话对比 (the same window again: it keeps its choices and result); the open speech is the newer one at first. */
    public jingdu.ui.compare.CompareWindow showCompare() {
        if (compareWindow == null) {
            jingdu.ui.compare.CompareView view = new jingdu.ui.compare.CompareView(services.comparer(),
                    services.newWording(), services.comparisonExports(i18n), services.catalog(),
                    id -> library.find(id), analysis.sectors(), i18n, new jingdu.ui.compare.CompareView.Host() {
                        @Override
                        public long currentSpeech() {
                            return current == null ? -1 : current.id();
                        }

                        @Override
                        public void status(String text) {
                            status.setText(text);
                        }
                    });
            javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
            compareWindow = new jingdu.ui.compare.CompareWindow(view, i18n, stage,
                    Math.min(1366, screen.getWidth()), Math.min(768, screen.getHeight()));
        }
        compareWindow.show();
        return compareWindow;
    }

    /** Speeches merged (or a merge undone or redone): the list again, another speech if the open one went to the trash. */
    private void afterMerge() {
        libraryPane.refresh();
        if (current != null) {
            afterLibraryChange(current.id());
        }
        annotations.refreshUndoButtons();
    }

    private void installKeys() {
        commands.installOn(reader.area());
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                commands.install(scene);
            }
        });
    }

    /** Ctrl+Z: a speech just deleted in the library first (its undo bar is showing), else the annotation history. */
    private void undo() {
        if (!libraryPane.undoDelete()) {
            annotations.undo();
        }
    }

    /** F2: the open speech's details. */
    private void editMetadata() {
        if (current != null) {
            libraryPane.editMetadata(current.id());
        }
    }

    /** F1: the keys, generated from the key map the window installs. */
    void showShortcuts() {
        ShortcutsDialog.create(i18n, stage, commands.rows()).show();
    }

    /** 帮助 › 关于精读: the version, and where the library is. */
    private void showAbout() {
        String version = MainWindow.class.getPackage().getImplementationVersion();
        javafx.scene.control.Alert about = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.INFORMATION,
                i18n.get("about.text", library.file().toAbsolutePath()),
                new javafx.scene.control.ButtonType(i18n.get("dialog.ok"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE));
        about.initOwner(stage);
        about.setTitle(i18n.get("cmd.about"));
        about.setHeaderText(i18n.get("about.header", version == null ? "dev" : version));
        about.getDialogPane().setId(ABOUT_ID);
        about.getDialogPane().setPrefWidth(520);
        about.show();
    }

    /** 文件 › 退出: as closing the window (the window's size and place are kept). */
    private void quit() {
        stage.fireEvent(new javafx.stage.WindowEvent(stage, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST));
        stage.close();
    }

    /** The key map (for tests: what F1 lists is what is installed). */
    Commands commands() {
        return commands;
    }

    /** Right-click in the reader (or Shift+F10 / the menu key): corrections, tags and notes at that place. */
    private void installContextMenu() {
        ContextMenu menu = readerMenu;
        menu.setId("reader-menu");
        MenuItem note = commands.item(Commands.ADD_NOTE, i18n.get("action.addNote"));
        note.setId("menu-add-note");
        Runnable fill = () -> {
            List<MenuItem> corrections = correctionMenu.items(menuOffset);
            menu.getItems().setAll(corrections);
            if (!corrections.isEmpty()) {
                menu.getItems().add(new SeparatorMenuItem());
            }
            menu.getItems().addAll(annotations.menuItems());
            menu.getItems().addAll(new SeparatorMenuItem(), note);
            note.setDisable(reader.area().getSelection().getLength() == 0);
        };
        menu.setOnShowing(e -> fill.run());
        menu.getItems().add(note); // replaced by the full list each time the menu opens
        var area = reader.area();
        area.setContextMenu(menu);
        // the place the menu is about: under the mouse, or the caret (selection) for the keyboard. The area's
        // own filter may have shown the menu already, for the place asked before: then it is filled again.
        area.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            menuOffset = e.isKeyboardTrigger()
                    ? caretPlace() : area.hit(e.getX(), e.getY()).getCharacterIndex().orElse(caretPlace());
            if (menu.isShowing()) {
                fill.run();
            }
        });
    }

    /** Shift+F10 or the menu key in the reader: its context menu, for the caret's place. */
    private void showReaderMenuAtCaret() {
        var area = reader.area();
        menuOffset = caretPlace();
        javafx.geometry.Bounds at = area.getCaretBounds().orElse(area.localToScreen(area.getBoundsInLocal()));
        readerMenu.show(area, at.getMinX(), at.getMaxY());
    }

    private int caretPlace() {
        IndexRange sel = reader.area().getSelection();
        return sel.getLength() > 0 ? sel.getStart() : reader.area().getCaretPosition();
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
        importer.chooseFiles();
    }

    /** Imports files and folders off the FX thread with progress, then a summary (see {@link ImportController}). */
    public CompletableFuture<BatchImport.Summary> importFiles(List<Path> files) {
        return importer.importPaths(files);
    }

    /** Ctrl+Shift+V: the given text (the clipboard's, in the window) as a new speech. */
    public CompletableFuture<Speech> pasteAsNewSpeech(String text) {
        return importer.pasteText(text);
    }

    /**
     * Shows the text at once, then the highlights when the engine has read it; completes when they
     * are shown (or the user has opened another speech meanwhile). A long document is read twice:
     * first its opening pages, so the screen the user sees is highlighted at once, then the whole.
     */
    public CompletableFuture<Void> open(long speechId) {
        Speech speech = library.find(speechId).orElse(null);
        if (speech == null) {
            return CompletableFuture.completedFuture(null);
        }
        long generation = ++openGeneration;
        current = speech;
        engine = null;
        corrected = null;
        annotations.show(speech);
        outline.setAnalysis(null);
        legend.setAnalysis(null);
        libraryPane.showSelected(speech.id());
        stage.setTitle(i18n.get("app.title") + " — " + speech.title());
        prefs.setLastSpeech(dbKey(), speech.id());
        prefs.addRecentSpeech(dbKey(), speech.id());
        comforts.findBar().refresh();
        status.setText(i18n.get("reader.analyzing"));
        String text = speech.text();
        int preview = Previews.end(text);
        if (preview < text.length()) {
            analysis.analyze(text.substring(0, preview)).thenAccept(a -> Platform.runLater(() -> {
                if (generation == openGeneration && reader.analysis() == null) {
                    // the first pages only; the panes wait for the whole
                    reader.setCorrected(CorrectedView.apply(a, annotations.annotator().corrections(speechId)));
                }
            }));
        }
        CompletableFuture<Void> shown = new CompletableFuture<>();
        analysis.analyze(text).whenComplete((a, failure) -> Platform.runLater(() -> {
            if (generation != openGeneration) {
                shown.complete(null);
                return; // the user has opened another speech meanwhile
            }
            if (failure != null) {
                String message = Failures.describe(failure, i18n);
                status.setText(i18n.get("reader.analysisFailed", message));
                if (Failures.outOfMemory(failure)) {
                    dialogs.error(i18n.get("reader.analysisFailedHeader"), message); // the text stays readable
                }
                shown.completeExceptionally(failure);
                return;
            }
            engine = a;
            CorrectedView view = recomputeCorrections();
            reader.setCorrected(view);
            annotations.setAnalysis(view.analysis());
            outline.setAnalysis(view.analysis());
            correctionsShown(view);
            status.setText(i18n.get("reader.analyzed", view.analysis().sectors().size(), view.analysis().obligations().size()));
            shown.complete(null);
        }));
        return shown;
    }

    /** Opens a speech with [start, end) selected and in view (a search hit). */
    public void openAt(long speechId, int start, int end) {
        open(speechId);
        if (current != null && current.id() == speechId) {
            reader.jumpToRange(start, end);
        }
    }

    // ---- corrections of the engine ------------------------------------------------------------

    /** The open speech's corrected view from the kept engine analysis (no re-analysis); null before it is read. */
    private CorrectedView recomputeCorrections() {
        if (engine == null || current == null) {
            return null;
        }
        CorrectedView view = CorrectedView.apply(engine, annotations.annotator().corrections(current.id()));
        // the sector marks the user's own word list made are theirs too: framed, and "我" on hover
        java.util.Set<String> words = new java.util.HashSet<>();
        annotations.annotator().userTerms().forEach(t -> words.add(t.term()));
        java.util.Set<CorrectedView.Span> decided = new java.util.HashSet<>(view.decided());
        view.analysis().sectors().stream().filter(m -> words.contains(m.term()))
                .forEach(m -> decided.add(new CorrectedView.Span(m.start(), m.end())));
        corrected = new CorrectedView(view.analysis(), view.applied(), view.needingLook(), decided);
        return corrected;
    }

    /**
     * The user's word list changed (a sector decided for every speech, or its undo): the engine reads the open
     * speech again, and the reader shows the new analysis with the corrections, where it was.
     */
    public CompletableFuture<Void> reanalyze() {
        if (current == null) {
            return CompletableFuture.completedFuture(null);
        }
        long generation = openGeneration;
        return analysis.analyze(current.text()).thenAccept(a -> Platform.runLater(() -> {
            if (generation != openGeneration) {
                return;
            }
            engine = a;
            CorrectedView view = recomputeCorrections();
            reader.setCorrected(view);
            annotations.setAnalysis(view.analysis());
            correctionsShown(view);
        }));
    }

    /** A new corrected view is in the reader: the legend's counts, the status count, an open 我的修正 list. */
    private void correctionsShown(CorrectedView view) {
        legend.setAnalysis(view.analysis());
        int n = annotations.annotator().corrections(current.id()).size();
        correctionCount.setText(n == 0 && view.needingLook().isEmpty() ? ""
                : CorrectionRows.count(n, view.needingLook().size(), i18n));
        if (correctionsWindow != null && correctionsWindow.stage().isShowing()) {
            correctionsWindow.reload();
        }
    }

    /** The corrected view the reader shows (null until the engine has read the speech). */
    public CorrectedView corrected() {
        return corrected;
    }

    /** The 我的修正 list (Ctrl+Shift+M, the status count, the view menu), opened. */
    public CorrectionsWindow showCorrections() {
        if (correctionsWindow == null) {
            correctionsWindow = new CorrectionsWindow(i18n, stage, reader.sectors(), new CorrectionsWindow.Source() {
                @Override
                public List<Correction> speech() {
                    return current == null ? List.of() : annotations.annotator().corrections(current.id());
                }

                @Override
                public java.util.Collection<Long> speechNeedingLook() {
                    return corrected == null ? List.of() : corrected.needingLook().stream().map(Correction::id).toList();
                }

                @Override
                public List<Correction> library() {
                    return library.allCorrections();
                }

                @Override
                public CompletableFuture<java.util.Collection<Long>> libraryNeedingLook() {
                    return needingLookInLibrary();
                }

                @Override
                public java.util.Map<Long, String> titles() {
                    java.util.Map<Long, String> titles = new java.util.HashMap<>();
                    library.list().forEach(s -> titles.put(s.id(), s.title()));
                    return titles;
                }
            }, this::withdraw, this::jumpTo);
        }
        correctionsWindow.show();
        return correctionsWindow;
    }

    /** Every speech with corrections, read by the worker's engine: which corrections need a look. */
    private CompletableFuture<java.util.Collection<Long>> needingLookInLibrary() {
        List<Long> speeches = library.allCorrections().stream().map(Correction::speechId).distinct().toList();
        return analysis.withAnalyzer(analyzer -> {
            List<Long> ids = new ArrayList<>();
            for (long id : speeches) {
                services.corrected(id, analyzer).ifPresent(v -> v.needingLook().forEach(c -> ids.add(c.id())));
            }
            return ids;
        });
    }

    private boolean withdraw(Correction c) {
        try {
            annotations.annotator().removeCorrection(c);
        } catch (jingdu.app.annotate.AnnotationException e) {
            status.setText(e.localized(i18n));
            return false;
        } catch (UserFailure e) {
            reportStoreFailure(e);
            return false;
        }
        annotations.annotator().nextUndo().ifPresent(d -> status.setText(i18n.get(d.key(), d.argArray())));
        annotations.afterCorrection();
        return true;
    }

    private void jumpTo(Correction c) {
        if (current != null && current.id() == c.speechId()) {
            reader.jumpToRange(c.start(), c.end());
        } else {
            openAt(c.speechId(), c.start(), c.end());
        }
        stage.toFront();
    }

    /** "只看已确认": only what the user decided is drawn; remembered. */
    void setDecidedOnly(boolean on) {
        prefs.setDecidedOnly(on);
        reader.setDecidedOnly(on);
    }

    /** The reader's correction actions (for tests: the menu's actions without the menu). */
    CorrectionMenu correctionMenu() {
        return correctionMenu;
    }

    // ---- tags and notes ------------------------------------------------------------------------

    /** Keys 1/2/3 and the toolbar: tags the selected paragraphs (or passage) with the level, or removes it. */
    public void toggleLevel(Level level) {
        annotations.toggleLevel(level);
    }

    /** The tag manager, opened (for tests and the toolbar). */
    /** 数据 → 单位管理: the task board's units. */
    public jingdu.ui.units.UnitsDialog openUnits() {
        jingdu.ui.units.UnitsDialog d = new jingdu.ui.units.UnitsDialog(services.taskBoard(), i18n, stage,
                dialogs::confirm, () -> { });
        d.show();
        return d;
    }

    /** 数据 → 时段设置: the named periods due dates are read with. */
    public jingdu.ui.units.PeriodsDialog openPeriods() {
        jingdu.ui.units.PeriodsDialog d = new jingdu.ui.units.PeriodsDialog(services.taskBoard(), i18n, stage,
                dialogs::confirm, () -> { });
        d.show();
        return d;
    }

    public jingdu.ui.tags.TagManager openTagManager() {
        annotations.openTagManager();
        return annotations.tagManager();
    }

    // ---- export and language -------------------------------------------------------------------

    private void chooseExport() {
        new ExportDialog(services, i18n, stage, current == null ? null : current.id(), prefs).show();
    }

    /** Writes the open speech's annotated notes as Markdown, off the FX thread. */
    public CompletableFuture<Path> exportMarkdown(Path out) {
        long speechId = current.id();
        status.setText(i18n.get("export.progress"));
        return analysis.withAnalyzer(analyzer -> {
            services.exports(analyzer, i18n).writeMarkdown(speechId, out, true);
            return out;
        }).whenComplete((path, failure) -> Platform.runLater(() -> {
            if (failure == null) {
                status.setText(i18n.get("export.done", path));
                return;
            }
            String message = Failures.describe(failure, i18n);
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
        return analysis.submit(() -> library.backupTo(target, true)) // the save dialog asked before replacing
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
        Path dir = Recovery.backupFolder(library.file());
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
            Path safety = library.restore(backup);
            List<SpeechSummary> speeches = library.list();
            if (speeches.isEmpty()) {
                start();
            } else {
                long id = current != null && speeches.stream().anyMatch(s -> s.id() == current.id())
                        ? current.id() : speeches.get(0).id();
                open(id);
            }
            status.setText(i18n.get("store.restored", backup.getFileName(), safety.getFileName()));
        } catch (UserFailure e) {
            reportStoreFailure(e);
        }
    }

    private void reportStoreFailure(Throwable failure) {
        String message = Failures.describe(failure, i18n);
        dialogs.error(i18n.get("store.failed"), message);
        status.setText(message);
    }

    /** The window is made again in the new language; the windows it opened go with the old one. */
    void switchLanguage(String language) {
        prefs.setLanguage(language);
        if (compareWindow != null) { // made again, in the new language, when next asked for
            compareWindow.stage().close();
            compareWindow.view().close();
            compareWindow = null;
        }
        onLanguageChange.run();
    }

    /** A speech was renamed, edited, deleted or restored in the library pane. */
    private void afterLibraryChange(long speechId) {
        if (current == null || current.id() != speechId) {
            return;
        }
        Speech now = library.find(speechId).orElse(null);
        List<SpeechSummary> live = library.list();
        if (now == null || live.stream().noneMatch(s -> s.id() == speechId)) {
            current = null; // the open speech was deleted: show another
            if (live.isEmpty()) {
                start();
            } else {
                open(live.get(0).id());
            }
            return;
        }
        current = now;
        stage.setTitle(i18n.get("app.title") + " — " + now.title());
    }

    LibraryPane libraryPane() {
        return libraryPane;
    }

    /** Light or dark, in place: the open speech, caret and scroll position stay; every open window follows. */
    void setTheme(Theme theme) {
        prefs.setTheme(theme.id());
        if (root.getScene() != null) {
            theme.apply(root.getScene());
        }
    }

    ReaderComforts comforts() {
        return comforts;
    }

    private String dbKey() {
        return library.file().toAbsolutePath().toString();
    }

    /** Builds the scene with the app stylesheet and a Chinese font that exists here. */
    public Scene scene(double width, double height) {
        root.setStyle(Theme.fontStyle());
        Scene scene = new Scene(root, width, height, Theme.of(prefs.theme()).background());
        Theme.of(prefs.theme()).apply(scene);
        return scene;
    }
}
