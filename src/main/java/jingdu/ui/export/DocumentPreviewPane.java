package jingdu.ui.export;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.text.TextFlow;
import javafx.scene.layout.VBox;
import jingdu.i18n.I18n;
import jingdu.model.DocumentPreview;

/**
 * A laid-out export (the Word report) previewed as the reader will see it: title, headings and body as
 * formatted, read-only text, one paragraph per block. Styles are CSS classes ({@code doc-title},
 * {@code doc-heading-1}…, {@code doc-body}, {@code doc-bold}, {@code doc-kai}) in the app stylesheet.
 */
public final class DocumentPreviewPane extends ScrollPane {

    private final I18n i18n;
    private final VBox page = new VBox();

    public DocumentPreviewPane(I18n i18n) {
        this.i18n = i18n;
        page.getStyleClass().add("doc-preview-page");
        page.setFillWidth(true);
        setContent(page);
        setFitToWidth(true);
        getStyleClass().add("doc-preview");
    }

    public void show(DocumentPreview document) {
        List<Node> blocks = new ArrayList<>();
        for (DocumentPreview.Block b : document.blocks()) {
            blocks.add(block(b));
        }
        if (document.cut()) {
            Label more = new Label(i18n.get("export.dialog.previewCut", document.blocks().size(), document.total()));
            more.getStyleClass().add("doc-preview-cut");
            more.setWrapText(true);
            blocks.add(more);
        }
        page.getChildren().setAll(blocks);
        setVvalue(0);
    }

    /** The paragraphs shown, as their plain text (for tests and accessibility). */
    public List<String> paragraphs() {
        return page.getChildren().stream().filter(TextFlow.class::isInstance)
                .map(n -> ((TextFlow) n).getChildren().stream().map(t -> ((Text) t).getText())
                        .reduce("", String::concat)).toList();
    }

    /** The style class of the paragraph shown {@code index}th. */
    public String kindClass(int index) {
        return page.getChildren().get(index).getStyleClass().stream().filter(c -> c.startsWith("doc-") && !c.equals("doc-block"))
                .findFirst().orElse("");
    }

    private static TextFlow block(DocumentPreview.Block b) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().addAll("doc-block", kindClass(b.kind()));
        if (b.centred()) {
            flow.setTextAlignment(TextAlignment.CENTER);
        }
        for (DocumentPreview.Run r : b.runs()) {
            Text t = new Text(r.text());
            t.getStyleClass().add("doc-text");
            if (r.bold()) {
                t.getStyleClass().add("doc-bold");
            }
            if (r.kai()) {
                t.getStyleClass().add("doc-kai");
            }
            flow.getChildren().add(t);
        }
        if (b.runs().isEmpty()) {
            flow.getChildren().add(new Text(" ")); // an empty paragraph still takes a line, as in Word
        }
        return flow;
    }

    static String kindClass(DocumentPreview.Kind kind) {
        return switch (kind) {
            case TITLE -> "doc-title";
            case HEADING_1 -> "doc-heading-1";
            case HEADING_2 -> "doc-heading-2";
            case HEADING_3 -> "doc-heading-3";
            case BODY -> "doc-body";
        };
    }
}
