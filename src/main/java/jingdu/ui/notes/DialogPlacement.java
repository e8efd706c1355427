package jingdu.ui.notes;

import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;

/**
 * Where a small dialog goes so it does not cover a passage: below it, else above, else beside it, always
 * inside the screen. Pure geometry in screen coordinates, so it tests without a window.
 */
public final class DialogPlacement {

    /** Space between the passage and the dialog, in pixels. */
    static final double GAP = 12;

    private DialogPlacement() {
    }

    /** The top-left corner for a {@code width} × {@code height} dialog near {@code passage} on {@code screen}. */
    public static Point2D place(Rectangle2D passage, double width, double height, Rectangle2D screen) {
        double x = clamp(passage.getMinX(), screen.getMinX(), screen.getMaxX() - width);
        double below = passage.getMaxY() + GAP;
        if (below + height <= screen.getMaxY()) {
            return new Point2D(x, below);
        }
        double above = passage.getMinY() - GAP - height;
        if (above >= screen.getMinY()) {
            return new Point2D(x, above);
        }
        // a passage taller than what is left above and below it: beside it, on the side with room
        double y = clamp(passage.getMinY(), screen.getMinY(), screen.getMaxY() - height);
        if (passage.getMaxX() + GAP + width <= screen.getMaxX()) {
            return new Point2D(passage.getMaxX() + GAP, y);
        }
        if (passage.getMinX() - GAP - width >= screen.getMinX()) {
            return new Point2D(passage.getMinX() - GAP - width, y);
        }
        // no room anywhere: where it covers least, the larger of the spaces above and below
        boolean roomBelow = screen.getMaxY() - passage.getMaxY() >= passage.getMinY() - screen.getMinY();
        return new Point2D(x, roomBelow ? screen.getMaxY() - height : screen.getMinY());
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(v, Math.max(min, max)));
    }
}
