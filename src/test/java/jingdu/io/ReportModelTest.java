package jingdu.io;

import static jingdu.io.ExportFixtures.LABELS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import jingdu.io.ReportModel.ObligationRow;
import jingdu.model.ExportFilter;
import jingdu.model.Level;
import org.junit.jupiter.api.Test;

class ReportModelTest {

    @Test
    void ledgerRowsCarryLevelsNotesAndSource() {
        List<ObligationRow> rows = ExportFixtures.model().obligations();
        assertThat(rows).extracting(ObligationRow::number).containsExactly(1, 2, 3, 4);

        ObligationRow coal = rows.get(0);
        assertThat(coal.levels()).containsExactly(Level.LEADERSHIP);
        assertThat(coal.levelsSuggested()).isFalse();
        assertThat(coal.sectors()).containsExactly("coal");
        assertThat(coal.notes()).extracting(n -> n.body()).containsExactly(ExportFixtures.HOSTILE);

        ObligationRow gas = rows.get(1);
        assertThat(gas.levelsSuggested()).isTrue();
        assertThat(LedgerColumns.cells(gas, LABELS)).containsExactly("2", ExportFixtures.LINES[4], "要求",
                "危险化学品、城镇燃气", "企业主体责任（建议）", "企业", "", "6月底前", "", "",
                "《在全市安全生产工作会议上的讲话》第5段", "列入十月台账\n分两批整改");
        assertThat(rows.get(2).sectors()).isEmpty();
    }

    @Test
    void reportKeepsAnnotatedParagraphsUnderTheirHeadings() {
        ReportModel.SpeechPart part = ExportFixtures.model().speeches().get(0);
        assertThat(part.sections()).hasSize(2);
        assertThat(part.sections().get(0).heading().text()).isEqualTo("一、思想上要再重视。");
        assertThat(part.sections().get(0).paragraphs()).extracting(ReportModel.ParagraphRow::index).containsExactly(2, 4);
        assertThat(part.sections().get(1).paragraphs()).extracting(ReportModel.ParagraphRow::index).containsExactly(6);
    }

    @Test
    void filtersByUserTagSuggestedLevelAndSector() {
        var work = List.of(ExportFixtures.work());
        ReportModel tagged = ReportModel.build(work, new ExportFilter(Set.of(Level.ENTERPRISE), Set.of(), Set.of()), ExportFixtures.SECTORS);
        assertThat(tagged.obligations()).extracting(ObligationRow::paragraph).containsExactly(6, 6);

        ReportModel shown = ReportModel.build(work, new ExportFilter(Set.of(), Set.of(Level.ENTERPRISE), Set.of()), ExportFixtures.SECTORS);
        assertThat(shown.obligations()).extracting(ObligationRow::paragraph).containsExactly(4, 6, 6);

        ReportModel gas = ReportModel.build(work, new ExportFilter(Set.of(), Set.of(), Set.of("gas")), ExportFixtures.SECTORS);
        assertThat(gas.obligations()).extracting(ObligationRow::paragraph).containsExactly(4);
        assertThat(gas.speeches().get(0).sections()).flatExtracting(ReportModel.Section::paragraphs)
                .extracting(ReportModel.ParagraphRow::index).containsExactly(4);
    }

    @Test
    void countsBySectorAndLevel() {
        ReportModel model = ExportFixtures.model();
        var counts = model.countsBySectorAndLevel(model.obligations());
        assertThat(counts.keySet()).containsExactly("coal", "hazchem", "gas", "");
        assertThat(counts.get("coal").get(Level.LEADERSHIP)).isEqualTo(1);
        assertThat(counts.get("gas").get(Level.ENTERPRISE)).isEqualTo(1);
        assertThat(counts.get("").get(Level.SUPERVISION)).isEqualTo(2);
        assertThat(counts.get("").get(Level.ENTERPRISE)).isEqualTo(2);
    }

    @Test
    void userSectorsTakeTheCataloguesOrderAndFilterLikeBuiltInOnes() {
        ReportModel model = ExportFixtures.portModel(ExportFilter.NONE);
        // declared order (port, then campus) after the built-in ones, not the alphabet
        assertThat(model.obligations()).extracting(ObligationRow::sectors)
                .containsExactly(List.of("port"), List.of("coal", "port", "campus"));
        assertThat(model.bySector(model.obligations()).keySet()).containsExactly("coal", "port", "campus");

        ReportModel campus = ExportFixtures.portModel(new ExportFilter(Set.of(), Set.of(), Set.of("campus")));
        assertThat(campus.obligations()).extracting(ObligationRow::paragraph).containsExactly(2);
        ReportModel port = ExportFixtures.portModel(new ExportFilter(Set.of(), Set.of(), Set.of("port")));
        assertThat(port.obligations()).extracting(ObligationRow::paragraph).containsExactly(1, 2);
    }
}
