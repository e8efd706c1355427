package jingdu.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import jingdu.model.Analysis;
import jingdu.model.Level;

/**
 * Classes of error found on the second development set (h09–h12: an enterprise group's internal speech, a mayor's
 * executive meeting mostly on the economy, a county emergency bureau's work meeting), each pinned with sentences
 * invented for the test (guide sections 4 and 6, held-out conventions).
 */
class GeneralisationRoundThreeTest {

    private static List<Level> levels(String text, int paragraph) {
        return List.copyOf(Engine.analyze(text).paragraphs().get(paragraph).levels());
    }

    private static String actor(String sentence) {
        Analysis a = Engine.analyze(sentence);
        assertThat(a.obligations()).as("obligation: " + sentence).isNotEmpty();
        return a.obligations().get(0).actor();
    }

    // --- an enterprise's own speech (guide 4: a company's internal text addresses its own units) ---

    private static final String GROUP_SPEECH = String.join("\n",
            "同志们：",
            "今天召开公司第四季度安全生产委员会会议，总结前三季度工作，部署下一阶段任务。",
            "一、抓好隐患排查治理",
            "各二级单位要在本月底前完成一轮全覆盖排查，公司安全环保部要逐项跟踪销号。",
            "各项目部要每周组织一次安全检查，分管领导必须带队，安全总监要每周报告一次整改进展。",
            "各单位决不能为了赶工期而减少安全投入。",
            "市应急管理局明确要求，公司要在所有在建项目开展一次举一反三大排查。");

    @Test
    void aSpeechAtTheEnterprisesOwnMeetingIsTheEnterprisesText() {
        // no 我公司 or 集团公司 anywhere: the meeting named after 召开 and the units speak for the company
        assertThat(DocumentGenre.of(GROUP_SPEECH).enterprise()).isTrue();
        assertThat(levels(GROUP_SPEECH, 3)).containsExactly(Level.ENTERPRISE);
        assertThat(levels(GROUP_SPEECH, 4)).as("分管领导 of a company is its own tier").containsExactly(Level.ENTERPRISE);
        assertThat(levels(GROUP_SPEECH, 5)).as("a prohibition names its bearer too").containsExactly(Level.ENTERPRISE);
    }

    @Test
    void anEnterpriseNamingItsOwnDepartmentsSpeaksAsTheEnterprise() {
        String notice = String.join("\n",
                "关于做好冬季安全生产工作的安排",
                "集团安全环保部要在本月底前修订分包队伍管理办法，集团审计部要对安全费用使用情况开展专项审计。",
                "各项目部要配齐应急救援器材，各二级单位要组织一次应急演练。");
        assertThat(DocumentGenre.of(notice).enterprise()).isTrue();
        assertThat(levels(notice, 2)).containsExactly(Level.ENTERPRISE);
        // a government meeting on mines is no mine's own meeting
        String government = String.join("\n",
                "今天召开全市矿山安全生产工作会议，部署下一阶段工作。",
                "各县区要压实属地责任，监管部门要加强执法检查，督促企业落实主体责任。",
                "各乡镇要对辖区内的项目部、车间开展一次排查。");
        assertThat(DocumentGenre.of(government).enterprise()).isFalse();
    }

    @Test
    void aBodyThatRelaysARequirementIsItsSourceNotABearer() {
        // 市应急管理局明确要求，公司要…: the company bears the duty, the bureau only asked for it
        assertThat(levels(GROUP_SPEECH, 6)).containsExactly(Level.ENTERPRISE);
        assertThat(levels("省交通运输厅明确要求，各地要开展一次客运车辆排查。", 0)).containsExactly(Level.LEADERSHIP);
        assertThat(levels("省交通运输厅要开展一次客运车辆排查。", 0)).containsExactly(Level.SUPERVISION);
    }

    // --- a speech with a whole section on another subject (guide 4: levels are tiers of safety responsibility) ---

    @Test
    void paragraphsOfASectionOnTheEconomyCarryNoLevel() {
        String speech = String.join("\n",
                "刚才，会议听取了上半年经济运行情况和安全生产工作情况的汇报，我都同意。",
                "一、关于经济运行",
                "下半年，各部门要紧盯全年目标任务，市发展改革委要牵头建立重点项目周调度机制。",
                "市工业和信息化局要在月底前出台支持中小企业发展的措施，各区县要对规模以上工业企业开展一轮走访服务。",
                "要持续优化营商环境。市政务服务管理局要在年底前实现高频事项一网通办，各部门不得增设审批条件。",
                "要扎实做好稳就业工作，各区县要对零就业家庭实行动态清零，市人力资源社会保障局要开展招聘专项行动。",
                "二、关于安全生产",
                "各区县政府和市直各部门要切实担负起安全生产责任，坚决克服麻痹思想。",
                "市住房城乡建设局要在月底前对在建项目开展一次拉网式检查，施工单位要落实主体责任。");
        assertThat(DocumentGenre.of(speech).safety()).as("a whole section on something else").isFalse();
        for (int p = 2; p <= 5; p++) {
            assertThat(levels(speech, p)).as("economy paragraph " + p).isEmpty();
        }
        assertThat(levels(speech, 7)).containsExactly(Level.LEADERSHIP, Level.SUPERVISION);
        assertThat(levels(speech, 8)).containsExactly(Level.SUPERVISION, Level.ENTERPRISE);
    }

