package jingdu.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import jingdu.model.Analysis;
import jingdu.model.SectorMention;

/**
 * Sectors read in context: a term must fit HanLP's words, a few words need their sentence or their document
 * to confirm the sector, and a document on another subject is marked wherever it names a sector. Fixtures are invented documents in
 * src/test/resources/jingdu/sectors/.
 */
class SectorContextTest {

    private static Analysis fixture(String name) throws IOException {
        try (InputStream in = SectorContextTest.class.getResourceAsStream("/jingdu/sectors/" + name)) {
            return Engine.analyze(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** Sentences (counted once per sector) per sector id. */
    private static Map<String, Long> sentencesPerSector(Analysis a) {
        Map<String, Long> out = new TreeMap<>();
        a.sectors().stream().map(m -> m.sector() + "@" + a.text().lastIndexOf('\n', m.start())).distinct()
                .forEach(k -> out.merge(k.substring(0, k.indexOf('@')), 1L, Long::sum));
        return out;
    }

    private static List<String> sectorsOfTerm(Analysis a, String term) {
        return a.sectors().stream().filter(m -> m.term().equals(term)).map(SectorMention::sector).distinct().sorted()
                .toList();
    }

    @Test
    void aTermMustNotCutAcrossWords() {
        // 大风 is weather, but not inside 大/风险
        assertThat(Engine.sectors("要防范化解安全生产领域的重大风险和大风险。")).isEmpty();
        assertThat(Engine.sectors("要提前防范大风天气对户外广告牌的影响。")).containsExactly("natural_disaster");
        // a term inside one word is still found (施工 in 施工队)
        assertThat(Engine.sectors("施工队进场前要进行安全交底。")).containsExactly("construction");
    }

    @Test
    void compoundsDecideWhatTheirPartsWouldMisread() {
        assertThat(Engine.sectors("要保证消防供电和消防水源可靠。")).containsExactly("fire");
        assertThat(Engine.sectors("要落实重大危险源动态监控措施。")).containsExactly("hazchem");
        assertThat(Engine.sectors("要加强客运车辆动态监控。")).containsExactly("road_traffic");
        assertThat(Engine.sectors("隧道施工要防范瓦斯突出。")).containsExactly("construction");
        assertThat(Engine.sectors("煤矿要防范瓦斯突出。")).containsExactly("coal");
    }

    @Test
    void aCoalNoticeFilesBareMineWordsUnderCoal() throws IOException {
        Analysis a = fixture("coal_notice.txt");
        assertThat(sectorsOfTerm(a, "矿井")).containsExactly("coal");
        // 供电 is one system of the mine here, not the power sector
        assertThat(sentencesPerSector(a)).containsOnlyKeys("coal", "road_traffic");
        assertThat(sentencesPerSector(a).get("coal")).isGreaterThanOrEqualTo(6);
    }

    @Test
    void aNonCoalNoticeFilesCoalLeaningWordsUnderNonCoal() throws IOException {
        Analysis a = fixture("noncoal_notice.txt");
        assertThat(sectorsOfTerm(a, "井下")).containsExactly("noncoal_mine");
        assertThat(sectorsOfTerm(a, "采掘")).containsExactly("noncoal_mine");
        assertThat(sentencesPerSector(a)).doesNotContainKey("coal");
    }

    @Test
    void gasInATunnelIsConstruction() throws IOException {
        Analysis a = fixture("tunnel_notice.txt");
        // sentences that say 瓦斯 but not 隧道 follow the document
        assertThat(sectorsOfTerm(a, "瓦斯")).containsExactly("construction");
        assertThat(sentencesPerSector(a)).doesNotContainKey("coal");
    }

    @Test
    void aShortNoticeAboutOneSectorStaysInThatSector() throws IOException {
        Map<String, Long> perSector = sentencesPerSector(fixture("gas_notice.txt"));
        // 施工占压, 私拉乱接, 供电、供水 pass by; only the weather is a second subject
        assertThat(perSector).containsOnlyKeys("gas", "natural_disaster");
        assertThat(perSector.get("gas")).isGreaterThanOrEqualTo(6);
    }

    @Test
    void aSpeechOnAnotherSubjectMarksItsSectorsWhereverNamed() throws IOException {
        // held-out convention for speeches on other subjects: tourism as an economic topic is tourism, 电力、水利
        // projects are power_water (kinds/README-enterprise-other.md); the safety paragraph keeps its own sectors
        Analysis a = fixture("economy_speech.txt");
        assertThat(a.sectors()).extracting(SectorMention::sector)
                .contains("tourism", "power_water", "gas", "construction");
        String finance = "三、防范化解重大风险。";
        int from = a.text().indexOf(finance);
        assertThat(a.sectors()).noneSatisfy(m -> assertThat(m.start()).isBetween(from, a.text().indexOf('\n', from)));
    }

    @Test
    void aDocumentWordCountsWhereTheDocumentSpeaksOfItsSector() {
        String text = String.join("\n",
                "关于做好汛期安全防范工作的通知",
                "一、各地要加强水库、电力设施巡查，确保供电安全。",
                "二、要保障受灾群众供电、供水。");
        Analysis a = Engine.analyze(text);
        int second = a.text().indexOf("二、");
        assertThat(a.sectors()).anySatisfy(m -> {
            assertThat(m.term()).isEqualTo("供电");
            assertThat(m.start()).isGreaterThan(second);
        });
    }

    @Test
    void theDocumentsSubjectClaimsASharedTerm() {
        String site = String.join("\n",
                "关于开展建筑施工安全大检查的通知",
                "一、各施工单位要全面排查在建项目的深基坑和高支模。",
                "二、要逐台检查起重机械的安装验收和使用登记。",
                "三、建筑工地要落实项目经理带班制度。");
        assertThat(sectorsOfTerm(Engine.analyze(site), "起重机械")).containsExactly("construction");
        // where the document also speaks of special equipment, the term keeps its own sector
        String plants = String.join("\n",
                "关于开展特种设备和建筑施工安全检查的通知",
                "一、要逐台检查起重机械的使用登记。",
                "二、要排查电梯、锅炉和压力容器。",
                "三、各施工单位要排查深基坑。");
        assertThat(sectorsOfTerm(Engine.analyze(plants), "起重机械")).containsExactly("special_equipment");
    }

    @Test
    void aPassingWordAttachedToAnotherSectorsTermBelongsToIt() {
        // the document speaks of power, yet 供电 here is the mine's own system
        Analysis a = Engine.analyze("一、要加强电网和水库巡查。\n二、要检查矿井供电系统和燃气施工现场。");
        assertThat(a.sectors()).extracting(SectorMention::term).doesNotContain("供电").contains("电网");
    }

    @Test
    void aShortReportWithoutAWordOfSafetyStillNamesItsSector() {
        // held-out convention for texts on other subjects: tourism as an economic topic is tourism
        String text = String.join("\n",
                "国庆假期我市旅游市场持续火热",
                "国庆假期，全市共接待游客52万人次，实现旅游收入4亿元。",
                "各大景区推出灯光秀、非遗展演等特色活动。",
                "城区酒店入住率超过九成，民宿一房难求。",
                "市文旅局表示，将继续丰富假日文旅产品供给。");
        assertThat(Engine.analyze(text).sectors()).extracting(SectorMention::sector).containsOnly("tourism");
    }
}
