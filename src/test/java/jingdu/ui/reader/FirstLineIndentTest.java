package jingdu.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import jingdu.app.Engines;
import jingdu.model.Analysis;
import jingdu.model.ParagraphInfo;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;

class FirstLineIndentTest {

    private static final String TITLE = "在全市安全生产工作会议上的讲话";
    private static final String HEADING = "一、总体要求";
    private static final String RUN_IN = "（一）风险上要再研判。夏季历来是事故多发期。";
    private static final String SALUTATION = "各位领导、同志们：";
    private static final String BODY = "各乡镇要加强煤矿安全检查。";
    private static final String SPACED = "\u3000\u3000燃气企业必须整改。";
    private static final String WIDE = "\uD840\uDC00字开头的段落。";
    private static final String TEXT = String.join("\n", TITLE, SALUTATION, HEADING, RUN_IN, "", BODY, SPACED, WIDE);

    private static int start(String line) {
        return TEXT.indexOf(line);
    }

    private static Analysis analysis() {
        int heading = start(HEADING);
        int runIn = start(RUN_IN);
        int body = start(BODY);
        return new Analysis(TEXT, List.of(
                new ParagraphInfo(0, 0, TITLE.length(), 0, List.of()),
                new ParagraphInfo(1, start(SALUTATION), start(SALUTATION) + SALUTATION.length(), 0, List.of()),
                new ParagraphInfo(2, heading, heading + HEADING.length(), 1, List.of()),
                new ParagraphInfo(3, runIn, runIn + RUN_IN.length(), 2, runIn + RUN_IN.indexOf('。') + 1, List.of()),
                new ParagraphInfo(4, body, body + BODY.length(), 0, List.of())), List.of(), List.of());
    }

    @Test
    void bodyParagraphsAndRunInHeadingsAreIndentedNotTheTitleSalutationHeadingsBlankOrAlreadySpacedLines() {
        assertThat(FirstLineIndent.leads(TEXT, true, analysis())).containsExactly(start(RUN_IN), start(BODY));
    }

    @Test
    void aFirstLineThatIsNoTitleIsBodyText() {
        assertThat(FirstLineIndent.leads(TEXT, false, analysis())).containsExactly(0, start(RUN_IN), start(BODY));
    }

    @Test
    void beforeTheAnalysisHeadingsAreNotKnownYet() {
        assertThat(FirstLineIndent.leads(TEXT, true, null)).containsExactly(start(HEADING), start(RUN_IN), start(BODY));
    }

    @Test
    void emptyTextAndTrailingNewlineHaveNoLeads() {
        assertThat(FirstLineIndent.leads("", false, null)).isEmpty();
        assertThat(FirstLineIndent.leads("甲\n", false, null)).containsExactly(0);
        assertThat(FirstLineIndent.leads("甲\n乙\n丙", false, null)).containsExactly(0, 2, 4);
        // a long line ending with a colon opens a list: body text
        String opens = "会议要求，各地要做好以下几方面工作，确保各项措施落到实处：";
        assertThat(FirstLineIndent.leads(opens, false, null)).containsExactly(0);
    }

    @Test
    void theHighlighterMarksExactlyTheLeadCharacterAsARunOfItsOwn() {
        int[] leads = FirstLineIndent.leads(TEXT, true, analysis());
        StyleSpans<Collection<String>> spans = Highlighter.compute(TEXT.length(), analysis(), List.of(), List.of(),
                Highlighter.Layers.ALL, FindMatches.NONE, Engines.builtInSectors(), Set.of(), leads);
        List<Integer> marked = new ArrayList<>();
        int pos = 0;
        for (StyleSpan<Collection<String>> s : spans) {
            if (s.getStyle().contains(Highlighter.INDENT_LEAD)) {
                assertThat(s.getLength()).as("the run at %d", pos).isEqualTo(1);
                marked.add(pos);
            }
            pos += s.getLength();
        }
        assertThat(pos).isEqualTo(TEXT.length());
        assertThat(marked).containsExactly(start(RUN_IN), start(BODY));
        // the run-in heading's first character keeps its heading look beside the indent
        int runIn = start(RUN_IN);
        assertThat(styleAt(spans, runIn)).contains(Highlighter.INDENT_LEAD, Highlighter.HEADING);
    }

    private static Collection<String> styleAt(StyleSpans<Collection<String>> spans, int offset) {
        int pos = 0;
        for (StyleSpan<Collection<String>> s : spans) {
            if (offset < pos + s.getLength()) {
                return s.getStyle();
            }
            pos += s.getLength();
        }
        throw new AssertionError(offset);
    }
}
