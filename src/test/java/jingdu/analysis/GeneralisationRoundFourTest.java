package jingdu.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import jingdu.model.Analysis;
import jingdu.text.TextLayout;

/**
 * Classes of duty-bearer error found on the third development set (h13–h16: a county leader's speech, a 市安委办
 * notice, a news report of a meeting, a company's internal speech) and on h09–h12, each pinned with sentences
 * invented for the test (guide section 6).
 */
class GeneralisationRoundFourTest {

    private static String actor(String sentence) {
        Analysis a = Engine.analyze(sentence);
        assertThat(a.obligations()).as("obligation: " + sentence).isNotEmpty();
        return a.obligations().get(0).actor();
    }

    /** Actors of the obligation sentences of {@code text}, in order; "-" for a sentence that is none. */
    private static List<String> actors(String text) {
        Analysis a = Engine.analyze(text);
        return TextLayout.paragraphs(a.text()).stream()
                .flatMap(p -> TextLayout.sentences(a.text(), p).stream())
                .map(s -> a.obligations().stream().filter(o -> o.start() < s.end() && o.end() > s.start())
                        .findFirst().map(o -> String.valueOf(o.actor())).orElse("-"))
                .toList();
    }

    @Test
    void theAddresseeOfARelayedRequirementActs() {
        // 省里/市里 hand a requirement down like 县里: the addressee, the object of 要求, is the bearer
        assertThat(actor("省里要求各县在三季度完成尾矿库闭库治理。")).isEqualTo("各县");
        // a time between the body and 要求 is no obstacle
        assertThat(actor("市里今年还要求各乡镇对渡船进行一次全面登记。")).isEqualTo("各乡镇");
        // a higher body's narrative clause, then 要求X…: X (not the body that issued the notice)
        assertThat(actor("国家矿山安全监察局近日下发通知，要求各矿山企业在年底前完成一轮自查。")).isEqualTo("各矿山企业");
        // but a body directing in its own clause keeps it: 要求 there has an object, as 督促 does
        assertThat(actor("县住建局加强对在建工地的巡查，要求施工单位每天开展一次自查。")).isEqualTo("县住建局");
    }

    @Test
    void aRelayedDirectiveWithoutAddresseeHasNoBearer() {
        // 作出批示，要求把… / 他强调，要…: the speaker is no actor and nobody is named, so nothing is inherited
        assertThat(actors("各乡镇要加强汛期巡查。市委主要领导作出批示，要求把防汛工作摆在突出位置。"))
                .containsExactly("各乡镇", "null");
        assertThat(actors("各部门要抓好节日值守。他还强调，要把隐患整改到位。")).containsExactly("各部门", "null");
        // a list after 要求： keeps the paragraph's bearer (seed precedent), and so does the speaker's own 我强调
        assertThat(actors("大家要高度重视。上级多次作出部署，要求：一是必须压实责任。"))
                .containsExactly("大家", "大家");
    }

    @Test
    void aModalGluedToTheVerbStillDirects() {
        // HanLP reads 要紧盯 as 要紧/a 盯/v: the modal is cut off again, so the directive and its subject are seen
        assertThat(actor("二是县交警大队要紧盯货车超载超限。")).isEqualTo("县交警大队");
        assertThat(actor("各乡镇要紧盯重点时段。")).isEqualTo("各乡镇");
    }

    @Test
    void aStatementClauseIsNoPartOfTheSubject() {
        assertThat(actor("防汛没有旁观者，全镇干部要立即行动起来。")).isEqualTo("全镇干部");
    }

    @Test
    void aConditionAfterTheSubjectLeadsToItsDirective() {
        assertThat(actor("新招录的特种作业人员未经培训考核，一律不得上岗作业。")).isEqualTo("新招录的特种作业人员");
        // a 的 clause is a topic: the bearer is not named there
        assertThat(actors("执法大队要加强检查。企业未经审批擅自动火的，一律依法处罚。"))
                .containsExactly("执法大队", "执法大队");
    }

    @Test
    void aCountIsNoBearer() {
        // 全年检查企业不少于300家次: the count of inspections, not 企业, is the subject
        assertThat(actors("（三）执法大队要严格执法。\n要把重大隐患作为执法重点，全年检查企业不少于300家次。"))
                .containsExactly("执法大队", "执法大队");
    }

    @Test
    void transportHubsStandForTheirOperators() {
        // like 景区 or 尾矿库: the establishment named as subject is its operator
        assertThat(actor("高铁站、机场要加强客流疏导，严防拥挤踩踏。")).isEqualTo("高铁站、机场");
        assertThat(actor("各渡口、码头必须落实渡船安全检查。")).isEqualTo("各渡口、码头");
    }

    @Test
    void coordinatedNamesOpeningWithAVerbAreOneBearer() {
        assertThat(actor("涉氨制冷、有限空间作业企业必须建立专项台账。")).isEqualTo("涉氨制冷、有限空间作业企业");
    }

