package jingdu.ui;

import java.nio.file.Path;
import java.util.List;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import jingdu.analysis.Analyzer;
import jingdu.app.AnalysisService;
import jingdu.app.DataPaths;
import jingdu.app.Library;
import jingdu.i18n.I18n;
import jingdu.store.StoreException;

/**
 * The composition root of the window: opens the library, starts the analysis service, builds the
 * main window. Options: {@code --db PATH} (data file), {@code --lang zh|en}.
 */
public final class JingduApp extends Application {

    private Library library;
    private AnalysisService analysis;
    private Prefs prefs;
    private Stage stage;
    private MainWindow window;

    public static void launchWith(String[] args) {
        Application.launch(JingduApp.class, args);
    }

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        List<String> args = getParameters().getRaw();
        prefs = Prefs.user();
        String lang = option(args, "--lang");
        if (lang != null) {
            prefs.setLanguage(lang);
        }
        String db = option(args, "--db");
        Path dbFile = db != null ? Path.of(db) : DataPaths.defaultDatabase();
        try {
            library = Library.open(dbFile);
        } catch (StoreException e) {
            I18n i18n = new I18n(I18n.forLanguage(prefs.language()));
            Alert alert = new Alert(Alert.AlertType.ERROR, i18n.get(e.key(), e.getMessage()));
            alert.setHeaderText(i18n.get("store.failed"));
            alert.showAndWait();
            Platform.exit();
            return;
        }
        analysis = new AnalysisService(Analyzer::new);
        analysis.warmUp();
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
        buildWindow();
        stage.show();
    }

    /** (Re)builds the window in the current language; the open speech stays open. */
    private void buildWindow() {
        I18n i18n = new I18n(I18n.forLanguage(prefs.language()));
        long open = window != null && window.current() != null ? window.current().id() : -1;
        window = new MainWindow(library, analysis, i18n, prefs, stage, this::buildWindow);
        Scene scene = window.scene(stage.getWidth(), stage.getHeight());
        stage.setScene(scene);
        if (open >= 0) {
            window.open(open);
        } else {
            window.start();
        }
    }

    @Override
    public void stop() {
        if (analysis != null) {
            analysis.close();
        }
        if (library != null) {
            library.close();
        }
    }

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
