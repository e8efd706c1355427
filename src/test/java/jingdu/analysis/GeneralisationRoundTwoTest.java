package jingdu.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import jingdu.model.Analysis;
import jingdu.model.Level;
import jingdu.model.Obligation;
import jingdu.model.Strength;
import jingdu.text.TextLayout;

/**
 * Classes of error found on the development documents of every kind (speeches, news reports, notices, enterprise
 * texts, speeches on other subjects), each pinned with sentences invented for the test (guide sections 2-6 and the
 * held-out labellers' conventions).
 */
class GeneralisationRoundTwoTest {

    private static Obligation only(String text) {
        Obligation o = Engine.obligation(text, 0);
        assertThat(o).as("obligation: " + text).isNotNull();
        return o;
    }

    private static String actor(String sentence) {
        return only(sentence).actor();
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

    private static List<Level> levels(String text, int paragraph) {
        return List.copyOf(Engine.analyze(text).paragraphs().get(paragraph).levels());
    }

    // --- obligations (guide 3) ---

    @Test
    void aBareImperativeListItemIsATask() {
        String news = String.join("\n",
                "会议要求：",
                "一是抓好冬季消防安全。",
                "二是保障节日期间道路交通安全。");
        assertThat(Engine.strength(news, 2)).isEqualTo(Strength.REQUIRED);
        assertThat(Engine.strength("三是保障城区供水管网安全运行。")).isEqualTo(Strength.REQUIRED);
    }

    @Test
    void headingsOpeningWithAnIdiomOrATimeBeforeTheirVerbAreImperative() {
        String speech = String.join("\n",
                "同志们：",
                "一、今年重点抓好四个方面工作",
                "（一）千方百计稳就业保民生。",
                "（二）统筹兼顾抓项目促投资。",
                "（三）重点企业和园区建设。");
        assertThat(Engine.strength(speech, 1)).isEqualTo(Strength.REQUIRED);
        assertThat(Engine.strength(speech, 2)).isEqualTo(Strength.REQUIRED);
        assertThat(Engine.strength(speech, 3)).isEqualTo(Strength.REQUIRED);
        assertThat(Engine.strength(speech, 4)).as("a noun heading stays a topic label").isNull();
    }

    @Test
    void aTargetAfterADirectiveIsPartOfTheTask() {
        String item = "要做大做强文旅产业。力争全年接待游客增长百分之十。";
        assertThat(Engine.strength(item, 1)).isEqualTo(Strength.REQUIRED);
        assertThat(Engine.strength("力争全年接待游客增长百分之十。")).as("a target alone").isNull();
    }

    @Test
    void aClosingCallOnUsIsRequiredWithUsAsActor() {
        Obligation o = only("让我们同心协力，奋力完成全年各项任务！");
        assertThat(o.strength()).isEqualTo(Strength.REQUIRED);
        assertThat(o.actor()).isEqualTo("我们");
        // 让 later in a sentence is no call on the audience
        assertThat(actors("去年有三起事故被通报，这些案例要在全县通报，让大家引以为戒。")).containsExactly("null");
    }

    @Test
    void theIssuersOwnAnnouncementAndAHeavyTaskAreNoDirectives() {
        assertThat(Engine.strength("县应急管理局将适时组织检查组，对各乡镇防汛工作开展暗访。")).isNull();
        assertThat(Engine.strength("财政收支矛盾突出，化解隐性债务的任务十分繁重。")).isNull();
        // an announcement with a modal of its own stays a directive
        assertThat(Engine.strength("县安委会将开展专项督查，对整改不力的要严肃问责。")).isEqualTo(Strength.REQUIRED);
    }

    @Test
    void anInlineHeadingWhoseVerbHanlpTakesForAnAdverb() {
        assertThat(Engine.strength("（一）加快产业园区建设。园区管委会要倒排工期。", 0)).isEqualTo(Strength.REQUIRED);
    }

    // --- actors (guide 6) ---

    @Test
    void anInlineItemContinuedInTheNextParagraphKeepsItsScope() {
        String speech = String.join("\n",
                "（一）加快重点项目建设。县发改局要牵头建立项目调度机制。",
                "要加快前期手续办理，确保年底前全部开工。",
                "（二）做强特色产业。",
                "要培育一批龙头企业。",
                "要加大招商引资力度。");
        assertThat(actors(speech)).containsExactly("null", "县发改局", "县发改局", "null", "null", "null");
    }

    @Test
    void aSubjectOfIsIsNoActorUnlessAModalClauseFollows() {
        assertThat(actors("各车间要落实岗位责任。要健全责任清单，车间主任是本车间安全第一责任人。"))
                .containsExactly("各车间", "各车间");
        assertThat(actor("班组长是安全生产的第一道关口，要把好每一个环节。")).isEqualTo("班组长");
    }

    @Test
    void theFirstOfSeveralSubjectsAndPostsEndingInLeaderTitles() {
        assertThat(actor("项目经理要每天巡查工地，安全员必须全程旁站。")).isEqualTo("项目经理");
        assertThat(actor("各车间班组长要开好班前会，作业人员要正确佩戴防护用品。")).isEqualTo("各车间班组长");
    }

    @Test
    void dutiesAssignedByFrequencyOrLeadershipWithoutAModal() {
        assertThat(actor("各分公司主要负责人每月至少带队检查一次在建项目。")).isEqualTo("各分公司主要负责人");
        assertThat(actor("县住建局牵头，组织各乡镇对农村自建房开展排查，9月底前完成。")).isEqualTo("县住建局");
        assertThat(actor("要强化资金监管，县财政局、县审计局每季度开展一次联合检查，严禁截留挪用。"))
                .isEqualTo("县财政局、县审计局");
    }

    @Test
    void aPossessorOfAStateAndAStaffedBodyAreNoActors() {
        assertThat(actor("学校假期前后安全也要抓紧。")).isNull();
        assertThat(actors("企业主要负责人要亲自部署。企业的安全管理机构和专职安全员要配齐配强。"))
                .containsExactly("企业主要负责人", "企业主要负责人");
    }

    @Test
    void abbreviatedBodiesCoordinatedBeforeTheirCommonWord() {
        assertThat(actor("要抓好项目储备，发改、住建、交通等部门要主动对接上级政策。")).isEqualTo("发改、住建、交通等部门");
    }

    @Test
    void aParkAndAHigherBodysAddressee() {
        assertThat(actor("县化工产业园要加快建设应急救援站，年底前完成园区封闭化改造。")).isEqualTo("县化工产业园");
        assertThat(actor("今年市里还要求各区县对老旧电梯进行一次全面排查。")).isEqualTo("各区县");
    }

    @Test
    void anAnnouncerYieldsToTheDirectivesOwnSubject() {
        assertThat(actor("县局今年将举办两期业务培训，各乡镇安监站要按时选派人员参加。")).isEqualTo("各乡镇安监站");
        assertThat(actor("县安委会将开展专项督查，对整改不力的要严肃问责。")).isEqualTo("县安委会");
    }

    @Test
    void placesStandingForTheirGovernmentAndResidents() {
        assertThat(actor("村里组织灭火，必须服从统一调度。")).isEqualTo("村里");
        assertThat(actor("我们县要抓好冬春火灾防控。")).isEqualTo("我们县");
        assertThat(actor("希望广大居民自觉清理楼道杂物。")).isEqualTo("广大居民");
        assertThat(actor("街道实行网格包保制度，街道班子成员每周至少下社区检查一次。")).isEqualTo("街道班子成员");
    }

    @Test
    void theSubjectOfATimeClauseGoesOnToTheDirective() {
        assertThat(actor("各位村干部散会以后，要把通知送到每家每户。")).isEqualTo("各位村干部");
        assertThat(actor("大家回去以后，要马上组织一次排查。")).isEqualTo("大家");
    }

    // --- deadlines (guide 6) ---

    @Test
    void weatherPeriodsAreConditionsAndSetLimitsAreDeadlines() {
        assertThat(only("暴雨期间，各乡镇要及时转移危险区域群众。").deadline()).isNull();
        assertThat(only("大风大雨期间，渡口一律停航。").deadline()).isNull();
        assertThat(only("发现重大隐患的，要在规定时限内上报县应急管理局。").deadline()).isEqualTo("规定时限内");
        assertThat(only("燃气企业接到报警后要在规定时间内赶到现场。").deadline()).isEqualTo("规定时间内");
        assertThat(only("入冬以后，各社区要加强电动自行车充电管理。").deadline()).isEqualTo("入冬以后");
        assertThat(only("“五一”期间，各景区要严格落实预约限流。").deadline()).isEqualTo("“五一”期间");
        assertThat(only("每日预约人数不得超过景区最大承载量。").deadline()).isNull();
        // the time of a relayed requirement is not the task's; a later period is
        assertThat(only("今年市委的要求很明确，汛期要确保不发生群死群伤事故。").deadline()).isEqualTo("汛期");
    }

    // --- levels (guide 4) ---

    @Test
    void anAnalysisOfEachTiersFailingsCarriesThoseTiers() {
        String text = "问题出在哪里？一是有的企业只顾赶工期，安全投入能省则省。二是有的部门检查走马观花，很少跟踪问效。";
        assertThat(levels(text, 0)).containsExactlyInAnyOrder(Level.ENTERPRISE, Level.SUPERVISION);
        assertThat(Engine.strength(text, 2)).as("some of a group described is no task").isNull();
    }

    @Test
    void placesOrganisedByADepartmentAreItsObjects() {
        assertThat(levels("县住建局牵头，组织各乡镇对在建工地开展安全检查。", 0)).containsExactly(Level.SUPERVISION);
    }

    @Test
    void anEnterpriseTextKeepsTheSupervisionOfGovernmentBodies() {
        String notice = String.join("\n",
                "关于开展夏季安全生产大检查的通知",
                "公司各部门、各车间：",
                "为做好我公司夏季安全生产工作，经公司研究，决定在全公司开展安全生产大检查。",
                "对属地应急管理部门执法检查中指出的问题，各车间要立即整改，主动配合政府部门的监督检查。",
                "各车间要每周开展一次隐患自查，本公司安全环保部每月抽查一次。");
        assertThat(levels(notice, 3)).containsExactlyInAnyOrder(Level.ENTERPRISE, Level.SUPERVISION);
        assertThat(levels(notice, 4)).containsExactly(Level.ENTERPRISE);
    }

    // --- sectors (guide 2; kinds convention D) ---

    @Test
    void aSpeechOnAnotherSubjectKeepsTheSectorsItNames() {
        String speech = String.join("\n",
                "在全县经济工作会议上的讲话",
                "同志们：",
                "去年全县接待游客八百万人次，旅游综合收入增长百分之十二。",
                "要做强绿色建材和食品加工两大产业，培育一批规上企业。",
                "要加快推进重点项目建设，确保年底前全部开工。",
                "要深化营商环境改革，提升政务服务效率。",
                "要稳定粮食生产，守住耕地红线。");
        List<String> sectors = Engine.sectors(speech);
        assertThat(sectors).contains("tourism", "industry_trade");
    }

    @Test
    void aMetroStationAsAFloodingSpotIsNoRailMention() {
        assertThat(Engine.sectors("各区要对地铁站口、下穿通道等易涝点落实值守人员。")).doesNotContain("rail_air_water");
        assertThat(Engine.sectors("铁路和地铁运营单位要加强隧道巡检。")).contains("rail_air_water");
    }
}
