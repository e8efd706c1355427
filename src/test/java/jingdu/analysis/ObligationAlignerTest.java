package jingdu.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import jingdu.model.AlignedObligation;
import jingdu.model.ComparedObligation;
import jingdu.model.Strength;
import jingdu.model.TaskChange;
import jingdu.model.WordingPiece;

/** The aligner on hand-made obligations: paraphrases linked, near misses not, strength changes and wording pieces. */
class ObligationAlignerTest {

    private static final ObligationAligner ALIGNER = new ObligationAligner();

    private static ComparedObligation ob(long speech, String text, Strength s, String actor, String... sectors) {
        return new ComparedObligation(speech, 0, 0, text.length(), text, s, List.of(sectors), actor, null);
    }

    private static ComparedObligation old(String text) {
        return ob(1, text, Strength.REQUIRED, null);
    }

    private static ComparedObligation neu(String text) {
        return ob(2, text, Strength.REQUIRED, null);
    }

    @Test
    void paraphraseIsContinuedAndAnotherTaskIsNot() {
        List<ComparedObligation> older = List.of(
                old("各乡镇要全面排查整治辖区内的地质灾害隐患点。"),
                old("住建部门要加强建筑施工领域安全监管。"),
                old("各地要组织开展防汛应急演练。"));
        List<ComparedObligation> newer = List.of(
                neu("县住建局要进一步强化建筑施工安全监管，严防高处坠落事故。"),
                neu("各乡镇要对辖区地质灾害隐患点开展拉网式排查整治。"),
                neu("交通运输部门要严厉打击客车超员超载行为。"));
        List<AlignedObligation> rows = ALIGNER.align(older, newer);
        assertThat(rows).extracting(AlignedObligation::change)
                .containsExactly(TaskChange.CONTINUED, TaskChange.CONTINUED, TaskChange.NEW, TaskChange.DROPPED);
        assertThat(rows.get(0).older()).isSameAs(older.get(1));
        assertThat(rows.get(1).older()).isSameAs(older.get(0));
        assertThat(rows.get(3).older()).isSameAs(older.get(2));
        assertThat(rows.get(0).similarity()).isBetween(ObligationAligner.THRESHOLD, 0.99);
    }

    @Test
    void sharingOnlyCommonWordsIsNoLink() {
        // the same frame (各X要加强…安全…工作) about other things
        List<ComparedObligation> older = List.of(old("各企业要加强危险化学品储存环节的安全管理工作。"));
        List<ComparedObligation> newer = List.of(neu("各学校要加强校园食品安全管理工作。"));
        assertThat(ALIGNER.links(older, newer)).isEmpty();
        assertThat(ALIGNER.align(older, newer)).extracting(AlignedObligation::change)
                .containsExactly(TaskChange.NEW, TaskChange.DROPPED);
    }

    @Test
    void identicalWordingIsSimilarityOneAndNoWordingChange() {
        String text = "各乡镇要落实属地管理责任。";
        AlignedObligation row = ALIGNER.align(List.of(old(text)), List.of(neu(text))).get(0);
        assertThat(row.change()).isEqualTo(TaskChange.CONTINUED);
        assertThat(row.similarity()).isEqualTo(1.0);
        assertThat(row.wording()).containsExactly(new WordingPiece(WordingPiece.Kind.SAME, text));
        assertThat(row.reworded()).isFalse();
    }

    @Test
    void strengthChangeIsCalledOutAndTheWordsThatChangedAreMarked() {
        ComparedObligation before = ob(1, "各乡镇要落实属地管理责任。", Strength.REQUIRED, "各乡镇");
        ComparedObligation after = ob(2, "各乡镇必须严格落实属地管理责任。", Strength.MANDATORY, "各乡镇");
        AlignedObligation row = ALIGNER.align(List.of(before), List.of(after)).get(0);
        assertThat(row.change()).isEqualTo(TaskChange.CONTINUED);
        assertThat(row.strengthened()).isTrue();
        assertThat(row.weakened()).isFalse();
        assertThat(row.wording()).containsExactly(
                new WordingPiece(WordingPiece.Kind.SAME, "各乡镇"),
                new WordingPiece(WordingPiece.Kind.REMOVED, "要"),
                new WordingPiece(WordingPiece.Kind.ADDED, "必须严格"),
                new WordingPiece(WordingPiece.Kind.SAME, "落实属地管理责任。"));
        AlignedObligation back = ALIGNER.align(List.of(after), List.of(before)).get(0);
        assertThat(back.weakened()).isTrue();
        assertThat(back.strengthened()).isFalse();
    }

