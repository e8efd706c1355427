package jingdu.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;

import org.junit.jupiter.api.Test;

class WordListsTest {

    private static WordLists parse(String text, String... names) throws IOException {
        return WordLists.parse(new BufferedReader(new StringReader(text)), "test.tsv", names);
    }

    @Test
    void readsNamedListsInFileOrderSkippingComments() throws IOException {
        WordLists w = parse("\uFEFF# comment\n\na\t乙\nb\t（\na\t甲\n", "a", "b");
        assertThat(w.list("a")).containsExactly("乙", "甲");
        assertThat(w.set("b")).containsExactly("（");
    }

    @Test
    void mistakesInTheFileFailWithTheLine() {
        assertThatThrownBy(() -> parse("a\tx\nc\ty\n", "a")).hasMessageContaining("test.tsv:2").hasMessageContaining("unknown list 'c'");
        assertThatThrownBy(() -> parse("a\tx\na\tx\n", "a")).hasMessageContaining("test.tsv:2").hasMessageContaining("twice");
        assertThatThrownBy(() -> parse("a\t\n", "a")).hasMessageContaining("empty word");
        assertThatThrownBy(() -> parse("a x\n", "a")).hasMessageContaining("list-name<TAB>word");
        assertThatThrownBy(() -> parse("a\tx\n", "a", "b")).hasMessageContaining("list 'b' is missing");
    }

    @Test
    void aMissingResourceSaysWhich() {
        assertThatThrownBy(() -> WordLists.read("/lexicon/no-such-file.tsv", "a"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("missing resource /lexicon/no-such-file.tsv");
    }

    @Test
    void theShippedObligationWordsLoad() {
        WordLists w = WordLists.read("/lexicon/obligation-words.tsv", "narrative", "list-intro-narrative", "lead-skip",
                "adverbs", "directives", "non-directive", "future-before-yao", "speaker-acts", "future-after-yao",
                "cognition", "frame-adverbs", "yaoqiu-not-after", "negators");
        assertThat(w.set("directives")).contains("加强", "落实", "确保");
        assertThat(w.list("narrative")).startsWith("以来", "已经");
    }
}
