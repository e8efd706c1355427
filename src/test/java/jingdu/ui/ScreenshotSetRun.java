package jingdu.ui;

import static jingdu.ui.ScreenCapture.onFx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import java.util.stream.Stream;

import javafx.application.Platform;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import jingdu.analysis.Analyzer;
import jingdu.app.AnalysisService;
import jingdu.app.Library;
import jingdu.app.Services;
import jingdu.app.export.ExportFormat;
import jingdu.app.search.SearchHit;
import jingdu.i18n.I18n;
import jingdu.model.SectorMention;
import jingdu.ui.export.ExportDialog;
import jingdu.ui.search.SearchPane;
import org.fxmisc.richtext.model.TwoDimensional.Bias;

/**
 * Issue 18's screenshot set (run under Xvfb at 1366×768): the sample with two notes on phrases that start with a
 * sector term (the note frame over the sector colour, the gutter mark); the library tab after importing a few
 * corpus texts (their source file names); the search tab with a query of several hits; the export dialog with Word
 * chosen and its preview. Writes PREFIX-reader.png, -library.png, -search.png and -export.png.
 * Usage: ScreenshotSetRun PREFIX [zh|en] [FOLDER_OF_TEXTS]
 */
public final class ScreenshotSetRun {

    public static void main(String[] args) throws Exception {
        try {
            run(args);
        } catch (Throwable e) {
            e.printStackTrace();
            System.exit(1); // the FX thread would keep the process alive
        }
    }

