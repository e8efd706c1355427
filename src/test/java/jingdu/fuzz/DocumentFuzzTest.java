package jingdu.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;

import jingdu.io.DocReader;
import jingdu.io.DocumentReader;
import jingdu.io.DocxReader;
import jingdu.io.ImportException;
import jingdu.io.OfdReader;
import jingdu.io.PdfReader;

/**
 * Any bytes at all, given to each document reader: text or an {@code importer.error.*} refusal,
 * never another exception. {@code mvn verify} fuzzes each bounded target for a few seconds in its own
 * JVM; the long ones are for on-demand runs (see README). Seeds: {@code DocumentFuzzTestInputs/}.
 */
class DocumentFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void docxBounded(byte[] data) {
        read(new DocxReader(), data);
    }

    @FuzzTest(maxDuration = "10s")
    void docBounded(byte[] data) {
        read(new DocReader(), data);
    }

    @FuzzTest(maxDuration = "10s")
    void pdfBounded(byte[] data) {
        read(new PdfReader(), data);
    }

    @FuzzTest(maxDuration = "10s")
    void ofdBounded(byte[] data) {
        read(new OfdReader(), data);
    }

    @FuzzTest(maxDuration = "10m")
    void docxLong(byte[] data) {
        read(new DocxReader(), data);
    }

    @FuzzTest(maxDuration = "10m")
    void docLong(byte[] data) {
        read(new DocReader(), data);
    }

    @FuzzTest(maxDuration = "10m")
    void pdfLong(byte[] data) {
        read(new PdfReader(), data);
    }

    @FuzzTest(maxDuration = "10m")
    void ofdLong(byte[] data) {
        read(new OfdReader(), data);
    }

    private static void read(DocumentReader reader, byte[] data) {
        try {
            String text = reader.read(data, "fuzz");
            assertThat(text).doesNotContain("\r").doesNotContain("\n\n");
        } catch (ImportException e) {
            assertThat(e.key()).startsWith("importer.error.");
        }
    }
}
