package jingdu.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TextLayoutTest {

    private static List<String> sentences(String text) {
        String t = TextLayout.normalize(text);
        return TextLayout.paragraphs(t).stream()
                .flatMap(p -> TextLayout.sentences(t, p).stream().map(r -> r.of(t))).toList();
    }

    @Test
    void splitsAfterEndMarksWithTheirClosingQuotes() {
        assertThat(sentences("他强调：“要全力救治。”随后作出批示；大家要落实！对吗？好"))
                .containsExactly("他强调：“要全力救治。”", "随后作出批示；", "大家要落实！", "对吗？", "好");
        assertThat(sentences("宁可十防九空;（详见附件。）此外"))
                .containsExactly("宁可十防九空;", "（详见附件。）", "此外");
    }

    @Test
    void paragraphsAreNonBlankStrippedLines() {
        String text = "\uFEFF\u3000\u3000同志们：\r\n\r\n  一、思想上要再重视。安全生产没有节假日。 \n\u3000\n";
        String t = TextLayout.normalize(text);
        assertThat(TextLayout.paragraphs(t)).extracting(r -> r.of(t))
                .containsExactly("同志们：", "一、思想上要再重视。安全生产没有节假日。");
        assertThat(sentences(text)).containsExactly("同志们：", "一、思想上要再重视。", "安全生产没有节假日。");
    }

    @Test
    void canonicalLengthCountsTheStoredTextWithoutBuildingIt() {
        for (String text : List.of("", "\n\n", "  a  ", "\u3000\u3000同志们：\n\n  一、要重视。 \n\u3000\n", "甲\n乙\n\n丙", "\n 甲")) {
            assertThat(TextLayout.canonicalLength(text)).as(text).isEqualTo(TextLayout.canonical(text).length());
        }
    }
}
