package jingdu.bench.ui;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.prefs.Preferences;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jingdu.app.start.JvmOptions;
import jingdu.app.Library;
import jingdu.bench.app.BenchRow;
import jingdu.bench.app.CorpusText;

/**
 * Cold start, measured the way a user meets it: a new JVM each time, on a library of a few speeches,
 * opening the speech read last. Each start prints (JINGDU_STARTUP_LOG=1) when the first frame was laid
 * out and when the speech's highlights were. The app is started from its own jar alone (the one that
 * holds {@code jingdu.Main}, {@code target/jingdu.jar}), as the installer ships it, never with the
 * benches' jar on its class path; the raw figure is {@link BareWindow}, started from the benches' jar
 * with the same app jar (and so the same JavaFX) behind it, in the same JVM. Both are run plainly and
 * with an AppCDS archive the bench makes from a recorded start, as the installer does; an installed
 * launcher can be measured too.
 */
public final class StartupBench {

    /** Medians in ms; -1 where a run gave no figure. */
    public record Figures(Map<String, Double> firstFrame, Map<String, Double> engineReady, Map<String, Double> highlighted,
                          int runs) {
    }

    private static final Pattern LINE = Pattern.compile("startup: (first frame|analysis ready|speech highlighted) after (\\d+) ms");

    private final Path workDir;
    /** The library every app start opens. */
    private Path db;
    private final Consumer<String> log;
    private final String java = ProcessHandle.current().info().command().orElse("java");
    /** The app's class path: its jar alone when it runs from one. */
    private final String appClassPath = appClassPath();
    /** The bare window's: this JVM's (the benches' jar, whose manifest adds the app's jar). */
    private final String benchClassPath = System.getProperty("java.class.path");
    private final String prefsNode = "jingdu-bench-" + UUID.randomUUID();

    private StartupBench(Path workDir, Consumer<String> log) {
        this.workDir = workDir;
        this.log = log;
    }

    /** {@code launcher}: an installed app's launcher (e.g. target/installer/Jingdu/bin/Jingdu), or null. */
    public static Figures measure(Path corpus, Path workDir, int runs, Path launcher, Consumer<String> log) throws Exception {
        return new StartupBench(workDir, log).run(corpus, runs, launcher);
    }

    /**
     * The aims are judged on what users start: the installed launcher when it was measured, otherwise
     * the jar with its AppCDS archive (or without, when this JVM could not make one).
     */
    public static List<BenchRow> rows(Figures f) {
        List<BenchRow> rows = new ArrayList<>();
        String judged = Stream.of("launcher", "jingdu, AppCDS", "jingdu")
                .filter(k -> f.firstFrame().getOrDefault(k, -1.0) > 0).findFirst().orElse("jingdu");
        double frame = f.firstFrame().getOrDefault(judged, -1.0);
        double ready = f.highlighted().getOrDefault(judged, -1.0);
        String bare = judged.equals("jingdu") ? "bare window" : "bare window, AppCDS";
        double raw = f.firstFrame().getOrDefault(bare, -1.0);
        rows.add(new BenchRow("cold start: first frame, last speech (" + judged + ")", String.format("%.0f ms", frame),
                String.format("%s %.0f ms", bare, raw), "≤1,500 ms", frame > 0 && frame <= 1500));
        double engine = f.engineReady().getOrDefault(judged, -1.0);
        rows.add(new BenchRow("cold start: interactive, HanLP loaded (" + judged + ")", String.format("%.0f ms", engine),
                String.format("%s %.0f ms", bare, raw), "≤2,000 ms", engine > 0 && engine <= 2000));
        rows.add(BenchRow.info("cold start: the speech highlighted (" + judged + ")", String.format("%.0f ms", ready), ""));
        for (var e : f.firstFrame().entrySet()) {
            if (!e.getKey().equals(judged)) {
                Double h = f.highlighted().get(e.getKey());
                Double r = f.engineReady().get(e.getKey());
                rows.add(BenchRow.info("cold start, " + e.getKey(), String.format("frame %.0f ms", e.getValue()),
                        h == null ? "" : String.format("HanLP %.0f, highlighted %.0f ms", r, h)));
            }
        }
        return rows;
    }

