package jingdu.ui.notes;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class DialogPlacementTest {

    private static final Rectangle2D SCREEN = new Rectangle2D(0, 0, 1366, 728);

    private static Rectangle2D at(Point2D p, double w, double h) {
        return new Rectangle2D(p.getX(), p.getY(), w, h);
    }

    private static void assertInside(Rectangle2D box) {
        assertThat(box.getMinX()).isGreaterThanOrEqualTo(SCREEN.getMinX());
        assertThat(box.getMinY()).isGreaterThanOrEqualTo(SCREEN.getMinY());
        assertThat(box.getMaxX()).isLessThanOrEqualTo(SCREEN.getMaxX());
        assertThat(box.getMaxY()).isLessThanOrEqualTo(SCREEN.getMaxY());
    }

    @Test
    void belowThePassageWhenThereIsRoom() {
        Rectangle2D passage = new Rectangle2D(300, 100, 200, 30);
        Rectangle2D box = at(DialogPlacement.place(passage, 460, 300, SCREEN), 460, 300);
        assertThat(box.getMinY()).isGreaterThan(passage.getMaxY());
        assertThat(box.intersects(passage)).isFalse();
        assertInside(box);
    }

    @Test
    void aboveAPassageNearTheBottomAndPulledInFromTheRightEdge() {
        Rectangle2D passage = new Rectangle2D(1200, 600, 150, 30);
        Rectangle2D box = at(DialogPlacement.place(passage, 460, 300, SCREEN), 460, 300);
        assertThat(box.getMaxY()).isLessThan(passage.getMinY());
        assertThat(box.intersects(passage)).isFalse();
        assertInside(box);
    }

    @Test
    void besideATallPassage() {
        Rectangle2D passage = new Rectangle2D(100, 150, 500, 450); // no room above or below for 300 px
        Rectangle2D box = at(DialogPlacement.place(passage, 460, 300, SCREEN), 460, 300);
        assertThat(box.getMinX()).isGreaterThan(passage.getMaxX());
        assertThat(box.intersects(passage)).isFalse();
        assertInside(box);
    }

    @Test
    void aPassageCoveringTheScreenStillLeavesTheBoxOnIt() {
        Rectangle2D box = at(DialogPlacement.place(SCREEN, 460, 300, SCREEN), 460, 300);
        assertInside(box);
    }
}
