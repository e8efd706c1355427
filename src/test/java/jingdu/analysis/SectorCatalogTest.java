package jingdu.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jingdu.i18n.I18n;
import jingdu.model.SectorCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one sector catalogue: built-in sectors from sectors.tsv, then the user's @sector lines. */
class SectorCatalogTest {

    @TempDir
    Path dir;

    private Path lexicon(String... lines) throws IOException {
        return Files.writeString(dir.resolve(Analyzer.USER_LEXICON), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    @Test
    void userSectorsFollowTheBuiltInOnesWithTheirNamesAndExtraColours() throws IOException {
        Path file = lexicon("@sector\tport\t港口\tPorts", "港口\tport", "@sector\tcampus\t校园安全\tCampus safety");
        SectorCatalog catalog = SectorLexicon.load(file).catalog();

        assertThat(catalog.ids()).hasSize(19).startsWith("coal", "noncoal_mine").endsWith("public_health", "port", "campus");
        assertThat(catalog.find("port")).hasValueSatisfying(s -> {
            assertThat(s.builtIn()).isFalse();
            assertThat(s.styleClass()).isEqualTo("sector-extra-1");
        });
        assertThat(catalog.styleClass("campus")).isEqualTo("sector-extra-2");
        assertThat(catalog.styleClass("noncoal_mine")).isEqualTo("sector-noncoal-mine");
        assertThat(catalog.name("port", Locale.SIMPLIFIED_CHINESE)).isEqualTo("港口");
        assertThat(catalog.name("port", Locale.ENGLISH)).isEqualTo("Ports");
        assertThat(catalog.name("coal", Locale.ENGLISH)).isEqualTo("Coal mines");
        // the cheap read the window uses at start-up gives the same catalogue as the engine's
        assertThat(SectorLexicon.catalog(file).sectors()).isEqualTo(catalog.sectors());
    }

    @Test
    void redeclaringABuiltInSectorRenamesItButKeepsItsPlaceAndColour() throws IOException {
        SectorCatalog catalog = SectorLexicon.catalog(lexicon("@sector\tgas\t燃气\tGas"));
        assertThat(catalog.ids()).isEqualTo(SectorLexicon.builtInCatalog().ids());
        assertThat(catalog.find("gas")).hasValueSatisfying(s -> {
            assertThat(s.nameZh()).isEqualTo("燃气");
            assertThat(s.builtIn()).isTrue();
            assertThat(s.styleClass()).isEqualTo("sector-gas");
        });
    }

    @Test
    void orderIsTheCatalogueThenUnknownIdsAlphabetically() throws IOException {
        SectorCatalog catalog = SectorLexicon.catalog(lexicon("@sector\tzeta\t甲\tZ", "@sector\talpha\t乙\tA"));
        assertThat(catalog.sorted(List.of("zz", "alpha", "gas", "zeta", "coal", "aa", "gas")))
                .containsExactly("coal", "gas", "zeta", "alpha", "aa", "zz");
        assertThat(catalog.name("aa", Locale.SIMPLIFIED_CHINESE)).isEqualTo("aa");
        assertThat(catalog.styleClass("aa")).isEqualTo(SectorCatalog.OTHER_CLASS);
    }

    @Test
    void extraColoursStartAgainAfterTheLastOne() throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= SectorCatalog.EXTRA_COLOURS + 1; i++) {
            lines.add("@sector\tu" + i + "\t用户" + i + "\tUser " + i);
        }
        SectorCatalog catalog = SectorLexicon.catalog(lexicon(lines.toArray(String[]::new)));
        assertThat(catalog.styleClass("u" + SectorCatalog.EXTRA_COLOURS)).isEqualTo("sector-extra-" + SectorCatalog.EXTRA_COLOURS);
        assertThat(catalog.styleClass("u" + (SectorCatalog.EXTRA_COLOURS + 1))).isEqualTo("sector-extra-1");
    }

    @Test
    void builtInNamesHaveOneSourceSectorsTsvNotTheBundles() {
        SectorCatalog builtIn = SectorLexicon.builtInCatalog();
        assertThat(builtIn.sectors()).hasSize(17).allMatch(SectorCatalog.Sector::builtIn);
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            I18n i18n = new I18n(locale);
            assertThat(builtIn.ids()).noneMatch(id -> i18n.has("sector." + id));
        }
        assertThat(builtIn.name("fire", Locale.SIMPLIFIED_CHINESE)).isEqualTo("消防");
        assertThat(builtIn.name("fire", Locale.ENGLISH)).isEqualTo("Fire safety");
    }
}
