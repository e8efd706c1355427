package jingdu.ui;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * What a laid-out scene cuts off: a visible {@link Labeled} whose shown text is not its text (an ellipsis, or
 * nothing), a visible {@link Region} given less room than its own minimum, a toolbar that hides items behind
 * {@code »}, and a control that sticks out of its window. Each offender is described by id, class and text.
 */
final class LayoutProbe {

    private static final double SLACK = 1.0;

    private LayoutProbe() {
    }

    /** Lays the scene out (CSS and layout) and lists what it cuts off; call on the FX thread. */
    static List<String> offenders(Scene scene) {
        Parent root = scene.getRoot();
        root.applyCss();
        root.layout();
        List<String> out = new ArrayList<>();
        walk(root, scene, false, out);
        return out;
    }

    private static void walk(Node node, Scene scene, boolean clipped, List<String> out) {
        if (!node.isVisible()) {
            return; // nor anything inside it
        }
        if (node instanceof Region r && !r.isManaged() && r.getWidth() == 0 && r.getHeight() == 0) {
            return; // kept in the graph but never laid out or drawn (a combo box's list before it first opens)
        }
        if (node.getStyleClass().contains("tool-bar-overflow-button")) {
            out.add("toolbar overflow » is shown (items hide behind it)");
        }
        if (node instanceof Labeled l) {
            checkText(l, out);
        }
        if (node instanceof Region r && !scroller(r)) {
            checkSize(r, out);
        }
        if (node instanceof javafx.scene.control.Control && !clipped) {
            Bounds b = node.localToScene(node.getLayoutBounds());
            if (b.getWidth() > 0 && (b.getMinX() < -SLACK || b.getMaxX() > scene.getWidth() + SLACK
                    || b.getMinY() < -SLACK || b.getMaxY() > scene.getHeight() + SLACK)) {
                out.add("outside its window " + describe(node) + String.format(" at %.0f–%.0f × %.0f–%.0f in %.0f × %.0f",
                        b.getMinX(), b.getMaxX(), b.getMinY(), b.getMaxY(), scene.getWidth(), scene.getHeight()));
            }
        }
        if (node instanceof Region r && r.getParent() instanceof javafx.scene.layout.Pane parent
                && !scroller(r) && !scroller(parent) && r.isManaged() && r.getWidth() > 0) {
            // laid out by a layout pane beyond its edges: drawn over its neighbours (a pane taller than its slot)
            double x = r.getLayoutX() + r.getLayoutBounds().getMinX();
            double y = r.getLayoutY() + r.getLayoutBounds().getMinY();
            if (x < -SLACK || y < -SLACK || x + r.getWidth() > parent.getWidth() + SLACK
                    || y + r.getHeight() > parent.getHeight() + SLACK) {
                out.add("sticks out " + describe(r) + String.format(" at %.0f,%.0f %.0f × %.0f in %.0f × %.0f",
                        x, y, r.getWidth(), r.getHeight(), parent.getWidth(), parent.getHeight()));
            }
        }
        if (node instanceof Parent p) {
            boolean inner = clipped || node.getClip() != null;
            for (Node child : p.getChildrenUnmodifiable()) {
                walk(child, scene, inner, out);
            }
        }
    }

    /**
     * A scroll pane's viewport and the pane inside it that holds the content: they may be smaller than the content
     * (that is what the scroll bars are for), and the content may reach past them.
     */
    private static boolean scroller(Node n) {
        Parent p = n.getParent();
        return n.getStyleClass().contains("viewport") || p != null && p.getStyleClass().contains("viewport");
    }

    private static void checkText(Labeled l, List<String> out) {
        String text = l.getText();
        if (text == null || text.isBlank()) {
            return;
        }
        Text shown = (Text) l.getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof Text && n.getStyleClass().contains("text")).findFirst().orElse(null);
        if (shown == null) {
            return; // its skin shows the text through a label of its own (a menu button), which is checked
        }
        String showing = shown.isVisible() ? shown.getText() : "";
        String expected = l.isMnemonicParsing() ? text.replaceFirst("_(?=.)", "") : text;
        if (l instanceof javafx.scene.control.IndexedCell<?> && l.getTooltip() != null && l.getTooltip().getText() != null
                && l.getTooltip().getText().contains(text.replaceFirst("…$", ""))) {
            return; // a data table's cell may end in an ellipsis when its tooltip shows the whole (the task board)
        }
        if (!showing.equals(expected) && !showing.equals(text)) {
            out.add("text cut " + describe(l) + " shows \"" + showing + "\""
                    + String.format(" (%.0f wide, needs %.0f)", l.getWidth(), l.prefWidth(-1)));
        }
    }

    private static void checkSize(Region r, List<String> out) {
        double minW = r.minWidth(-1);
        double minH = r.minHeight(r.getWidth() > 0 ? r.getWidth() : -1);
        if (r.getWidth() + SLACK < minW || r.getHeight() + SLACK < minH) {
            out.add("squeezed " + describe(r) + String.format(" is %.0f × %.0f, needs at least %.0f × %.0f",
                    r.getWidth(), r.getHeight(), minW, minH));
        }
    }

    static String describe(Node n) {
        StringBuilder s = new StringBuilder();
        s.append(n.getClass().getSimpleName().isEmpty() ? n.getClass().getName() : n.getClass().getSimpleName());
        if (n.getId() != null) {
            s.append('#').append(n.getId());
        }
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
            s.append(" \"").append(l.getText()).append('"');
        }
        // the nearest ancestor with an id says where it is
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p.getId() != null) {
                s.append(" in #").append(p.getId());
                break;
            }
            if (!p.getStyleClass().isEmpty() && p.getStyleClass().stream().anyMatch(c -> c.endsWith("-pane")
                    || c.endsWith("-bar") || c.equals("dialog-pane") || c.equals("legend"))) {
                s.append(" in .").append(String.join(".", p.getStyleClass()));
                break;
            }
        }
        return s.toString();
    }
}
