package jingdu.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jingdu.analysis.Analyzer;
import jingdu.model.Analysis;
import jingdu.model.ExportFilter;
import jingdu.model.ReportOptions;
import jingdu.model.Speech;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.junit.jupiter.api.Test;

/** The Word report read back with POI's own reader: styles, fonts, colours, markers, title block, size. */
class DocxReportTest {

    private static final DocxFonts FONTS = DocxFonts.OFFICIAL;
    static final String NOTICE = "/heldout/kinds/corpus/e02_chemical_summer_inspection_notice.txt";

    static byte[] render() {
        return render(ExportFixtures.model(), ReportOptions.DEFAULT);
    }

    static byte[] render(ReportModel model, ReportOptions options) {
        return new DocxReport(ExportFixtures.LABELS, ZoneOffset.UTC, FONTS, options).export(model);
    }

    static XWPFDocument open(byte[] bytes) throws Exception {
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    private static XWPFParagraph paragraphWith(XWPFDocument doc, String text) {
        return doc.getParagraphs().stream().filter(p -> p.getText().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph with " + text));
    }

    private static List<XWPFRun> runs(XWPFDocument doc) {
        List<XWPFRun> out = new ArrayList<>();
        doc.getParagraphs().forEach(p -> out.addAll(p.getRuns()));
        return out;
    }

    /** The short notice, analysed, nothing annotated: what a user gets from a fresh import. */
    static ReportModel notice() throws Exception {
        String text;
        try (var in = DocxReportTest.class.getResourceAsStream(NOTICE)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Analysis a = new Analyzer().analyze(text);
        Speech s = new Speech(1, text.lines().findFirst().orElseThrow(), "notice.txt", text,
                Instant.parse("2025-06-10T08:00:00Z"), (int) text.lines().count());
        return ReportModel.build(List.of(new SpeechWork(s, a, Map.of(), List.of())), ExportFilter.NONE,
                ExportFixtures.SECTORS);
    }

    @Test
    void officialDocumentLayoutReadsBackWithPoi() throws Exception {
        byte[] bytes = render();
        Files.createDirectories(Path.of("target", "export-samples"));
        Files.write(Path.of("target", "export-samples", "report.docx"), bytes); // for looking at it by hand
        try (XWPFDocument doc = open(bytes)) {
            XWPFParagraph title = doc.getParagraphs().get(0);
            assertThat(title.getText()).isEqualTo("在全市安全生产工作会议上的讲话");
            assertThat(title.getStyle()).isEqualTo("Title");
            assertThat(paragraphWith(doc, "一、思想上要再重视").getStyle()).isEqualTo("Heading1");
            assertThat(paragraphWith(doc, "各级党委和政府必须严防煤矿瓦斯事故。").getStyle()).isEqualTo("Normal");
            XWPFRun note = runs(doc).stream().filter(r -> r.text().contains("列入十月台账")).findFirst().orElseThrow();
            assertThat(note.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("楷体_GB2312");
            assertThat(doc.getParagraphs().stream().anyMatch(p -> p.getText().equals(ExportFixtures.HOSTILE)
                    || p.getText().endsWith(ExportFixtures.HOSTILE))).isTrue();

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
    void stylesAreRealWordStylesWithTheOfficialFontsAndUsed() throws Exception {
        try (XWPFDocument doc = open(render())) {
            var styles = doc.getStyles();
            Map<String, String> font = Map.of("Title", "方正小标宋简体", "Heading1", "黑体", "Heading2", "楷体_GB2312",
                    "Heading3", "仿宋_GB2312", "Normal", "仿宋_GB2312");
            for (var e : font.entrySet()) {
                XWPFStyle s = styles.getStyle(e.getKey());
                assertThat(s).as(e.getKey()).isNotNull();
                assertThat(s.getCTStyle().getRPr().getRFontsArray(0).getEastAsia()).as(e.getKey()).isEqualTo(e.getValue());
            }
            assertThat(styles.getStyle("Title").getCTStyle().getRPr().getSzArray(0).getVal().toString()).isEqualTo("44");
            assertThat(styles.getStyle("Normal").getCTStyle().getRPr().getSzArray(0).getVal().toString()).isEqualTo("32");
            assertThat(styles.getStyle("Heading1").getName()).isEqualTo("heading 1");
            assertThat(styles.getStyle("Heading2").getCTStyle().getPPr().getOutlineLvl().getVal().intValue()).isEqualTo(1);
            Set<String> used = new HashSet<>();
            doc.getParagraphs().forEach(p -> used.add(p.getStyle()));
            assertThat(used).contains("Title", "Heading1", "Normal");
            // no run names a font of the machine that exported it
            String xml = doc.getDocument().xmlText() + styles.getStyle("Normal").getCTStyle().xmlText();
            assertThat(xml).doesNotContain("Noto").doesNotContain("Source Han");
            // the font table declares the fall-backs
            String table = new String(doc.getPackage().getPart(
                    org.apache.poi.openxml4j.opc.PackagingURIHelper.createPartName("/word/fontTable.xml"))
                    .getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(table).contains("w:name=\"方正小标宋简体\"><w:altName w:val=\"华文中宋\"")
                    .contains("w:name=\"黑体\"><w:altName w:val=\"SimHei\"")
                    .contains("w:name=\"楷体_GB2312\"><w:altName w:val=\"KaiTi\"")
                    .contains("w:name=\"仿宋_GB2312\"><w:altName w:val=\"FangSong\"");
        }
    }

    @Test
    void everyRunIsBlackAndNoMarkerIsPrintedByDefault() throws Exception {
        try (XWPFDocument doc = open(render())) {
            for (XWPFRun r : runs(doc)) {
                assertThat(r.getColor()).as(r.text()).isIn(null, "000000");
            }
            String all = String.join("\n", doc.getParagraphs().stream().map(XWPFParagraph::getText).toList());
            assertThat(all).doesNotContain("【必须】").doesNotContain("第 3 段").doesNotContain("【").contains("瓦斯");
        }
    }

    @Test
    void markersArePrintedWhenAskedFor() throws Exception {
        try (XWPFDocument doc = open(render(ExportFixtures.model(), new ReportOptions(true, null, null, null)))) {
            String all = String.join("\n", doc.getParagraphs().stream().map(XWPFParagraph::getText).toList());
            assertThat(all).contains("【必须】").contains("【第 3 段｜党政领导责任】");
        }
        // a requirement inside a section title is not printed again: no paragraph left with its marker alone
        try (XWPFDocument doc = open(render(notice(), new ReportOptions(true, null, null, null)))) {
            assertThat(doc.getParagraphs()).noneMatch(p -> p.getText().matches("【[^】]*】"));
            assertThat(String.join("", doc.getParagraphs().stream().map(XWPFParagraph::getText).toList())).contains("【");
            for (XWPFRun r : runs(doc)) {
                assertThat(r.getColor()).as(r.text()).isIn(null, "000000");
            }
        }
    }

    @Test
    void noParagraphTextIsPrintedTwice() throws Exception {
        for (byte[] bytes : List.of(render(), render(notice(), ReportOptions.DEFAULT),
                render(ExportFixtures.portModel(ExportFilter.NONE), ReportOptions.DEFAULT))) {
            try (XWPFDocument doc = open(bytes)) {
                List<String> texts = doc.getParagraphs().stream().map(XWPFParagraph::getText)
                        .filter(t -> !t.isBlank()).toList();
                assertThat(texts).doesNotHaveDuplicates();
                // nor a heading again as the start of its paragraph
                for (XWPFParagraph p : doc.getParagraphs()) {
                    if (p.getStyle() != null && p.getStyle().startsWith("Heading")) {
                        assertThat(texts.stream().filter(t -> t.contains(p.getText())).count()).as(p.getText()).isEqualTo(1);
                    }
                }
            }
        }
    }

    @Test
    void theTitleBlockIsPrintedUnderTheTitle() throws Exception {
        ReportOptions options = new ReportOptions(false, "夏季安全生产大检查学习报告", "云川市应急管理局", "2026-12-03");
        try (XWPFDocument doc = open(render(ExportFixtures.model(), options))) {
            List<XWPFParagraph> ps = doc.getParagraphs();
            assertThat(ps.get(0).getText()).isEqualTo("夏季安全生产大检查学习报告");
            assertThat(ps.get(0).getStyle()).isEqualTo("Title");
            assertThat(ps.get(1).getText()).isEqualTo("云川市应急管理局");
            assertThat(ps.get(2).getText()).isEqualTo("（2026年12月3日）");
            assertThat(doc.getProperties().getCoreProperties().getTitle()).isEqualTo("夏季安全生产大检查学习报告");
        }
    }

    @Test
    void aShortNoticesReportStaysAboutItsSize() throws Exception {
        ReportModel notice = notice();
        int noticeParagraphs = notice.speeches().get(0).work().analysis().paragraphs().size();
        assertThat(notice.obligations()).isNotEmpty();
        byte[] bytes = render(notice, ReportOptions.DEFAULT);
        Files.createDirectories(Path.of("target", "export-samples"));
        Files.write(Path.of("target", "export-samples", "notice-report.docx"), bytes);
        try (XWPFDocument doc = open(bytes)) {
            long paragraphs = doc.getParagraphs().stream().filter(p -> !p.getText().isBlank()).count();
            assertThat(paragraphs).isLessThanOrEqualTo(noticeParagraphs + 2);
            int chars = doc.getParagraphs().stream().mapToInt(p -> p.getText().length()).sum();
            assertThat(chars).isLessThanOrEqualTo(notice.speeches().get(0).speech().text().length());
            // each obligation once, even one naming several sectors
            String all = String.join("\n", doc.getParagraphs().stream().map(XWPFParagraph::getText).toList());
            for (var r : notice.obligations()) {
                String t = r.text().strip();
                assertThat(all.indexOf(t)).as(t).isEqualTo(all.lastIndexOf(t));
            }
        }
    }

    @Test
    void officialFontsHaveTheirFallBacks() {
        assertThat(FONTS).isEqualTo(new DocxFonts("方正小标宋简体", "黑体", "楷体_GB2312", "仿宋_GB2312", "宋体"));
        assertThat(FONTS.fallBacks()).containsEntry("方正小标宋简体", "华文中宋").containsEntry("黑体", "SimHei")
                .containsEntry("楷体_GB2312", "KaiTi").containsEntry("仿宋_GB2312", "FangSong");
        assertThat(DocxReport.chinese(1)).isEqualTo("一");
        assertThat(DocxReport.chinese(12)).isEqualTo("十二");
        assertThat(DocxReport.chinese(20)).isEqualTo("二十");
        assertThat(List.of(DocxReport.ERHAO, DocxReport.SANHAO)).containsExactly(22, 16);
    }

    @Test
    void userSectorsNamedInMarkersOnly() throws Exception {
        byte[] bytes = new DocxReport(ExportFixtures.portLabels(ExportFixtures.ZH), ZoneOffset.UTC, FONTS,
                new ReportOptions(true, null, null, null)).export(ExportFixtures.portModel(ExportFilter.NONE));
        try (XWPFDocument doc = open(bytes)) {
            String all = String.join("\n", doc.getParagraphs().stream().map(XWPFParagraph::getText).toList());
            assertThat(all).contains("港口企业必须落实防台风措施。").contains("【必须】");
        }
    }

    @Test
    void paragraphsAreCountedExactlyBeforeTheReportIsBuilt() throws Exception {
        List<ReportOptions> options = List.of(ReportOptions.DEFAULT, new ReportOptions(true, "标题", "某局", "2026-12-03"),
                new ReportOptions(false, null, null, "2026年12月"));
        for (ReportModel model : List.of(ExportFixtures.model(), notice(), ExportFixtures.portModel(ExportFilter.NONE))) {
            for (ReportOptions o : options) {
                try (XWPFDocument doc = open(render(model, o))) {
                    assertThat(DocxReport.paragraphs(model, o)).as(o.toString()).isEqualTo(doc.getParagraphs().size());
                }
            }
        }
    }
}
