package jingdu.ui.reader;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import org.fxmisc.richtext.TextExt;

/**
 * A body paragraph's first character, two characters in from the margin: the indent of Chinese prose. The
 * paragraph's text flow counts this node as one character, the one it shows (see {@link ReaderArea}).
 *
 * <p>RichTextFX paints a run's fill, frame and underline ({@code -rtfx-background-color}, {@code
 * -rtfx-border-stroke-*}, {@code -rtfx-underline-*}) for its own text nodes only, so this node paints them behind
 * and under its character, from the same properties the style sheet sets on the character's {@link TextExt}.
 */
final class IndentedLead extends Region {

    /** Two characters: the indent is twice the character's font size (a Chinese character is one em wide). */
    static final double INDENT_EMS = 2;

    private final TextExt text;
    private final Rectangle fill = new Rectangle();
    private final Rectangle frame = new Rectangle();
    private final Line underline = new Line();

    IndentedLead(TextExt text) {
        this.text = text;
        getStyleClass().add("indent-lead");
        fill.fillProperty().bind(text.backgroundColorProperty());
        fill.setStrokeWidth(0);
        fill.visibleProperty().bind(text.backgroundColorProperty().isNotNull());
        frame.setFill(null);
        frame.strokeProperty().bind(text.borderStrokeColorProperty());
        frame.strokeWidthProperty().bind(Bindings.createDoubleBinding(
                () -> number(text.getBorderStrokeWidth(), 1), text.borderStrokeWidthProperty()));
        frame.visibleProperty().bind(text.borderStrokeColorProperty().isNotNull());
        underline.strokeProperty().bind(text.underlineColorProperty());
        underline.strokeWidthProperty().bind(Bindings.createDoubleBinding(
                () -> number(text.getUnderlineWidth(), 1), text.underlineWidthProperty()));
        underline.visibleProperty().bind(text.underlineColorProperty().isNotNull());
        text.borderStrokeDashArrayProperty().addListener((o, was, is) -> dashes(frame, is));
        text.underlineDashArrayProperty().addListener((o, was, is) -> dashes(underline, is));
        text.underlineWidthProperty().addListener(o -> requestLayout());
        text.underlineOffsetProperty().addListener(o -> requestLayout());
        for (Shape s : List.of(fill, frame, underline)) {
            s.setManaged(false);
        }
        getChildren().addAll(fill, frame, text, underline);
    }

    /** The indent in px: two characters of the character's font. */
    double indent() {
        return snapSizeX(INDENT_EMS * text.getFont().getSize());
    }

    @Override
    protected double computePrefWidth(double height) {
        return indent() + text.getLayoutBounds().getWidth();
    }

    @Override
    protected double computePrefHeight(double width) {
        return text.getLayoutBounds().getHeight();
    }

    @Override
    protected double computeMinWidth(double height) {
        return computePrefWidth(height);
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    public double getBaselineOffset() {
        return text.getBaselineOffset() - text.getLayoutBounds().getMinY();
    }

    @Override
    protected void layoutChildren() {
        double x = indent();
        double w = text.getLayoutBounds().getWidth();
        double h = getHeight();
        text.relocate(x, 0);
        fill.setX(x);
        fill.setY(0);
        fill.setWidth(w);
        fill.setHeight(h);
        frame.setX(x);
        frame.setY(0);
        frame.setWidth(w);
        frame.setHeight(h);
        // where RichTextFX draws an underline: the line's foot, moved by the offset, less 2.5 px
        double y = snapPositionY(h + number(text.getUnderlineOffset(), 0) - 2.5);
        underline.setStartX(x);
        underline.setEndX(x + w);
        underline.setStartY(y);
        underline.setEndY(y);
    }

    private static double number(Number n, double otherwise) {
        return n == null ? otherwise : n.doubleValue();
    }

    private static void dashes(Shape shape, Number[] dashes) {
        shape.getStrokeDashArray().setAll(dashes == null ? List.of()
                : java.util.Arrays.stream(dashes).map(Number::doubleValue).toList());
    }
}
