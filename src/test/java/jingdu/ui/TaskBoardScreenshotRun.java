package jingdu.ui;

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

import javafx.application.Platform;
import javafx.stage.Stage;
import jingdu.analysis.Analyzer;
import jingdu.app.AnalysisService;
import jingdu.app.Library;
import jingdu.app.Services;
import jingdu.app.tasks.BoardRow;
import jingdu.app.tasks.TaskBoard;
import jingdu.i18n.I18n;
import jingdu.model.TaskScope;
import jingdu.model.TaskStatus;
import jingdu.model.Unit;
import jingdu.ui.tasks.TaskBoardView;

/**
 * Issue 19's real-window check at 1366×768: the sample's task board with units, statuses, a progress entry, three
 * overdue rows and two due within the week. Usage: TaskBoardScreenshotRun OUT.png [zh|en]
 */
public final class TaskBoardScreenshotRun {

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/task-board-screenshot.png");
        Locale locale = I18n.forLanguage(args.length > 1 ? args[1] : "zh");
        I18n i18n = new I18n(locale);
        Path dir = Files.createTempDirectory("jingdu-shot");
        Library library = Library.open(dir.resolve("jingdu.db"));
        AnalysisService analysis = new AnalysisService(Analyzer::new);
        Services services = new Services(library, analysis);
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
        TaskBoardView view = ScreenCapture.onFx(() -> window[0].showTaskBoard());
        view.loaded().get(120, TimeUnit.SECONDS);

        TaskBoard board = services.taskBoard();
        Unit jian = board.addUnit("县住建局", List.of("住建局"), false);
        Unit ying = board.addUnit("县应急管理局", List.of("应急局"), false);
        Unit shi = board.addUnit("县市场监管局", List.of(), false);
        List<BoardRow> rows = board.rows(TaskScope.all(), LocalDate.now());
        LocalDate today = LocalDate.now();
        board.edit(List.of(rows.get(0).id(), rows.get(1).id()), s -> s.withLead(ying.id()).withDue(today.minusDays(12)));
        board.edit(List.of(rows.get(2).id()), s -> s.withLead(jian.id()).withPartners(List.of(shi.id()))
                .withDue(today.minusDays(3)).withStatus(TaskStatus.IN_PROGRESS));
        board.edit(List.of(rows.get(3).id(), rows.get(4).id()), s -> s.withLead(jian.id()).withDue(today.plusDays(4)));
        board.edit(List.of(rows.get(5).id()), s -> s.withStatus(TaskStatus.DONE).withDue(today.minusDays(20)));
        board.edit(List.of(rows.get(6).id()), s -> s.withStatus(TaskStatus.EXCLUDED));
        board.addProgress(rows.get(2).id(), "王科长", "已会同市场监管局完成城区 126 家餐饮场所燃气排查", Instant.now());
        ScreenCapture.onFx(() -> {
            view.reload();
            return null;
        });
        view.loaded().get(60, TimeUnit.SECONDS);
        Thread.sleep(1500);
        var image = ScreenCapture.save(stage[0], out);
        System.out.println("screenshot: " + out.toAbsolutePath() + " (" + (int) image.getWidth() + "x" + (int) image.getHeight()
                + "); counts " + view.counts());
        Platform.runLater(() -> stage[0].close());
        analysis.close();
        library.close();
        node.removeNode();
        Platform.exit();
        System.exit(0);
    }
}
