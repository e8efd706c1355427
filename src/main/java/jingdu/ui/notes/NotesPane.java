package jingdu.ui.notes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import jingdu.i18n.I18n;
import jingdu.model.Note;
import jingdu.ui.reader.Highlighter;
import jingdu.ui.tags.PaletteCombo;

/** All notes of the open speech: quote and note text; click jumps, edit and delete act on the selection. */
public final class NotesPane extends BorderPane {

    public static final String LIST_ID = "notes-list";
    public static final String EDIT_ID = "note-edit";
    public static final String DELETE_ID = "note-delete";
    private static final int MAX_QUOTE = 60;

    public static final String SPEECH_NOTE_ID = "note-speech";
    public static final String FILTER_TEXT_ID = "notes-filter-text";
    public static final String FILTER_TAG_ID = "notes-filter-tag";
    public static final String FILTER_SECTOR_ID = "notes-filter-sector";
    public static final String FILTER_COLOUR_ID = "notes-filter-colour";

    private final ListView<Note> list = new ListView<>();
    private final TextField textFilter = new TextField();
    private final ComboBox<String> tagFilter = new ComboBox<>();
    private final ComboBox<String> sectorFilter = new ComboBox<>();
    private final ComboBox<String> colourFilter;
    private final java.util.function.Function<String, String> i18nAny;
    private List<Note> all = List.of();
    private NoteFilter.Context context = NoteFilter.Context.EMPTY;

    public NotesPane(I18n i18n, Consumer<Note> onJump, Consumer<Note> onEdit, Consumer<Note> onDelete,
                     Runnable onSpeechNote) {
        this.i18nAny = i18n::get;
        getStyleClass().add("notes-pane");
        Label header = new Label(i18n.get("notes.title"));
        header.getStyleClass().add("pane-header");
        Button speechNote = new Button(i18n.get("notes.speechNote"));
        speechNote.setId(SPEECH_NOTE_ID);
        speechNote.setOnAction(e -> onSpeechNote.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox titleRow = new HBox(6, header, spacer, speechNote);
        titleRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        textFilter.setId(FILTER_TEXT_ID);
        textFilter.setPromptText(i18n.get("notes.filter.text"));
        tagFilter.setId(FILTER_TAG_ID);
        sectorFilter.setId(FILTER_SECTOR_ID);
        colourFilter = PaletteCombo.create(i18n, true, "notes.filter.anyColour");
        colourFilter.setId(FILTER_COLOUR_ID);
        colourFilter.getSelectionModel().select(PaletteCombo.NONE);
        tagFilter.setPromptText(i18n.get("notes.filter.tag"));
        sectorFilter.setPromptText(i18n.get("notes.filter.sector"));
        for (ComboBox<String> c : List.of(tagFilter, sectorFilter, colourFilter)) {
            c.setMinWidth(Region.USE_PREF_SIZE); // on a narrow pane: a second row, never "全…"
            c.valueProperty().addListener((o, a, b) -> refilter());
        }
        speechNote.setMinWidth(Region.USE_PREF_SIZE);
        textFilter.textProperty().addListener((o, a, b) -> refilter());
        VBox top = new VBox(4, titleRow, textFilter, new FlowPane(4, 4, tagFilter, sectorFilter, colourFilter));
        top.getStyleClass().add("notes-filter");
        setTop(top);
        list.setId(LIST_ID);
        list.setPlaceholder(new Label(i18n.get("notes.empty")));
        list.setCellFactory(v -> new ListCell<>() {
            {
                setPrefWidth(0); // wrap to the list's width instead of cutting the note
            }

            @Override
            protected void updateItem(Note n, boolean empty) {
                super.updateItem(n, empty);
                if (empty || n == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label quote = new Label(switch (n.scope()) {
                    case SPEECH -> i18n.get("notes.scope.speech");
                    case PARAGRAPH -> i18n.get("notes.scope.paragraph", n.paragraph() + 1, shorten(n.quote()));
                    case PASSAGE -> "“" + shorten(n.quote()) + "”";
                });
                quote.getStyleClass().add("note-quote");
                Label body = new Label(n.body());
                body.getStyleClass().add("note-body");
                for (Label l : List.of(quote, body)) {
                    l.setWrapText(true);
                    l.prefWidthProperty().bind(list.widthProperty().subtract(40)); // the width its height is for
                    l.setMinHeight(Region.USE_PREF_SIZE);
                }
                VBox box = new VBox(2, quote, body);
                if (n.colour() != null) {
                    Region swatch = new Region();
                    swatch.getStyleClass().addAll("tag-swatch", Highlighter.tagColourClass(n.colour()));
                    box.getChildren().add(0, swatch);
                }
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

    /** All notes of the open speech; the list shows those the filter bar lets through. */
    public void setNotes(List<Note> notes) {
        this.all = List.copyOf(notes);
        refilter();
    }

    /**
     * What the tag and sector filters look at, and their choices: tags in tree order (id → name) and the
     * sectors mentioned in the speech (id → name).
     */
    public void setContext(NoteFilter.Context context, Map<String, String> tagNames, Map<String, String> sectorNames) {
        this.context = context;
        fill(tagFilter, tagNames, "notes.filter.anyTag");
        fill(sectorFilter, sectorNames, "notes.filter.anySector");
        refilter();
    }

    private void fill(ComboBox<String> box, Map<String, String> names, String anyKey) {
        String selected = box.getValue();
        Map<String, String> withAny = new LinkedHashMap<>();
        withAny.put("", i18nAny.apply(anyKey));
        withAny.putAll(names);
        box.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String id) {
                return id == null ? "" : withAny.getOrDefault(id, id);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        box.getItems().setAll(withAny.keySet());
        box.setValue(selected != null && withAny.containsKey(selected) ? selected : "");
    }

    /** The filter the bar describes now. */
    public NoteFilter filter() {
        return new NoteFilter(textFilter.getText(), blankToNull(tagFilter.getValue()), blankToNull(sectorFilter.getValue()),
                blankToNull(colourFilter.getValue()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private void refilter() {
        Note selected = list.getSelectionModel().getSelectedItem();
        List<Note> shown = filter().apply(all, context);
        list.getItems().setAll(shown);
        if (selected != null) {
            shown.stream().filter(n -> n.id() == selected.id()).findFirst()
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
