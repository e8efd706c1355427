package jingdu.bench.ui;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.prefs.Preferences;

import javafx.animation.AnimationTimer;
import javafx.stage.Window;
import jingdu.analysis.Analyzer;
import jingdu.app.AnalysisService;
import jingdu.app.importing.BatchImport;
import jingdu.app.Library;
import jingdu.bench.app.BenchRow;
import jingdu.bench.app.CorpusText;
import jingdu.bench.app.Timings;
import jingdu.ui.MainWindow;

/**
 * A folder of speeches imported through the window, as a user does it (progress window, analysis,
 * search index), timed from the call to the last commit; meanwhile the window's frames are timed, so
 * "the window stays responsive" is a figure: the gaps between frames while the import runs.
 */
public final class ImportWindowBench {

    public record Figures(int files, int imported, double seconds, Timings frames) {
    }

    private ImportWindowBench() {
    }

    public static Figures measure(Path corpus, Path workDir, int count, Consumer<String> log) throws Exception {
        Fx.start();
        Path folder = Files.createDirectories(workDir.resolve("import-window-files"));
        CorpusText text = CorpusText.from(corpus, 42L);
        Random sizes = new Random(42L);
        for (int i = 0; i < count; i++) {
            Files.writeString(folder.resolve(String.format("speech-%05d.txt", i)),
                    text.speech("关于安全生产工作的讲话（" + (i + 1) + "）", 3_000 + sizes.nextInt(3_001)), StandardCharsets.UTF_8);
        }
        Preferences node = Preferences.userRoot().node("jingdu-bench-" + UUID.randomUUID());
        try (Library library = Library.open(workDir.resolve("import-window.db"));
             AnalysisService analysis = new AnalysisService(Analyzer::new)) {
            MainWindow window = Fx.window(library, analysis, node);
            List<Long> gaps = new ArrayList<>();
            AnimationTimer frames = new AnimationTimer() {
                private long last;

                @Override
                public void handle(long now) {
                    long t = System.nanoTime();
                    if (last != 0) {
                        gaps.add(t - last);
                    }
                    last = t;
                }
            };
            long t0 = System.nanoTime();
            BatchImport.Summary summary = Fx.await(Fx.call(() -> {
                frames.start();
                return window.importFiles(List.of(folder));
            }));
            double seconds = (System.nanoTime() - t0) / 1e9;
            Timings frameTimes = Fx.call(() -> {
                frames.stop();
                for (Window w : new ArrayList<>(Window.getWindows())) {
                    w.hide(); // the summary, and the window itself
                }
                return Timings.ofNanos(gaps.stream().mapToLong(Long::longValue).toArray());
            });
            log.accept(String.format("import (window): %d files, %d imported in %.1f s; frames while importing %s",
                    count, summary.imported().size(), seconds, frameTimes));
            return new Figures(count, summary.imported().size(), seconds, frameTimes);
        } finally {
            node.removeNode();
        }
    }

    public static List<BenchRow> rows(Figures f) {
        return List.of(new BenchRow(String.format("import %,d speeches in the window", f.files()),
                        String.format("%.1f s (%d imported)", f.seconds(), f.imported()), "see import rows", "≤10 s",
                        f.files() >= 1000 && f.seconds() <= 10 && f.imported() == f.files()),
                new BenchRow("  window frames while importing",
                        String.format("p95 %.0f ms, max %.0f ms", f.frames().p95(), f.frames().max()),
                        "60 fps = 17 ms", "p95 ≤33 ms", f.frames().p95() <= 33));
    }
}
