package jingdu.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a duplicate check leaves out: spacing, line breaks, character width, quote style, invisible characters. */
class NormalizedTextTest {

    @Test
    void spacingBreaksWidthAndQuotesAreLeftOut() {
        String docx = "一、压实责任\n企业必须落实“主体责任”，确保2024年不发生事故。";
        String pdf = " 一、压实责任\r\n企业必须落实\"主体责任\",确保\n２０２４年不发生\u3000事故。\u200B";
        assertThat(NormalizedText.of(pdf)).isEqualTo(NormalizedText.of(docx))
                .isEqualTo("一、压实责任企业必须落实\"主体责任\",确保2024年不发生事故。");
        assertThat(Fingerprint.ofNormalized(pdf)).isEqualTo(Fingerprint.ofNormalized(docx));
        assertThat(Fingerprint.ofNormalized(docx)).isNotEqualTo(Fingerprint.ofNormalized(docx.replace("必须", "要")));
    }

    @Test
    void theMappedFormPointsBackIntoTheOriginal() {
        String text = "各乡镇 要加强\n燃气安全检查（２次）。";
        NormalizedText.Mapped m = NormalizedText.mapped(text);
        assertThat(m.text()).isEqualTo(NormalizedText.of(text)).isEqualTo("各乡镇要加强燃气安全检查(2次)。");
        int at = m.text().indexOf("要加强燃气");
        TextLayout.Range r = m.original(at, at + "要加强燃气".length());
        assertThat(r.of(text)).isEqualTo("要加强\n燃气");
        int paren = m.text().indexOf("(2次)");
        assertThat(m.original(paren, paren + 4).of(text)).isEqualTo("（２次）");
    }
}
