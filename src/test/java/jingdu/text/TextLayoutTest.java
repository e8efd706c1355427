package jingdu.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;

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
    void sentencesEndWhereThePatternMatches() {
        // sentences() scans for the end marks by hand: it must cut exactly where SENTENCE_END's matches end
        String alphabet = "。！？；!?;”’」』）)】》\"甲乙 \u3000“（";
        Random r = new Random(15);
        for (int n = 0; n < 100_000; n++) {
            char[] c = new char[r.nextInt(16)];
            for (int i = 0; i < c.length; i++) {
                c[i] = alphabet.charAt(r.nextInt(alphabet.length()));
            }
            String text = "甲" + new String(c) + "乙";
            TextLayout.Range paragraph = new TextLayout.Range(r.nextInt(2), text.length() - r.nextInt(2));
            List<TextLayout.Range> expected = new ArrayList<>();
            Matcher m = TextLayout.SENTENCE_END.matcher(text).region(paragraph.start(), paragraph.end());
            int from = paragraph.start();
            while (m.find()) {
                TextLayout.addStripped(expected, text, from, m.end());
                from = m.end();
            }
            TextLayout.addStripped(expected, text, from, paragraph.end());
            assertThat(TextLayout.sentences(text, paragraph)).as(text).isEqualTo(expected);
        }
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