    @Test
    void anItemEndingInAColonLeadsTheListInTheNextParagraphs() {
        String notice = String.join("\n",
                "二、主要任务",
                "（一）全面排查。各区县要组织一次拉网式排查，重点是：",
                "1.防汛。汛期要严格落实值班制度。",
                "2.燃气。市住建局要开展专项检查。",
                "3.消防。要加强人员密集场所检查。",
                "（二）严格执法。要依法查处违法行为。");
        assertThat(actors(notice)).containsExactly("-", "null", "各区县", "-", "各区县", "-", "市住建局", "-", "各区县",
                "null", "null");
    }

    @Test
    void aTopicOfManagementOpensNoListItem() {
        // 考核方面， is no sector label: the paragraph is a sibling, and nothing before it leads it
        String speech = String.join("\n",
                "三、落实责任",
                "各单位要按时报送工作计划。",
                "考核方面，公司将把考核结果与绩效挂钩。对发生事故的单位，一律实行一票否决。");
        assertThat(actors(speech)).containsExactly("null", "各单位", "-", "null");
    }

    @Test
    void aListOpenedInsideASentenceIsLedByThatSentencesSubject() {
        String speech = String.join("\n",
                "一、关于重点工作",
                "各地各部门要做到三个到位：一是排查到位，对企业全覆盖排查一遍；二是整改到位，重大隐患要挂牌督办；三是问责到位，对失职失责的要严肃追责。");
        assertThat(actors(speech)).containsExactly("-", "各地各部门", "各地各部门", "各地各部门");
    }
    @Test
    void theSpeakersOwnWishNamesTheAddressee() {
        assertThat(actor("今年的防汛工作，我希望大家要拿出更大的力气。")).isEqualTo("大家");
        assertThat(actor("我们建议各街道组织一次消防演练。")).isEqualTo("各街道");
    }

    @Test
    void ourWayOfWorkingMustChangeNamesUs() {
        // 我们的X要…: the collective (a possessor of a thing or state, 企业节前节后安全也要抓紧, stays out)
        assertThat(actor("我们的检查方式也要跟着改进。")).isEqualTo("我们");
        assertThat(actors("企业春节前后安全也要抓紧。")).containsExactly("null");
    }

    @Test
    void aSubjectBeforeItsMindOrEveryOneOfAGroupIsTheBearer() {
        assertThat(actor("各村组长心里要有数。")).isEqualTo("各村组长");
        assertThat(actor("每一名执法人员都要严守纪律。")).isEqualTo("每一名执法人员");
    }

    private static String deadline(String sentence) {
        Analysis a = Engine.analyze(sentence);
        assertThat(a.obligations()).as("obligation: " + sentence).isNotEmpty();
        return a.obligations().get(0).deadline();
    }

    @Test
    void theTimeOfAnAnnouncementIsNoDeadline() {
        // 将 after the announcing body: its time is the body's plan, not when the directive is done
        assertThat(deadline("县局下月将举办培训班，各乡镇要按时选派人员参加。")).isNull();
        assertThat(deadline("9月份公司将对二号装置进行检修，检修指挥部要每天召开一次协调会。")).isEqualTo("每天");
        // 将 = 把 after a limit keeps the limit
        assertThat(deadline("请各单位会后抓紧落实，9月10日前将落实情况报县安委办。")).isEqualTo("9月10日前");
    }

    @Test
    void marketDaysAndReportingCyclesAreDeadlinesWeatherIsNot() {
        assertThat(deadline("各村要利用赶集日开展防火宣传。")).isEqualTo("赶集日");
        assertThat(deadline("县安委办要建立周调度、月通报制度。")).isEqualTo("周调度、月通报");
        assertThat(deadline("台风期间，户外高空作业一律停止。")).isNull();
    }
    @Test
    void aBodyThatStaffsSomeoneElseActs() {
        // 配齐 with an object: the subject does the staffing; without one it is what gets staffed
        assertThat(actor("开发区管委会要配齐专职安全监管人员。")).isEqualTo("开发区管委会");
        assertThat(actors("（一）各乡镇要加强队伍建设。\n乡镇安监站人员要配齐配强。")).containsExactly("各乡镇", "各乡镇");
    }

    @Test
    void aPlannedProjectIsAThing() {
        // 各在建项目要… names the operators; a project still to be built is what the directive is about
        assertThat(actors("（二）县发改局要严格准入。\n拟建化工项目必须进入合规园区。")).containsExactly("县发改局", "县发改局");
        assertThat(actor("各在建项目要落实防汛措施。")).isEqualTo("各在建项目");
    }
    @Test
    void tourismOperatorsAndTheirStaffAreBearers() {
        assertThat(actors("各旅行社要加强对旅游包车的管理。导游要在出发前做好安全提示。"))
                .containsExactly("各旅行社", "导游");
        assertThat(actor("出租房屋的房东要落实消防安全责任。")).isEqualTo("出租房屋的房东");
    }
}