    @Test
    void aSafetySpeechWithAFewParagraphsWithoutSafetyWordsKeepsTheirLevels() {
        String speech = String.join("\n",
                "一、压实安全生产责任",
                "各乡镇要切实扛起属地管理责任，每季度至少召开一次安全生产专题会议。",
                "春节前，各乡镇要对辖区内的小作坊、小餐馆、出租屋开展一次全面排查。",
                "各乡镇要配齐配强安监站工作人员，确保每个乡镇至少有两名专职安全监管人员。",
                "执法大队要把重大事故隐患作为执法重点，对反复出现的隐患一律顶格处罚。");
        assertThat(DocumentGenre.of(speech).safety()).isTrue();
        assertThat(levels(speech, 2)).containsExactly(Level.LEADERSHIP);
    }

    // --- a county bureau's own sections (股) and coordinated bearers ---

    @Test
    void theSectionsOfABureauAreDepartments() {
        assertThat(levels("应急救援股要在6月底前完成预案修订。", 0)).containsExactly(Level.SUPERVISION);
        assertThat(actor("应急救援股要在6月底前完成预案修订，各乡镇要组织一次演练。")).isEqualTo("应急救援股");
        assertThat(actor("危化股要督促危险化学品经营企业完成重大危险源辨识评估。")).isEqualTo("危化股");
        // 股 in other words names no body
        assertThat(levels("这股劲要一直保持下去，老股东要带头遵守规定。", 0)).doesNotContain(Level.SUPERVISION);
    }

    @Test
    void aPlaceCoordinatedWithABodyKeepsItsTier() {
        // 各乡镇和局机关…: 和 joins two bearers, 局机关 is no unit inside the townships (like 各乡镇派出所)
        assertThat(levels("各乡镇和局机关各股室要在月底前报送工作计划。", 0))
                .containsExactly(Level.LEADERSHIP, Level.SUPERVISION);
        assertThat(levels("各乡镇派出所要加强夜间巡查。", 0)).containsExactly(Level.SUPERVISION);
    }

    @Test
    void aPlaceVisitedIsNoBearer() {
        assertThat(levels("局机关各股室负责人要带头下基层，每月至少到联系乡镇督导一次。", 0))
                .containsExactly(Level.SUPERVISION);
        assertThat(levels("各乡镇要做到排查全覆盖。", 0)).containsExactly(Level.LEADERSHIP);
    }

    @Test
    void tiersNamedTogetherAreOneBearer() {
        assertThat(actor("镇村两级要利用赶集日开展交通安全宣传。")).isEqualTo("镇村两级");
        assertThat(actor("市县两级应急管理部门要加强值班值守。")).isEqualTo("市县两级应急管理部门");
    }

    // --- failings, statements of responsibility and staff ---

    @Test
    void aVerbNotDoneAccuratelyIsNoBan() {
        // 掌握不准, 看不准: "not accurately" closing a list of failings, not 不准 (must not)
        assertThat(Engine.strength("三是一些企业隐患判定标准掌握不准，风险辨识看不准。")).isNull();
        assertThat(Engine.strength("企业不准使用国家明令淘汰的设备。")).isEqualTo(jingdu.model.Strength.MANDATORY);
    }

    @Test
    void anEnterpriseStatedToBeTheBearerCarriesItsTier() {
        assertThat(levels("企业是安全生产的责任主体。各乡镇要督促企业主要负责人参加培训。", 0))
                .containsExactly(Level.LEADERSHIP, Level.SUPERVISION, Level.ENTERPRISE);
        // a township stated to be the bearer is no enterprise
        assertThat(levels("街道是属地管理的责任主体，街道办事处主任要亲自抓。", 0)).containsExactly(Level.LEADERSHIP);
    }

    @Test
    void theStaffOfABureauAreNoEnterprise() {
        assertThat(levels("全局干部职工要带头转变作风，多到一线去。", 0)).doesNotContain(Level.ENTERPRISE);
        assertThat(levels("全体职工要严格遵守操作规程。", 0)).containsExactly(Level.ENTERPRISE);
    }

    @Test
    void aProvincialCorpsIsADepartment() {
        assertThat(levels("消防方面，请省消防救援总队牵头开展夏季火灾防控专项行动。", 0)).containsExactly(Level.SUPERVISION);
    }

    // --- sectors (guide 2) ---

    @Test
    void sectorTermsTiedToTheirSentence() {
        // stolen goods stored are fireworks only where no hazardous chemical is named
        assertThat(Engine.sectors("要严厉打击非法储存危险化学品的行为。")).containsExactly("hazchem");
        assertThat(Engine.sectors("要严厉打击非法储存、运输烟花爆竹的行为。")).containsExactly("fireworks");
        // a stone-processing plant is a factory, not a mine
        assertThat(Engine.sectors("一家石材加工厂发生中毒窒息事故。")).doesNotContain("noncoal_mine");
        // chartered tourist coaches are road traffic and tourism
        assertThat(Engine.sectors("严禁无资质车辆从事旅游包车业务。")).containsExactlyInAnyOrder("road_traffic", "tourism");
    }
}
