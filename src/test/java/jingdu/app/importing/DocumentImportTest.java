package jingdu.app.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;

import jingdu.app.Library;
import jingdu.io.DocumentFixtures;
import jingdu.io.DocumentFormat;
import jingdu.io.ImportException;
import jingdu.model.Speech;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing documents into a real library: the right reader, and a bad file changes nothing. */
class DocumentImportTest {

    @TempDir
    Path dir;

    @Test
    void everyFormatBecomesTheSameSpeech() throws Exception {
        Path docx = DocumentFixtures.docx(dir.resolve("a.docx"));
        Path pdf = DocumentFixtures.pdf(dir.resolve("b.pdf"));
        Path ofd = DocumentFixtures.ofd(dir.resolve("c.ofd"));
        Path gbk = Files.write(dir.resolve("d.txt"), DocumentFixtures.expectedText().getBytes(Charset.forName("GB18030")));
        try (Library library = Library.open(dir.resolve("lib.db"))) {
            for (Path f : List.of(pdf, ofd, gbk)) {
                Speech s = library.importText(f);
                assertThat(s.text()).as(f.toString()).isEqualTo(DocumentFixtures.expectedText());
                assertThat(s.title()).isEqualTo(DocumentFixtures.TITLE);
                assertThat(s.paragraphCount()).isEqualTo(DocumentFixtures.PARAGRAPHS.size());
                assertThat(s.sourceName()).isEqualTo(f.getFileName().toString());
            }
            assertThat(library.importText(docx).text()).isEqualTo(DocumentFixtures.expectedDocxText());
            assertThat(library.list()).hasSize(4);
        }
    }

    @Test
    void contentDecidesTheReaderWhateverTheExtension() throws Exception {
        Path pdfNamedDocx = Files.copy(DocumentFixtures.pdf(dir.resolve("x.pdf")), dir.resolve("really-a-pdf.docx"));
        Path docxNamedTxt = Files.copy(DocumentFixtures.docx(dir.resolve("x.docx")), dir.resolve("really-a-docx.txt"));
        try (Library library = Library.open(dir.resolve("lib.db"))) {
            assertThat(library.importText(pdfNamedDocx).text()).isEqualTo(DocumentFixtures.expectedText());
            assertThat(library.importText(docxNamedTxt).text()).isEqualTo(DocumentFixtures.expectedDocxText());
        }
    }

    @Test
    void badFilesOfEveryFormatLeaveTheLibraryUnchanged() throws Exception {
        Path docx = DocumentFixtures.docx(dir.resolve("good.docx"));
        Path pdf = DocumentFixtures.pdf(dir.resolve("good.pdf"));
        Path ofd = DocumentFixtures.ofd(dir.resolve("good.ofd"));
        byte[] random = new byte[8192];
        new Random(3).nextBytes(random);
        List<Path> bad = List.of(
                DocumentFixtures.truncated(docx, dir.resolve("cut.docx"), 0.6),
                DocumentFixtures.truncated(pdf, dir.resolve("cut.pdf"), 0.5),
                DocumentFixtures.truncated(ofd, dir.resolve("cut.ofd"), 0.6),
                Files.write(dir.resolve("random.docx"), random),
                Files.write(dir.resolve("random.doc"), random),
                Files.write(dir.resolve("random.pdf"), random),
                Files.write(dir.resolve("random.ofd"), random),
                DocumentFixtures.zipBombDocx(dir.resolve("bomb.docx"), 200),
                DocumentFixtures.zipBombOfd(dir.resolve("bomb.ofd"), 200),
                Files.write(dir.resolve("sheet.xlsx"), zipOf("xl/workbook.xml")),
                Files.write(dir.resolve("empty.pdf"), new byte[0]));
        try (Library library = Library.open(dir.resolve("lib.db"))) {
            library.importString("标题\n正文。", "ok.txt");
            for (Path f : bad) {
                assertThatThrownBy(() -> library.importText(f)).as(f.toString())
                        .isInstanceOf(ImportException.class)
                        .satisfies(e -> assertThat(((ImportException) e).key()).matches("import(er)?\\.error\\..*"));
                assertThat(library.speeches().count()).as(f.toString()).isEqualTo(1);
            }
        }
    }

    @Test
    void aReadThatTakesTooLongIsStoppedWithAMessage() throws Exception {
        Path pdf = DocumentFixtures.pdf(dir.resolve("slow.pdf"));
        DocumentImport slow = new DocumentImport(Duration.ofMillis(300), format -> (data, name) -> {
            while (true) {
                Thread.onSpinWait(); // a reader stuck in a loop, deaf to interrupts
            }
        });
        long start = System.nanoTime();
        assertThatThrownBy(() -> slow.read(pdf)).isInstanceOf(ImportException.class)
                .extracting("key").isEqualTo("importer.error.timeout");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(3_000);
    }

    @Test
    void filesOverTheFormatsLimitAreNotRead() throws Exception {
        Path big = dir.resolve("big.txt");
        try (var out = Files.newOutputStream(big)) {
            byte[] chunk = "安全生产。\n".repeat(10_000).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            for (long written = 0; written <= DocumentFormat.TXT.maxBytes(); written += chunk.length) {
                out.write(chunk);
            }
        }
        assertThatThrownBy(() -> new DocumentImport().read(big)).isInstanceOf(ImportException.class)
                .extracting("key").isEqualTo("import.error.tooLarge");
    }

    private static byte[] zipOf(String entry) throws Exception {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry(entry));
            zip.write("<workbook/>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
