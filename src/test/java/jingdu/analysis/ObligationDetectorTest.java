package jingdu.analysis;

import static jingdu.analysis.Engine.strength;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;

import jingdu.model.Strength;

class ObligationDetectorTest {

    /** What the detector read from MANDATORY's matches before they were found by hand: 0 none, 1 only 坚决, 2 another. */
    private static int byPattern(String s) {
        Matcher m = ObligationDetector.MANDATORY.matcher(s);
        if (!m.find()) {
            return 0;
        }
        do {
            if (!m.group().equals("坚决")) {
                return 2;
            }
        } while (m.find());
        return 1;
    }

    @Test
    void mandatoryCuesAreFoundAsThePatternFindsThem() {
        for (String s : new String[] {"", "必须", "坚决", "坚决坚决", "坚决不得", "拒绝不", "拒绝不了", "杜绝不合格", "解决不了",
            "绝不", "决不", "绝对不", "不准确", "不准", "一律", "坚决打赢了攻坚战", "各单位务必严禁", "禁止吸烟", "坚", "不",
            "对决不", "自决不", "先决不", "根绝不", "谢绝不"}) {
            assertThat(ObligationDetector.mandatoryCues(s)).as(s).isEqualTo(byPattern(s));
        }
        // strings drawn from the cues' characters, the characters before them and a filler
        String alphabet = "必须务严禁不得准确一律坚决绝对拒杜断隔谢根解判表否裁处先取议自止的，";
        Random r = new Random(15);
        for (int n = 0; n < 200_000; n++) {
            char[] c = new char[1 + r.nextInt(8)];
            for (int i = 0; i < c.length; i++) {
                c[i] = alphabet.charAt(r.nextInt(alphabet.length()));
            }
            String s = new String(c);
            assertThat(ObligationDetector.mandatoryCues(s)).as(s).isEqualTo(byPattern(s));
        }
    }

    @Test
    void maskSkipsOnlySentencesThePatternCannotMatch() {
        // mask() runs MASK only when one of its cue words is there, from MASK_REACH before the first: it must mask
        // exactly as the pattern would
        String[] pieces = {"管", "行业", "行业领域", "工作", "必须", "管安全", "三管三", "四个", "一律", "千篇", "令行", "禁止", "不得",
            "不", "已", "而知", "了", "容", "要", "说", "务必", "务", "必", "须", "清醒地", "深刻", "认识到", "看到", "面对", "的", "，",
            "“", "任务"};
        Random r = new Random(15);
        for (int n = 0; n < 300_000; n++) {
            StringBuilder w = new StringBuilder();
            for (int i = 1 + r.nextInt(8); i > 0; i--) {
                w.append(pieces[r.nextInt(pieces.length)]);
            }
            String s = w.toString();
            Matcher m = ObligationDetector.MASK.matcher(s);
            StringBuilder b = new StringBuilder(s);
            while (m.find()) {
                for (int i = m.start(); i < m.end(); i++) {
                    b.setCharAt(i, '□');
                }
            }
            assertThat(ObligationDetector.mask(s)).as(s).isEqualTo(b.toString());
        }
    }

    @Test
    void announcementsAreFoundAsThePatternFindsThem() {
        String[] pieces = {"讲", "谈", "说", "强调", "提", "三", "几", "两", "一", "十", "点", "意见", "看法", "要求", "。", "：", "一下",
            "一说", "几句", "两句", "重点", "说明", "我", "的", "安全"};
        Random r = new Random(15);
        for (int n = 0; n < 200_000; n++) {
            StringBuilder w = new StringBuilder();
            for (int i = 1 + r.nextInt(6); i > 0; i--) {
                w.append(pieces[r.nextInt(pieces.length)]);
            }
            String s = w.toString();
            assertThat(ObligationDetector.announcesPoints(s)).as(s).isEqualTo(ObligationDetector.ANNOUNCE.matcher(s).find());
        }
    }

    @Test
    void prohibitionsAreMandatoryButBudeBuIsNot() {
        assertThat(strength("抓安全生产工作不得有半点马虎。")).isEqualTo(Strength.MANDATORY);
        assertThat(strength("严禁恶劣天气违规强行施工。")).isEqualTo(Strength.MANDATORY);
        assertThat(strength("形势逼得我们不得不重新审视这个问题。")).isNull();
        assertThat(strength("这些事故容不得我们有半点的疏忽和松懈。")).isNull();
        // 决不 inside 解决不了 is no cue; the sentence is still a directive through 一定要
        assertThat(strength("逃避困难永远解决不了问题，各部门一定要把责任扛起来。")).isEqualTo(Strength.REQUIRED);
    }

