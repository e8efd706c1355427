package jingdu.analysis;

import static jingdu.analysis.Engine.strength;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import jingdu.model.Level;
import jingdu.model.Strength;

/** Sentences that direct nobody although they hold cue words (notices, news, reports); all invented for this test. */
class NonDirectivesTest {

    @Test
    void speakersBeforeAQuoteAreFoundAsThePatternFindsThem() {
        // speakerBefore tries ATTRIBUTION_BEFORE only when a verb of saying ends right before the quote
        String[] pieces = {"村民", "老王", "说", "表示", "介绍", "谈道", "说道", "笑着说", "告诉记者", "对记者说", "记者", "：", ":", "，", ",",
            " ", "\t", "\u3000", "他", "。", "的", "要", "安全"};
        Random r = new Random(15);
        for (int n = 0; n < 200_000; n++) {
            StringBuilder w = new StringBuilder();
            for (int i = 1 + r.nextInt(6); i > 0; i--) {
                w.append(pieces[r.nextInt(pieces.length)]);
            }
            String s = w.append("“要注意安全”").toString();
            int open = s.indexOf('“');
            var m = NonDirectives.ATTRIBUTION_BEFORE.matcher(s).region(Math.max(0, open - 40), open + 1);
            assertThat(NonDirectives.speakerBefore(s, open)).as(s).isEqualTo(m.find() ? m.group(1) : null);
        }
    }

    @Test
    void titleSourceAndFilingLinesAreNoDuties() {
        assertThat(strength("关于切实加强冬季防火工作的紧急通知")).isNull();
        assertThat(strength("《关于进一步落实企业安全生产主体责任的实施意见》")).isNull();
        assertThat(strength("原标题：全力做好汛期地质灾害防御工作")).isNull();
        assertThat(strength("来源：西江晚报  编辑：周敏")).isNull();
        assertThat(strength("责任编辑：孙立")).isNull();
        assertThat(strength("发布时间：2025-03-14 09:30")).isNull();
        assertThat(strength("【字号：大 中 小】")).isNull();
        assertThat(strength("附件：严格落实节日值班制度的具体安排")).isNull();
        assertThat(strength("西应急〔2025〕41号")).isNull();
        assertThat(strength("东政办发[2024]9号")).isNull();
        assertThat(strength("（记者 陈默 通讯员 黄一帆）")).isNull();
        assertThat(strength("本报讯（记者 陈默）日前，区安委办印发通知，要求各街道开展消防检查。")).isEqualTo(Strength.REQUIRED);
        // a heading that merely starts like a label still counts
        assertThat(strength("二、严格落实值班值守制度")).isEqualTo(Strength.REQUIRED);
    }

    @Test
    void aPreambleDirectsNobodyButWhatFollowsItMay() {
        assertThat(strength("为切实做好春运期间道路运输安全工作，确保旅客平安出行，现将有关事项通知如下：")).isNull();
        assertThat(strength("为坚决遏制较大事故发生，经区政府同意，现就开展专项检查通知如下。")).isNull();
        assertThat(strength("依据省里的统一部署，结合本区实际，特制定本方案。")).isNull();
        assertThat(strength("现将《校园周边安全整治方案》转发给你们，请认真组织实施。")).isEqualTo(Strength.REQUIRED);
        assertThat(strength("请于6月30日前将自查情况报送区安委办。")).isEqualTo(Strength.REQUIRED);
        assertThat(strength("为吸取事故教训，坚决防止类似事故重演，特提出以下要求：")).isNull();
        // a modal before the phrase: the directive is the sentence itself
        assertThat(strength("各街道要按照以下要求组织自查：")).isEqualTo(Strength.REQUIRED);
        // a purpose clause before a real directive keeps it
        assertThat(strength("为防范冬季煤气中毒，各街道要逐户开展入户宣传。")).isEqualTo(Strength.REQUIRED);
        assertThat(strength("为保障游客安全，各景区必须严格控制瞬时客流。")).isEqualTo(Strength.MANDATORY);
    }

    @Test
    void relayedDirectivesStayObligations() {
        assertThat(strength("通报要求，各县区要立即组织一次燃气安全大检查。")).isEqualTo(Strength.REQUIRED);
        assertThat(strength("会议要求：各成员单位务必压实责任。")).isEqualTo(Strength.MANDATORY);
        assertThat(strength("区安委办日前下发通知，要求各街道开展高层建筑消防检查。")).isEqualTo(Strength.REQUIRED);
        assertThat(strength("会议强调，切实抓好岁末年初安全防范工作。")).isEqualTo(Strength.REQUIRED);
    }

    @Test
    void reportsOfThePastAreNoDuties() {
        assertThat(strength("会议审议通过了《应急预案修订稿》。")).isNull();
        assertThat(strength("去年，全区狠抓隐患治理，消除了一批风险点。")).isNull();
        assertThat(strength("一年来，全县深入开展打非治违专项行动。")).isNull();
        assertThat(strength("截至10月底，全区累计督促整改隐患870余处。")).isNull();
        assertThat(strength("专项行动中，各乡镇共检查出租房屋3400余户。")).isNull();
        assertThat(strength("各街道已建立网格化巡查机制。")).isNull();
        assertThat(strength("各乡镇先后组织开展森林防火宣传进村入户活动。")).isNull();
        assertThat(strength("据了解，该企业严格执行动火审批制度，连续五年保持零事故。")).isNull();
        assertThat(strength("全区上下坚决落实防汛部署，成功抵御了三轮强降雨。")).isNull();
        assertThat(strength("项目负责人表示，将立即组织停工整改，确保月底前整改到位。")).isNull();
        // a task that names a past period stays a task
        assertThat(strength("对去年发生过事故的企业，要逐一开展回头看。")).isEqualTo(Strength.REQUIRED);
    }

