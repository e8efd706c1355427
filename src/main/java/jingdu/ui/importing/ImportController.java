package jingdu.ui.importing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.scene.control.Button;
import jingdu.app.Services;
import jingdu.app.importing.DocumentImport;
import jingdu.app.AnalysisService;
import jingdu.app.importing.BatchImport;
import jingdu.app.Failures;
import jingdu.app.Library;
import jingdu.i18n.I18n;
import jingdu.model.Speech;

/**
 * Everything that brings speeches into the library from the window: files and folders (on the
 * import threads, with a progress window and a summary of what was imported and what was skipped and
 * why) and text pasted from the clipboard as a new speech.
 */
public final class ImportController {

    public static final String SUMMARY_ID = "import-summary";
    /** The question asked when files (or the clipboard's text) are already in the library: skip them or import copies. */
    public static final String DUPLICATES_ID = "import-duplicates";
    public static final String DUPLICATES_SKIP_ID = "import-duplicates-skip";
    public static final String DUPLICATES_COPY_ID = "import-duplicates-copy";

    private final Services services;
    private final Library library;
    private final AnalysisService worker;
    private final I18n i18n;
    private final Stage owner;
    private final LongConsumer open;
    private final Consumer<String> status;

    public ImportController(Services services, I18n i18n, Stage owner, LongConsumer open, Consumer<String> status) {
        this.services = services;
        this.library = services.library();
        this.worker = services.analysis();
        this.i18n = i18n;
        this.owner = owner;
        this.open = open;
        this.status = status;
    }

    // ---- files and folders -----------------------------------------------------------------------

