package jingdu.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import jingdu.model.ExportFilter;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;

class DocxReportTest {

    private static final DocxFonts FONTS = DocxFonts.WINDOWS;

    static byte[] render() {
        return new DocxReport(ExportFixtures.LABELS, ZoneOffset.UTC, FONTS).export(ExportFixtures.model());
    }

    private static XWPFRun runWith(XWPFDocument doc, String text) {
        for (XWPFParagraph p : doc.getParagraphs()) {
            for (XWPFRun r : p.getRuns()) {
                if (r.text().contains(text)) {
                    return r;
                }
            }
        }
        throw new AssertionError("no run with " + text);
    }

    @Test
    void officialDocumentLayoutReadsBackWithPoi() throws Exception {
        byte[] bytes = render();
        Files.createDirectories(Path.of("target", "export-samples"));
        Files.write(Path.of("target", "export-samples", "report.docx"), bytes); // for looking at it by hand
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            XWPFParagraph title = doc.getParagraphs().get(0);
            assertThat(title.getText()).isEqualTo("在全市安全生产工作会议上的讲话");
            assertThat(title.getRuns().get(0).getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo(FONTS.title());
            assertThat(title.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(22.0);

            XWPFRun heading = runWith(doc, "一、思想上要再重视。");
            assertThat(heading.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("黑体");
            assertThat(heading.getFontSizeAsDouble()).isEqualTo(16.0);
            XWPFRun body = runWith(doc, "各级党委和政府必须严防煤矿瓦斯事故。");
            assertThat(body.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("仿宋");
            assertThat(body.getFontSizeAsDouble()).isEqualTo(16.0);
            assertThat(runWith(doc, "党政领导责任").text()).contains("第 3 段");
            assertThat(runWith(doc, "企业主体责任（建议）")).isNotNull();
            assertThat(runWith(doc, "列入十月台账").getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("楷体");
            assertThat(runWith(doc, ExportFixtures.HOSTILE).text()).isEqualTo(ExportFixtures.HOSTILE);
            assertThat(runWith(doc, "分行业领域工作要求")).isNotNull();
            assertThat(runWith(doc, "（一）煤矿")).isNotNull();
            assertThat(runWith(doc, "【必须】").getColor()).isEqualToIgnoringCase("C62828");

            var sect = doc.getDocument().getBody().getSectPr();
            assertThat(sect.getPgSz().getW().toString()).isEqualTo("11906");
            assertThat(sect.getPgSz().getH().toString()).isEqualTo("16838");
            assertThat(((java.math.BigInteger) sect.getPgMar().getTop()).intValue()).isEqualTo(2098);
            assertThat(((java.math.BigInteger) sect.getPgMar().getLeft()).intValue()).isEqualTo(1587);
            assertThat(doc.getFooterList()).hasSize(2);
            String footerXml = doc.getFooterList().get(0).getParagraphs().get(0).getCTP().xmlText();
            assertThat(footerXml).contains("PAGE").contains("fldChar");
            assertThat(doc.getFooterList().get(0).getText()).contains("—");
        }
    }

    @Test
    void fontsFallBackToWhatIsInstalled() {
        assertThat(DocxFonts.choose(Set.of())).isEqualTo(DocxFonts.WINDOWS);
        DocxFonts linux = DocxFonts.choose(Set.of("Noto Serif CJK SC", "Noto Sans CJK SC"));
        assertThat(linux.title()).isEqualTo("Noto Serif CJK SC");
        assertThat(linux.heading()).isEqualTo("Noto Sans CJK SC");
        assertThat(linux.body()).isEqualTo("Noto Serif CJK SC");
        DocxFonts office = DocxFonts.choose(Set.of("FZXiaoBiaoSong-B05S", "SimHei", "KaiTi", "FangSong", "SimSun"));
        assertThat(office).isEqualTo(new DocxFonts("方正小标宋简体", "黑体", "楷体", "仿宋", "宋体"));
        assertThat(DocxReport.chinese(1)).isEqualTo("一");
        assertThat(DocxReport.chinese(12)).isEqualTo("十二");
        assertThat(DocxReport.chinese(20)).isEqualTo("二十");
        assertThat(List.of(DocxReport.ERHAO, DocxReport.SANHAO)).containsExactly(22, 16);
    }

    @Test
    void fontconfigNamesEachFamilyInEveryLanguageOnItsOwnLine() {
        // what fc-list --format '%{[]family{%{family}\n}}' prints for two CJK fonts
        String out = "Noto Serif CJK SC\nNoto Serif CJK SC SemiBold\n文泉驿正黑\nWenQuanYi Zen Hei\n\n";
        assertThat(DocxFonts.fcListFamilies(out))
                .containsExactlyInAnyOrder("Noto Serif CJK SC", "Noto Serif CJK SC SemiBold", "文泉驿正黑", "WenQuanYi Zen Hei");
        assertThat(DocxFonts.choose(DocxFonts.fcListFamilies(out)).heading()).isEqualTo("WenQuanYi Zen Hei");
    }

    @Test
    void userSectorsHeadTheirObligationsByName() throws Exception {
        byte[] bytes = new DocxReport(ExportFixtures.portLabels(ExportFixtures.ZH), ZoneOffset.UTC, FONTS)
                .export(ExportFixtures.portModel(ExportFilter.NONE));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<String> texts = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(texts).containsSubsequence("（一）煤矿", "（二）港口", "（三）校园安全");
        }
    }
}
