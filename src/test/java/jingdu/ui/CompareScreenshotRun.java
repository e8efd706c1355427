package jingdu.ui;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;

import javafx.application.Platform;
import javafx.stage.Stage;
import jingdu.analysis.Analyzer;
import jingdu.app.AnalysisService;
import jingdu.app.Library;
import jingdu.app.Services;
import jingdu.i18n.I18n;
import jingdu.model.AlignedObligation;
import jingdu.model.Speech;
import jingdu.model.SpeechMeta;
import jingdu.ui.compare.CompareView;
import jingdu.ui.compare.CompareWindow;

/**
 * Issue 20's real-window check at 1366×768: two speeches of the corpus in the 对比 window, compared, a continued task
 * selected (its partner brought into view in the other text, its wording difference below).
 * Usage: CompareScreenshotRun OUT.png [zh|en[,dark][,WxH]] [OLDER.txt NEWER.txt [OLDER-NAME NEWER-NAME]]; by default a pair of the
 * alignment set (an older county speech of the corpus and the follow-up written for it), named for what they are.
 */
public final class CompareScreenshotRun {

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/compare-screenshot.png");
        String[] look = (args.length > 1 ? args[1] : "zh").split(","); // "zh", "en", "zh,dark", "en,1024x640"
        int[] size = java.util.Arrays.stream(look).filter(l -> l.matches("\\d+x\\d+")).findFirst()
                .map(l -> new int[] {Integer.parseInt(l.split("x")[0]), Integer.parseInt(l.split("x")[1])})
                .orElse(new int[] {1366, 768});
        Locale locale = I18n.forLanguage(look[0]);
        Path olderFile = Path.of(args.length > 3 ? args[2] : "src/test/resources/align/dev/02-county-spring-festival/old.txt");
        Path newerFile = Path.of(args.length > 3 ? args[3] : "src/test/resources/align/dev/02-county-spring-festival/new.txt");
        boolean zh = locale.getLanguage().equals("zh");
        String olderName = args.length > 5 ? args[4] : zh ? "上年春节前后安全防范工作讲话.txt" : "Spring Festival safety, last year.txt";
        String newerName = args.length > 5 ? args[5] : zh ? "今年春节前后安全防范工作讲话.txt" : "Spring Festival safety, this year.txt";
        I18n i18n = new I18n(locale);
        Path dir = Files.createTempDirectory("jingdu-shot");
        Library library = Library.open(dir.resolve("jingdu.db"));
        AnalysisService analysis = new AnalysisService(Analyzer::new);
        Services services = new Services(library, analysis);
        Speech older = library.importString(Files.readString(olderFile, StandardCharsets.UTF_8), olderName);
        Speech newer = library.importString(Files.readString(newerFile, StandardCharsets.UTF_8), newerName);
        services.catalog().saveMeta(older.id(), new SpeechMeta(older.title(), null, "2025-01-10", null, null, null, null));
        services.catalog().saveMeta(newer.id(), new SpeechMeta(newer.title(), null, "2026-01-12", null, null, null, null));
        Preferences node = Preferences.userRoot().node("jingdu-shot-" + UUID.randomUUID());
        if (java.util.Arrays.asList(look).contains("dark")) {
            new Prefs(node).setTheme(Theme.DARK.id());
        }
        CountDownLatch started = new CountDownLatch(1);
        MainWindow[] window = new MainWindow[1];
        Stage[] stage = new Stage[1];
        @SuppressWarnings("unchecked")
        java.util.concurrent.CompletableFuture<Void>[] shown = new java.util.concurrent.CompletableFuture[1];
        Platform.startup(() -> {
            stage[0] = new Stage();
            window[0] = new MainWindow(services, i18n, new Prefs(node), stage[0], () -> { });
            stage[0].setScene(window[0].scene(1366, 768));
            stage[0].show();
            shown[0] = window[0].start();
            started.countDown();
        });
        started.await(120, TimeUnit.SECONDS);
        shown[0].get(120, TimeUnit.SECONDS);
        CompareWindow cw = ScreenCapture.onFx(() -> {
            CompareWindow w = window[0].showCompare();
            w.stage().setX(0);
            w.stage().setY(0);
            w.stage().setWidth(size[0]);
            w.stage().setHeight(size[1]);
            w.view().choose(older.id(), null, newer.id());
            w.view().compare();
            return w;
        });
        CompareView view = cw.view();
        view.loaded().get(300, TimeUnit.SECONDS);
        Thread.sleep(500);
        ScreenCapture.onFx(() -> {
            // a continued task, reworded or stronger where there is one, selected from the table
            AlignedObligation pick = view.model().shown().stream().filter(r -> r.strengthened() || r.reworded())
                    .findFirst().orElse(view.model().shown().stream().filter(r -> r.older() != null && r.newer() != null)
                            .findFirst().orElse(view.model().shown().isEmpty() ? null : view.model().shown().get(0)));
            view.model().select(pick);
            return null;
        });
        Thread.sleep(1500);
        var image = ScreenCapture.save(cw.stage(), out);
        var c = view.model().counts();
        System.out.println("screenshot: " + out.toAbsolutePath() + " (" + (int) image.getWidth() + "x" + (int) image.getHeight()
                + "); new " + c.added() + ", continued " + c.continued() + " (stronger " + c.strengthened() + ", weaker "
                + c.weakened() + "), dropped " + c.dropped() + "; new wordings " + view.model().phrases().size());
        // the same comparison exported beside the picture, for a look with another reader (LibreOffice)
        String base = out.toString().replaceFirst("\\.png$", "");
        for (jingdu.app.compare.ComparisonExports.Format f : jingdu.app.compare.ComparisonExports.Format.values()) {
            Path file = Path.of(base + "." + f.extension());
            ScreenCapture.onFx(() -> view.export(f, file)).get(120, TimeUnit.SECONDS);
            System.out.println("export: " + file.toAbsolutePath() + " (" + Files.size(file) + " bytes)");
        }
        Platform.runLater(() -> {
            cw.stage().close();
            stage[0].close();
        });
        analysis.close();
        library.close();
        node.removeNode();
        Platform.exit();
        System.exit(0);
    }
}
