package jingdu.ui.reader;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import jingdu.model.Note;

/**
 * A paragraph's gutter: its chips in a row beside the paragraph's first line (tags, suggestions, the paragraph
 * note marker), and a mark for its passage notes beside the line each note starts on, so a note on the fourth
 * line of a long paragraph is marked there and not at the paragraph's top.
 *
 * <p>Where a line is comes from the area's public character bounds, read when the gutter lays out (the paragraph's
 * text is laid out by then, in the same cell). Notes that start on the same line share one mark. While the text is
 * not on screen yet, the marks wait beside the first line and move at the next layout.
 */
final class Gutter extends HBox {

    /** A passage note as the gutter marks it: where it starts in this paragraph (its start, or the paragraph's). */
    record Passage(int start, Note note) {
    }

    /** Marks that cannot be placed yet (the text is not on screen) wait beside the first line. */
    private static final long NOT_MEASURED = Long.MIN_VALUE;
    private static final int MAX_RETRIES = 3;

    private final ReaderArea area;
    private final int paragraphStart;
    private final List<Passage> passages;
    private final Function<List<Note>, Label> markFactory;
    /** A line's distance below the paragraph's first line (px) → the mark for the notes starting on that line. */
    private final Map<Long, Label> marks = new LinkedHashMap<>();
    private boolean retryQueued;
    /** Layouts asked for while the text was not measurable; a few at most, so an off-screen cell never spins. */
    private int retries;
    /** Lays out again when the text may wrap differently: the same height can hold other line breaks. */
    private final InvalidationListener rewrap = o -> requestLayout();

    Gutter(ReaderArea area, int paragraphStart, List<Passage> passages, Function<List<Note>, Label> markFactory) {
        this.area = area;
        this.paragraphStart = paragraphStart;
        this.passages = List.copyOf(passages);
        this.markFactory = markFactory;
        getStyleClass().add("gutter");
        setAlignment(Pos.TOP_RIGHT);
        if (!this.passages.isEmpty()) {
            area.widthProperty().addListener(new WeakInvalidationListener(rewrap));
            area.styleProperty().addListener(new WeakInvalidationListener(rewrap));
        }
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (passages.isEmpty()) {
            return;
        }
        Map<Long, List<Note>> byLine = new TreeMap<>();
        Optional<Bounds> first = lineOf(paragraphStart);
        for (Passage p : passages) {
            Optional<Bounds> at = first.isEmpty() ? Optional.empty() : lineOf(p.start());
            if (at.isEmpty()) {
                byLine.clear();
                byLine.put(NOT_MEASURED, passages.stream().map(Passage::note).toList());
                retryLater();
                break;
            }
            long below = Math.round(at.get().getMinY() - first.get().getMinY());
            byLine.computeIfAbsent(below, k -> new ArrayList<>()).add(p.note());
        }
        if (!byLine.containsKey(NOT_MEASURED)) {
            retries = 0;
        }
        place(byLine);
    }

    /** The bounds on screen of the character at {@code offset}, when its paragraph is on screen and laid out. */
    private Optional<Bounds> lineOf(int offset) {
        if (offset < 0 || offset >= area.getLength() || getScene() == null) {
            return Optional.empty();
        }
        try {
            return area.getCharacterBoundsOnScreen(offset, offset + 1).filter(b -> !b.isEmpty());
        } catch (RuntimeException cellNotThereYet) {
            return Optional.empty();
        }
    }

    private void retryLater() {
        if (!retryQueued && getScene() != null && retries < MAX_RETRIES) {
            retryQueued = true;
            retries++;
            Platform.runLater(() -> {
                retryQueued = false;
                requestLayout();
            });
        }
    }

    /**
     * One mark per line, right-aligned beside its line at the chips' height; on the first line, left of the chips
     * there. The marks are not managed, so the row of chips lays out as before.
     */
    private void place(Map<Long, List<Note>> byLine) {
        boolean same = marks.size() == byLine.size() && byLine.entrySet().stream()
                .allMatch(e -> marks.containsKey(e.getKey()) && e.getValue().equals(marks.get(e.getKey()).getUserData()));
        if (!same) {
            getChildren().removeAll(marks.values());
            marks.clear();
            for (Map.Entry<Long, List<Note>> e : byLine.entrySet()) {
                Label mark = markFactory.apply(e.getValue());
                mark.setManaged(false);
                mark.setUserData(List.copyOf(e.getValue()));
                marks.put(e.getKey(), mark);
                getChildren().add(mark);
            }
        }
        double right = getWidth() - snappedRightInset();
        double top = snappedTopInset();
        double rowLeft = right + getSpacing();
        for (Node child : getManagedChildren()) {
            rowLeft = Math.min(rowLeft, child.getLayoutX());
        }
        for (Map.Entry<Long, Label> e : marks.entrySet()) {
            Label mark = e.getValue();
            mark.applyCss();
            mark.autosize();
            double below = Math.max(0, e.getKey());
            double x = below == 0 ? rowLeft - getSpacing() - mark.getWidth() : right - mark.getWidth();
            mark.relocate(Math.max(snappedLeftInset(), x), top + below);
        }
    }
}