    private static void run(String[] args) throws Exception {
        String prefix = args.length > 0 ? args[0] : "target/screenshot-1366";
        Locale locale = I18n.forLanguage(args.length > 1 ? args[1] : "zh");
        Path corpus = Path.of(args.length > 2 ? args[2] : "../shared/corpus/seeds");
        I18n i18n = new I18n(locale);
        Path dir = Files.createTempDirectory("jingdu-shot");
        Library library = Library.open(dir.resolve("jingdu.db"));
        AnalysisService analysis = new AnalysisService(Analyzer::new);
        Preferences node = Preferences.userRoot().node("jingdu-shot-" + UUID.randomUUID());
        Services services = new Services(library, analysis);
        CountDownLatch started = new CountDownLatch(1);
        MainWindow[] window = new MainWindow[1];
        Stage[] stage = new Stage[1];
        Platform.startup(() -> {
            stage[0] = new Stage();
            stage[0].setX(0);
            stage[0].setY(0);
            window[0] = new MainWindow(services, i18n, new Prefs(node), stage[0], () -> { });
            stage[0].setScene(window[0].scene(1366, 768));
            stage[0].show();
            window[0].start();
            started.countDown();
        });
        started.await(30, TimeUnit.SECONDS);
        awaitAnalysis(window[0]);
        long sample = onFx(() -> window[0].current().id());

        // a few real speeches, through the window's own import (progress, then the summary, closed below)
        List<Path> texts;
        try (Stream<Path> files = Files.list(corpus)) {
            texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().limit(4).toList();
        }
        onFx(() -> window[0].importFiles(new ArrayList<>(texts))).get(180, TimeUnit.SECONDS);
        Thread.sleep(1000);
        closeOthers(stage[0]);

        // the reader: two notes, each on a phrase that starts with a sector term
        onFx(() -> window[0].open(sample)).get(120, TimeUnit.SECONDS);
        awaitAnalysis(window[0]);
        int[] firstNote = onFx(() -> {
            String text = window[0].reader().area().getText();
            List<SectorMention> picked = new ArrayList<>();
            for (SectorMention m : window[0].reader().analysis().sectors()) {
                int end = Math.min(m.end() + 6, text.indexOf('\n', m.start()) < 0 ? text.length() : text.indexOf('\n', m.start()));
                boolean apart = picked.isEmpty() || m.start() - picked.get(picked.size() - 1).start() > 40;
                if (m.start() > text.indexOf('\n') && end > m.end() + 3 && apart) {
                    picked.add(m);
                }
                if (picked.size() == 2) {
                    break;
                }
            }
            if (picked.size() < 2) {
                throw new IllegalStateException("fewer than two sector terms in the sample");
            }
            String[] bodies = {"请属地乡镇报送排查台账", "月底前复查整改情况"};
            for (int i = 0; i < 2; i++) {
                SectorMention m = picked.get(i);
                int end = Math.min(m.end() + 6, text.indexOf('\n', m.start()));
                library.notes().add(sample, m.start(), end, text.substring(m.start(), end), bodies[i]);
                System.out.println("note on: " + text.substring(m.start(), end) + " (sector term " + m.term() + ")");
            }
            return new int[] {picked.get(0).start()};
        });
        onFx(() -> window[0].open(sample)).get(120, TimeUnit.SECONDS);
        awaitAnalysis(window[0]);
        onFx(() -> {
            var area = window[0].reader().area();
            int paragraph = area.offsetToPosition(firstNote[0], Bias.Forward).getMajor();
            area.showParagraphAtTop(Math.max(0, paragraph - 1));
            area.moveTo(0);
            return null;
        });
        Thread.sleep(1500);
        save(stage[0], prefix + "-reader.png");

        // the library tab: the imported speeches with their source file names
        TabPane tabs = onFx(() -> (TabPane) window[0].root().lookup(".left-tabs"));
        javafx.scene.control.SplitPane[] left = new javafx.scene.control.SplitPane[1];
        double[] divider = new double[1];
        onFx(() -> {
            tabs.getSelectionModel().select(0);
            // at 768 px the default split leaves the list about three rows: drag the divider down, as a user would
            javafx.scene.Node n = tabs.getParent();
            while (!(n instanceof javafx.scene.control.SplitPane)) {
                n = n.getParent();
            }
            left[0] = (javafx.scene.control.SplitPane) n;
            divider[0] = left[0].getDividerPositions()[0];
            left[0].setDividerPositions(0.78);
            return null;
        });
        Thread.sleep(1500);
        save(stage[0], prefix + "-library.png");

        // the search tab: a query with hits in several speeches
        onFx(() -> {
            left[0].setDividerPositions(divider[0]); // back to the default for the search
            tabs.getSelectionModel().select(1);
            ((TextField) window[0].root().lookup("#" + SearchPane.FIELD_ID)).setText("隐患排查");
            return null;
        });
        @SuppressWarnings("unchecked")
        ListView<SearchHit> results = onFx(() -> (ListView<SearchHit>) window[0].root().lookup("#" + SearchPane.RESULTS_ID));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (onFx(() -> results.getItems().size() < 3) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        onFx(() -> {
            results.getSelectionModel().select(0);
            SearchHit h = results.getItems().get(0);
            window[0].openAt(h.speechId(), h.start(), h.end());
            return null;
        });
        Thread.sleep(3000);
        System.out.println("search hits shown: " + onFx(() -> results.getItems().size()));
        save(stage[0], prefix + "-search.png");

        // the export dialog over the window, Word chosen, its formatted preview
        onFx(() -> window[0].open(sample)).get(120, TimeUnit.SECONDS);
        awaitAnalysis(window[0]);
        ExportDialog export = onFx(() -> {
            ExportDialog d = new ExportDialog(services, i18n, stage[0], sample, new Prefs(node));
            d.show();
            d.setFormat(ExportFormat.DOCX);
            return d;
        });
        Thread.sleep(4000); // the preview is built off the FX thread
        onFx(() -> {
            Stage s = export.stage();
            s.setX(Math.max(0, (1366 - s.getWidth()) / 2));
            s.setY(Math.max(0, (768 - s.getHeight()) / 2));
            s.toFront();
            return null;
        });
        Thread.sleep(1000);
        System.out.println("export dialog: " + onFx(() -> (int) export.stage().getWidth() + "x" + (int) export.stage().getHeight()));
        save(stage[0], prefix + "-export.png");

        closeOthers(null);
        analysis.close();
        library.close();
        node.removeNode();
        Platform.exit();
        System.exit(0);
    }

    private static void save(Stage stage, String out) throws Exception {
        var image = ScreenCapture.save(stage, Path.of(out));
        System.out.println("screenshot: " + Path.of(out).toAbsolutePath() + " (" + (int) image.getWidth() + "x"
                + (int) image.getHeight() + ")");
    }

    /** Closes the import summary (and any other window but {@code keep}). */
    private static void closeOthers(Stage keep) throws Exception {
        onFx(() -> {
            for (Window w : new ArrayList<>(Window.getWindows())) {
                if (w != keep && w instanceof Stage s) {
                    s.close();
                }
            }
            return null;
        });
    }

    private static void awaitAnalysis(MainWindow w) throws Exception {
        Thread.sleep(300);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (onFx(() -> w.reader().analysis() == null || w.corrected() == null)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("analysis did not finish");
            }
            Thread.sleep(100);
        }
    }

    private ScreenshotSetRun() {
    }
}
