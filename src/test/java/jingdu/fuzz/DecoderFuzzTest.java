package jingdu.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;

import jingdu.io.ImportException;
import jingdu.io.TextDecoder;

/**
 * Any bytes at all: the decoder returns normalized text or refuses with a message key, nothing else.
 * Without JAZZER_FUZZ these replay their seeds as ordinary tests; {@code mvn verify} also fuzzes the
 * bounded one for a few seconds, and the long one is the separate command in the README.
 */
class DecoderFuzzTest {

    @FuzzTest(maxDuration = "15s")
    void decodeBounded(byte[] data) {
        decode(data);
    }

    @FuzzTest(maxDuration = "10m")
    void decodeLong(byte[] data) {
        decode(data);
    }

    private static void decode(byte[] data) {
        try {
            TextDecoder.Decoded d = TextDecoder.decode(data, "fuzz.txt");
            assertThat(d.text()).doesNotContain("\r").isNotBlank().doesNotStartWith("\uFEFF");
        } catch (ImportException e) {
            assertThat(e.key()).startsWith("import.error.");
        }
    }
}
