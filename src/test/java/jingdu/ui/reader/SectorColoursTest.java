package jingdu.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jingdu.analysis.SectorLexicon;
import jingdu.model.SectorCatalog;
import org.junit.jupiter.api.Test;

/** Every style class the sector catalogue can hand out has a colour in both themes, in the reader and the legend. */
class SectorColoursTest {

    private static String css(String name) throws IOException {
        try (InputStream in = SectorColoursTest.class.getResourceAsStream("/ui/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> classes() {
        List<String> out = new ArrayList<>(SectorLexicon.builtInCatalog().sectors().stream()
                .map(SectorCatalog.Sector::styleClass).toList());
        for (int i = 0; i < SectorCatalog.EXTRA_COLOURS; i++) {
            out.add(SectorCatalog.extraClass(i));
        }
        return out;
    }

    @Test
    void everyCatalogueClassHasALightAndADarkColourAndRules() throws IOException {
        String light = css("jingdu.css");
        String dark = css("jingdu-dark.css");
        List<String> classes = classes();
        assertThat(classes).contains("sector-coal", "sector-extra-1", "sector-extra-" + SectorCatalog.EXTRA_COLOURS);
        for (String c : classes) {
            assertThat(light).as("light " + c).containsPattern("-jd-" + c + ":\\s*#[0-9a-fA-F]{6};");
            assertThat(dark).as("dark " + c).containsPattern("-jd-" + c + ":\\s*#[0-9a-fA-F]{6};");
            assertThat(light).contains(".text." + c + " { -rtfx-background-color: -jd-" + c + "; }");
            assertThat(light).contains(".legend-swatch." + c + " { -fx-background-color: -jd-" + c + "; }");
        }
    }
}
