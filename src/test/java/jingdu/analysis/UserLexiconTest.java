package jingdu.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jingdu.model.SectorCatalog;
import jingdu.model.SectorMention;

class UserLexiconTest {

    @Test
    void userFileAddsTermsAndSectorsAndSwitchesTermsOff(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(Analyzer.USER_LEXICON), String.join("\n",
                "# my own words",
                "@sector\tcampus\t校园安全\tCampus safety",
                "校园\tcampus",
                "实验室危化品\tcampus,hazchem",
                "施工\t-",
                "不存在的词\tno_such_sector",
                ""), StandardCharsets.UTF_8);
        Analyzer engine = Analyzer.forDataDirectory(dir);

        assertThat(engine.lexicon().sectors()).extracting(SectorCatalog.Sector::id).contains("campus", "coal");
        assertThat(sectors(engine, "要加强校园安全管理。")).containsExactly("campus");
        assertThat(sectors(engine, "要加强实验室危化品管理。")).containsExactly("campus", "hazchem");
        assertThat(sectors(engine, "要加强户外施工安全。")).isEmpty();
        assertThat(sectors(engine, "不存在的词。")).isEmpty();
        // the built-in engine is untouched
        assertThat(Engine.sectors("要加强户外施工安全。")).containsExactly("construction");
    }

    @Test
    void missingUserFileMeansBuiltInLexicon(@TempDir Path dir) {
        Analyzer engine = Analyzer.forDataDirectory(dir);
        assertThat(engine.lexicon().termCount()).isEqualTo(Engine.ANALYZER.lexicon().termCount());
        assertThat(engine.lexicon().termCount()).isGreaterThan(400);
        assertThat(engine.lexicon().sectors()).hasSize(17);
    }

    private static java.util.List<String> sectors(Analyzer engine, String text) {
        return engine.analyze(text).sectors().stream().map(SectorMention::sector).distinct().sorted().toList();
    }
}
