package jingdu.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import jingdu.analysis.Analyzer;
import jingdu.model.Analysis;
import jingdu.model.ExportFilter;
import jingdu.model.Level;
import jingdu.model.ParagraphInfo;
import jingdu.model.Speech;

/**
 * A speech whose headings run into their paragraphs at every level (一、 / （一） / 1.): the analysis gives
 * each heading as its first sentence only, and every export prints a heading once and the rest once.
 */
class RunInHeadingExportTest {

    static final String H1 = "一、隐患上要再排查。";
    static final String B1 = "入汛以来降雨偏多，各地务必把防汛检查摆在突出位置，逐一核查河道堤防和在建工地。";
    static final String H2 = "（一）压实企业主体责任。";
    static final String B2 = "各企业要把安全投入列入年度预算，主要负责人每月带队检查一次，发现问题立即整改。";
    static final String H3 = "1. 强化重点时段值守。";
    static final String B3 = "节假日期间各单位领导要轮流带班，值班电话必须二十四小时畅通。";
    static final String H4 = "二、责任上要再压实。";
    static final String B4 = "各级应急管理部门要加强督导检查，对敷衍塞责的严肃追究责任。";
    static final String TEXT = String.join("\n", "在全区夏季安全生产工作会议上的讲话",
            H1 + B1, H2 + B2, H3 + B3, H4 + B4);

    static Analysis analysis() {
        return new Analyzer().analyze(TEXT);
    }

    static ReportModel model() {
        Analysis a = analysis();
        Speech speech = new Speech(3, "在全区夏季安全生产工作会议上的讲话", "summer.txt", TEXT,
                Instant.parse("2025-06-01T08:00:00Z"), 5);
        // every heading paragraph tagged, so each is kept in the report
        Map<Integer, Set<Level>> tags = Map.of(1, EnumSet.of(Level.LEADERSHIP), 2, EnumSet.of(Level.ENTERPRISE),
                3, EnumSet.of(Level.ENTERPRISE), 4, EnumSet.of(Level.SUPERVISION));
        return ReportModel.build(List.of(new SpeechWork(speech, a, tags, List.of())), ExportFilter.NONE,
                ExportFixtures.SECTORS);
    }

    @Test
    void theAnalysisGivesEachRunInHeadingAsItsFirstSentence() {
        Analysis a = analysis();
        List<ParagraphInfo> p = a.paragraphs();
        assertThat(p).extracting(ParagraphInfo::heading).containsExactly(0, 1, 2, 3, 1);
        assertThat(p.get(1).headingText(TEXT)).isEqualTo(H1);
        assertThat(p.get(1).bodyText(TEXT)).isEqualTo(B1);
        assertThat(p.get(2).headingText(TEXT)).isEqualTo(H2);
        assertThat(p.get(3).headingText(TEXT)).isEqualTo(H3);
        assertThat(p.get(4).headingText(TEXT)).isEqualTo(H4);
        assertThat(p.get(1).runIn()).isTrue();
        assertThat(p.get(0).headingText(TEXT)).isEmpty();
        assertThat(p.get(0).bodyText(TEXT)).isEqualTo("在全区夏季安全生产工作会议上的讲话");
    }

    @Test
    void aWholeLineHeadingIsAllHeadingAndANumberedListItemIsNoHeading() {
        String text = "一、总体要求\n1. 各单位要在汛前完成隐患排查，对发现的问题逐项登记、限期整改，确保汛期安全度过。同时做好物资储备。";
        Analysis a = new Analyzer().analyze(text);
        assertThat(a.paragraphs().get(0).heading()).isEqualTo(1);
        assertThat(a.paragraphs().get(0).runIn()).isFalse();
        assertThat(a.paragraphs().get(0).headingText(text)).isEqualTo("一、总体要求");
        // a long first sentence opens a list item, not a heading
        assertThat(a.paragraphs().get(1).heading()).isZero();
    }

    @Test
    void theWordReportPrintsEachHeadingAndEachBodyOnce() throws Exception {
        byte[] docx = new DocxReport(ExportFixtures.LABELS, ZoneOffset.UTC, DocxFonts.OFFICIAL).export(model());
        String text;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            text = extractor.getText();
        }
        // the Word report has no by-sector list: each requirement stays in its paragraph, so the whole text counts
        assertOnce(text, List.of(H1, B1, H2, B2, H3, B3, H4, B4));
    }

    @Test
    void markdownAndHtmlPrintEachHeadingAndEachBodyOnce() {
        // as rendered: MarkdownText escapes what would read as markup (1\\. )
        String md = new MarkdownReport(ExportFixtures.LABELS, ZoneOffset.UTC).export(model()).replace("\\", "");
        assertOnce(beforeLedger(md), List.of(H1, B1, H2, B2, H3, B3, H4, B4));
        assertThat(md).contains("- " + H1 + "\n").contains("  - " + H2 + "\n").contains("    - " + H3 + "\n");
        String html = new HtmlExporter(ExportFixtures.LABELS, ZoneOffset.UTC, CssPalette.app()).export(model());
        assertOnce(beforeLedger(html.replaceAll("<[^>]*>", "")), List.of(H1, B1, H2, B2, H3, B3, H4, B4));
        // a run-in heading inside a section is bold on its own, not with its whole paragraph
        assertThat(html).doesNotContain("class=\"text heading\"");
        // （一） and 1. inside the section; 一、 and 二、 are the section titles
        assertThat(count(html, "<span class=\"heading-lead\">")).isEqualTo(2);
    }

    @Test
    void theLedgerAndCsvKeepEachTaskOnce() {
        ReportModel model = model();
        String csv = new String(new CsvExporter(ExportFixtures.LABELS).ledger(model), java.nio.charset.StandardCharsets.UTF_8);
        for (String body : List.of(B1, B2, B3, B4)) {
            for (String sentence : body.split("(?<=[。；])")) {
                assertThat(count(csv, sentence)).as(sentence).isLessThanOrEqualTo(1);
            }
        }
        String annotations = new String(new CsvExporter(ExportFixtures.LABELS).annotations(model),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(count(annotations, B2)).isEqualTo(1);
    }

    /** The report's text and outline; the requirements listed by sector after them quote sentences again by design. */
    private static String beforeLedger(String output) {
        String label = ExportFixtures.LABELS.get("export.section.obligations");
        assertThat(output).contains(label);
        return output.substring(0, output.indexOf(label));
    }

    private static void assertOnce(String output, List<String> pieces) {
        Map<String, Integer> counts = pieces.stream().collect(Collectors.toMap(p -> p, p -> count(output, p)));
        assertThat(counts).allSatisfy((piece, n) -> assertThat(n).as(piece).isEqualTo(1));
    }

    private static int count(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length())) {
            n++;
        }
        return n;
    }
}