    @Test
    void slogansGiveNoMandatory() {
        assertThat(strength("各行业部门要严格按照“三管三必须”的原则履职尽责。")).isEqualTo(Strength.REQUIRED);
        assertThat(strength("按照“管行业必须管安全、管业务必须管安全”的原则，加强监督检查。")).isEqualTo(Strength.REQUIRED);
        assertThat(strength("严格落实“四个一律”措施。")).isEqualTo(Strength.REQUIRED);
        assertThat(strength("我们必须真正做到“三管三必须”。")).isEqualTo(Strength.MANDATORY);
    }

    @Test
    void strongestCueDecides() {
        assertThat(strength("要加强监管，坚决遏制重特大事故发生。")).isEqualTo(Strength.MANDATORY);
        assertThat(strength("一旦发生火情，一定要坚持打早、打小、打了。")).isEqualTo(Strength.REQUIRED);
        assertThat(strength("鼓励企业投保安全生产责任保险。")).isEqualTo(Strength.ADVISORY);
        assertThat(strength("希望大家再接再厉，全力以赴做好下半年各项工作。")).isEqualTo(Strength.ADVISORY);
    }

    @Test
    void yaoInsideWordsIsNoCue() {
        assertThat(strength("安全是发展的内在要求，是民生的头等大事。")).isNull();
        assertThat(strength("这是一个重要节日，主要任务是总结经验。")).isNull();
        assertThat(strength("国庆之后，紧接着要召开党的全会。")).isNull();
    }

    @Test
    void relayedDirectivesAndQuotationsAreObligations() {
        assertThat(strength("习近平总书记强调，“要全力救治受伤人员，查明事故原因”。")).isEqualTo(Strength.REQUIRED);
        assertThat(strength("会议要求：一是必须坚定不移保障安全发展。")).isEqualTo(Strength.MANDATORY);
        assertThat(strength("县*局要求各施工单位在监管部门进行备案。")).isEqualTo(Strength.REQUIRED);
    }

    @Test
    void narrativeRequirementsAreNotObligations() {
        assertThat(strength("人民群众对安全防范提出了新的、更高的要求。")).isNull();
        assertThat(strength("今年的国庆节更为特殊，安全防范工作要求更高。")).isNull();
        assertThat(strength("今年以来，各部门认真贯彻落实省委决策部署，扎实开展安全生产大检查。")).isNull();
        assertThat(strength("各级安委办加强定期调度，保持了安全形势总体平稳。")).isNull();
    }

    @Test
    void factsPraiseAndAnalysisAreNotObligations() {
        assertThat(strength("上半年全市形势平稳。")).isNull();
        assertThat(strength("这些事故再次给我们敲响了警钟。")).isNull();
        assertThat(strength("同志们，安全生产工作事关社会稳定，任务艰巨，责任重大。")).isNull();
        assertThat(strength("同志们，做好二季度安全工作，责任重大，任务艰巨。")).isNull();
        assertThat(strength("下面，我就做好当前的安全生产工作讲几点意见。")).isNull();
        assertThat(strength("同志们，安全重于泰山，关键在于落实。")).isNull();
    }

    @Test
    void headingsThatInstructAreObligationsTopicLabelsAreNot() {
        assertThat(strength("一、思想上要再重视。")).isEqualTo(Strength.REQUIRED);
        assertThat(strength("三、紧紧抓住重点行业领域安全整治")).isEqualTo(Strength.REQUIRED);
        assertThat(strength("一、提高政治站位，坚决扛起保安全护稳定的政治责任")).isEqualTo(Strength.MANDATORY);
        assertThat(strength("建筑施工领域。")).isNull();
        assertThat(strength("人员密集场所和消防安全领域。")).isNull();
    }

    @Test
    void taskListsAreRequiredProblemListsAreNot() {
        assertThat(strength("一是抓好交通运输安全工作。")).isEqualTo(Strength.REQUIRED);
        assertThat(strength("第一，安全风险无处不在，需要高度警惕。")).isEqualTo(Strength.REQUIRED);
        String problems = "事故充分暴露出事故企业存在不少问题：一是主体责任不落实。企业安全意识淡薄。二是安全教育不扎实。";
        assertThat(strength(problems, 0)).isNull();
        assertThat(strength(problems, 1)).isNull();
        assertThat(strength(problems, 2)).isNull();
        String aims = "召开会议的主要目的：一是深入学习贯彻重要指示精神，确保大局稳定。二是进一步统一思想，提高认识。";
        assertThat(strength(aims, 0)).isNull();
        assertThat(strength(aims, 1)).isNull();
    }

    @Test
    void imperativesWithoutModalAreRequired() {
        assertThat(strength("请大家抓好贯彻落实。")).isEqualTo(Strength.REQUIRED);
        assertThat(strength("落实风险分级管控和隐患排查治理机制，及时整改消除隐患。")).isEqualTo(Strength.REQUIRED);
        assertThat(strength("突出重点地区、重点行业，防止隐患反弹再生。")).isEqualTo(Strength.REQUIRED);
        assertThat(strength("现在有些单位不愿意花大气力去排查。")).isNull();
    }
}