    private Figures run(Path corpus, int runs, Path launcher) throws Exception {
        Path dir = Files.createDirectories(workDir.resolve("startup"));
        db = dir.resolve("jingdu.db");
        CorpusText text = CorpusText.from(corpus, 7L);
        try (Library library = Library.open(db)) {
            for (int i = 0; i < 8; i++) {
                library.importString(text.speech("关于安全生产工作的讲话（" + (i + 1) + "）", 5_000), "speech-" + i + ".txt");
            }
        }
        List<String> app = List.of("jingdu.Main", "--db", db.toString());
        List<String> bare = List.of(BareWindow.class.getName());
        try {
            // the first start opens a speech and remembers it: the later ones open "the last speech read"
            start(List.of(), app, true);
            Path appJsa = archive(dir, "app", app, true);
            Path bareJsa = archive(dir, "bare", bare, false);
            Map<String, List<String>> jvmOptions = new LinkedHashMap<>();
            jvmOptions.put("jingdu", List.of());
            jvmOptions.put("jingdu, AppCDS", cds(appJsa));
            jvmOptions.put("bare window", List.of());
            jvmOptions.put("bare window, AppCDS", cds(bareJsa));
            Map<String, List<Double>> frames = new LinkedHashMap<>();
            Map<String, List<Double>> ready = new LinkedHashMap<>();
            Map<String, List<Double>> engine = new LinkedHashMap<>();
            for (int r = 0; r < runs; r++) { // interleaved, so a slow minute of the machine hits all alike
                for (var e : jvmOptions.entrySet()) {
                    boolean isApp = e.getKey().startsWith("jingdu");
                    double[] t = start(e.getValue(), isApp ? app : bare, isApp);
                    frames.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(t[0]);
                    if (isApp) {
                        ready.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(t[1]);
                        engine.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(t[2]);
                    }
                }
                if (launcher != null) {
                    double[] t = launch(launcher, db);
                    frames.computeIfAbsent("launcher", k -> new ArrayList<>()).add(t[0]);
                    ready.computeIfAbsent("launcher", k -> new ArrayList<>()).add(t[1]);
                    engine.computeIfAbsent("launcher", k -> new ArrayList<>()).add(t[2]);
                }
            }
            Map<String, Double> frameMedians = medians(frames);
            Map<String, Double> readyMedians = medians(ready);
            Map<String, Double> engineMedians = medians(engine);
            log.accept("startup: median first frame " + frameMedians + "; engine (HanLP) ready " + engineMedians
                    + "; speech highlighted " + readyMedians + " (" + runs + " runs)");
            return new Figures(frameMedians, engineMedians, readyMedians, runs);
        } finally {
            Preferences.userRoot().node(prefsNode).removeNode();
        }
    }

    /**
     * The jar {@code jingdu.Main} was loaded from (the shaded app jar holds everything the app needs); when
     * the app runs from class folders (tests, an IDE), this JVM's whole class path.
     */
    static String appClassPath() {
        try {
            CodeSource source = jingdu.Main.class.getProtectionDomain().getCodeSource();
            if (source != null) {
                Path where = Path.of(source.getLocation().toURI());
                if (Files.isRegularFile(where) && where.getFileName().toString().endsWith(".jar")) {
                    return where.toString();
                }
            }
        } catch (URISyntaxException | RuntimeException e) {
            // not a file URL: fall back to the class path below
        }
        return System.getProperty("java.class.path");
    }

    private static List<String> cds(Path jsa) {
        return jsa == null ? List.of() : List.of("-XX:SharedArchiveFile=" + jsa, "-Xshare:auto", "-Xlog:cds=off");
    }

