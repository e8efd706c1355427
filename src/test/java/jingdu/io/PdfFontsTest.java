package jingdu.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jingdu.io.PdfFonts.Face;
import jingdu.io.PdfFonts.Glyph;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which font draws which character: installed TrueType first, CFF never, per-character fall-back, □ last. */
class PdfFontsTest {

    private static final Path NOTO_CFF = Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc");

    @TempDir
    Path dir;

    private Path copyOfBundled(String resource, String asName) throws Exception {
        try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
            Path out = dir.resolve("fonts").resolve(asName);
            Files.createDirectories(out.getParent());
            Files.write(out, in.readAllBytes());
            return out;
        }
    }

    @Test
    void anInstalledTrueTypeFontIsPreferredAndACharacterItLacksFallsBackToTheNextFont() throws Exception {
        // a TrueType "仿宋" that has Latin letters and quotes but no Chinese (DejaVu under simfang's name)
        copyOfBundled(PdfFonts.BUNDLED_LATIN, "SIMFANG.TTF");
        try (PDDocument doc = new PDDocument(); PdfFonts fonts = new PdfFonts(doc, List.of(dir.resolve("fonts")))) {
            Glyph quote = fonts.glyph(Face.BODY, '“');
            assertThat(quote.bundled()).as("the installed font draws what it has").isFalse();
            Glyph han = fonts.glyph(Face.BODY, '中');
            assertThat(han.bundled()).isTrue();
            assertThat(han.cjk()).isTrue();
            assertThat(han.font().getName()).endsWith("DroidSansFallback");
            assertThat(fonts.used()).contains("simfang.ttf", PdfFonts.BUNDLED_CJK);
            assertThat(fonts.replaced()).isZero();
        }
    }

    @Test
    void aCharacterNoFontHasIsAVisibleReplacementAndCounted() throws Exception {
        try (PDDocument doc = new PDDocument(); PdfFonts fonts = new PdfFonts(doc, List.of())) {
            Glyph g = fonts.glyph(Face.BODY, 0x20000); // 𠀀, CJK extension B: a surrogate pair in Java
            assertThat(g.text()).isEqualTo("\u25A1");
            assertThat(fonts.glyph(Face.KAI, 0x2A6D6).text()).isEqualTo("\u25A1");
            assertThat(fonts.replaced()).isEqualTo(2);
            assertThat(fonts.glyph(Face.BODY, 0xE0001)).as("an invisible tag character is left out").isNull();
            assertThat(fonts.replaced()).isEqualTo(2);
            assertThat(fonts.glyph(Face.NUMBER, '7').font().getName()).endsWith("DejaVuSerif");
        }
    }

    @Test
    void aCffFontIsNeverTriedPdfboxCannotSubsetIt() throws Exception {
        assumeThat(Files.exists(NOTO_CFF)).as("Noto CJK (CFF outlines) installed").isTrue();
        Files.createDirectories(dir.resolve("fonts"));
        Files.copy(NOTO_CFF, dir.resolve("fonts").resolve("wqy-zenhei.ttc")); // a CFF collection under a TrueType name
        try (PDDocument doc = new PDDocument(); PdfFonts fonts = new PdfFonts(doc, List.of(dir.resolve("fonts")))) {
            Glyph g = fonts.glyph(Face.HEI, '安');
            assertThat(g.bundled()).isTrue();
            assertThat(fonts.used()).doesNotContain("wqy-zenhei.ttc");
        }
    }

    @Test
    void theSystemsFontFoldersAreThoseThatExist() {
        assertThat(PdfFonts.systemDirs()).allMatch(Files::isDirectory);
    }
}
