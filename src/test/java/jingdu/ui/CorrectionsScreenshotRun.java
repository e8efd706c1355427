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
import javafx.geometry.Bounds;
import javafx.scene.robot.Robot;
import javafx.stage.Stage;
import jingdu.analysis.Analyzer;
import jingdu.app.AnalysisService;
import jingdu.app.Library;
import jingdu.app.Services;
import jingdu.i18n.I18n;
import jingdu.model.CorrectionKind;
import jingdu.model.Obligation;
import jingdu.model.ParagraphInfo;
import jingdu.model.SectorMention;
import jingdu.model.Strength;
import jingdu.ui.corrections.CorrectionsWindow;
import jingdu.ui.corrections.ScopeQuestion;
import org.fxmisc.richtext.model.TwoDimensional.Bias;

/**
 * Issue 16's real-window check (run under Xvfb at 1366×768): the sample with corrections made in the window —
 * a duty bearer edited, a strength changed, a sector re-labelled, a level suggestion rejected, and one
 * correction whose sentence is no task (needs a look) — the mouse over the edited task (its hover), and the
 * 我的修正 list open. Usage: CorrectionsScreenshotRun OUT.png [zh|en]
 */
public final class CorrectionsScreenshotRun {

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/corrections-screenshot.png");
        Locale locale = I18n.forLanguage(args.length > 1 ? args[1] : "zh");
        I18n i18n = new I18n(locale);
        Path dir = Files.createTempDirectory("jingdu-shot");
        Library library = Library.open(dir.resolve("jingdu.db"));
        AnalysisService analysis = new AnalysisService(Analyzer::new);
        Preferences node = Preferences.userRoot().node("jingdu-shot-" + UUID.randomUUID());
        new Prefs(node).setSectorScope(ScopeQuestion.HERE);
        CountDownLatch started = new CountDownLatch(1);
        MainWindow[] window = new MainWindow[1];
        Stage[] stage = new Stage[1];
        Platform.startup(() -> {
            stage[0] = new Stage();
            stage[0].setX(0);
            stage[0].setY(0);
            window[0] = new MainWindow(new Services(library, analysis), i18n, new Prefs(node), stage[0], () -> { });
            stage[0].setScene(window[0].scene(1366, 768));
            stage[0].show();
            window[0].start();
            started.countDown();
        });
        started.await(30, TimeUnit.SECONDS);
        awaitCorrected(window[0]);
        long id = onFx(() -> window[0].current().id());
        String text = onFx(() -> window[0].reader().area().getText());

        // from another door first (as the command line would): a duty bearer on the title, which is no task
        new Services(library, analysis).annotator(i18n).correct(id, CorrectionKind.SET_ACTOR, 0, text.indexOf('\n'), "县安委办");
        onFx(() -> window[0].open(id));
        awaitCorrected(window[0]);

        int task = text.indexOf("县住建局要会同");
        int pipe = text.indexOf("燃气管道");
        int traffic = text.indexOf("公安交警部门要紧盯");
        onFx(() -> {
            MainWindow w = window[0];
            var menu = w.correctionMenu();
            Obligation o = at(w, task);
            menu.setStrength(o, Strength.MANDATORY);
            SectorMention gas = w.reader().analysis().sectors().stream()
                    .filter(m -> m.start() <= pipe && pipe < m.end()).findFirst().orElseThrow();
            menu.setSector(gas.start(), gas.end(), "oil_gas_pipeline");
            menu.dismissObligation(at(w, traffic));
            ParagraphInfo suggested = w.reader().analysis().paragraphs().stream()
                    .filter(p -> p.index() >= 4 && !p.suggestions().isEmpty()).findFirst().orElseThrow();
            menu.rejectLevel(suggested.index(), suggested.suggestions().get(0).level());
            return null;
        });
        // the duty bearer through the same door as the dialog's answer
        new Services(library, analysis).annotator(i18n).correct(id, CorrectionKind.SET_ACTOR,
                onFx(() -> at(window[0], task).start()), onFx(() -> at(window[0], task).end()), "县住建局、县市场监管局");
        onFx(() -> window[0].open(id));
        awaitCorrected(window[0]);
        onFx(() -> {
            var area = window[0].reader().area();
            int paragraph = area.offsetToPosition(task, Bias.Forward).getMajor();
            area.showParagraphAtTop(Math.max(0, paragraph - 2));
            CorrectionsWindow list = window[0].showCorrections();
            list.stage().setX(290);
            list.stage().setY(440);
            list.stage().setWidth(800);
            list.stage().setHeight(300);
            return null;
        });
        Thread.sleep(800);
        onFx(() -> {
            stage[0].toFront();
            stage[0].requestFocus();
            return null;
        });
        Thread.sleep(300);
        onFx(() -> {
            window[0].showCorrections(); // on top again, after the main window took focus
            return null;
        });
        Thread.sleep(500);
        // the mouse over the edited task: the reader's own hover popup
        Bounds b = onFx(() -> window[0].reader().area().getCharacterBoundsOnScreen(task + 3, task + 4).orElseThrow());
        onFx(() -> {
            new Robot().mouseMove(b.getCenterX() - 6, b.getCenterY());
            return null;
        });
        Thread.sleep(200);
        onFx(() -> {
            new Robot().mouseMove(b.getCenterX(), b.getCenterY());
            return null;
        });
        Thread.sleep(1500); // the hover delay, layout and CSS
        System.out.println("hover: " + onFx(() -> window[0].reader().hoverText(task + 3)).replace('\n', '|'));
        var image = ScreenCapture.save(stage[0], out);
        System.out.println("screenshot: " + out.toAbsolutePath() + " (" + (int) image.getWidth() + "x" + (int) image.getHeight() + ")");
        Platform.runLater(() -> stage[0].close());
        analysis.close();
        library.close();
        node.removeNode();
        Platform.exit();
        System.exit(0);
    }

    private static Obligation at(MainWindow w, int offset) {
        return w.reader().analysis().obligations().stream().filter(o -> o.start() <= offset && offset < o.end())
                .findFirst().orElseThrow();
    }

    private static void awaitCorrected(MainWindow w) throws Exception {
        Thread.sleep(200);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (onFx(() -> w.corrected() == null)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("analysis did not finish");
            }
            Thread.sleep(100);
        }
    }

    private CorrectionsScreenshotRun() {
    }
}
