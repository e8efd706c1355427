package jingdu.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnippetWindowTest {

    private static final String SNIPPET = "…保安全，不断健全监管防控体系，强化重点时段安全监管，扎实推进隐患排查治理，严格监督检查…";

    @Test
    void aSnippetThatFitsIsShownAsItIs() {
        SnippetWindow w = SnippetWindow.of("扎实推进隐患排查治理", 4, 8, 16);
        assertThat(w.text()).isEqualTo("扎实推进隐患排查治理");
        assertThat(w.hitStart()).isEqualTo(4);
        assertThat(w.hitEnd()).isEqualTo(8);
    }

    @Test
    void aLongSnippetKeepsTheHitAThirdOfTheContextBeforeAndTheRestAfter() {
        int start = SNIPPET.indexOf("隐患排查");
        SnippetWindow w = SnippetWindow.of(SNIPPET, start, start + 4, 16);
        assertThat(w.text()).hasSize(16);
        assertThat(w.text().substring(w.hitStart(), w.hitEnd())).isEqualTo("隐患排查");
        assertThat(w.text()).isEqualTo("…实推进隐患排查治理，严格监督…");
    }

    @Test
    void aHitNearTheEndTakesItsContextFromBefore() {
        String s = "一二三四五六七八九十甲乙丙丁戊己庚辛壬癸隐患";
        SnippetWindow w = SnippetWindow.of(s, s.length() - 2, s.length(), 10);
        assertThat(w.text()).isEqualTo("…戊己庚辛壬癸隐患");
        assertThat(w.text().substring(w.hitStart(), w.hitEnd())).isEqualTo("隐患");
    }

    @Test
    void neitherTheHitNorASurrogatePairIsCut() {
        String s = "甲乙丙\uD840\uDC00丁戊己庚辛壬隐患排查治理工作";
        int start = s.indexOf("隐患排查治理");
        SnippetWindow w = SnippetWindow.of(s, start, start + 6, 4);
        assertThat(w.text().substring(w.hitStart(), w.hitEnd())).isEqualTo("隐患排查治理");
        SnippetWindow pair = SnippetWindow.of(s, start, start + 2, 12);
        assertThat(pair.text().chars().filter(c -> Character.isSurrogate((char) c)).count() % 2).isZero();
        assertThat(pair.text().substring(pair.hitStart(), pair.hitEnd())).isEqualTo("隐患");
    }
}
