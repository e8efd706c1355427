package jingdu.bench.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import java.util.Locale;
import java.util.prefs.Preferences;

import javafx.scene.Scene;
import javafx.stage.Stage;
import jingdu.app.AnalysisService;
import jingdu.app.Library;
import jingdu.app.Services;
import jingdu.i18n.I18n;
import jingdu.ui.MainWindow;
import jingdu.ui.Prefs;

/** The toolkit for the benches: started once, work handed to the FX thread, frames waited for. */
final class Fx {

    private Fx() {
    }

    /** False on Linux without an X display (and without headless Monocle): the window benches cannot run. */
    static boolean displayAvailable() {
        boolean headlessMonocle = "Monocle".equals(System.getProperty("glass.platform"));
        return !System.getProperty("os.name").startsWith("Linux") || System.getenv("DISPLAY") != null || headlessMonocle;
    }

    /** Starts JavaFX (once); without a display it says how to get one rather than crash. */
    static void start() throws InterruptedException {
        if (!displayAvailable()) {
            throw new IllegalStateException("the window benches need a display; on a machine without one run: "
                    + "xvfb-run -a java -jar target/jingdu-bench.jar bench-app …");
        }
        CountDownLatch up = new CountDownLatch(1);
        try {
            Platform.startup(up::countDown);
        } catch (IllegalStateException already) {
            up.countDown();
        }
        Platform.setImplicitExit(false);
        up.await();
    }

    /** Runs {@code work} on the FX thread and returns its result. */
    static <T> T call(Callable<T> work) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.call());
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(5, TimeUnit.MINUTES);
    }

    static <T> T await(CompletableFuture<T> f) throws Exception {
        return f.get(5, TimeUnit.MINUTES);
    }

    /** Completes, on the FX thread, with System.nanoTime() after the next frame's layout. Call on the FX thread. */
    static CompletableFuture<Long> nextPulse(Scene scene) {
        CompletableFuture<Long> f = new CompletableFuture<>();
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            f.complete(System.nanoTime());
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
        return f;
    }

    /** A real main window (Chinese, 1400×900) on {@code library}, shown and started with its last speech open. */
    static MainWindow window(Library library, AnalysisService analysis, Preferences node) throws Exception {
        MainWindow window = call(() -> {
            Stage stage = new Stage();
            MainWindow w = new MainWindow(new Services(library, analysis), new I18n(Locale.SIMPLIFIED_CHINESE), new Prefs(node),
                    stage, () -> { });
            stage.setScene(w.scene(1400, 900));
            stage.show();
            return w;
        });
        await(call(window::start));
        return window;
    }

    /** The heap in use after the collector has had its say, in MB. */
    static double usedHeapMb() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(150);
        }
        return (rt.totalMemory() - rt.freeMemory()) / 1e6;
    }
}
