package jingdu.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import jingdu.model.SectorMention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnginesTest {

    @TempDir
    Path dir;

    @Test
    void theUsersLexiconBesideTheLibraryAddsTermsWithoutARebuild() throws Exception {
        String text = "各地要加强光伏电站安全检查。";
        Path db = dir.resolve("jingdu.db");
        assertThat(Engines.forLibrary(db).analyze(text).sectors()).extracting(SectorMention::sector)
                .doesNotContain("power_water");

        Files.writeString(dir.resolve("lexicon.tsv"), "# 我的词表\n光伏电站\tpower_water\n");
        assertThat(Engines.forLibrary(db).analyze(text).sectors())
                .anySatisfy(m -> {
                    assertThat(m.sector()).isEqualTo("power_water");
                    assertThat(m.term()).isEqualTo("光伏电站");
                });
    }
}
