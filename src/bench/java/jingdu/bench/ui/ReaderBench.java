package jingdu.bench.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.prefs.Preferences;

import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import javafx.stage.Stage;
import jingdu.analysis.Analyzer;
import jingdu.app.AnalysisService;
import jingdu.app.Library;
import jingdu.bench.app.BenchRow;
import jingdu.bench.app.CorpusText;
import jingdu.bench.app.Timings;
import jingdu.model.Analysis;
import jingdu.model.Speech;
import jingdu.ui.MainWindow;
import jingdu.ui.Theme;
import jingdu.ui.reader.Highlighter;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.GenericStyledArea;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpans;

/**
 * The reader's speed in the real window, beside bare RichTextFX showing the same text with the same
 * highlight spans (computed beforehand, so the raw figure has no analysis in it):
 * opening a 5,000-character speech in a warm app until its highlights are laid out; a 1 MB document
 * until its text and then its highlights are on screen; frame times while it scrolls; the heap it holds.
 * Needs a display (on a headless machine: {@code xvfb-run -a}).
 */
public final class ReaderBench {

    /** Everything measured, in milliseconds and megabytes. */
    public record Figures(Timings open, Timings rawOpen, double analyse5k, int bigChars, double bigText,
                          double bigHighlight, double bigWhole, double rawBig, Timings scroll, Timings rawScroll,
                          double memory, double rawMemory) {
    }

    private static final int SPEECHES = 12;
    private static final int OPENS = 60;
    private static final int SCROLL_FRAMES = 240;
    private static final double SCROLL_STEP = 60; // px per frame: a brisk mouse-wheel scroll
    private static final long SEED = 20261123L;

    private final Consumer<String> log;
    private final Path workDir;
    private final CorpusText corpus;

    private ReaderBench(Path corpusDir, Path workDir, Consumer<String> log) throws Exception {
        this.log = log;
        this.workDir = workDir;
        this.corpus = CorpusText.from(corpusDir, SEED);
    }

    /** Whether the window benches can run here (a display, or headless Monocle). */
    public static boolean canRun() {
        return Fx.displayAvailable();
    }

    public static Figures measure(Path corpus, Path workDir, Consumer<String> log) throws Exception {
        Fx.start();
        return new ReaderBench(corpus, workDir, log).run();
    }

    public static List<BenchRow> rows(Figures f) {
        List<BenchRow> rows = new ArrayList<>();
        rows.add(new BenchRow("open + highlight 5,000-char speech (warm)",
                String.format("p50 %.0f ms, p95 %.0f ms", f.open().p50(), f.open().p95()),
                String.format("RichTextFX %.0f/%.0f ms; engine %.0f ms", f.rawOpen().p50(), f.rawOpen().p95(), f.analyse5k()),
                "≤100 ms, p95 ≤150", f.open().p50() <= 100 && f.open().p95() <= 150));
        rows.add(new BenchRow(String.format("1 MB document (%,d chars): text, highlights", f.bigChars()),
                String.format("%.0f ms, %.0f ms (whole %.0f)", f.bigText(), f.bigHighlight(), f.bigWhole()),
                String.format("RichTextFX text+spans %.0f ms", f.rawBig()),
                "≤300 ms", f.bigHighlight() <= 300));
        rows.add(new BenchRow("1 MB document: scroll frame time",
                String.format("p50 %.0f ms, p95 %.0f ms", f.scroll().p50(), f.scroll().p95()),
                String.format("RichTextFX p50 %.0f, p95 %.0f ms", f.rawScroll().p50(), f.rawScroll().p95()),
                "p95 ≤33 ms", f.scroll().p95() <= 33));
        rows.add(new BenchRow("1 MB document: heap growth",
                String.format("%.0f MB", f.memory()), String.format("RichTextFX %.0f MB", f.rawMemory()),
                "≤50 MB", f.memory() <= 50));
        return rows;
    }