    /** Records a start's classes and dumps them to an archive; null when this JVM cannot. */
    private Path archive(Path dir, String name, List<String> main, boolean isApp) throws Exception {
        Path list = dir.resolve(name + ".classlist");
        Path jsa = dir.resolve(name + ".jsa");
        start(List.of("-XX:DumpLoadedClassList=" + list), main, isApp);
        Process dump = new ProcessBuilder(java, "-Xshare:dump", "-Xlog:cds=off", "-XX:SharedClassListFile=" + list,
                "-XX:SharedArchiveFile=" + jsa, "-cp", isApp ? appClassPath : benchClassPath).redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".dump.log").toFile()).start();
        if (!dump.waitFor(5, TimeUnit.MINUTES) || dump.exitValue() != 0 || !Files.isRegularFile(jsa)) {
            log.accept("startup: no AppCDS archive for " + name + " (see " + dir.resolve(name + ".dump.log") + ")");
            return null;
        }
        return jsa;
    }

    /** One cold start; returns ms to the first frame and (for the app) to the highlighted speech. */
    private double[] start(List<String> jvmOptions, List<String> main, boolean isApp) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(java, "-Dfile.encoding=UTF-8", "-Djingdu.prefs=" + prefsNode,
                "-Duser.home=" + workDir.resolve("startup")));
        if (isApp) {
            cmd.addAll(JvmOptions.app()); // as the installed launcher starts it
        }
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", isApp ? appClassPath : benchClassPath));
        cmd.addAll(main);
        return watch(new ProcessBuilder(cmd), isApp);
    }

    /** The installed launcher takes its JVM options from its own .cfg; only the data file is ours. */
    private double[] launch(Path launcher, Path db) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(launcher.toString(), "--db", db.toString());
        pb.environment().put("JDK_JAVA_OPTIONS", "-Djingdu.prefs=" + prefsNode);
        return watch(pb, true);
    }

    /** How long a start may take to print its figures; one that has not by then gives none. */
    private static final long DEADLINE_SECONDS = 90;

    private double[] watch(ProcessBuilder pb, boolean isApp) throws IOException, InterruptedException {
        pb.environment().put("JINGDU_STARTUP_LOG", "1");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        // a start that prints nothing more (a dialog, a hang) would otherwise block readLine for ever
        CompletableFuture.delayedExecutor(DEADLINE_SECONDS, TimeUnit.SECONDS).execute(p::destroy);
        double[] t = {-1, -1, -1}; // first frame, speech highlighted, engine (HanLP) ready
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(DEADLINE_SECONDS);
            String line;
            while (System.nanoTime() < deadline && (line = out.readLine()) != null) {
                Matcher m = LINE.matcher(line);
                if (m.find()) {
                    int k = switch (m.group(1)) {
                        case "first frame" -> 0;
                        case "speech highlighted" -> 1;
                        default -> 2;
                    };
                    t[k] = Double.parseDouble(m.group(2));
                }
                if (t[0] >= 0 && (!isApp || t[1] >= 0 && t[2] >= 0)) {
                    break;
                }
            }
        } finally {
            p.destroy();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
            }
        }
        if (isApp) {
            closeCleanly();
        }
        return t;
    }

    /**
     * A start is ended by a signal, which leaves the library as a crash would (its WAL not checkpointed),
     * and the next start would first say so in a dialog, before any frame. Opened and closed here, outside
     * the timings (opening keeps a copy as found and applies the WAL, closing checkpoints it), the library
     * is as a user's next start finds it after quitting the app.
     */
    private void closeCleanly() {
        Library.open(db).close();
    }

    private static Map<String, Double> medians(Map<String, List<Double>> runs) {
        Map<String, Double> out = new LinkedHashMap<>();
        runs.forEach((k, v) -> {
            double[] sorted = v.stream().mapToDouble(Double::doubleValue).filter(x -> x >= 0).sorted().toArray();
            out.put(k, sorted.length == 0 ? -1 : sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                    : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2);
        });
        return out;
    }
}
