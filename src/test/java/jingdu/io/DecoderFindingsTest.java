package jingdu.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Inputs the fuzzer found, kept as plain regression tests. */
class DecoderFindingsTest {

    @Test
    void aFileOfNothingButByteOrderMarksIsEmpty() {
        byte[] twoBoms = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        assertThatThrownBy(() -> TextDecoder.decode(twoBoms, "boms.txt"))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.key()).isEqualTo("import.error.empty"));
    }

    @Test
    void zeroWidthCharactersAloneAreEmptyToo() {
        byte[] zeroWidth = "\u200B\n\u200B".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThatThrownBy(() -> TextDecoder.decode(zeroWidth, "zw.txt"))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.key()).isEqualTo("import.error.empty"));
    }

    @Test
    void repeatedLeadingBomsAreAllDropped() throws Exception {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a'};
        assertThat(TextDecoder.decode(bytes, "a.txt").text()).isEqualTo("a");
    }
}
