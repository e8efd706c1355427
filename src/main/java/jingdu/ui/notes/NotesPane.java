package jingdu.ui.notes;

import java.util.List;
import java.util.function.Consumer;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import jingdu.i18n.I18n;
import jingdu.model.Note;

/** All notes of the open speech: quote and note text; click jumps, edit and delete act on the selection. */
public final class NotesPane extends BorderPane {

    public static final String LIST_ID = "notes-list";
    public static final String EDIT_ID = "note-edit";
    public static final String DELETE_ID = "note-delete";
    private static final int MAX_QUOTE = 60;

    private final ListView<Note> list = new ListView<>();

    public NotesPane(I18n i18n, Consumer<Note> onJump, Consumer<Note> onEdit, Consumer<Note> onDelete) {
        getStyleClass().add("notes-pane");
        Label header = new Label(i18n.get("notes.title"));
        header.getStyleClass().add("pane-header");
        setTop(header);
        list.setId(LIST_ID);
        list.setPlaceholder(new Label(i18n.get("notes.empty")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Note n, boolean empty) {
                super.updateItem(n, empty);
                if (empty || n == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label quote = new Label("“" + shorten(n.quote()) + "”");
                quote.getStyleClass().add("note-quote");
                quote.setWrapText(true);
                Label body = new Label(n.body());
                body.getStyleClass().add("note-body");
                body.setWrapText(true);
                VBox box = new VBox(2, quote, body);
                box.setMaxWidth(260);
                setGraphic(box);
                setText(null);
            }
        });
        list.setOnMouseClicked(e -> {
            Note n = list.getSelectionModel().getSelectedItem();
            if (n == null) {
                return;
            }
            if (e.getClickCount() == 2) {
                onEdit.accept(n);
            } else {
                onJump.accept(n);
            }
        });
        list.setOnKeyPressed(e -> {
            Note n = list.getSelectionModel().getSelectedItem();
            if (n != null && (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE)) {
                onDelete.accept(n);
            } else if (n != null && e.getCode() == KeyCode.ENTER) {
                onEdit.accept(n);
            }
        });
        Button edit = new Button(i18n.get("notes.edit"));
        edit.setId(EDIT_ID);
        Button delete = new Button(i18n.get("notes.delete"));
        delete.setId(DELETE_ID);
        edit.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        delete.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> onEdit.accept(list.getSelectionModel().getSelectedItem()));
        delete.setOnAction(e -> onDelete.accept(list.getSelectionModel().getSelectedItem()));
        HBox actions = new HBox(6, edit, delete);
        actions.getStyleClass().add("notes-actions");
        setCenter(list);
        setBottom(actions);
    }

    public void setNotes(List<Note> notes) {
        Note selected = list.getSelectionModel().getSelectedItem();
        list.getItems().setAll(notes);
        if (selected != null) {
            notes.stream().filter(n -> n.id() == selected.id()).findFirst()
                    .ifPresent(n -> list.getSelectionModel().select(n));
        }
    }

    public List<Note> notes() {
        return List.copyOf(list.getItems());
    }

    private static String shorten(String quote) {
        String q = quote.replace('\n', ' ');
        return q.length() <= MAX_QUOTE ? q : q.substring(0, MAX_QUOTE) + "…";
    }
}
