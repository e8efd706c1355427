package jingdu.app.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jingdu.app.Services;
import jingdu.i18n.I18n;
import jingdu.model.Analysis;
import jingdu.model.SectorMention;
import jingdu.model.Speech;

/** A sector correction made for every speech goes into the library's own word list and the engine reads it. */
class WordListTest {

    private static final I18n ZH = new I18n(Locale.SIMPLIFIED_CHINESE);

    @TempDir
    Path dir;

    private static Set<String> sectors(Analysis a) {
        return a.sectors().stream().map(SectorMention::sector).collect(Collectors.toSet());
    }

    @Test
    void aWordDecidedEverywhereShowsInAnotherSpeechAndUndoTakesItBack() throws Exception {
        try (Services s = Services.open(dir.resolve("lib.db"))) {
            Speech one = s.library().importString("讲话一\n要加强尾水渠道巡查，落实责任。", "1.txt");
            Speech two = s.library().importString("讲话二\n各乡镇要组织尾水渠道排查。", "2.txt");
            assertThat(sectors(s.analysis().analyze(two.text()).join())).doesNotContain("power_water");
            Annotator a = s.annotator(ZH);
            int start = one.text().indexOf("尾水渠道");
            a.setUserTermAt(one.id(), start, start + 4, "power_water");
            assertThat(s.library().userTerms()).extracting(t -> t.lexiconLine()).containsExactly("尾水渠道\tpower_water");
            // the window's engine was told to rebuild: the next analysis of another speech reads the word
            assertThat(sectors(s.analysis().analyze(two.text()).join())).contains("power_water");
            assertThat(s.catalog().repository().unindexed()).contains(one.id(), two.id()); // filters are read again
            a.undo();
            assertThat(s.library().userTerms()).isEmpty();
            assertThat(sectors(s.analysis().analyze(two.text()).join())).doesNotContain("power_water");
            a.redo();
            assertThat(sectors(s.analysis().analyze(two.text()).join())).contains("power_water");
        }
    }

    @Test
    void aBuiltInTermCanBeSilencedEverywhereAndBadWordsAreRefused() throws Exception {
        try (Services s = Services.open(dir.resolve("lib.db"))) {
            Speech one = s.library().importString("讲话\n要做好水库安全检查。", "1.txt");
            assertThat(sectors(s.analysis().analyze(one.text()).join())).contains("power_water");
            Annotator a = s.annotator(ZH);
            int start = one.text().indexOf("水库");
            a.setUserTermAt(one.id(), start, start + 2, null);
            assertThat(sectors(s.newEngine().analyze(one.text()))).doesNotContain("power_water");
            assertThatThrownBy(() -> a.setUserTerm("两个 词", "fire")).isInstanceOf(AnnotationException.class);
            assertThatThrownBy(() -> a.setUserTerm("尾矿", "mining")).isInstanceOf(AnnotationException.class);
            assertThatThrownBy(() -> a.setUserTerm("", null)).isInstanceOf(AnnotationException.class);
            assertThat(s.library().userTerms()).hasSize(1);
        }
    }
}
