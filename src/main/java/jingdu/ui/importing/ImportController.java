package jingdu.ui.importing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
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
                    finished(summary, quiet);
                }));
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
        return worker.submit(() -> library.importString(text, source))
                .whenComplete((speech, failure) -> Platform.runLater(() -> {
                    if (failure == null) {
                        open.accept(speech.id());
                        status.accept(i18n.get("importer.paste.done", speech.title()));
                        return;
                    }
                    String message = Failures.describe(failure, i18n);
                    error(i18n.get("import.failed"), message);
                    status.accept(message);
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
