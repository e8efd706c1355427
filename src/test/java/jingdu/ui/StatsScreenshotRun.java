package jingdu.ui;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import java.util.stream.Stream;

import javafx.application.Platform;
import javafx.stage.Stage;
import jingdu.analysis.Analyzer;
import jingdu.app.AnalysisService;
import jingdu.app.Library;
import jingdu.app.Services;
import jingdu.app.stats.StatsService;
import jingdu.app.tasks.BoardRow;
import jingdu.app.tasks.TaskBoard;
import jingdu.i18n.I18n;
import jingdu.model.SpeechMeta;
import jingdu.model.TaskScope;
import jingdu.model.TaskStatus;
import jingdu.ui.stats.StatsView;

/**
 * Issue 20's real-window check at 1366×768: the 统计 view over the sample and a few corpus speeches dated over three
 * years, with statuses and progress set, and the first sector's bar clicked so its tasks are listed.
 * Usage: StatsScreenshotRun OUT.png [zh|en] [corpus folder]
 */
public final class StatsScreenshotRun {

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/stats-screenshot.png");
        Locale locale = I18n.forLanguage(args.length > 1 ? args[1] : "zh");
        Path corpus = Path.of(args.length > 2 ? args[2] : "../shared/corpus/seeds");
        I18n i18n = new I18n(locale);
        Path dir = Files.createTempDirectory("jingdu-shot");
        Library library = Library.open(dir.resolve("jingdu.db"));
        AnalysisService analysis = new AnalysisService(Analyzer::new);
        Services services = new Services(library, analysis);
        if (Files.isDirectory(corpus)) {
            List<Path> texts;
            try (Stream<Path> files = Files.list(corpus)) {
                texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().limit(5).toList();
            }
            int n = 0;
            for (Path p : texts) {
                var s = library.importString(Files.readString(p, StandardCharsets.UTF_8), p.getFileName().toString());
                String date = LocalDate.of(2023 + n % 3, 3 + n, 10).toString();
                services.catalog().saveMeta(s.id(), new SpeechMeta(s.title(), null, date, null, null, null, null));
                n++;
            }
        }
        Preferences node = Preferences.userRoot().node("jingdu-shot-" + UUID.randomUUID());
        CountDownLatch started = new CountDownLatch(1);
        MainWindow[] window = new MainWindow[1];
        Stage[] stage = new Stage[1];
        @SuppressWarnings("unchecked")
        java.util.concurrent.CompletableFuture<Void>[] shown = new java.util.concurrent.CompletableFuture[1];
        Platform.startup(() -> {
            stage[0] = new Stage();
            stage[0].setX(0);
            stage[0].setY(0);
            window[0] = new MainWindow(services, i18n, new Prefs(node), stage[0], () -> { });
            stage[0].setScene(window[0].scene(1366, 768));
            stage[0].show();
            shown[0] = window[0].start();
            started.countDown();
        });
        started.await(120, TimeUnit.SECONDS);
        shown[0].get(120, TimeUnit.SECONDS);
        StatsView view = ScreenCapture.onFx(() -> window[0].showStats());
        Thread.sleep(300);
        view.loaded().get(300, TimeUnit.SECONDS);

        // a few weeks of follow-up: statuses moved (dated as they are made) and progress written
        TaskBoard board = services.taskBoard();
        List<BoardRow> rows = board.rows(TaskScope.all(), LocalDate.now());
        for (int i = 0; i < rows.size(); i++) {
            TaskStatus s = i % 4 == 0 ? TaskStatus.DONE : i % 4 == 1 ? TaskStatus.IN_PROGRESS : i % 9 == 2
                    ? TaskStatus.EXCLUDED : null;
            if (s != null) {
                board.edit(List.of(rows.get(i).id()), st -> st.withStatus(s));
            }
            if (i % 3 == 0) {
                board.addProgress(rows.get(i).id(), "王科长", "已部署", Instant.now().minusSeconds(86_400L * 40 * (i % 4)));
            }
        }
        ScreenCapture.onFx(view::load);
        Thread.sleep(300);
        view.loaded().get(120, TimeUnit.SECONDS);
        ScreenCapture.onFx(() -> {
            view.pane(StatsService.SECTORS).select(0);
            return null;
        });
        Thread.sleep(1500);
        var image = ScreenCapture.save(stage[0], out);
        System.out.println("screenshot: " + out.toAbsolutePath() + " (" + (int) image.getWidth() + "x" + (int) image.getHeight()
                + "); tasks " + view.snapshot().rows().size() + "; listed " + view.listView().getItems().size());
        Platform.runLater(() -> stage[0].close());
        analysis.close();
        library.close();
        node.removeNode();
        Platform.exit();
        System.exit(0);
    }
}
