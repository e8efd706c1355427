package jingdu.ui.reader;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import jingdu.i18n.I18n;

/**
 * Find in the speech, above the reader: type to highlight every match, Enter / F3 for the next,
 * Shift+Enter / Shift+F3 for the previous, "3/12" counts them, Esc closes and clears the layer.
 */
public final class FindBar extends HBox {

    public static final String FIELD_ID = "find-field";
    public static final String COUNT_ID = "find-count";

    private final ReaderView reader;
    private final TextField field = new TextField();
    private final Label count = new Label();
    private FindMatches matches = FindMatches.NONE;

    public FindBar(I18n i18n, ReaderView reader) {
        this.reader = reader;
        getStyleClass().add("find-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(6);
        field.setId(FIELD_ID);
        field.setPromptText(i18n.get("comforts.find.prompt"));
        field.setPrefColumnCount(24);
        count.setId(COUNT_ID);
        count.getStyleClass().add("find-count");
        count.setMinWidth(60);
        Button previous = new Button("↑");
        previous.setId("find-previous");
        previous.setOnAction(e -> previous());
        previous.setFocusTraversable(false);
        Button next = new Button("↓");
        next.setId("find-next");
        next.setOnAction(e -> next());
        next.setFocusTraversable(false);
        Button close = new Button("✕");
        close.setId("find-close");
        close.setOnAction(e -> close());
        close.setFocusTraversable(false);
        Label label = new Label(i18n.get("comforts.find.label"));
        HBox.setHgrow(field, Priority.SOMETIMES);
        getChildren().addAll(label, field, count, previous, next, close);
        field.textProperty().addListener((obs, old, text) -> search(text));
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.F3) {
                if (e.isShiftDown()) {
                    previous();
                } else {
                    next();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                close();
                e.consume();
            }
        });
        hideBar();
    }

    /** Ctrl+F: shows the bar with the reader's selection (if short) as the query, and focuses it. */
    public void open() {
        String selected = reader.area().getSelectedText();
        setVisible(true);
        setManaged(true);
        if (!selected.isEmpty() && selected.length() <= 40 && !selected.contains("\n")) {
            field.setText(selected);
        } else {
            search(field.getText());
        }
        field.requestFocus();
        field.selectAll();
    }

    public void close() {
        hideBar();
        matches = FindMatches.NONE;
        reader.setFind(matches);
        reader.area().requestFocus();
    }

    public boolean isOpen() {
        return isVisible();
    }

    public void next() {
        if (!isOpen()) {
            open();
            return;
        }
        show(matches.next());
    }

    public void previous() {
        if (!isOpen()) {
            open();
            return;
        }
        show(matches.previous());
    }

    public FindMatches matches() {
        return matches;
    }

    /** The speech changed under the bar: search again in the new text. */
    public void refresh() {
        if (isOpen()) {
            search(field.getText());
        }
    }

    private void search(String query) {
        String text = reader.speech() == null ? "" : reader.area().getText();
        show(FindMatches.of(text, query, reader.area().getSelection().getStart()));
    }

    private void show(FindMatches m) {
        matches = m;
        count.setText(field.getText().isEmpty() ? "" : m.counter());
        count.getStyleClass().remove("find-none");
        if (m.isEmpty() && !field.getText().isEmpty()) {
            count.getStyleClass().add("find-none");
        }
        reader.setFind(m);
    }

    private void hideBar() {
        setVisible(false);
        setManaged(false);
    }
}
