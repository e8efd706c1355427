package jingdu.ui;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import jingdu.app.AnalysisService;
import jingdu.app.Services;
import jingdu.app.library.BackupScheduler;
import jingdu.app.start.DataPaths;
import jingdu.app.Failures;
import jingdu.app.Library;
import jingdu.app.start.SingleInstance;
import jingdu.app.start.StartArguments;
import jingdu.i18n.I18n;

/**
 * The composition root of the window: opens the library, starts the analysis service, builds the
 * main window. Options: {@code --db PATH} (data file), {@code --lang zh|en} (this start only: the 语言 menu's
 * choice is the one remembered); any other argument is a file to import and open (how the desktop's "open with"
 * hands a speech over).
 * <p>
 * The window opens at once with its menu bar, toolbar and an empty reader in the program's colours
 * ({@link StartFrame}); the main window takes its place when the library is open, which happens on a thread of
 * its own, never holding up the FX thread.
 * With {@code JINGDU_STARTUP_LOG=1} it prints to stderr how long after the process start the first
 * frame was laid out and the analysis engine was loaded.
 */
public final class JingduApp extends Application {

    private static final boolean STARTUP_LOG = "1".equals(System.getenv("JINGDU_STARTUP_LOG"));

    /** Automatic backups while there are changes (the newest 10 are kept). */
    private static final Duration BACKUP_INTERVAL = Duration.ofMinutes(10);

    /** Set by the tests' constructor: the preferences, the library being opened, and the arguments. */
    private final Prefs givenPrefs;
    private final CompletableFuture<Library> givenOpening;
    private final List<String> givenArgs;
    /** {@code --lang}: the language of this start; null once the user chooses one in the menu (or when not given). */
    private String languageOverride;
    private Path dbFile;
    private List<String> args;
    private StartupDialogs startup;

    private Library library;
    private BackupScheduler backups;
    private AnalysisService analysis;
    private Services services;
    private Prefs prefs;
    private Stage stage;
    private MainWindow window;
    /** Completes when the first frame has been laid out; slow start-up work waits for it. */
    private final CompletableFuture<Void> firstFrame = new CompletableFuture<>();

    /** The library, opened on its own thread while the toolkit starts: on two cores both go at once. */
    private static volatile CompletableFuture<Library> opening;
    /** Listens for later starts on the same library (one window per library); null where unsupported. */
    private static volatile SingleInstance instance;
    /**
     * JavaFX warns on every start that it was loaded from the class path, which is how Jingdu ships it
     * (installer/README.md). A filter keeps that one warning off the user's console; the logger is held here
     * because java.util.logging keeps loggers only weakly.
     */
    private static final java.util.logging.Logger FX_LOG = java.util.logging.Logger.getLogger("javafx");

    /** Completes with the app once its window is shown: hand-overs from later starts wait for it. */
    private static final CompletableFuture<JingduApp> shown = new CompletableFuture<>();

    public JingduApp() {
        this(null, null, null);
    }

    /** A window on {@code opening} (a library being opened) with its own preferences: what the start-up tests run. */
    JingduApp(Prefs prefs, CompletableFuture<Library> opening, List<String> args) {
        this.givenPrefs = prefs;
        this.givenOpening = opening;
        this.givenArgs = args;
    }

    public static void launchWith(String[] args) {
        Path dbFile = dbFile(List.of(args));
        Path windowFile = SingleInstance.windowFileFor(dbFile);
        if (SingleInstance.handOver(windowFile, StartArguments.files(List.of(args)))) {
            // a window is already open on this library: it imports the files and comes to the front
            String lang = option(List.of(args), "--lang");
            System.out.println(new I18n(I18n.forLanguage(lang != null ? lang : Prefs.user().language()))
                    .get("startup.handedOver"));
            return;
        }
        Thread.setDefaultUncaughtExceptionHandler(JingduApp::uncaught);
        FX_LOG.setFilter(r -> r.getMessage() == null || !r.getMessage().startsWith("Unsupported JavaFX configuration"));
        opening = CompletableFuture.supplyAsync(() -> {
            Prefs.user().language(); // reads the preferences file (and loads its XML parser) off the FX thread
            Library library = Library.open(dbFile);
            // later starts on this library hand their files over; they wait in `shown` until the window is up
            instance = SingleInstance.listen(windowFile, files -> shown.thenAccept(app -> Platform.runLater(() -> app.receive(files))));
            return library;
        }, JingduApp::onItsOwnThread);
        Application.launch(JingduApp.class, args);
    }