    public void chooseFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("import.chooser.title"));
        List<String> patterns = DocumentImport.extensions().stream().map(e -> "*." + e).toList();
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(i18n.get("importer.chooser.documents"), patterns),
                new FileChooser.ExtensionFilter(i18n.get("import.chooser.text"), "*.txt"),
                new FileChooser.ExtensionFilter(i18n.get("import.chooser.all"), "*.*"));
        List<File> files = chooser.showOpenMultipleDialog(owner);
        if (files != null && !files.isEmpty()) {
            importPaths(files.stream().map(File::toPath).toList());
        }
    }

    public void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(i18n.get("importer.chooser.folder"));
        File folder = chooser.showDialog(owner);
        if (folder != null) {
            importPaths(List.of(folder.toPath()));
        }
    }

    /**
     * Imports files and folders on an import thread (and its helpers) with a progress window; then opens the last
     * speech imported and, unless it was one file that went in, shows the summary.
     */
    public CompletableFuture<BatchImport.Summary> importPaths(List<Path> paths) {
        ImportProgress progress = new ImportProgress(i18n, owner);
        progress.show();
        status.accept(i18n.get("import.progress", paths.size()));
        boolean quiet = paths.size() == 1 && !Files.isDirectory(paths.get(0));
        // on threads of its own: the worker thread must stay free for the reader (it analyses the open speech)
        return CompletableFuture.supplyAsync(() -> services.importer().run(paths,
                        (done, total, current) -> Platform.runLater(() -> progress.update(done, total, current)),
                        progress::cancelled), ImportController::importThread)
                .whenComplete((summary, failure) -> Platform.runLater(() -> {
                    progress.close();
                    if (failure != null) {
                        error(i18n.get("import.failed"), Failures.describe(failure, i18n));
                        return;
                    }
                    afterImport(summary, quiet);
                }));
    }

    /**
     * Files whose text the library already holds were skipped: one question for all of them (跳过 / 仍然导入副本);
     * copies are imported on the import thread again. Then the summary, of both runs together.
     */
    private void afterImport(BatchImport.Summary summary, boolean quiet) {
        List<BatchImport.Skipped> duplicates = summary.skipped().stream().filter(BatchImport.Skipped::duplicate).toList();
        if (duplicates.isEmpty() || summary.stopped() != null) {
            finished(summary, quiet);
            return;
        }
        askAboutCopies(duplicates.stream().map(d -> i18n.get(d.key(), d.args().toArray())).toList(), copy -> {
            if (copy) {
                importCopies(summary, duplicates, quiet);
            } else {
                finished(summary, quiet);
            }
        });
    }

    private void importCopies(BatchImport.Summary first, List<BatchImport.Skipped> duplicates, boolean quiet) {
        ImportProgress progress = new ImportProgress(i18n, owner);
        progress.show();
        List<Path> files = duplicates.stream().map(BatchImport.Skipped::file).toList();
        CompletableFuture.supplyAsync(() -> services.importer().allowingDuplicates(true).run(files,
                        (done, total, current) -> Platform.runLater(() -> progress.update(done, total, current)),
                        progress::cancelled), ImportController::importThread)
                .whenComplete((copies, failure) -> Platform.runLater(() -> {
                    progress.close();
                    if (failure != null) {
                        error(i18n.get("import.failed"), Failures.describe(failure, i18n));
                        finished(first, quiet);
                        return;
                    }
                    finished(combined(first, copies), quiet);
                }));
    }

    /** The first run with its duplicates replaced by what became of them as copies. */
    static BatchImport.Summary combined(BatchImport.Summary first, BatchImport.Summary copies) {
        List<Speech> imported = new ArrayList<>(first.imported());
        imported.addAll(copies.imported());
        List<BatchImport.Skipped> skipped = new ArrayList<>(first.skipped().stream().filter(s -> !s.duplicate()).toList());
        skipped.addAll(copies.skipped());
        List<BatchImport.Notice> notices = new ArrayList<>(first.notices());
        notices.addAll(copies.notices());
        return new BatchImport.Summary(imported, skipped, first.cancelled() || copies.cancelled(),
                copies.stopped() != null ? copies.stopped() : first.stopped(), notices);
    }

    /**
     * Asks whether texts already in the library (one line each, 已存在：《…》) should be skipped or imported as
     * copies; {@code answer} hears true for copies. Skipping is the default (Enter, Esc, closing the dialog).
     */
    private void askAboutCopies(List<String> lines, Consumer<Boolean> answer) {
        ButtonType skip = new ButtonType(i18n.get("importer.duplicates.skip"), ButtonData.CANCEL_CLOSE);
        ButtonType copy = new ButtonType(i18n.get("importer.duplicates.copy"), ButtonData.OTHER);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", copy, skip);
        alert.initOwner(owner);
        alert.setTitle(i18n.get("importer.duplicates.title"));
        alert.setHeaderText(lines.size() == 1 ? i18n.get("importer.duplicates.headerOne")
                : i18n.get("importer.duplicates.header", lines.size()));
        TextArea list = new TextArea(String.join("\n", lines));
        list.setEditable(false);
        list.setWrapText(true);
        list.setPrefRowCount(Math.min(10, lines.size() + 1));
        javafx.scene.control.Label question = new javafx.scene.control.Label(i18n.get("importer.duplicates.question"));
        question.setWrapText(true);
        javafx.scene.layout.VBox content = new javafx.scene.layout.VBox(8, list, question);
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setId(DUPLICATES_ID);
        alert.getDialogPane().setPrefWidth(560);
        Button skipButton = (Button) alert.getDialogPane().lookupButton(skip);
        skipButton.setId(DUPLICATES_SKIP_ID);
        skipButton.setDefaultButton(true);
        alert.getDialogPane().lookupButton(copy).setId(DUPLICATES_COPY_ID);
        ((Button) alert.getDialogPane().lookupButton(copy)).setDefaultButton(false);
        alert.setOnHidden(e -> answer.accept(alert.getResult() == copy));
        alert.show();
    }

    private static void importThread(Runnable r) {
        Thread t = new Thread(r, "jingdu-import");
        t.setDaemon(true);
        t.start();
    }

    private void finished(BatchImport.Summary summary, boolean quiet) {
        int ok = summary.imported().size();
        int skipped = summary.skipped().size();
        BatchImport.Stopped stopped = summary.stopped();
        String header = header(summary);
        status.accept(header);
        if (ok > 0) {
            open.accept(summary.imported().get(ok - 1).id());
        }
        if (quiet && skipped == 0 && ok == 1 && stopped == null && summary.notices().isEmpty()) {
            return;
        }
        TextArea details = new TextArea(details(summary));
        details.setId(SUMMARY_ID);
        details.setEditable(false);
        details.setWrapText(true);
        details.setPrefRowCount(Math.min(16, 3 + ok + 2 * skipped + 2 * summary.notices().size()));
        Alert.AlertType type = stopped != null ? Alert.AlertType.ERROR
                : skipped > 0 || ok == 0 ? Alert.AlertType.WARNING : Alert.AlertType.INFORMATION;
        Alert alert = new Alert(type, "", new ButtonType(i18n.get("dialog.ok"), ButtonData.OK_DONE));
        alert.initOwner(owner);
        alert.setTitle(i18n.get("importer.result.title"));
        alert.setHeaderText(header);
        alert.getDialogPane().setContent(details);
        alert.getDialogPane().setPrefWidth(560);
        alert.show();
    }

    /** The result's one-line header; when the import had to stop (disk full), why, said once. */
    String header(BatchImport.Summary summary) {
        if (summary.stopped() != null) {
            return i18n.get(summary.stopped().key(), summary.stopped().args().toArray());
        }
        long duplicates = summary.duplicates();
        if (duplicates > 0 && !summary.cancelled()) {
            return i18n.get("importer.result.headerDuplicates", summary.imported().size(), summary.skipped().size(),
                    duplicates);
        }
        return i18n.get(summary.cancelled() ? "importer.result.cancelledHeader" : "importer.result.header",
                summary.imported().size(), summary.skipped().size());
    }

    /** The summary's text: imported files by name and title, what to check in some of them, then each skipped file and why. */
    String details(BatchImport.Summary summary) {
        StringBuilder b = new StringBuilder();
        if (summary.imported().isEmpty() && summary.skipped().isEmpty()) {
            return i18n.get("importer.result.none");
        }
        if (!summary.imported().isEmpty()) {
            b.append(i18n.get("importer.result.imported")).append('\n');
            for (Speech s : summary.imported()) {
                b.append("  ").append(i18n.get("importer.skippedLine", s.sourceName(), s.title())).append('\n');
            }
        }
        if (!summary.notices().isEmpty()) {
            b.append(i18n.get("importer.result.notices")).append('\n');
            for (BatchImport.Notice n : summary.notices()) {
                b.append("  ").append(i18n.get(n.key(), n.args().toArray())).append('\n');
            }
        }
        if (!summary.skipped().isEmpty()) {
            b.append(i18n.get("importer.result.skipped")).append('\n');
            for (BatchImport.Skipped s : summary.skipped()) {
                b.append("  ").append(i18n.get(s.key(), s.args().toArray())).append('\n');
            }
        }
        return b.toString().stripTrailing();
    }

    // ---- clipboard -------------------------------------------------------------------------------

    /** Ctrl+Shift+V: the clipboard's text becomes a new speech. */
    public CompletableFuture<Speech> pasteFromClipboard() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        return pasteText(clipboard.hasString() ? clipboard.getString() : null);
    }

    public CompletableFuture<Speech> pasteText(String text) {
        if (text == null || text.isBlank()) {
            return refused(i18n.get("importer.paste.empty"));
        }
        if (text.length() > DocumentImport.MAX_CHARS) {
            return refused(i18n.get("importer.paste.tooLarge", DocumentImport.MAX_CHARS));
        }
        String source = i18n.get("importer.paste.source");
        CompletableFuture<Speech> done = new CompletableFuture<>();
        // a text the library has already: asked, like a file (a failed check lets the import say what is wrong)
        worker.submit(() -> library.titleOfSame(text)).whenComplete((same, failed) -> Platform.runLater(() -> {
            if (failed != null || same.isEmpty()) {
                storePasted(text, source, done);
                return;
            }
            askAboutCopies(List.of(i18n.get(BatchImport.DUPLICATE, source, same.get())), copy -> {
                if (copy) {
                    storePasted(text, source, done);
                } else {
                    status.accept(i18n.get("importer.paste.skipped", same.get()));
                    done.complete(null);
                }
            });
        }));
        return done;
    }

    private void storePasted(String text, String source, CompletableFuture<Speech> done) {
        worker.submit(() -> library.importString(text, source))
                .whenComplete((speech, failure) -> Platform.runLater(() -> {
                    if (failure == null) {
                        open.accept(speech.id());
                        status.accept(i18n.get("importer.paste.done", speech.title()));
                        done.complete(speech);
                        return;
                    }
                    String message = Failures.describe(failure, i18n);
                    error(i18n.get("import.failed"), message);
                    status.accept(message);
                    done.completeExceptionally(failure);
                }));
    }

    private CompletableFuture<Speech> refused(String message) {
        status.accept(message);
        error(i18n.get("import.failed"), message);
        return CompletableFuture.completedFuture(null);
    }

    private void error(String header, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, new ButtonType(i18n.get("dialog.ok"), ButtonData.OK_DONE));
        alert.initOwner(owner);
        alert.setTitle(i18n.get("app.title"));
        alert.setHeaderText(header);
        alert.show();
    }
}
