package jingdu.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import jingdu.model.Analysis;
import jingdu.model.Obligation;
import jingdu.text.TextLayout;

/** Duty bearers (guide section 6): explicit subjects, what is no actor, and inheritance through lists. */
class ActorTest {

    private static String actor(String sentence) {
        Obligation o = Engine.obligation(sentence, 0);
        assertThat(o).as("obligation: " + sentence).isNotNull();
        return o.actor();
    }

    private static final Segmenter SEGMENTER = new Segmenter();

    /** The explicit bearer of one sentence, whether or not the engine takes it for a directive. */
    private static String explicit(String sentence) {
        return new ActorFinder().find(sentence, SEGMENTER.tokenize(sentence, 0, sentence.length()), 0, sentence.length());
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
    void wholeNounPhraseWithCoordinationModifiersAndAppositions() {
        assertThat(actor("各区县、各有关部门主要负责同志务必亲自部署。")).isEqualTo("各区县、各有关部门主要负责同志");
        assertThat(actor("各街道、各部门特别是各级安全监管干部都要深入一线。")).isEqualTo("各街道、各部门特别是各级安全监管干部");
        assertThat(actor("市场监管局、城管局等要联合开展检查。")).isEqualTo("市场监管局、城管局等");
        assertThat(actor("承担整改任务的各相关单位要按时销号。")).isEqualTo("承担整改任务的各相关单位");
        assertThat(actor("区应急管理局的三个检查组要每周通报一次。")).isEqualTo("区应急管理局的三个检查组");
        assertThat(actor("涉氨制冷企业要定期检测液氨管道。")).isEqualTo("涉氨制冷企业");
        assertThat(actor("病险水库汛期一律空库运行。")).isEqualTo("病险水库");
        // an operator named by its facility is a bearer too
        assertThat(actor("各山塘水库要落实巡查责任人。")).isEqualTo("各山塘水库");
    }

    @Test
    void connectivesTimeAndAdverbsStayOutside() {
        assertThat(actor("此外，县交通运输局要加强路面巡查。")).isEqualTo("县交通运输局");
        assertThat(actor("春运期间，各客运企业要严格落实车辆例检。")).isEqualTo("各客运企业");
        assertThat(actor("各乡镇也要同步开展排查。")).isEqualTo("各乡镇");
        assertThat(actor("二是各水库管理单位要加密巡查频次。")).isEqualTo("各水库管理单位");
        assertThat(actor("主汛期各级防指要严格执行值班制度。")).isEqualTo("各级防指");
        assertThat(actor("建议各县市区整合技术服务资源。")).isEqualTo("各县市区");
    }

    @Test
    void subjectOfALaterClauseAndTheFirstOfSeveral() {
        assertThat(actor("要加强夜间巡查，区消防救援大队对重点场所决不能漏查。")).isEqualTo("区消防救援大队");
        assertThat(actor("县林业局要加强巡护，各村护林员要坚守岗位。")).isEqualTo("县林业局");
        // a subject with a modal wins over one with a bare verb
        assertThat(actor("农村地区春节期间人流集中，各乡镇要加强劝导。")).isEqualTo("各乡镇");
        // two bearer phrases around a comma are one subject
        assertThat(actor("各乡镇主要领导、分管领导，各部门负责人要靠前指挥。")).isEqualTo("各乡镇主要领导、分管领导，各部门负责人");
    }

    @Test
    void relayedDirectivesAndAddressees() {
        assertThat(actor("总书记多次指出，各类生产经营单位要守住安全底线。")).isEqualTo("各类生产经营单位");
        assertThat(actor("会议要求：各市县要立即开展自查。")).isEqualTo("各市县");
        assertThat(actor("希望各社区居委会积极参与宣传。")).isEqualTo("各社区居委会");
        assertThat(actor("请各乡镇、各部门抓好落实。")).isEqualTo("各乡镇、各部门");
        assertThat(actor("这一问题要引起各企业负责人的高度重视。")).isEqualTo("各企业负责人");
        assertThat(actor("这些短板，都需要各镇街在雨季前补齐。")).isEqualTo("各镇街");
        assertThat(actor("区城管局组织的联合检查要每月开展一次。")).isEqualTo("区城管局");
        assertThat(actor("我们还鼓励物业企业安装烟感报警器。")).isEqualTo("我们");
        assertThat(actor("由区住建局牵头，各街道配合，要在月内完成排查。")).isEqualTo("区住建局");
    }

    @Test
    void objectsTopicsThingsAndNarrativesAreNoActors() {
        assertThat(actor("要督促施工单位落实临边防护措施。")).isNull();
        assertThat(actor("严格要求物业企业必须清理楼道杂物。")).isNull();
        assertThat(actor("燃气方面，要全面排查老旧管网。")).isNull();
        assertThat(actor("隐患整改必须闭环管理。")).isNull();
        assertThat(actor("人员聚集时要及时限流。")).isNull();
        assertThat(actor("县政府去年组织了专项检查，要巩固已有成果。")).isNull();
        assertThat(explicit("节日期间返乡的人增多，要加强路面管控。")).isNull();
        assertThat(explicit("今年以来，各部门认真落实监管责任，确保形势稳定。")).isNull();
        assertThat(explicit("会议强调，各地要加强值守。")).isEqualTo("各地");
        assertThat(explicit("市长强调，要加强值守。")).isNull();
        assertThat(actor("要维护社会大局稳定。")).isNull();
    }

    @Test
    void collectivesAsWritten() {
        assertThat(actor("我们要坚持底线思维。")).isEqualTo("我们");
        assertThat(actor("大家都要提高警惕。")).isEqualTo("大家");
        assertThat(actor("确保不出事，是我们必须守住的底线。")).isEqualTo("我们");
        assertThat(actor("刚才我们一起学习了文件精神，要认真抓好落实。")).isNull();
    }

    @Test
    void inheritanceWithinAParagraphStopsAtAListItem() {
        assertThat(actors("县应急局要开展执法检查。要建立问题清单。")).containsExactly("县应急局", "县应急局");
        assertThat(actors("一是县应急局要开展执法检查。二是要建立问题清单。")).containsExactly("县应急局", "null");
        assertThat(actors("会议要求，一要压实责任。各县区要落实属地责任。二要强化执法。"))
                .containsExactly("null", "各县区", "null");
    }

    @Test
    void listItemsTakeTheLeadThenTheHeading() {
        assertThat(actors("二、强化监管执法\n各部门要按照职责抓好以下工作：\n一是开展联合检查。\n二是建立通报制度。"))
                .containsExactly("null", "各部门", "各部门", "各部门");
        assertThat(actors("（一）我们要严格落实值班制度。一是加强值守。")).containsExactly("我们", "我们");
        assertThat(actors("一、提高认识\n大家要高度重视。\n会议要求：一是必须压实责任。二是必须严格执法。"))
                .containsExactly("null", "大家", "大家", "大家");
        assertThat(actors("三、聚焦重点领域\n各级各部门要抓好以下领域：\n煤矿方面，要严防瓦斯事故。交通方面，要严查超载。"))
                .containsExactly("null", "各级各部门", "各级各部门", "各级各部门");
    }

    @Test
    void nothingCrossesATopHeadingASiblingParagraphOrASalutation() {
        assertThat(actors("一、各部门要强化责任。\n二、加强应急准备。\n要完善应急预案。")).containsExactly("各部门", "null", "null");
        assertThat(actors("二、压实责任\n县住建局要开展排查。\n要加强宣传引导。")).containsExactly("null", "县住建局", "null");
        assertThat(actors("各乡镇、各部门：\n要认真贯彻落实。")).containsExactly("-", "null");
    }

    @Test
    void anItemContinuedInTheNextParagraphKeepsItsBearer() {
        assertThat(actors("（二）突出重点行业。\n燃气领域。县城管局要全面排查管网。\n要督促企业整改。消防领域。县消防救援大队要加强检查。"))
                .containsExactly("null", "-", "县城管局", "县城管局", "-", "县消防救援大队");
    }
}
