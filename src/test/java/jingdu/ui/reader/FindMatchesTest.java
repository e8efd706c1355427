package jingdu.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;

import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;

class FindMatchesTest {

    private static final String TEXT = "燃气安全。燃气管道要检查，燃气燃气。Gas and GAS.";

    @Test
    void findsEveryNonOverlappingMatchAndCountsThem() {
        FindMatches m = FindMatches.of(TEXT, "燃气", 0);
        assertThat(m.matches()).extracting(FindMatches.Match::start).containsExactly(0, 5, 13, 15);
        assertThat(m.counter()).isEqualTo("1/4");
        assertThat(FindMatches.of("aaaa", "aa", 0).size()).isEqualTo(2);
    }

    @Test
    void latinLettersMatchWhateverTheirCase() {
        assertThat(FindMatches.of(TEXT, "gas", 0).size()).isEqualTo(2);
    }

    @Test
    void nextAndPreviousWrapRound() {
        FindMatches m = FindMatches.of(TEXT, "燃气", 0);
        assertThat(m.next().next().next().counter()).isEqualTo("4/4");
        assertThat(m.next().next().next().next().counter()).isEqualTo("1/4");
        assertThat(m.previous().counter()).isEqualTo("4/4");
        assertThat(m.previous().current()).isEqualTo(new FindMatches.Match(15, 17));
    }

    @Test
    void theCurrentMatchIsTheFirstAtOrAfterTheCaret() {
        assertThat(FindMatches.of(TEXT, "燃气", 6).counter()).isEqualTo("3/4");
        assertThat(FindMatches.of(TEXT, "燃气", 16).counter()).isEqualTo("1/4"); // past the last: wraps
    }

    @Test
    void noQueryOrNoMatchIsEmpty() {
        assertThat(FindMatches.of(TEXT, "", 0).isEmpty()).isTrue();
        assertThat(FindMatches.of(TEXT, "煤矿", 0).counter()).isEqualTo("0/0");
        assertThat(FindMatches.of(TEXT, "煤矿", 0).next().current()).isNull();
    }

    @Test
    void matchesAreALayerOnTopAndTheCurrentOneIsMarked() {
        FindMatches m = FindMatches.of(TEXT, "燃气", 0).next();
        StyleSpans<Collection<String>> spans = Highlighter.compute(TEXT.length(), null, List.of(), Highlighter.Layers.ALL, m);
        List<Collection<String>> perChar = new java.util.ArrayList<>();
        for (StyleSpan<Collection<String>> s : spans) {
            for (int i = 0; i < s.getLength(); i++) {
                perChar.add(s.getStyle());
            }
        }
        assertThat(perChar).hasSize(TEXT.length());
        assertThat(perChar.get(0)).containsExactly(Highlighter.FIND_MATCH);
        assertThat(perChar.get(5)).containsExactlyInAnyOrder(Highlighter.FIND_MATCH, Highlighter.FIND_CURRENT);
        assertThat(perChar.get(2)).isEmpty();
    }
}
