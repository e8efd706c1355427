package jingdu.ui.tasks;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.BiPredicate;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import jingdu.app.tasks.BoardRow;
import jingdu.i18n.I18n;
import jingdu.model.TaskProgress;

/**
 * 填写进展: a task's progress history (newest first) and a new entry — its text and who writes it (the computer's user
 * name unless changed). 确定 adds the entry as one undoable step; an empty text is refused and the dialog stays.
 */
public final class ProgressDialog {

    public static final String BODY_ID = "task-progress-body";
    public static final String AUTHOR_ID = "task-progress-author";
    public static final String HISTORY_ID = "task-progress-history";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final TextArea body = new TextArea();
    private final TextField author = new TextField(System.getProperty("user.name", ""));

    /** {@code add}: adds an entry (author, text); false when refused (the reason is shown by the board). */
    ProgressDialog(I18n i18n, Window owner, BoardRow row, List<TaskProgress> history, BiPredicate<String, String> add) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(i18n.get("tasks.progress.title"));
        dialog.setHeaderText(row.firstClause());
        ButtonType ok = new ButtonType(i18n.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        dialog.getDialogPane().setId("task-progress-dialog");

        ListView<String> list = new ListView<>();
        list.setId(HISTORY_ID);
        list.setPlaceholder(new Label(i18n.get("tasks.progress.none")));
        history.forEach(p -> list.getItems().add(i18n.get("tasks.progress.entry", when(p, i18n), p.author(), p.body())));
        list.setPrefHeight(160);
        body.setId(BODY_ID);
        body.setWrapText(true);
        body.setPrefRowCount(4);
        body.setPromptText(i18n.get("tasks.progress.prompt"));
        author.setId(AUTHOR_ID);
        Label authorLabel = new Label(i18n.get("tasks.progress.author"));
        authorLabel.setMinWidth(Region.USE_PREF_SIZE);
        GridPane who = new GridPane();
        who.setHgap(8);
        who.addRow(0, authorLabel, author);
        GridPane.setHgrow(author, Priority.ALWAYS);
        Label historyLabel = new Label(i18n.get("tasks.progress.history", history.size()));
        historyLabel.setMinWidth(Region.USE_PREF_SIZE);
        VBox content = new VBox(8, historyLabel, list, body, who);
        content.setPrefWidth(480);
        dialog.getDialogPane().setContent(content);
        // an empty text or a refused entry keeps the dialog open
        dialog.getDialogPane().lookupButton(ok).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            if (!add.test(author.getText(), body.getText())) {
                e.consume();
                body.requestFocus();
            }
        });
        dialog.setOnShown(e -> body.requestFocus());
    }

    static String when(TaskProgress p, I18n i18n) {
        return p == null || p.writtenAt() == null ? "" : WHEN.format(p.writtenAt().atZone(ZoneId.systemDefault()));
    }

    public void show() {
        dialog.show();
    }

    public Dialog<ButtonType> dialog() {
        return dialog;
    }

    public TextArea body() {
        return body;
    }

    public TextField author() {
        return author;
    }
}
