package jingdu.app.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import jingdu.model.Analysis;
import jingdu.model.Correction;
import jingdu.model.CorrectionKind;
import jingdu.model.Level;
import jingdu.model.LevelSuggestion;
import jingdu.model.Obligation;
import jingdu.model.ParagraphInfo;
import jingdu.model.SectorMention;
import jingdu.model.Strength;

/** The corrected view is a pure function of the engine's analysis and the user's corrections. */
class CorrectedViewTest {

    private static final String TEXT = "现将有关事项通知如下：\n各乡镇要在汛期前完成水库排查。企业要落实主体责任。";
    private static final int P1 = TEXT.indexOf('各');
    private static final int S1_END = TEXT.indexOf('。', P1) + 1;
    private static final int S2 = S1_END;
    private static final int S2_END = TEXT.length();

    private static Analysis engine() {
        return new Analysis(TEXT,
                List.of(new ParagraphInfo(0, 0, 11, 0, List.of()),
                        new ParagraphInfo(1, P1, S2_END, 0, List.of(
                                new LevelSuggestion(Level.LEADERSHIP, List.of("各乡镇")),
                                new LevelSuggestion(Level.ENTERPRISE, List.of("企业"))))),
                List.of(new SectorMention(TEXT.indexOf("水库"), TEXT.indexOf("水库") + 2, "power_water", "水库")),
                List.of(new Obligation(0, 11, Strength.MANDATORY, null, null),
                        new Obligation(P1, S1_END, Strength.REQUIRED, "我们", null),
                        new Obligation(S2, S2_END, Strength.REQUIRED, "企业", null)));
    }

    private static Correction k(CorrectionKind kind, int start, int end, String value) {
        return new Correction(1, 7, kind, start, end, TEXT.substring(start, end), value, Instant.EPOCH);
    }

    @Test
    void withoutCorrectionsTheViewIsTheEngines() {
        assertThat(CorrectedView.apply(engine(), List.of()).analysis()).isEqualTo(engine());
    }

    @Test
    void aDismissedTaskIsGoneAndAnAddedOneIsThere() {
        CorrectedView v = CorrectedView.apply(engine(), List.of(
                k(CorrectionKind.DISMISS_OBLIGATION, 0, 11, null),
                k(CorrectionKind.ADD_OBLIGATION, TEXT.indexOf("完成"), S1_END, "mandatory")));
        assertThat(v.analysis().obligations()).extracting(Obligation::start).containsExactly(P1, S2);
        // the added span overlaps the engine's task there: that task takes the user's strength
        assertThat(v.analysis().obligations().get(0).strength()).isEqualTo(Strength.MANDATORY);
        assertThat(v.decidedByUser(P1, S1_END)).isTrue();
        assertThat(v.needingLook()).isEmpty();
    }

    @Test
    void editedBearerDeadlineAndStrengthReplaceTheEngines() {
        CorrectedView v = CorrectedView.apply(engine(), List.of(
                k(CorrectionKind.SET_ACTOR, P1, S1_END, "各乡镇"),
                k(CorrectionKind.SET_DEADLINE, P1, S1_END, "汛期前"),
                k(CorrectionKind.SET_STRENGTH, S2, S2_END, "advisory"),
                k(CorrectionKind.SET_ACTOR, S2, S2_END, null)));
        Obligation first = v.analysis().obligations().get(1);
        assertThat(first.actor()).isEqualTo("各乡镇");
        assertThat(first.deadline()).isEqualTo("汛期前");
        Obligation second = v.analysis().obligations().get(2);
        assertThat(second.strength()).isEqualTo(Strength.ADVISORY);
        assertThat(second.actor()).as("cleared by the user").isNull();
    }

    @Test
    void sectorsCanBeDismissedOrRelabelledAndLevelsRejected() {
        int w = TEXT.indexOf("水库");
        CorrectedView none = CorrectedView.apply(engine(), List.of(k(CorrectionKind.DISMISS_SECTOR, w, w + 2, null)));
        assertThat(none.analysis().sectors()).isEmpty();
        CorrectedView as = CorrectedView.apply(engine(), List.of(k(CorrectionKind.SET_SECTOR, w, w + 2, "natural_disaster")));
        assertThat(as.analysis().sectors()).extracting(SectorMention::sector).containsExactly("natural_disaster");
        assertThat(as.decidedByUser(w, w + 2)).isTrue();
        CorrectedView level = CorrectedView.apply(engine(), List.of(k(CorrectionKind.REJECT_LEVEL, P1, S2_END, "enterprise")));
        assertThat(level.analysis().paragraphs().get(1).levels()).containsExactly(Level.LEADERSHIP);
    }

    @Test
    void aCorrectionFollowsItsTextWhenOffsetsMoved() {
        Correction moved = new Correction(3, 7, CorrectionKind.SET_ACTOR, P1 - 5, S1_END - 5,
                TEXT.substring(P1, S1_END), "各乡镇党委", Instant.EPOCH);
        CorrectedView v = CorrectedView.apply(engine(), List.of(moved));
        assertThat(v.analysis().obligations().get(1).actor()).isEqualTo("各乡镇党委");
        assertThat(v.needingLook()).isEmpty();
    }

    @Test
    void aCorrectionWhoseTextIsGoneOrWhoseTaskVanishedNeedsALookAndIsKept() {
        Correction gone = new Correction(4, 7, CorrectionKind.SET_DEADLINE, P1, S1_END, "这句话已经不在正文里了。", "年底前",
                Instant.EPOCH);
        Analysis fewer = new Analysis(TEXT, engine().paragraphs(), engine().sectors(),
                List.of(new Obligation(S2, S2_END, Strength.REQUIRED, "企业", null)));
        Correction orphan = k(CorrectionKind.SET_ACTOR, P1, S1_END, "各乡镇");
        CorrectedView v = CorrectedView.apply(fewer, List.of(gone, orphan));
        assertThat(v.needingLook()).containsExactly(gone, orphan);
        assertThat(v.analysis().obligations()).isEqualTo(fewer.obligations());
    }
}
