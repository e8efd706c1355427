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
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import jingdu.analysis.Analyzer;
import jingdu.app.AnalysisService;
import jingdu.app.Library;
import jingdu.app.Services;
import jingdu.i18n.I18n;
import jingdu.model.Level;

/**
 * Starts the real window on the real (GTK) toolkit — run it under Xvfb — opens the sample in a fresh
 * library, tags two paragraphs, adds a note, and saves a capture of the screen to the given PNG.
 * Usage: ScreenshotRun OUT.png [zh|en] [dark] [find] — "dark" uses the dark theme, "find" opens the find bar on 燃气.
 */
public final class ScreenshotRun {

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/screenshot.png");
        Locale locale = I18n.forLanguage(args.length > 1 ? args[1] : "zh");
        Path dir = Files.createTempDirectory("jingdu-shot");
        Library library = Library.open(dir.resolve("jingdu.db"));
        AnalysisService analysis = new AnalysisService(Analyzer::new);
        Preferences prefs = Preferences.userRoot().node("jingdu-shot-" + UUID.randomUUID());
        java.util.List<String> options = java.util.Arrays.asList(args);
        if (options.contains("dark")) {
            new Prefs(prefs).setTheme(Theme.DARK.id());
        }
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
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (onFx(() -> window[0].reader().analysis() == null)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("analysis did not finish");
            }
            Thread.sleep(100);
        }
        onFx(() -> {
            var area = window[0].reader().area();
            area.requestFocus();
            area.moveTo(3, 0);
            window[0].toggleLevel(Level.LEADERSHIP);
            area.moveTo(5, 0);
            window[0].toggleLevel(Level.SUPERVISION);
            window[0].toggleLevel(Level.ENTERPRISE);
            String text = area.getText();
            int s = text.indexOf("入户安检制度");
            library.notes().add(window[0].current().id(), s, s + 6, "入户安检制度", "请燃气公司报送入户安检台账");
            window[0].open(window[0].current().id());
            return null;
        });
        while (onFx(() -> window[0].reader().analysis() == null)) {
            Thread.sleep(100);
        }
        if (options.contains("find")) {
            onFx(() -> {
                window[0].reader().area().moveTo(0);
                window[0].comforts().findBar().open();
                ((javafx.scene.control.TextField) window[0].root().lookup("#" + jingdu.ui.reader.FindBar.FIELD_ID)).setText("燃气");
                window[0].comforts().findBar().next();
                return null;
            });
        }
        Thread.sleep(1500); // let layout and CSS settle before the capture
        WritableImage image = ScreenCapture.save(stage[0], out);
        System.out.println("screenshot: " + out.toAbsolutePath() + " (" + (int) image.getWidth() + "x" + (int) image.getHeight() + ")");
        Platform.runLater(() -> stage[0].close());
        analysis.close();
        library.close();
        prefs.removeNode();
        Platform.exit();
        System.exit(0);
    }

    private ScreenshotRun() {
    }

}