    @Test
    void diffPiecesRebuildBothWordings() {
        String a = "各地要在汛期前完成病险水库除险加固，确保安全度汛。";
        String b = "各地务必于5月底前全面完成病险水库除险加固任务。";
        List<WordingPiece> pieces = ALIGNER.diff(a, b);
        StringBuilder older = new StringBuilder();
        StringBuilder newer = new StringBuilder();
        for (WordingPiece p : pieces) {
            if (p.kind() != WordingPiece.Kind.ADDED) {
                older.append(p.text());
            }
            if (p.kind() != WordingPiece.Kind.REMOVED) {
                newer.append(p.text());
            }
        }
        assertThat(older.toString()).isEqualTo(a);
        assertThat(newer.toString()).isEqualTo(b);
        assertThat(pieces).contains(new WordingPiece(WordingPiece.Kind.SAME, "完成病险水库除险加固"));
        // whole words, never half a word: 汛期 is not cut to match 5月底前
        assertThat(pieces).allMatch(p -> p.kind() == WordingPiece.Kind.SAME || !p.text().startsWith("期"));
    }

    @Test
    void noPieceCutsACharacterOutsideTheBasicPlaneInTwo() {
        String a = "要落实𠮷𠀀字号企业安全责任\uD83D\uDE00。";
        String b = "必须落实𠮷𡈽字号企业安全责任\uD83D\uDE01。";
        for (WordingPiece p : ALIGNER.diff(a, b)) {
            assertThat(Character.isLowSurrogate(p.text().charAt(0))).as(p.toString()).isFalse();
            assertThat(Character.isHighSurrogate(p.text().charAt(p.text().length() - 1))).as(p.toString()).isFalse();
        }
    }

    @Test
    void eachSideIsUsedOnceAndTheBestPairWins() {
        List<ComparedObligation> older = List.of(
                old("各地要做好森林防火工作。"),
                old("各地要严防森林火灾，加强野外用火管控。"));
        List<ComparedObligation> newer = List.of(neu("各地要加强野外用火管控，严防森林火灾发生。"));
        List<ObligationAligner.Link> links = ALIGNER.links(older, newer);
        assertThat(links).hasSize(1);
        assertThat(links.get(0).older()).isEqualTo(1);
    }

    @Test
    void sameDutyBearerAndSectorCountForALinkDifferentBearerAgainst() {
        ComparedObligation a = ob(1, "要开展消防安全隐患排查。", Strength.REQUIRED, "消防救援大队", "fire");
        ComparedObligation same = ob(2, "要开展消防安全隐患排查。", Strength.REQUIRED, "消防救援大队", "fire");
        ComparedObligation other = ob(2, "开展消防安全隐患排查整治。", Strength.REQUIRED, "教育局", "fire");
        ComparedObligation sameBearer = ob(2, "开展消防安全隐患排查整治。", Strength.REQUIRED, "消防救援大队", "fire");
        double withOther = ALIGNER.candidates(List.of(a), List.of(other)).get(0).similarity();
        double withSame = ALIGNER.candidates(List.of(a), List.of(sameBearer)).get(0).similarity();
        assertThat(withSame).isGreaterThan(withOther);
        assertThat(ALIGNER.candidates(List.of(a), List.of(same)).get(0).similarity()).isEqualTo(1.0);
    }

    @Test
    void emptySidesGiveOnlyNewOrOnlyDropped() {
        assertThat(ALIGNER.align(List.of(), List.of(neu("各地要落实责任。")))).extracting(AlignedObligation::change)
                .containsExactly(TaskChange.NEW);
        assertThat(ALIGNER.align(List.of(old("各地要落实责任。")), List.of())).extracting(AlignedObligation::change)
                .containsExactly(TaskChange.DROPPED);
    }
}
