package jingdu.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PreviewsTest {

    @Test
    void aSpeechOfUsualLengthIsReadWhole() {
        String text = "安全生产".repeat(2_000); // 8,000 chars
        assertThat(Previews.end(text)).isEqualTo(text.length());
    }

    @Test
    void aLongDocumentIsPreviewedToTheEndOfAParagraph() {
        String paragraph = "要严格落实企业安全生产主体责任。".repeat(40) + "\n"; // 641 chars
        String text = paragraph.repeat(200);
        int end = Previews.end(text);
        assertThat(end).isGreaterThanOrEqualTo(Previews.PREVIEW).isLessThan(Previews.PREVIEW + paragraph.length());
        assertThat(text.charAt(end)).isEqualTo('\n');
    }

    @Test
    void aLongDocumentWithoutLineBreaksIsCutAtThePreviewLength() {
        String text = "安".repeat(Previews.WHOLE + 1);
        assertThat(Previews.end(text)).isEqualTo(Previews.PREVIEW);
    }
}
