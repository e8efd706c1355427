package jingdu.ui.importing;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import jingdu.i18n.I18n;
import jingdu.ui.DialogWindows;

/** A small window while a batch import runs: files done of all, the current file, and Cancel. */
final class ImportProgress {

    static final String BAR_ID = "import-progress-bar";
    static final String FILE_ID = "import-progress-file";
    static final String CANCEL_ID = "import-progress-cancel";

    private final I18n i18n;
    private final Stage stage = new Stage();
    private final ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
    private final Label file = new Label();
    private final AtomicBoolean cancelled = new AtomicBoolean();

    ImportProgress(I18n i18n, Window owner) {
        this.i18n = i18n;
        bar.setId(BAR_ID);
        bar.setMaxWidth(Double.MAX_VALUE);
        file.setId(FILE_ID);
        file.setMaxWidth(Double.MAX_VALUE);
        Button cancel = new Button(i18n.get("importer.progress.cancel"));
        cancel.setId(CANCEL_ID);
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> {
            cancelled.set(true);
            cancel.setDisable(true);
            file.setText(i18n.get("importer.progress.cancelling"));
        });
        HBox buttons = new HBox(cancel);
        buttons.setStyle("-fx-alignment: center-right;");
        VBox box = new VBox(10, file, bar, buttons);
        box.setPadding(new Insets(16));
        box.setPrefWidth(440);
        box.getStyleClass().add("import-progress");
        Scene scene = new Scene(box);
        DialogWindows.dress(stage, scene, box, owner, true);
        stage.setScene(scene);
        stage.setTitle(i18n.get("importer.progress.title"));
        stage.setOnCloseRequest(e -> {
            e.consume(); // closing the window means cancel; it closes itself when the worker stops
            cancel.fire();
        });
    }

    void show() {
        stage.show();
    }

    /** On the FX thread: {@code current} is null once every file is done. */
    void update(int done, int total, Path current) {
        if (cancelled.get()) {
            return;
        }
        bar.setProgress(total == 0 ? 1 : (double) done / total);
        if (current != null) {
            file.setText(i18n.get("importer.progress.file", done + 1, total, current.getFileName()));
        }
    }

    boolean cancelled() {
        return cancelled.get();
    }

    void close() {
        stage.close();
    }
}