    private Figures run() throws Exception {
        Analyzer engine = new Analyzer();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < SPEECHES; i++) {
            texts.add(corpus.speech("关于安全生产工作的讲话（" + (i + 1) + "）", 5_000));
        }
        String generated = corpus.document("安全生产工作会议材料汇编", 1_000_000);
        Preferences node = Preferences.userRoot().node("jingdu-bench-" + UUID.randomUUID());
        try (Library library = Library.open(workDir.resolve("reader-bench.db"));
             AnalysisService analysis = new AnalysisService(Analyzer::new)) {
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                ids.add(library.importString(texts.get(i), "speech-" + i + ".txt").id());
            }
            Speech bigSpeech = library.importString(generated, "big.txt");
            String big = bigSpeech.text(); // as stored (canonical), so offsets match the reader's
            log.accept("reader: library ready, " + texts.size() + " speeches of ~5,000 chars and one of "
                    + big.length() + " chars");

            MainWindow window = Fx.window(library, analysis, node);
            Scene scene = window.root().getScene();

            // warm: every speech opened twice, so classes, caches and the JIT are as in a day's use
            for (int round = 0; round < 2; round++) {
                for (long id : ids) {
                    Fx.await(Fx.call(() -> window.open(id)));
                }
            }
            long[] opens = new long[OPENS];
            for (int i = 0; i < OPENS; i++) {
                long id = ids.get(i % ids.size());
                opens[i] = Fx.await(Fx.call(() -> {
                    long t0 = System.nanoTime();
                    return window.open(id).thenCompose(v -> Fx.nextPulse(scene)).thenApply(t1 -> t1 - t0);
                }));
            }
            Timings open = Timings.ofNanos(opens);
            log.accept("reader: open 5,000 chars " + open);
            long a0 = System.nanoTime();
            for (String t : texts) {
                engine.analyze(t);
            }
            double analyse5k = (System.nanoTime() - a0) / 1e6 / texts.size();

            // the 1 MB document in the window
            double before = Fx.usedHeapMb();
            long[] marks = Fx.await(Fx.call(() -> openBig(window, scene, bigSpeech.id())));
            double bigText = (marks[1] - marks[0]) / 1e6;
            double bigHighlight = (marks[2] - marks[0]) / 1e6;
            double bigWhole = (marks[3] - marks[0]) / 1e6;
            log.accept(String.format("reader: 1 MB text %.0f ms, first highlights %.0f ms, whole %.0f ms",
                    bigText, bigHighlight, bigWhole));
            Timings scroll = Timings.ofNanos(Fx.await(Fx.call(() -> scroll(window.reader().area()))));
            double memory = Fx.usedHeapMb() - before;
            log.accept("reader: scroll " + scroll + "; heap growth " + String.format("%.1f MB", memory));
            Fx.call(() -> {
                scene.getWindow().hide();
                return null;
            });