    @Test
    void resultsListedAreNoTasksButTasksListedAre() {
        String results = "主要成效：一是隐患整改率稳步提升。二是执法力度不断加大。";
        assertThat(strength(results, 0)).isNull();
        assertThat(strength(results, 1)).isNull();
        assertThat(strength("三是持续深入开展安全宣传。")).isEqualTo(Strength.REQUIRED);
        assertThat(strength("四是切实加强应急值守，确保全区安全形势持续稳定。")).isEqualTo(Strength.REQUIRED);
        String facts = "一是应急队伍人手紧张。二是部分预案针对性不强。";
        assertThat(strength(facts, 0)).isNull();
        assertThat(strength(facts, 1)).isNull();
    }

    @Test
    void aNoticesDivisionOfLabourAndTimeLimitsAreDuties() {
        assertThat(strength("区城管局牵头，各街道配合，开展占道经营专项清理。")).isEqualTo(Strength.REQUIRED);
        assertThat(strength("设备管理科负责特种设备的定期检验。")).isEqualTo(Strength.REQUIRED);
        assertThat(strength("各街道于9月15日前报送排查台账。")).isEqualTo(Strength.REQUIRED);
        assertThat(strength("该企业已于3月底前完成整改。")).isNull();
        assertThat(strength("事故发生于凌晨两点前后。")).isNull();
        assertThat(strength("企业负责人对隐患视而不见。")).isNull();
    }

    @Test
    void evaluationsAreNoDuties() {
        assertThat(strength("开展应急演练是提升处置能力的有效途径。")).isNull();
        assertThat(strength("这次集中整治是落实属地责任的具体举措。")).isNull();
        assertThat(strength("守护群众平安，是我们义不容辞的责任。")).isNull();
        // an evaluation that also directs is a duty
        assertThat(strength("应急演练是提升处置能力的有效途径，各单位要每季度至少组织一次。")).isEqualTo(Strength.REQUIRED);
    }

    @Test
    void quotedVoicesFromTheGroundAreNoDuties() {
        String worker = "“进车间前一定要把劳保用品穿戴整齐，这已经成了习惯。”装配工小何说。";
        assertThat(strength(worker, 0)).isNull();
        assertThat(strength("居民刘阿姨告诉记者：“现在楼道里再也不让堆杂物了，大家都要遵守。”")).isNull();
        String villagers = "几位村民正在清理沟渠。“雨季前必须把沟挖通。”他笑着说。";
        assertThat(strength(villagers, 1)).isNull();
        // an official quoted still relays a directive
        String official = "“各企业必须把隐患整改到位。”副区长在检查时说。";
        assertThat(strength(official, 0)).isEqualTo(Strength.MANDATORY);
    }

    @Test
    void aNarrativeParagraphWithoutDutiesGetsNoLevel() {
        String praise = "今年以来，各街道认真落实属地管理责任，企业主体责任意识明显增强，全区安全形势总体平稳。";
        assertThat(Engine.analyze(praise).paragraphs().get(0).levels()).isEmpty();
        // a plain statement of whose responsibility it is still names the tier
        assertThat(Engine.analyze("抓安全，党政同责、一岗双责是硬要求。").paragraphs().get(0).levels())
                .containsExactly(Level.LEADERSHIP);
        // an analysis of failings still carries the tier it blames
        String failing = "检查中发现，一些企业主体责任不落实，安全投入严重不足。";
        assertThat(Engine.analyze(failing).paragraphs().get(0).levels()).containsExactly(Level.ENTERPRISE);
    }

    @Test
    void theKindOfTextIsRecognised() {
        String company = String.join("\n",
                "矿业公司召开安全生产专题会议",
                "公司领导班子成员、各车间主任参加会议。",
                "会议要求，各部门要加强日常巡查，班组长要落实班前安全确认。",
                "全厂职工要严格遵守操作规程。");
        DocumentGenre g = DocumentGenre.of(company);
        assertThat(g.enterprise()).isTrue();
        assertThat(g.safety()).isTrue();
        assertThat(Engine.analyze(company).paragraphs().get(2).levels()).containsExactly(Level.ENTERPRISE);
        String government = String.join("\n",
                "全市安全生产工作会议讲话",
                "各县区、各部门要督促企业落实主体责任，某公司项目部发生的事故教训深刻。",
                "各乡镇要压实属地责任，监管部门要加强执法检查。");
        assertThat(DocumentGenre.of(government).enterprise()).isFalse();
        // a notice to enterprises speaks of their workshops and teams but is not their own text
        String toEnterprises = String.join("\n",
                "关于加强工贸企业有限空间作业安全管理的通知",
                "各工贸企业：",
                "各企业要组织车间、班组开展有限空间辨识，班组长要落实班前安全交底。",
                "车间主任要对作业审批负责。");
        assertThat(DocumentGenre.of(toEnterprises).enterprise()).isFalse();
        assertThat(List.of(Engine.analyze(government).paragraphs().get(2).levels().toArray()))
                .containsExactly(Level.LEADERSHIP, Level.SUPERVISION);
    }
}