    /**
     * Work that runs out of memory where nothing catches it (an event handler, a helper thread) is told in a
     * dialog rather than lost in a stack trace on a console the user never sees; the window goes on, and
     * what was saved stays saved. Anything else keeps the JVM's usual report.
     */
    private static void uncaught(Thread thread, Throwable e) {
        if (!Failures.outOfMemory(e)) {
            System.err.print("Exception in thread \"" + thread.getName() + "\" ");
            e.printStackTrace();
            return;
        }
        String message = Failures.describe(e, new I18n(I18n.forLanguage(Prefs.user().language())));
        System.err.println(message);
        shown.thenAccept(app -> Platform.runLater(() -> app.window.showError(message)));
    }

    private static Path dbFile(List<String> args) {
        String db = option(args, "--db");
        return db != null ? Path.of(db) : DataPaths.defaultDatabase();
    }

    /** The language of this start: {@code --lang} if given (not remembered), else the one chosen in the menu. */
    private String language() {
        return languageOverride != null ? languageOverride : prefs.language();
    }

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        if (STARTUP_LOG) {
            startupLog("start()");
        }
        args = givenArgs != null ? givenArgs : getParameters().getRaw();
        prefs = givenPrefs != null ? givenPrefs : Prefs.user();
        languageOverride = option(args, "--lang");
        dbFile = dbFile(args);
        CompletableFuture<Library> opened = givenOpening != null ? givenOpening : opening != null ? opening
                : CompletableFuture.supplyAsync(() -> Library.open(dbFile), JingduApp::onItsOwnThread);
        I18n i18n = new I18n(I18n.forLanguage(language()));
        startup = new StartupDialogs(i18n);
        double[] b = prefs.windowBounds();
        if (!Double.isNaN(b[0])) {
            stage.setX(b[0]);
            stage.setY(b[1]);
        }
        stage.setWidth(b[2]);
        stage.setHeight(b[3]);
        stage.setMaximized(prefs.maximized());
        stage.setOnCloseRequest(e -> {
            prefs.setMaximized(stage.isMaximized());
            if (!stage.isMaximized()) { // keep the bounds to return to when un-maximised
                prefs.setWindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
            }
        });
        setIcon();
        stage.setTitle(i18n.get("app.title"));
        // at once: the frame in the program's colours (never a blank white window), then the library
        stage.setScene(StartFrame.scene(i18n, Theme.of(prefs.theme()), b[2], b[3]));
        stage.show();
        if (STARTUP_LOG) {
            startupLog("frame shown");
        }
        opened.whenComplete((library, failure) -> Platform.runLater(() -> libraryOpened(opened)));
    }

    private static void onItsOwnThread(Runnable work) {
        Thread t = new Thread(work, "jingdu-open");
        t.setDaemon(true);
        t.start();
    }

    /** The library is open (or failed to open: then the user is asked what to do): the main window takes over. */
    private void libraryOpened(CompletableFuture<Library> opened) {
        library = startup.openLibrary(dbFile, opened); // done by now: no waiting here
        if (library == null) {
            Platform.exit();
            return;
        }
        if (STARTUP_LOG) {
            startupLog("library open");
        }
        backups = new BackupScheduler(library, (jingdu.i18n.UserFailure e) -> Platform.runLater(() -> {
            I18n i18n = new I18n(I18n.forLanguage(language()));
            String message = e.localized(i18n);
            if (library.damaged()) {
                window.warnUser(message); // the library takes no more writes: the user must know now
            } else {
                window.notifyUser(message);
            }
        }));
        analysis = AnalysisService.forLibrary(library);
        services = new Services(library, analysis);
        // the first frame goes first; then the engine loads and the start-up backup is taken
        analysis.holdUntil(firstFrame);
        var warm = analysis.warmUp();
        firstFrame.thenRun(() -> backups.start(BACKUP_INTERVAL));
        buildWindow();
        if (STARTUP_LOG) {
            startupLog("window built");
            firstFrame.thenRun(() -> startupLog("first frame"));
            warm.thenRun(() -> startupLog("analysis ready"));
        }
        onFirstFrame(stage.getScene(), firstFrame);
        warm.whenComplete((ready, failure) -> Platform.runLater(window::prefetchBoard)); // after the engine: start first
        Runtime.getRuntime().addShutdownHook(new Thread(this::closeAll, "jingdu-close"));
        // after a crash: told once the window is up, without holding up the start
        startup.uncleanNotice(library).ifPresent(notice -> Platform.runLater(() -> {
            if (library.walDiscarded()) {
                window.warnUser(notice); // something the user may want back is in the safety copy
            } else {
                window.notifyUser(notice);
            }
        }));
        List<Path> files = StartArguments.files(args);
        if (!files.isEmpty()) {
            window.importFiles(files);
        }
        shown.complete(this);
    }

    /** The main window once the library is open (null before): for tests. */
    MainWindow window() {
        return window;
    }

    /** Files handed over by a later start on the same library: to the front, then imported and opened. */
    private void receive(List<Path> files) {
        if (stage.isIconified()) {
            stage.setIconified(false);
        }
        stage.toFront();
        stage.requestFocus();
        if (!files.isEmpty()) {
            window.importFiles(files);
        }
    }

    private void setIcon() {
        try (InputStream in = JingduApp.class.getResourceAsStream("/icons/jingdu-48.png")) {
            if (in != null) {
                stage.getIcons().add(new Image(in));
            }
        } catch (java.io.IOException e) {
            // no icon is no reason not to start
        }
    }

    /** The first pulse after show() lays the scene out just before it is drawn: that is our "first frame". */
    private static void onFirstFrame(Scene scene, CompletableFuture<Void> firstFrame) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            firstFrame.complete(null);
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    private static void startupLog(String what) {
        long ms = ProcessHandle.current().info().startInstant()
                .map(start -> Duration.between(start, Instant.now()).toMillis()).orElse(-1L);
        System.err.println("startup: " + what + " after " + ms + " ms");
    }

    /** (Re)builds the window in the current language; the open speech stays open. */
    private void buildWindow() {
        I18n i18n = new I18n(I18n.forLanguage(language()));
        long open = window != null && window.current() != null ? window.current().id() : -1;
        window = new MainWindow(services, i18n, prefs, stage, () -> {
            languageOverride = null; // the menu's choice (saved by the window) from now on
            buildWindow();
        });
        window.showSidePanesAfter(firstFrame);
        Scene scene = window.scene(stage.getWidth(), stage.getHeight());
        stage.setScene(scene);
        CompletableFuture<Void> shown = open >= 0 ? window.open(open) : window.start();
        if (STARTUP_LOG && open < 0) {
            shown.thenRun(() -> startupLog("speech highlighted"));
        }
    }

    @Override
    public void stop() {
        closeAll();
    }

    /**
     * Also on SIGTERM (a desktop logging out, `kill`): JavaFX does not call {@link #stop} then, and a library
     * left open looks like a crash to the next start (which keeps a safety copy and says so).
     */
    private synchronized void closeAll() {
        if (closed) {
            return;
        }
        closed = true;
        if (instance != null) {
            instance.close(); // first, so a start from now on opens its own window instead of handing over
        }
        if (backups != null) {
            backups.close();
        }
        if (services != null) {
            services.close();
        } else if (library != null) {
            library.close();
        }
    }

    private boolean closed;

    private static String option(List<String> args, String name) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals(name) && i + 1 < args.size()) {
                return args.get(i + 1);
            }
            if (a.startsWith(name + "=")) {
                return a.substring(name.length() + 1);
            }
        }
        return null;
    }
}
