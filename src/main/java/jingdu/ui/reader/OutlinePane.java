package jingdu.ui.reader;

import java.util.List;
import java.util.function.IntConsumer;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import jingdu.i18n.I18n;
import jingdu.model.Analysis;
import jingdu.model.ParagraphInfo;

/** The speech's headings (一、 / （一） / 一是 …); clicking one scrolls the reader to it. */
public final class OutlinePane extends BorderPane {

    public static final String LIST_ID = "outline-list";
    private static final int MAX_LABEL = 40;

    private final ListView<ParagraphInfo> list = new ListView<>();
    private String text = "";

    public OutlinePane(I18n i18n, IntConsumer onJump) {
        getStyleClass().add("outline-pane");
        Label header = new Label(i18n.get("outline.title"));
        header.getStyleClass().add("pane-header");
        setTop(header);
        list.setId(LIST_ID);
        list.setPlaceholder(new Label(i18n.get("outline.empty")));
        list.setCellFactory(v -> new ListCell<>() {
            private final Label heading = new Label();

            {
                // a heading wraps at the list's width instead of running off its edge
                setPrefWidth(0);
                heading.setWrapText(true);
                heading.prefWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                        () -> list.getWidth() - getPadding().getLeft() - getPadding().getRight() - 24,
                        list.widthProperty(), paddingProperty()));
                heading.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                heading.getStyleClass().add("outline-heading");
            }

            @Override
            protected void updateItem(ParagraphInfo p, boolean empty) {
                super.updateItem(p, empty);
                getStyleClass().removeIf(c -> c.startsWith("outline-level-"));
                setText(null);
                if (empty || p == null) {
                    setGraphic(null);
                    return;
                }
                getStyleClass().add("outline-level-" + p.heading());
                heading.setText(label(Highlighter.headingLead(text, p).of(text)));
                setGraphic(heading);
            }
        });
        list.setOnMouseClicked(e -> jumpToSelected(onJump));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                jumpToSelected(onJump);
            }
        });
        setCenter(list);
    }

    private void jumpToSelected(IntConsumer onJump) {
        ParagraphInfo p = list.getSelectionModel().getSelectedItem();
        if (p != null) {
            onJump.accept(p.index());
        }
    }

    public void setAnalysis(Analysis analysis) {
        if (analysis == null) {
            text = "";
            list.getItems().clear();
            return;
        }
        text = analysis.text();
        List<ParagraphInfo> headings = analysis.paragraphs().stream().filter(p -> p.heading() > 0).toList();
        list.getItems().setAll(headings);
    }

    private static String label(String heading) {
        return heading.length() <= MAX_LABEL ? heading : heading.substring(0, MAX_LABEL) + "…";
    }
}
