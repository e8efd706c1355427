package jingdu.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import jingdu.model.AlignedObligation;
import jingdu.model.ComparedObligation;
import jingdu.model.Comparison;
import jingdu.model.NewPhrase;
import jingdu.model.Strength;
import jingdu.model.TaskChange;
import jingdu.model.WordingPiece;

/** The 对比 view's state without a scene: filters, selection from either text, the left speech, the highlights. */
class CompareModelTest {

    private static ComparedObligation ob(long speech, int start, int end, String sector) {
        return new ComparedObligation(speech, 0, start, end, "x".repeat(end - start), Strength.REQUIRED,
                sector == null ? List.of() : List.of(sector), null, null);
    }

    // older side: speeches 1 and 2 (a collection); newer: speech 3
    private static final AlignedObligation NEW = new AlignedObligation(TaskChange.NEW, null, ob(3, 0, 10, "gas"), 0,
            List.of());
    private static final AlignedObligation CONT = new AlignedObligation(TaskChange.CONTINUED, ob(1, 5, 15, "fire"),
            ob(3, 20, 30, "fire"), 0.8, List.of(new WordingPiece(WordingPiece.Kind.SAME, "x")));
    private static final AlignedObligation CONT2 = new AlignedObligation(TaskChange.CONTINUED, ob(2, 40, 50, "gas"),
            ob(3, 35, 45, null), 1, List.of());
    private static final AlignedObligation DROPPED = new AlignedObligation(TaskChange.DROPPED, ob(1, 30, 40, null), null,
            0, List.of());
    private static final Comparison C = new Comparison(List.of(1L, 2L), 3L, List.of(NEW, CONT, CONT2, DROPPED));
    private static final List<NewPhrase> PHRASES = List.of(new NewPhrase("动态清零", 2, 6, 2, 5, "…"));

    @Test
    void filtersByStatusAndSectorAndDropTheSelectionTheyHide() {
        CompareModel m = new CompareModel();
        m.setResult(C, PHRASES);
        assertThat(m.shown()).containsExactly(NEW, CONT, CONT2, DROPPED);
        assertThat(m.sectors()).containsExactly("gas", "fire");
        assertThat(m.counts().added()).isEqualTo(1);
        assertThat(m.counts().continued()).isEqualTo(2);
        assertThat(m.counts().dropped()).isEqualTo(1);

        m.statusFilterProperty().set(TaskChange.CONTINUED);
        assertThat(m.shown()).containsExactly(CONT, CONT2);
        m.sectorFilterProperty().set("gas"); // either side's sector counts
        assertThat(m.shown()).containsExactly(CONT2);
        m.statusFilterProperty().set(null);
        assertThat(m.shown()).containsExactly(NEW, CONT2);

        m.select(NEW);
        m.sectorFilterProperty().set("fire");
        assertThat(m.shown()).containsExactly(CONT);
        assertThat(m.selected()).isNull();
    }

    @Test
    void aClickInEitherTextSelectsThatTaskAndTheLeftTextFollowsItsSpeech() {
        CompareModel m = new CompareModel();
        m.setResult(C, PHRASES);
        assertThat(m.olderShownProperty().get()).isEqualTo(1L);

        assertThat(m.clickAt(CompareModel.Side.NEWER, 25)).isEqualTo(CONT);
        assertThat(m.selectedOn(CompareModel.Side.OLDER)).isEqualTo(CONT.older());
        assertThat(m.clickAt(CompareModel.Side.NEWER, 30)).isNull(); // end is exclusive, between tasks: nothing
        assertThat(m.selected()).isEqualTo(CONT);

        assertThat(m.clickAt(CompareModel.Side.OLDER, 31)).isEqualTo(DROPPED);
        assertThat(m.selectedOn(CompareModel.Side.NEWER)).isNull();
        assertThat(m.clickAt(CompareModel.Side.OLDER, 45)).isNull(); // speech 2's task, while speech 1 is shown

        m.select(CONT2); // from the table: its older side is in speech 2
        assertThat(m.olderShownProperty().get()).isEqualTo(2L);
        assertThat(m.clickAt(CompareModel.Side.OLDER, 45)).isEqualTo(CONT2);

        m.statusFilterProperty().set(TaskChange.NEW); // a hidden task is not clicked
        assertThat(m.clickAt(CompareModel.Side.NEWER, 25)).isNull();
        assertThat(m.clickAt(CompareModel.Side.NEWER, 3)).isEqualTo(NEW);
    }

    @Test
    void eachTextHighlightsItsShownTasksByStatusTheSelectedFramedAndTheNewWordings() {
        CompareModel m = new CompareModel();
        m.setResult(C, PHRASES);
        m.select(CONT);
        assertThat(m.marks(CompareModel.Side.NEWER)).containsExactly(
                new CompareModel.Mark(0, 10, List.of("compare-new")),
                new CompareModel.Mark(20, 30, List.of("compare-continued", CompareModel.SELECTED)),
                new CompareModel.Mark(35, 45, List.of("compare-continued")),
                new CompareModel.Mark(2, 6, List.of(CompareModel.PHRASE)));
        assertThat(m.marks(CompareModel.Side.OLDER)).containsExactly( // speech 1 only
                new CompareModel.Mark(5, 15, List.of("compare-continued", CompareModel.SELECTED)),
                new CompareModel.Mark(30, 40, List.of("compare-dropped")));

        List<CompareModel.Run> runs = CompareModel.runs(50, m.marks(CompareModel.Side.NEWER));
        assertThat(runs).containsExactly(
                new CompareModel.Run(2, List.of("compare-new")),
                new CompareModel.Run(4, List.of("compare-new", CompareModel.PHRASE)),
                new CompareModel.Run(4, List.of("compare-new")),
                new CompareModel.Run(10, List.of()),
                new CompareModel.Run(10, List.of("compare-continued", CompareModel.SELECTED)),
                new CompareModel.Run(5, List.of()),
                new CompareModel.Run(10, List.of("compare-continued")),
                new CompareModel.Run(5, List.of()));
        assertThat(runs.stream().mapToInt(CompareModel.Run::length).sum()).isEqualTo(50);
        // marks beyond the text (a speech edited since) are cut at its end
        assertThat(CompareModel.runs(12, m.marks(CompareModel.Side.NEWER)).stream().mapToInt(CompareModel.Run::length).sum())
                .isEqualTo(12);
    }

    @Test
    void aNewResultKeepsTheFiltersAndClearsTheSelection() {
        CompareModel m = new CompareModel();
        m.setResult(C, PHRASES);
        m.statusFilterProperty().set(TaskChange.DROPPED);
        m.select(DROPPED);
        Comparison one = new Comparison(List.of(2L), 3L, List.of(CONT2));
        m.setResult(one, List.of());
        assertThat(m.selected()).isNull();
        assertThat(m.shown()).isEmpty();
        assertThat(m.olderShownProperty().get()).isEqualTo(2L);
        assertThat(m.phrases()).isEmpty();
        m.statusFilterProperty().set(null);
        assertThat(m.shown()).containsExactly(CONT2);
    }
}
