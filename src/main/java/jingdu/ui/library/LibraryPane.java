package jingdu.ui.library;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.LongConsumer;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import jingdu.i18n.I18n;
import jingdu.model.SpeechSummary;

/** The list of speeches: title, import date and paragraph count; selecting one opens it. */
public final class LibraryPane extends BorderPane {

    public static final String LIST_ID = "library-list";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final ListView<SpeechSummary> list = new ListView<>();
    private boolean updating;

    public LibraryPane(I18n i18n, LongConsumer onOpen) {
        getStyleClass().add("library-pane");
        Label header = new Label(i18n.get("library.title"));
        header.getStyleClass().add("pane-header");
        setTop(header);
        list.setId(LIST_ID);
        list.setPlaceholder(new Label(i18n.get("library.empty")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(SpeechSummary s, boolean empty) {
                super.updateItem(s, empty);
                if (empty || s == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label title = new Label(s.title());
                title.getStyleClass().add("library-title");
                Label meta = new Label(i18n.get("library.meta", DATE.format(s.importedAt()), s.paragraphCount()));
                meta.getStyleClass().add("library-meta");
                setGraphic(new VBox(2, title, meta));
                setText(null);
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, s) -> {
            if (s != null && !updating) {
                onOpen.accept(s.id());
            }
        });
        setCenter(list);
    }

    /** Replaces the rows and selects {@code selectedId} without reopening it. */
    public void setSpeeches(List<SpeechSummary> speeches, long selectedId) {
        updating = true;
        try {
            list.getItems().setAll(speeches);
            speeches.stream().filter(s -> s.id() == selectedId).findFirst()
                    .ifPresent(s -> list.getSelectionModel().select(s));
        } finally {
            updating = false;
        }
    }
}
