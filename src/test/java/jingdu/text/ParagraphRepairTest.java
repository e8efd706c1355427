package jingdu.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class ParagraphRepairTest {

    static final List<String> PARAGRAPHS = List.of(
            "在全县防汛备汛工作会议上的讲话",
            "同志们：",
            "今天召开这次会议，主要是分析研判今年汛期形势，安排部署防汛备汛各项工作。刚才，水利局通报了前期检查情况，讲得很具体，我都同意。",
            "一、清醒认识防汛形势。",
            "据气象部门预测，今年我县降水总体偏多，极端天气发生的可能性加大，山洪、滑坡等灾害风险不容忽视。我们必须把困难估计得更充分一些，把措施考虑得更周密一些。",
            "（一）树牢底线思维。",
            "各乡镇要坚持“宁可十防九空，不可失防万一”，在思想上绷紧防汛这根弦。",
            "一是抓好隐患排查，对辖区内的河道堤防、水库塘坝、地质灾害点逐一过筛，建立台账、明确责任、限期整改，确保汛前全部销号。",
            "二是抓好物资储备，按照分级储备的要求，补齐冲锋舟、救生衣、抽水泵等装备，落实好抢险队伍和转移安置场所。",
            "三是抓好值班值守，严格执行领导带班和二十四小时值班制度，确保信息畅通、指令直达。",
            "二、压紧压实防汛责任。",
            "第一，落实行政首长负责制。各级行政首长是本地防汛工作的第一责任人，要靠前指挥、一线调度。",
            "第二，落实部门监管责任。水利、自然资源、住建、交通等部门要各司其职，形成工作合力。",
            "谢谢大家！");

    static String joined(String separator) {
        return String.join(separator, PARAGRAPHS);
    }

    @Test
    void oneLongLineIsCutAtItsPartsAndLongEnumerationItems() {
        ParagraphRepair.Result r = ParagraphRepair.restore(joined(""));
        assertThat(r.resplit()).isTrue();
        List<String> got = lines(r.text());
        // the title and greeting have no end mark before them: they stay with the opening paragraph
        // a run-in heading stays with its text (一、…。据气象部门…); a closing without a marker stays with the last part
        assertThat(got).containsExactly(
                String.join("", PARAGRAPHS.subList(0, 3)),
                PARAGRAPHS.get(3) + PARAGRAPHS.get(4),
                PARAGRAPHS.get(5) + PARAGRAPHS.get(6),
                PARAGRAPHS.get(7), PARAGRAPHS.get(8), PARAGRAPHS.get(9), PARAGRAPHS.get(10), PARAGRAPHS.get(11),
                PARAGRAPHS.get(12) + PARAGRAPHS.get(13));
        assertKeepsEveryCharacter(joined(""), r.text());
    }

    @Test
    void fullWidthDoubleSpacesStartParagraphs() {
        String text = "　　" + joined("　　");
        ParagraphRepair.Result r = ParagraphRepair.restore(text);
        assertThat(r.resplit()).isTrue();
        assertThat(lines(r.text())).containsExactlyElementsOf(PARAGRAPHS);
    }

    @Test
    void aSpacedOutTitleIsNoParagraphBreak() {
        String text = "讲　　话\n" + joined("　　");
        assertThat(lines(ParagraphRepair.restore(text).text()).get(0)).isEqualTo("讲　　话");
    }

    @Test
    void nothingIsCutInsideQuotesOrBrackets() {
        String quoted = "会上强调：“安全生产是底线。一、要讲政治。二、要讲责任。”（注：二、三项另行部署。（一）略。）";
        String text = quoted.repeat(12);
        ParagraphRepair.Result r = ParagraphRepair.restore(text);
        for (String line : lines(r.text())) {
            assertThat(line).startsWith("会上强调");
        }
        assertKeepsEveryCharacter(text, r.text());
    }

    @Test
    void aStrayQuoteDoesNotStopTheCutsAfterIt() {
        String text = "有人说“这个问题不大。" + joined("");
        assertThat(lines(ParagraphRepair.restore(text).text())).contains("二、压紧压实防汛责任。");
    }

    @Test
    void shortEnumerationItemsStayInTheirParagraph() {
        String short3 = "要做好三件事。一是查隐患。二是储物资。三是强值守。";
        String text = (short3 + "各单位务必高度重视，确保各项措施落到实处，坚决防范和遏制各类事故的发生。").repeat(10);
        ParagraphRepair.Result r = ParagraphRepair.restore(text);
        assertThat(r.text()).doesNotContain("\n一是").doesNotContain("\n二是");
    }

    @Test
    void numbersAndRangesAreNotMarkers() {
        String text = ("全年事故起数同比下降12.5%。2023年以来共检查企业1.2万家。一、二级企业要全部达标。").repeat(12);
        ParagraphRepair.Result r = ParagraphRepair.restore(text);
        assertThat(r.text()).doesNotContain("\n2023").doesNotContain("\n1.2").doesNotContain("\n一、二级");
    }

    @Test
    void aTextWithItsParagraphsIsLeftAsItIs() {
        String text = joined("\n");
        ParagraphRepair.Result r = ParagraphRepair.restore(text);
        assertThat(r.resplit()).isFalse();
        assertThat(r.text()).isSameAs(text);
        // a long paragraph among normal ones is not cut either, even with markers in it
        String withLong = text + "\n" + PARAGRAPHS.get(4).repeat(8) + "一是加强巡查，严防死守。二是加强预警。" + "\n结束。";
        assertThat(ParagraphRepair.restore(withLong).resplit()).isFalse();
    }

    @Test
    void aFewLongLinesAreEachCut() {
        // a longer speech that kept only a break or two: a title line and two lines of over 700 characters
        String text = PARAGRAPHS.get(0) + "\n" + String.join("", PARAGRAPHS.subList(1, 8)).repeat(4) + "\n"
                + String.join("", PARAGRAPHS.subList(8, PARAGRAPHS.size())).repeat(4);
        ParagraphRepair.Result r = ParagraphRepair.restore(text);
        assertThat(r.resplit()).isTrue();
        assertThat(lines(r.text())).contains(PARAGRAPHS.get(0), "二、压紧压实防汛责任。", PARAGRAPHS.get(11))
                .anySatisfy(l -> assertThat(l).startsWith("（一）树牢底线思维。"));
        assertKeepsEveryCharacter(text, r.text());
    }

    @Test
    void randomTextNeverLosesACharacter() {
        String alphabet = "。！？；：，、“”‘’（）()【】《》一二三四五六七八九十是第个问题1234567890.．　 \n安全生产要责任";
        Random random = new Random(20260613);
        for (int round = 0; round < 300; round++) {
            StringBuilder b = new StringBuilder();
            int n = 200 + random.nextInt(3000);
            for (int i = 0; i < n; i++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = b.toString().replace("\n", random.nextBoolean() ? "" : "\n");
            ParagraphRepair.Result r = ParagraphRepair.restore(text);
            assertKeepsEveryCharacter(text, r.text());
            assertKeepsEveryCharacter(text, TextLayout.canonical(r.text()));
        }
    }

    private static List<String> lines(String text) {
        return TextLayout.paragraphs(text).stream().map(p -> p.of(text)).toList();
    }

    /** The paragraphs, put together, hold every non-space character of the source, in order. */
    static void assertKeepsEveryCharacter(String source, String result) {
        StringBuilder a = new StringBuilder();
        source.codePoints().filter(c -> !TextLayout.isSpace((char) c)).forEach(a::appendCodePoint);
        StringBuilder b = new StringBuilder();
        for (TextLayout.Range p : TextLayout.paragraphs(result)) {
            p.of(result).codePoints().filter(c -> !TextLayout.isSpace((char) c)).forEach(b::appendCodePoint);
        }
        assertThat(b.toString()).isEqualTo(a.toString());
    }
}
