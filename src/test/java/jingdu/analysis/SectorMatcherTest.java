package jingdu.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import jingdu.model.SectorMention;

class SectorMatcherTest {

    @Test
    void forestFirePreventionIsNotFire() {
        assertThat(Engine.sectors("要切实做好森林防火工作。")).containsExactly("forest_fire");
        // 防火 alone is fire, but not in a sentence about forests
        assertThat(Engine.sectors("要督促加强防火和燃气安全巡查检查。")).containsExactly("fire", "gas");
        assertThat(Engine.sectors("要加强进山入林管控，清理防火通道。")).containsExactly("forest_fire");
    }

    @Test
    void gasWorkInSteelPlantsIsIndustryAndTrade() {
        assertThat(Engine.sectors("要对高温熔融金属、煤气作业进行深入整治。")).containsExactly("industry_trade");
        assertThat(Engine.sectors("要排查城镇燃气和液化石油气安全隐患。")).containsExactly("gas");
    }

    @Test
    void bareMinesAreBothMineSectorsOnOneSpan() {
        List<SectorMention> m = Engine.analyze("要加强矿山执法检查。").sectors();
        assertThat(m).extracting(SectorMention::sector).containsExactlyInAnyOrder("coal", "noncoal_mine");
        assertThat(m).extracting(SectorMention::start).containsOnly(3);
        assertThat(m).extracting(SectorMention::term).containsOnly("矿山");
        assertThat(Engine.sectors("非煤矿山方面，要持续开展盗采金矿专项整治。")).containsExactly("noncoal_mine");
    }

    @Test
    void mineWordsFollowTheirSentence() {
        assertThat(Engine.sectors("督促企业排查瓦斯聚集、采空区积水等隐患。")).containsExactly("coal");
        assertThat(Engine.sectors("非煤矿山要防范采空区垮塌。")).containsExactly("noncoal_mine");
        assertThat(Engine.sectors("要严防采空区垮塌。")).containsExactly("coal", "noncoal_mine");
    }

    @Test
    void genericWordsNameNoSector() {
        assertThat(Engine.sectors("1至6月份，全市工矿商贸领域未发生生产安全事故。")).isEmpty();
        assertThat(Engine.sectors("要加强重点行业、重点企业隐患排查，做好有限空间和动火作业管理。")).isEmpty();
        assertThat(Engine.sectors("各级安委办、防火办、减灾办要健全机制。")).isEmpty();
    }

    @Test
    void matchesMustRespectWordBoundaries() {
        // 化工 inside 文化工作, 燃气 inside 可燃气体
        assertThat(Engine.sectors("要加强文化工作。")).isEmpty();
        assertThat(Engine.sectors("严查可燃气体报警仪停用等行为。")).isEmpty();
        assertThat(Engine.sectors("要加强化工园区安全管理。")).containsExactly("hazchem");
    }

    @Test
    void realSpeechesNameSectorsInManyWays() {
        assertThat(Engine.sectors("严禁黑校车非法运营和货车三轮车违法载人。")).containsExactly("road_traffic");
        assertThat(Engine.sectors("深刻汲取居民自建房倒塌事故教训。")).containsExactly("construction");
        assertThat(Engine.sectors("加强对游乐设施和景区的检查，严防踩踏。")).containsExactly("tourism");
        assertThat(Engine.sectors("要做好台风、山洪和地质灾害防范。")).containsExactly("natural_disaster");
        assertThat(Engine.sectors("加强渔业船舶和民爆物品管理。")).containsExactly("fireworks", "rail_air_water");
        assertThat(Engine.sectors("抓好尾矿库和油气管道隐患整治。")).containsExactly("noncoal_mine", "oil_gas_pipeline");
        assertThat(Engine.sectors("做好集中隔离点和方舱医院消防安全。")).containsExactly("fire", "public_health");
    }

    @Test
    void oneMentionPerOccurrenceWithTheTermText() {
        List<SectorMention> m = Engine.analyze("煤矿方面，要全面开展煤矿安全生产大检查。").sectors();
        assertThat(m).hasSize(2).allSatisfy(x -> assertThat(x.sector()).isEqualTo("coal"));
        assertThat(m).extracting(SectorMention::term).containsExactly("煤矿", "煤矿安全"); // longest match wins
    }
}
