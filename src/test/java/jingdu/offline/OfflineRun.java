package jingdu.offline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;

import javafx.application.Platform;
import javafx.stage.Stage;
import jingdu.analysis.Analyzer;
import jingdu.app.AnalysisService;
import jingdu.app.Library;
import jingdu.app.Services;
import jingdu.app.start.Samples;
import jingdu.app.start.SingleInstance;
import jingdu.cli.JingduCli;
import jingdu.i18n.I18n;
import jingdu.model.Level;
import jingdu.ui.MainWindow;
import jingdu.ui.Prefs;

/**
 * Child process of {@link OfflineTest}: drives every CLI command and the window's main flows (with the
 * one-window-per-library hand-over) under a security manager that refuses network sockets. Exit 0 = no
 * socket was ever asked for. With {@code --window DIR} only the window's part runs, on the library
 * {@code DIR/jingdu.db} and the speech {@code DIR/speech.txt} that a run of the commands left there.
 */
public final class OfflineRun {

    private OfflineRun() {
    }

    public static void main(String[] args) throws Exception {
        boolean windowOnly = args.length == 2 && args[0].equals("--window");
        Path dir = windowOnly ? Path.of(args[1]) : Files.createTempDirectory("jingdu-offline");
        Path db = dir.resolve("jingdu.db");
        Path speech = dir.resolve("speech.txt");
        // the window imports a text of its own: the same file again would be skipped as already in the library
        // (a plain stream: Files.writeString would open a FileChannel, which loads libnet and its probe sockets)
        Path second = dir.resolve("speech2.txt");
        try (var out = new java.io.FileOutputStream(second.toFile())) {
            out.write((Samples.sampleText() + "\n（第二篇）").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        String d = db.toString();
        int failures = 0;
        if (!windowOnly) {
            Files.writeString(speech, Samples.sampleText());
            failures += runCommands(dir, speech, d);
        }

        // a second start on the same library hands its file to the open window
        CompletableFuture<List<Path>> handed = new CompletableFuture<>();
        Path windowFile = SingleInstance.windowFileFor(db);
        try (SingleInstance running = SingleInstance.listen(windowFile, handed::complete)) {
            if (running == null || !SingleInstance.handOver(windowFile, List.of(speech))
                    || !handed.get(60, TimeUnit.SECONDS).equals(List.of(speech.toAbsolutePath()))) {
                System.err.println("hand-over to the open window failed");
                failures++;
            }
        }

        CompletableFuture<Void> done = new CompletableFuture<>();
        Library library = Library.open(db);
        AnalysisService analysis = new AnalysisService(Analyzer::new);
        Preferences prefs = Preferences.userRoot().node("jingdu-offline-" + UUID.randomUUID());
        Platform.startup(() -> {
            try {
                Stage stage = new Stage();
                MainWindow window = new MainWindow(new Services(library, analysis), new I18n(Locale.SIMPLIFIED_CHINESE), new Prefs(prefs), stage, () -> { });
                stage.setScene(window.scene(1000, 700));
                stage.show();
                window.start();
                window.importFiles(List.of(second));
                waitForAnalysis(window, () -> {
                    window.toggleLevel(Level.SUPERVISION);
                    window.exportMarkdown(dir.resolve("window.md")).whenComplete((p, e) -> {
                        if (e != null) {
                            done.completeExceptionally(e);
                        } else {
                            done.complete(null);
                        }
                    });
                });
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        done.get(120, TimeUnit.SECONDS);
        analysis.close();
        library.close();
        prefs.removeNode();
        if (!NoNetworkSecurityManager.ATTEMPTS.isEmpty()) {
            System.err.println("NETWORK ATTEMPTS: " + NoNetworkSecurityManager.ATTEMPTS);
            System.exit(3);
        }
        System.out.println("offline: " + (failures == 0 ? "ok" : failures + " command(s) failed"));
        System.exit(failures == 0 ? 0 : 1);
    }

    /** Every command that opens the library (and {@code analyze}), in an order that gives each its input. */
    static List<String[]> commands(Path dir, Path speech, String d) {
        String json = dir.resolve("out.json").toString();
        return List.of(
                new String[] {"analyze", "--json", speech.toString()},
                new String[] {"import", speech.toString(), "--db", d},
                new String[] {"list", "--db", d},
                new String[] {"tag", "--speech", "1", "--paragraph", "3", "--level", "leadership", "--db", d},
                new String[] {"note", "--speech", "1", "--start", "0", "--end", "4", "--text", "离线", "--db", d},
                new String[] {"notes", "--speech", "1", "--json", "--db", d},
                new String[] {"search", "安全", "--db", d},
                new String[] {"export", "--speech", "1", "--format", "md", "--out", dir.resolve("out.md").toString(), "--db", d},
                new String[] {"export", "--all", "--format", "docx", "--out", dir.resolve("out.docx").toString(), "--db", d},
                new String[] {"export", "--all", "--format", "json", "--out", json, "--db", d},
                new String[] {"import-annotations", json, "--db", d},
                new String[] {"backup", "--db", d},
                new String[] {"backups", "--db", d},
                new String[] {"restore", "--db", d});
    }

    private static int runCommands(Path dir, Path speech, String d) {
        int failures = 0;
        for (String[] cmd : commands(dir, speech, d)) {
            if (JingduCli.run(cmd) != 0) {
                System.err.println("command failed: " + String.join(" ", cmd));
                failures++;
            }
        }
        return failures;
    }

    private static void waitForAnalysis(MainWindow window, Runnable then) {
        if (window.reader().analysis() != null && window.current() != null && window.current().id() == 2) {
            then.run();
        } else {
            javafx.animation.PauseTransition pause = new javafx.animation.PauseTransition(javafx.util.Duration.millis(100));
            pause.setOnFinished(e -> waitForAnalysis(window, then));
            pause.play();
        }
    }
}
