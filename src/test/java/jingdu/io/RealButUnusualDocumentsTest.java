package jingdu.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real documents that only look hostile: refused with the wrong reason before (a scan, a zip bomb). The
 * bombs themselves stay refused ({@link DocumentReadersTest#zipBombsAreRefusedBeforeTheyFillTheMemory}).
 */
class RealButUnusualDocumentsTest {

    private static final String LINE = "安全生产责任重于泰山，各单位要严格落实。";

    @TempDir
    Path dir;

    @Test
    void a2000PagePdfRepeatingOneLineIsReadNotCalledAScan() throws Exception {
        Path pdf = DocumentFixtures.repeatedLinePdf(dir.resolve("重复.pdf"), PdfReader.MAX_PAGES, LINE);
        String text = new PdfReader().read(Files.readAllBytes(pdf), "重复.pdf");
        assertThat(text).startsWith(LINE);
        assertThat(text.split(LINE, -1)).hasSize(PdfReader.MAX_PAGES + 1); // every page's line is kept
    }

    @Test
    void aPdfWhoseOnlyTextIsPageNumbersIsStillAScan() throws Exception {
        Path pdf = DocumentFixtures.repeatedLinePdf(dir.resolve("页码.pdf"), 5, "- 1 -");
        assertThatThrownBy(() -> new PdfReader().read(Files.readAllBytes(pdf), "页码.pdf"))
                .isInstanceOf(ImportException.class).extracting("key").isEqualTo("importer.error.noTextLayer");
    }

    @Test
    void aDocxWith200000EmptyParagraphsIsReadNotCalledAZipBomb() throws Exception {
        Path docx = DocumentFixtures.docxWithEmptyParagraphs(dir.resolve("空段.docx"), 200_000);
        String text = new DocxReader().read(Files.readAllBytes(docx), "空段.docx");
        assertThat(text).isEqualTo(DocumentFixtures.expectedText());
    }

    @Test
    void aDocxWith10001PartsIsReadNotCalledAZipBomb() throws Exception {
        Path docx = DocumentFixtures.docxWithManyParts(dir.resolve("多部件.docx"), 10_001);
        String text = new DocxReader().read(Files.readAllBytes(docx), "多部件.docx");
        assertThat(text).isEqualTo(DocumentFixtures.expectedText());
    }

    @Test
    void aBombSpreadOverManySmallPartsIsStillRefused() throws Exception {
        // no part is big enough to be judged alone (2 MB < 16 MB), nor the whole over the 256 MB cap: the ratio of the whole is
        Path docx = DocumentFixtures.spreadZipBombDocx(dir.resolve("散弹.docx"), 20, 2);
        assertThat(Files.size(docx)).isLessThan(1024 * 1024);
        assertThatThrownBy(() -> new DocxReader().read(Files.readAllBytes(docx), "散弹.docx"))
                .isInstanceOf(ImportException.class).extracting("key").isEqualTo("importer.error.zipBomb");
    }
}