            // the same in bare RichTextFX: same text, same spans (already computed), same stylesheet
            List<StyleSpans<Collection<String>>> spans = new ArrayList<>();
            for (String t : texts) {
                spans.add(Highlighter.compute(t.length(), engine.analyze(t), List.of(), Highlighter.Layers.ALL));
            }
            Stage rawStage = Fx.call(() -> new Stage());
            StyleClassedTextArea raw = Fx.call(() -> {
                StyleClassedTextArea area = new StyleClassedTextArea();
                area.setWrapText(true);
                area.setEditable(false);
                area.getStyleClass().add("reader-area");
                Scene s = new Scene(new VirtualizedScrollPane<>(area), 1400, 900);
                Theme.LIGHT.apply(s);
                rawStage.setScene(s);
                rawStage.show();
                return area;
            });
            Scene rawScene = rawStage.getScene();
            long[] rawOpens = new long[OPENS];
            for (int i = 0; i < OPENS + 2 * texts.size(); i++) {
                int k = i % texts.size();
                long t = Fx.await(Fx.call(() -> {
                    long t0 = System.nanoTime();
                    raw.replaceText(texts.get(k));
                    raw.setStyleSpans(0, spans.get(k));
                    return Fx.nextPulse(rawScene).thenApply(t1 -> t1 - t0);
                }));
                if (i >= 2 * texts.size()) { // the same warm-up as the window had
                    rawOpens[i - 2 * texts.size()] = t;
                }
            }
            Timings rawOpen = Timings.ofNanos(rawOpens);
            Analysis bigAnalysis = engine.analyze(big);
            StyleSpans<Collection<String>> bigSpans = Highlighter.compute(big.length(), bigAnalysis, List.of(), Highlighter.Layers.ALL);
            Fx.call(() -> {
                raw.replaceText("");
                return null;
            });
            double rawBefore = Fx.usedHeapMb();
            double rawBig = Fx.await(Fx.call(() -> {
                long t0 = System.nanoTime();
                raw.replaceText(big);
                raw.setStyleSpans(0, bigSpans);
                return Fx.nextPulse(rawScene).thenApply(t1 -> (t1 - t0) / 1e6);
            }));
            Timings rawScroll = Timings.ofNanos(Fx.await(Fx.call(() -> scroll(raw))));
            double rawMemory = Fx.usedHeapMb() - rawBefore;
            log.accept("reader: raw open " + rawOpen + "; raw 1 MB " + String.format("%.0f ms", rawBig)
                    + "; raw scroll " + rawScroll + String.format("; raw heap growth %.1f MB", rawMemory));
            Fx.call(() -> {
                rawStage.close();
                return null;
            });
            return new Figures(open, rawOpen, analyse5k, big.length(), bigText, bigHighlight, bigWhole, rawBig,
                    scroll, rawScroll, memory, rawMemory);
        } finally {
            node.removeNode();
        }
    }

    /**
     * Opens the big document; completes with nanoTime marks: start, first frame with its text, first
     * frame with highlights (the opening pages), first frame with the whole document's highlights.
     */
    private static CompletableFuture<long[]> openBig(MainWindow window, Scene scene, long id) {
        long[] marks = new long[4];
        CompletableFuture<long[]> done = new CompletableFuture<>();
        AnimationTimer pulses = new AnimationTimer() { // keeps frames coming while the engine reads
            @Override
            public void handle(long now) {
            }
        };
        Runnable[] check = new Runnable[1];
        marks[0] = System.nanoTime();
        CompletableFuture<Void> whole = window.open(id);
        check[0] = () -> { // after each frame's layout: what does this frame show?
            long t = System.nanoTime();
            if (marks[1] == 0) {
                marks[1] = t;
            }
            if (marks[2] == 0 && window.reader().analysis() != null) {
                marks[2] = t;
            }
            if (marks[3] == 0 && whole.isDone() && marks[2] != 0) {
                marks[3] = t;
                pulses.stop();
                scene.removePostLayoutPulseListener(check[0]);
                done.complete(marks);
            }
        };
        scene.addPostLayoutPulseListener(check[0]);
        pulses.start();
        return done;
    }

    /** Scrolls down {@code SCROLL_FRAMES} frames, one step a frame; the time between frames, in ns. */
    private static CompletableFuture<long[]> scroll(GenericStyledArea<?, ?, ?> area) {
        long[] gaps = new long[SCROLL_FRAMES];
        CompletableFuture<long[]> done = new CompletableFuture<>();
        area.showParagraphAtTop(0);
        AnimationTimer timer = new AnimationTimer() {
            private long last;
            private int frame = -1;

            @Override
            public void handle(long now) {
                long t = System.nanoTime();
                if (frame >= 0) {
                    gaps[frame] = t - last;
                }
                last = t;
                if (++frame == SCROLL_FRAMES) {
                    stop();
                    done.complete(gaps);
                    return;
                }
                area.scrollYBy(SCROLL_STEP);
            }
        };
        timer.start();
        return done;
    }
}
