package jingdu.analysis;

import static jingdu.analysis.Engine.strength;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import jingdu.model.Strength;

/**
 * Phenomena of speeches the engine was not tuned on (issue 3), each pinned with sentences written for
 * this test: none is copied from a corpus file.
 */
class GeneralisationTest {

    @Test
    void theSpeakersOwnWordsAndPlansAreNoDuties() {
        assertThat(strength("最后，我再简单讲一下值班值守的问题。")).isNull();
        assertThat(strength("这里我要着重说一说隐患整改的问题。")).isNull();
        assertThat(strength("首先，我要感谢大家一年来的辛勤付出。")).isNull();
        assertThat(strength("区政府将组织开展一次全覆盖的督导检查。")).isNull();
        // a purpose explained with 就是要 is no duty either
        assertThat(strength("今天召开这个会，就是要把节前各项工作再梳理一遍。")).isNull();
        // 应该说 is a discourse marker, 叫应 a term
        assertThat(strength("应该说，大部分企业的整改是认真的。")).isNull();
        assertThat(strength("有的村预警发出后“叫应”不及时，群众没有及时转移。")).isNull();
    }

    @Test
    void aFrameForAnalysisStatesAFact() {
        assertThat(strength("但也要看到，一些企业的安全投入仍然不足。")).isNull();
        assertThat(strength("大家要明白一个道理：隐患不除，事故难免。")).isNull();
        assertThat(strength("这一点大家一定要有清醒的认识。")).isEqualTo(Strength.REQUIRED);
    }

    @Test
    void carelessnessForbiddenIsADuty() {
        assertThat(strength("冬季用电安全同样不能忽视。")).isEqualTo(Strength.REQUIRED);
        assertThat(strength("汛期值守一刻也不能松懈。")).isEqualTo(Strength.REQUIRED);
        assertThat(strength("危化品运输决不能掉以轻心。")).isEqualTo(Strength.MANDATORY);
        assertThat(strength("安全生产来不得半点马虎。")).isNull();
        // an analysis that looks back keeps no duty
        assertThat(strength("这起事故警示我们，安全工作任何时候都不能放松。")).isNull();
    }

    @Test
    void possibilityIsNoPermission() {
        assertThat(strength("这类事故本来都是可以避免的。")).isNull();
        assertThat(strength("现在还远没有到可以歇口气的时候。")).isNull();
        assertThat(strength("各乡镇可结合实际制定具体的包保办法。")).isEqualTo(Strength.ADVISORY);
        assertThat(strength("群众少用明火，很多火灾就可以避免。")).isNull();
    }

    @Test
    void headingsAreDutiesWhenTheyOpenOnAVerb() {
        String text = String.join("\n",
                "（一）山区道路和桥梁安全。",
                "（二）全面排查整治重点部位隐患。",
                "（三）突出抓好重点时段。",
                "一、清醒把握当前形势，切实增强责任意识",
                "二、毫不松懈地抓好冬季安全生产",
                "（四）关于考核问题。");
        assertThat(List.of(0, 1, 2, 3, 4, 5).stream().map(i -> strength(text, i)).toList())
                .containsExactly(null, Strength.REQUIRED, Strength.REQUIRED, Strength.REQUIRED, Strength.REQUIRED, null);
    }

    @Test
    void listsInheritTheirIntroduction() {
        String text = "要集中整治三类突出问题：一是无证经营；二是违规储存；三是消防设施损坏停用。";
        assertThat(strength(text, 1)).isEqualTo(Strength.REQUIRED);
        assertThat(strength(text, 2)).isEqualTo(Strength.REQUIRED);
        String facts = "检查中暴露出三类问题：一是无证经营；二是违规储存；三是消防设施损坏停用。";
        assertThat(strength(facts, 1)).isNull();
        assertThat(strength(facts, 2)).isNull();
        assertThat(strength("三是对挂牌督办的隐患实行销号管理。")).isEqualTo(Strength.REQUIRED);
        assertThat(strength("四是严肃事故调查处理。")).isEqualTo(Strength.REQUIRED);
        assertThat(strength("这些短板，都需要我们在年底前逐一补齐。")).isEqualTo(Strength.REQUIRED);
    }

    @Test
    void departmentNamesGiveASectorOnlyWithTheSectorsTerm() {
        assertThat(Engine.sectors("县交通运输局要加强客运站安全检查。")).containsExactly("road_traffic");
        assertThat(Engine.sectors("市水利局要加强巡查。")).containsExactly("power_water");
        assertThat(Engine.sectors("市住建局、城管局要加强巡查。")).isEmpty();
        assertThat(Engine.sectors("区应急管理局、市场监管局要联合检查。")).isEmpty();
    }

    @Test
    void widerWordingsPerSector() {
        assertThat(Engine.sectors("城区禁放区域要加强巡查，严防违规燃放。")).containsExactly("fireworks");
        assertThat(Engine.sectors("老城区逢雨必涝，要提前清理易涝点。")).containsExactly("natural_disaster");
        assertThat(Engine.sectors("要加强山区公路的巡查。")).containsExactly("road_traffic");
        assertThat(Engine.sectors("对拒不整改的用户，可以暂停供气。")).containsExactly("gas");
        assertThat(Engine.sectors("节日期间的灯会、庙会要严格控制人流。")).containsExactly("tourism");
        assertThat(Engine.sectors("建设单位不得压缩合理工期。")).containsExactly("construction");
        assertThat(Engine.sectors("要加强渡口和自用船舶管理。")).containsExactly("rail_air_water");
        assertThat(Engine.sectors("要加强高炉煤气区域的巡检。")).containsExactly("industry_trade");
        assertThat(Engine.sectors("要做好灾后疫情监测。")).containsExactly("public_health");
    }

