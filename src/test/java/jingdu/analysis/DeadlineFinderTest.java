package jingdu.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import jingdu.model.Obligation;

/** The deadline (完成时限) of an obligation, per ANNOTATION_GUIDE.md section 6. Sentences invented for the tests. */
class DeadlineFinderTest {

    private static String deadline(String text, int sentence) {
        Obligation o = Engine.obligation(text, sentence);
        assertThat(o).as("obligation in %s", text).isNotNull();
        return o.deadline();
    }

    private static String deadline(String sentence) {
        return deadline(sentence, 0);
    }

    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource(delimiter = '|', value = {
        // the whole date, with its year (2024年底前, not 年底前)
        "各县区要在2024年底前完成全部燃气管道更新改造。|2024年底前",
        "到2027年，全市化工园区要全部达到安全整治提升标准。|到2027年",
        "市住建局要在9月15日前完成在建工地脚手架专项检查。|9月15日前",
        "各乡镇要于4月底前报送自建房排查结果。|4月底前",
        "各地要在明年6月底前完成改造。|明年6月底前",
        "本月底前，各单位要将隐患清单报区安委办。|本月底前",
        "请各单位本周五前反馈意见，要认真对待。|本周五前",
        "各企业要于2025年完成改造。|2025年",
        // periods of the year
        "上半年要完成全部尾矿库的闭库销号工作。|上半年",
        "各部门要确保全年不发生较大以上生产安全事故。|全年",
        "各企业今年内要全面完成安全生产标准化创建。|今年内",
        "今年年底前要全面完成整改。|今年年底前",
        // limits counted from now
        "接到通知后，各单位要在15日内完成自查。|15日内",
        "各地要在三个月内完成整治。|三个月内",
        "各单位要在10个工作日内完成整改并书面报告。|10个工作日内",
        "事故发生后，要在1小时内上报。|1小时内",
        "各地要用两年时间集中开展治理。|用两年时间",
        "专项行动的最后 20 天，要组织一次全面复查。|最后 20 天",
        "即日起至10月31日，各地要开展消防安全大排查。|即日起至10月31日",
    })
    void datesAndLimits(String sentence, String expected) {
        assertThat(deadline(sentence)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource(delimiter = '|', value = {
        "中秋期间，各景区要严格落实游客限流措施。|中秋期间",
        "冬季要加强燃气用户安全宣传。|冬季",
        "冬春季要把森林防火作为重中之重。|冬春季",
        "旅游旺季要加强对游乐设施的检查。|旅游旺季",
        "过渡期内，企业要逐步完成设备更新。|过渡期内",
        "春节前后要加强对烟花爆竹经营单位的巡查。|春节前后",
        "两会期间，各地要加强值班值守。|两会期间",
        "在党的二十大召开前，各地要完成集中整治。|党的二十大召开前",
        "各地要在元旦春节期间加强值班值守。|元旦春节期间",
        "供暖期要加强对燃气用户的入户检查。|供暖期",
        "国庆长假期间，各景区要严格落实预约限流。|国庆长假期间",
        "明年要全面完成三年行动任务。|明年",
        // any short noun phrase before 期间 names a period
        "要加强游客来访高峰期间的安全管理。|高峰期间",
    })
    void namedPeriods(String sentence, String expected) {
        assertThat(deadline(sentence)).isEqualTo(expected);
    }

    @Test
    void aPeriodMayModifyTheTaskOrOpenTheSentence() {
        assertThat(deadline("要严格执行节日期间领导带班制度。")).isEqualTo("节日期间");
        assertThat(deadline("各地要落实好汛期各项防范措施。")).isEqualTo("汛期");
        assertThat(deadline("岁末年初各类企业赶工期、抢进度现象突出，要加大执法力度。")).isEqualTo("岁末年初");
        assertThat(deadline("2024年，各地要把燃气安全作为重点。")).isEqualTo("2024年");
    }

    @Test
    void limitsAndFrequencies() {
        assertThat(deadline("对检查发现的问题，要责令限期整改。")).isEqualTo("限期");
        assertThat(deadline("对发现的隐患要限期30日内整改到位。")).isEqualTo("限期30日内");
        assertThat(deadline("企业每半年要开展一次应急预案演练。")).isEqualTo("每半年");
        assertThat(deadline("各部门每周要报送隐患整改进度。")).isEqualTo("每周");
        assertThat(deadline("重点企业要每季度至少一次组织应急演练。")).isEqualTo("每季度至少一次");
        assertThat(deadline("各县区要于每月5日前报送上月隐患排查情况。")).isEqualTo("每月5日前");
        assertThat(deadline("要按月调度进展，按季度通报情况。")).isEqualTo("按月");
    }

    @Test
    void coordinatedTimesStayTogetherAndTheFirstWins() {
        assertThat(deadline("各地要抓好汛期和下半年安全防范工作。")).isEqualTo("汛期和下半年");
        assertThat(deadline("国庆节、中秋节期间，景区要严格控制游客流量。")).isEqualTo("国庆节、中秋节期间");
        assertThat(deadline("6月至9月，各地要加强防汛值守。")).isEqualTo("6月至9月");
        assertThat(deadline("冬季要做好燃气检查，年底前要完成管网改造。")).isEqualTo("冬季");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // manner and vague time
        "发现险情要立即上报，及时处置。",
        "各地要尽快完成整改，迅速消除隐患。",
        "要第一时间赶赴现场组织救援。",
        "要确保如期完成各项目标任务。",
        "当前和今后一个时期，要把防风险作为重点。",
        "近期各地要加强督导检查。",
        "下一步，要继续深化专项整治。",
        "各企业要定期开展隐患排查。",
        "要时刻保持高度警惕。",
        "在关键时期，各级领导干部要靠前指挥。",
        "回去后要立即召开专题会议传达落实。",
        // open-ended conditions and task stages
        "疫情防控期间，各单位要严格落实人员登记制度。",
        "疫情期间，企业要加强员工健康监测。",
        "企业要做好复产前安全评估和开工前安全交底。",
        "要做好施工期间的安全防护。",
        // reasons
        "要结合秋冬季天干物燥等特点，加强火源管控。",
        "针对春节返乡高峰特点，要加强客运站安全管理。",
        // times of narrative clauses and looks back
        "刚才，会议通报了一季度安全生产情况，请大家抓好落实。",
        "上级部署了三季度重点工作，我们要认真落实。",
        "要认真回顾上半年工作，查找短板。",
        // round-the-clock duty
        "各单位要严格落实24小时值班制度。",
        // years and counts inside names, meetings and slogans
        "要扎实推进安全生产治理三年行动。",
        "要全面完成2024行动的各项任务。",
        "要认真落实十四五安全生产规划。",
        "要做好2023年度安全生产考核工作。",
        "今年是攻坚之年，各地要加快推进。",
        "要坚决贯彻落实今年一季度全市安全生产工作会议精神。",
        "要牢固树立每日必查的安全意识。",
        "要认真研判每年的雨情变化。",
        // words that only contain a time character
        "要加强防汛物资储备。",
        "各班组要落实到每个环节、每个班组。",
        "要加强监督检查。",
        // weather-triggered times are conditions (held-out convention): 强降雨期间, 大风大雨期间
        "强降雨期间，各地要加强巡查。",
        "大风大雨期间，渡船一律停航。",
    })
    void noDeadline(String sentence) {
        assertThat(deadline(sentence)).isNull();
    }

    @Test
    void neverInheritedFromAnotherSentence() {
        String p = "各地要在6月底前完成排查。要加强督导检查。";
        assertThat(deadline(p, 0)).isEqualTo("6月底前");
        assertThat(deadline(p, 1)).isNull();
    }

    @Test
    void withoutWordsTheGrammarStillApplies() {
        String s = "各地要在2024年底前完成改造。";
        assertThat(new DeadlineFinder().find(s, 0, s.length())).isEqualTo("2024年底前");
    }
}
