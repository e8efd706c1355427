package jingdu.ui;

import static jingdu.ui.ScreenCapture.onFx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;

import javafx.application.Platform;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import jingdu.analysis.Analyzer;
import jingdu.app.AnalysisService;
import jingdu.app.Library;
import jingdu.app.Services;
import jingdu.app.search.SearchHit;
import jingdu.i18n.I18n;
import jingdu.ui.search.SearchPane;

/**
 * Real-window capture of the search tab: the sample library, a two-character query, the first hit
 * opened. Run under Xvfb: SearchScreenshotRun OUT.png [zh|en]
 */
public final class SearchScreenshotRun {

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/screenshot-search.png");
        Locale locale = I18n.forLanguage(args.length > 1 ? args[1] : "zh");
        Path dir = Files.createTempDirectory("jingdu-shot");
        Library library = Library.open(dir.resolve("jingdu.db"));
        AnalysisService analysis = new AnalysisService(Analyzer::new);
        Preferences prefs = Preferences.userRoot().node("jingdu-shot-" + UUID.randomUUID());
        CountDownLatch started = new CountDownLatch(1);
        MainWindow[] window = new MainWindow[1];
        Stage[] stage = new Stage[1];
        Platform.startup(() -> {
            stage[0] = new Stage();
            stage[0].setX(0);
            stage[0].setY(0);
            window[0] = new MainWindow(new Services(library, analysis), new I18n(locale), new Prefs(prefs), stage[0], () -> { });
            stage[0].setScene(window[0].scene(1400, 900));
            stage[0].show();
            window[0].start();
            started.countDown();
        });
        started.await(30, TimeUnit.SECONDS);
        onFx(() -> {
            window[0].root().getScene().getAccelerators().entrySet().stream()
                    .filter(e -> e.getKey().getName().contains("F")).findFirst().ifPresent(e -> e.getValue().run());
            ((TextField) window[0].root().lookup("#" + SearchPane.FIELD_ID)).setText("燃气");
            return null;
        });
        @SuppressWarnings("unchecked")
        ListView<SearchHit> results = onFx(() -> (ListView<SearchHit>) window[0].root().lookup("#" + SearchPane.RESULTS_ID));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (onFx(() -> results.getItems().isEmpty()) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        onFx(() -> {
            results.getSelectionModel().select(0);
            SearchHit h = results.getItems().get(0);
            window[0].openAt(h.speechId(), h.start(), h.end());
            return null;
        });
        Thread.sleep(3000);
        ScreenCapture.save(stage[0], out);
        System.out.println("screenshot: " + out.toAbsolutePath());
        analysis.close();
        library.close();
        prefs.removeNode();
        Platform.exit();
        System.exit(0);
    }

    private SearchScreenshotRun() {
    }
}