    @Test
    void sharedWordsFollowTheirSentence() {
        // a gas bottle in a gas sentence is gas, not special equipment
        assertThat(Engine.sectors("要检查餐饮场所燃气气瓶是否过期。")).containsExactly("gas");
        assertThat(Engine.sectors("要加强气瓶、压力容器的定期检验。")).containsExactly("special_equipment");
        // amusement rides are tourism; special equipment only beside other special equipment
        assertThat(Engine.sectors("景区游乐设施要每日试运行。")).containsExactly("tourism");
        assertThat(Engine.sectors("要检查锅炉、电梯和大型游乐设施。")).containsExactly("special_equipment", "tourism");
        // coal words in an underground non-coal mine
        assertThat(Engine.sectors("地下矿山要严防冒顶片帮。")).containsExactly("noncoal_mine");
        assertThat(Engine.sectors("煤矿要严防冒顶片帮。")).containsExactly("coal");
        // a tailings dam is the major hazard of a mine, overloading a boat is water transport
        assertThat(Engine.sectors("尾矿库是重大危险源。")).containsExactly("noncoal_mine");
        assertThat(Engine.sectors("渡船严禁超载。")).containsExactly("rail_air_water");
        assertThat(Engine.sectors("骑电动车必须戴头盔。")).containsExactly("road_traffic");
        // 堤防 serves flood control and water works alike
        assertThat(Engine.sectors("要加密堤防巡查。")).isEmpty();
    }

    @Test
    void bareFirePreventionInAForestSpeechIsTheSpeechsTopic() {
        String forest = String.join("\n",
                "今年春季森林防火形势严峻。",
                "要严管进山入林人员，护林员要巡山到位。",
                "林区严禁野外用火。",
                "清明期间要防范上坟烧纸引发山火。",
                "防火宣传要进村入户。");
        assertThat(Engine.sectors(forest)).containsExactly("forest_fire");
        assertThat(Engine.sectors("防火宣传要进村入户。")).containsExactly("fire");
        String general = String.join("\n", forest,
                "消防部门要加强人员密集场所消防检查。", "要整治消防通道堵塞，防范高层建筑火灾。", "商场要配齐消防设施。");
        assertThat(Engine.analyze(general).sectors()).anyMatch(m -> m.term().equals("防火") && m.sector().equals("fire"));
    }

    @Test
    void levelsNameTheBearerNotTheObjectOrSource() {
        assertThat(levels("县安委办要对各乡镇、各部门的落实情况进行督查。")).containsExactly("supervision");
        assertThat(levels("按照省安委会的部署，下一步要重点抓好三项工作。")).isEmpty();
        assertThat(levels("市委、市政府的要求很明确，节日期间要确保安全。")).isEmpty();
        assertThat(levels("可以先在一个街道开展试点。")).isEmpty();
        assertThat(levels("要在规定时限内向负有监管职责的部门报告。")).isEmpty();
        assertThat(levels("县市场监管局要加强电梯检查。")).containsExactly("supervision");
        assertThat(levels("各乡镇专职消防队要实行战备值班。")).isEmpty();
        assertThat(levels("各县区局长要亲自抓。")).containsExactly("supervision");
    }

    @Test
    void supervisingActsBelongToTheSentencesBearer() {
        assertThat(levels("领导班子成员要带队开展督导检查。")).containsExactly("leadership");
        assertThat(levels("企业主要负责人要亲自督促隐患整改。")).containsExactly("enterprise");
        assertThat(levels("市纪委监委要加强对问题整改的监督。")).isEmpty();
        assertThat(levels("要畅通举报渠道，发挥新闻媒体监督作用。")).isEmpty();
        assertThat(levels("要加强对企业的监管。")).containsExactly("supervision");
    }

    @Test
    void grassrootsAndAdvisoryBearers() {
        assertThat(levels("各村支书要把责任落到每一户。")).containsExactly("leadership");
        assertThat(levels("我们鼓励餐饮企业安装燃气自动切断装置。")).containsExactly("enterprise");
        // a clause that reports what was done names no duty
        assertThat(levels("刚才，市交通运输局作了发言，请大家抓好落实。")).isEmpty();
        // 企业负责人 is no 企业负责
        assertThat(levels("有的企业负责人对标准一无所知。")).isEmpty();
    }

    @Test
    void floodSeasonIsADeadline() {
        assertThat(Engine.obligation("各地要在主汛期到来前完成水库除险加固。", 0).deadline()).isEqualTo("主汛期到来前");
        assertThat(Engine.obligation("汛期期间，各级防指要实行24小时值班。", 0).deadline()).isEqualTo("汛期期间");
        // guide section 6: a named period that modifies the task is its deadline (消除汛期安全隐患 → 汛期)
        assertThat(Engine.obligation("要全力确保汛期安全度汛。", 0).deadline()).isEqualTo("汛期");
        // …but not a word that only contains 汛 (防汛 names the work)
        assertThat(Engine.obligation("要加强防汛物资储备。", 0).deadline()).isNull();
    }

    private static List<String> levels(String paragraph) {
        return Engine.analyze(paragraph).paragraphs().get(0).levels().stream().map(l -> l.id()).toList();
    }
}
