package jingdu.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import jingdu.io.PdfLines.Kind;
import jingdu.io.PdfLines.Line;
import jingdu.io.PdfLines.Unit;
import org.junit.jupiter.api.Test;

/** Chinese line breaking on made-up widths: every character one unit wide. */
class PdfLinesTest {

    private static List<Unit> units(String text) {
        List<Unit> out = new ArrayList<>();
        int[] cps = text.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            Kind kind = cps[i] == '\n' ? Kind.BREAK : cps[i] == ' ' ? Kind.SPACE : Kind.CHAR;
            out.add(new Unit(i, i, cps[i], cps[i], kind == Kind.BREAK ? 0 : 1, kind));
        }
        return out;
    }

    private static List<String> lines(String text, int width) {
        int[] cps = text.codePoints().toArray();
        List<String> out = new ArrayList<>();
        for (Line l : PdfLines.breakLines(units(text), width, width)) {
            out.add(new String(cps, l.from(), l.to() - l.from()).replace("\n", ""));
        }
        return out;
    }

    @Test
    void closingPunctuationTakesTheCharacterBeforeItToTheNextLine() {
        assertThat(lines("一二三四五，六七", 5)).containsExactly("一二三四", "五，六七");
        assertThat(lines("一二三四五”。六七", 5)).containsExactly("一二三四", "五”。六七");
    }

    @Test
    void openingPunctuationGoesToTheNextLine() {
        assertThat(lines("一二三四《五六》", 5)).containsExactly("一二三四", "《五六》");
    }

    @Test
    void aDoubledDashOrEllipsisIsNeverSplit() {
        assertThat(lines("一二三四——五六", 5)).containsExactly("一二三四", "——五六");
        assertThat(lines("一二三四……", 5)).containsExactly("一二三四", "……");
        assertThat(lines("一二三——……", 4)).containsExactly("一二三", "——……");
    }

    @Test
    void anySurrogatePairIsOneCharacterAndLineBreaksAreKept() {
        assertThat(lines("𠀀𠀀𠀀𠀀𠀀𠀀", 4)).containsExactly("𠀀𠀀𠀀𠀀", "𠀀𠀀");
        assertThat(lines("一二\n三", 5)).containsExactly("一二", "三");
        assertThat(lines("", 5)).containsExactly("");
    }

    @Test
    void aLineOfNothingButForbiddenBreaksBreaksWhereItIsFull() {
        assertThat(lines("，，，，，，", 4)).containsExactly("，，，，", "，，");
    }
}
