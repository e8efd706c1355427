package jingdu.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import jingdu.model.Analysis;
import jingdu.model.Obligation;
import jingdu.model.ParagraphInfo;

class ActorDeadlineHeadingTest {

    @Test
    void actorIsTheSubjectBeforeTheModal() {
        assertThat(Engine.obligation("各乡镇、各部门和单位要认真学习贯彻省政府领导批示精神。", 0).actor())
                .isEqualTo("各乡镇、各部门和单位");
        assertThat(Engine.obligation("县住建局要开展建筑工地施工安全大检查。", 0).actor()).isEqualTo("县住建局");
        assertThat(Engine.obligation("特别是停开车环节，企业主要负责人必须现场盯守。", 0).actor()).isEqualTo("企业主要负责人");
        assertThat(Engine.obligation("一是各行业主管部门要认真履行监管责任。", 0).actor()).isEqualTo("各行业主管部门");
        assertThat(Engine.obligation("请大家抓好贯彻落实。", 0).actor()).isEqualTo("大家");
    }

    @Test
    void actorFallsBackToTheNearestOneInTheParagraph() {
        String p = "县*局、林业局、市场监管局要把握时间节点。要联合属地政府，对旅游景点进行全面检查。";
        assertThat(Engine.obligation(p, 1).actor()).isEqualTo("县*局、林业局、市场监管局");
        assertThat(Engine.obligation("对存在重大隐患的，要依法停产整顿。", 0).actor()).isNull();
    }

    @Test
    void deadlines() {
        assertThat(Engine.obligation("县住建局要在6月底前完成自建房排查整治。", 0).deadline()).isEqualTo("6月底前");
        assertThat(Engine.obligation("各地要在国庆期间严格落实值班值守制度。", 0).deadline()).isEqualTo("国庆期间");
        // guide section 6: the shortest span that states the limit
        assertThat(Engine.obligation("对排查出的问题，要限期整改。", 0).deadline()).isEqualTo("限期");
        assertThat(Engine.obligation("要采取更加有力的措施做好岁末年初安全生产工作。", 0).deadline()).isEqualTo("岁末年初");
        assertThat(Engine.obligation("年底前全面完成整治任务，要确保不留死角。", 0).deadline()).isEqualTo("年底前");
        assertThat(Engine.obligation("要加强监督检查。", 0).deadline()).isNull();
    }

    @Test
    void headingLevels() {
        String text = String.join("\n",
                "一、思想上要再重视。",
                "（二）要突出抓好重点领域安全生产工作。",
                "1. 加强组织领导",
                "（3）强化监管执法",
                "一是强化统筹领导。",
                "一是要认真做好安全生产应急值守工作，严格执行领导干部到岗带班、关键岗位小时值班制度，加强信息反馈。",
                "同志们：",
                "要加强监督检查。");
        List<Integer> levels = Engine.analyze(text).paragraphs().stream().map(ParagraphInfo::heading).toList();
        assertThat(levels).containsExactly(1, 2, 3, 3, 3, 0, 0, 0);
    }

    @Test
    void levelsFollowTheGuidesSubtleRules() {
        assertThat(levels("各级各部门要准确把握安全生产面临的新形势。")).containsExactly("leadership", "supervision");
        assertThat(levels("要督促企业落实好安全防范措施，指导企业做好停工前安全检查。")).containsExactly("supervision");
        assertThat(levels("各单位、部门和生产经营单位要时刻绷紧安全生产这根弦。")).containsExactly("supervision", "enterprise");
        assertThat(levels("三是各生产经营单位要切实履行主体责任，落实全员安全责任制。")).containsExactly("enterprise");
        // a narrative names bearers but assigns nothing
        assertThat(levels("今年以来，各单位、各部门认真贯彻落实决策部署，主要负责同志带头研究。")).isEmpty();
        assertThat(levels("同志们：")).isEmpty();
    }

    @Test
    void levelSuggestionsCarryTheirCues() {
        Analysis a = Engine.analyze("各乡（镇、街道）和园区管委会要落实属地管理责任，主要领导要亲自抓。");
        assertThat(a.paragraphs().get(0).suggestions().get(0).cues()).contains("属地管理", "管委会", "主要领导");
    }

    private static List<String> levels(String paragraph) {
        return Engine.analyze(paragraph).paragraphs().get(0).levels().stream().map(l -> l.id()).toList();
    }

    @Test
    void obligationSpansAreWholeSentences() {
        String text = "上半年全市形势平稳。各级各部门要高度重视！";
        Obligation o = Engine.analyze(text).obligations().get(0);
        assertThat(text.substring(o.start(), o.end())).isEqualTo("各级各部门要高度重视！");
    }
}
