package jingdu.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each reader on a real file of its format, written by the format's own library in the test. */
class DocumentReadersTest {

    @TempDir
    Path dir;

    static byte[] resource(String name) throws Exception {
        try (InputStream in = DocumentReadersTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    @Test
    void docxKeepsParagraphsAndTableCellsAndDropsHeaderAndFooter() throws Exception {
        Path f = DocumentFixtures.docx(dir.resolve("讲话.docx"));
        String text = new DocxReader().read(Files.readAllBytes(f), "讲话.docx");
        assertThat(text).isEqualTo(DocumentFixtures.expectedDocxText());
        assertThat(text).doesNotContain(DocumentFixtures.HEADER).doesNotContain("- 1 -");
    }

    @Test
    void docMadeByLibreOfficeReadsLikeTheDocx() throws Exception {
        String text = new DocReader().read(resource("speech.doc"), "speech.doc");
        assertThat(text).isEqualTo(DocumentFixtures.expectedDocxText());
    }

    @Test
    void pdfParagraphsAreRejoinedWithoutRunningHeaderAndPageNumbers() throws Exception {
        Path f = DocumentFixtures.pdf(dir.resolve("讲话.pdf"));
        assertThat(DocumentFixtures.pages()).hasSizeGreaterThan(1);
        String text = new PdfReader().read(Files.readAllBytes(f), "讲话.pdf");
        assertThat(text).isEqualTo(DocumentFixtures.expectedText());
    }

    @Test
    void ofdParagraphsAreRejoinedWithoutRunningHeaderAndPageNumbers() throws Exception {
        Path f = DocumentFixtures.ofd(dir.resolve("讲话.ofd"));
        String text = new OfdReader().read(Files.readAllBytes(f), "讲话.ofd");
        assertThat(text).isEqualTo(DocumentFixtures.expectedText());
    }

    @Test
    void ofdFlowLayoutFromOfdrwKeepsItsParagraphs() throws Exception {
        Path f = dir.resolve("flow.ofd");
        try (org.ofdrw.layout.OFDDoc doc = new org.ofdrw.layout.OFDDoc(f)) {
            for (String p : DocumentFixtures.PARAGRAPHS) {
                doc.add(new org.ofdrw.layout.element.Paragraph(p, 4d));
            }
        }
        assertThat(new OfdReader().read(Files.readAllBytes(f), "flow.ofd")).isEqualTo(DocumentFixtures.expectedText());
    }

    @Test
    void brokenFilesOfEachFormatGiveAMessageKey() throws Exception {
        byte[] docx = Files.readAllBytes(DocumentFixtures.docx(dir.resolve("a.docx")));
        byte[] pdf = Files.readAllBytes(DocumentFixtures.pdf(dir.resolve("a.pdf")));
        byte[] ofd = Files.readAllBytes(DocumentFixtures.ofd(dir.resolve("a.ofd")));
        byte[] doc = resource("speech.doc");
        byte[] random = new byte[4096];
        new java.util.Random(7).nextBytes(random);
        List<DocumentReader> readers = List.of(new DocxReader(), new DocReader(), new PdfReader(), new OfdReader());
        List<byte[]> goods = List.of(docx, doc, pdf, ofd);
        for (int i = 0; i < readers.size(); i++) {
            DocumentReader r = readers.get(i);
            byte[] good = goods.get(i);
            for (byte[] bad : List.of(java.util.Arrays.copyOf(good, good.length / 2), random, new byte[0],
                    java.util.Arrays.copyOf(good, 40))) {
                assertThatThrownBy(() -> r.read(bad, "bad"))
                        .as(r.getClass().getSimpleName())
                        .isInstanceOf(ImportException.class)
                        .satisfies(e -> assertThat(((ImportException) e).key()).startsWith("importer.error."));
            }
        }
    }

    @Test
    void zipBombsAreRefusedBeforeTheyFillTheMemory() throws Exception {
        Path docx = DocumentFixtures.zipBombDocx(dir.resolve("bomb.docx"), 200);
        Path ofd = DocumentFixtures.zipBombOfd(dir.resolve("bomb.ofd"), 200);
        assertThat(Files.size(docx)).isLessThan(1024 * 1024);
        long start = System.nanoTime();
        assertThatThrownBy(() -> new DocxReader().read(Files.readAllBytes(docx), "bomb.docx"))
                .isInstanceOf(ImportException.class).extracting("key").isEqualTo("importer.error.zipBomb");
        assertThatThrownBy(() -> new OfdReader().read(Files.readAllBytes(ofd), "bomb.ofd"))
                .isInstanceOf(ImportException.class).extracting("key").isEqualTo("importer.error.zipBomb");
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms").isLessThan(5_000);
    }

    @Test
    void encryptedDocxIsRefusedAsPasswordProtected() throws Exception {
        Path plain = DocumentFixtures.docx(dir.resolve("plain.docx"));
        Path locked = dir.resolve("locked.docx");
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem()) {
            org.apache.poi.poifs.crypt.EncryptionInfo info =
                    new org.apache.poi.poifs.crypt.EncryptionInfo(org.apache.poi.poifs.crypt.EncryptionMode.standard);
            org.apache.poi.poifs.crypt.Encryptor enc = info.getEncryptor();
            enc.confirmPassword("secret");
            try (org.apache.poi.openxml4j.opc.OPCPackage pkg = org.apache.poi.openxml4j.opc.OPCPackage.open(plain.toFile());
                 java.io.OutputStream os = enc.getDataStream(fs)) {
                pkg.save(os);
            }
            try (java.io.OutputStream out = Files.newOutputStream(locked)) {
                fs.writeFilesystem(out);
            }
        }
        byte[] bytes = Files.readAllBytes(locked);
        assertThat(DocumentFormat.sniff(bytes)).contains(DocumentFormat.DOC);
        assertThatThrownBy(() -> new DocReader().read(bytes, "locked.docx"))
                .isInstanceOf(ImportException.class).extracting("key").isEqualTo("importer.error.encrypted");
    }

    @Test
    void scannedPdfWithoutTextIsRefusedWithItsOwnMessage() throws Exception {
        Path f = dir.resolve("scan.pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            doc.save(f.toFile());
        }
        assertThatThrownBy(() -> new PdfReader().read(Files.readAllBytes(f), "scan.pdf"))
                .isInstanceOf(ImportException.class).extracting("key").isEqualTo("importer.error.noTextLayer");
    }

    @Test
    void formatIsToldByContent() throws Exception {
        assertThat(DocumentFormat.sniff(Files.readAllBytes(DocumentFixtures.docx(dir.resolve("a.docx"))))).contains(DocumentFormat.DOCX);
        assertThat(DocumentFormat.sniff(Files.readAllBytes(DocumentFixtures.pdf(dir.resolve("a.pdf"))))).contains(DocumentFormat.PDF);
        assertThat(DocumentFormat.sniff(Files.readAllBytes(DocumentFixtures.ofd(dir.resolve("a.ofd"))))).contains(DocumentFormat.OFD);
        assertThat(DocumentFormat.sniff(resource("speech.doc"))).contains(DocumentFormat.DOC);
        assertThat(DocumentFormat.sniff("安全生产".getBytes(java.nio.charset.StandardCharsets.UTF_8))).isEmpty();
        assertThat(DocumentFormat.byExtension("讲话.PDF")).contains(DocumentFormat.PDF);
    }
}
