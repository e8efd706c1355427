package jingdu.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;

import jingdu.model.ExportFilter;
import org.junit.jupiter.api.Test;

/** Markdown, HTML and CSV: the formats that are text. */
class TextExportersTest {

    @Test
    void csvHasBomCrlfQuotingAndNoFormulas() {
        byte[] bytes = new CsvExporter(ExportFixtures.LABELS).ledger(ExportFixtures.model());
        assertThat(bytes[0]).isEqualTo((byte) 0xEF);
        assertThat(bytes[1]).isEqualTo((byte) 0xBB);
        assertThat(bytes[2]).isEqualTo((byte) 0xBF);
        String csv = new String(bytes, StandardCharsets.UTF_8).substring(1);
        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).isEqualTo("《在全市安全生产工作会议上的讲话》任务分解台账");
        assertThat(lines[1]).isEqualTo("序号,工作任务,强度,行业领域,责任层级,牵头单位,配合单位,完成时限,完成情况,备注,出处,用户批注");
        assertThat(csv).contains("\"列入十月台账\n分两批整改\"");
        assertThat(csv).contains("\"<script>alert('x')</script> & \"\"引号\"\"\"");
        assertThat(CsvExporter.field("=1+1")).isEqualTo("'=1+1");
        assertThat(CsvExporter.field("a,b")).isEqualTo("\"a,b\"");

        String notes = new String(new CsvExporter(ExportFixtures.LABELS).annotations(ExportFixtures.model()),
                StandardCharsets.UTF_8);
        assertThat(notes).contains("层级标注,党政领导责任,,").contains(",批注,,,燃气管道,");
    }

    @Test
    void markdownCoversSeveralSpeechesAndEscapes() {
        ReportModel two = ReportModel.build(List.of(ExportFixtures.work(), ExportFixtures.work()),
                jingdu.model.ExportFilter.NONE, ExportFixtures.SECTORS);
        String md = new MarkdownReport(ExportFixtures.LABELS, ZoneOffset.UTC).export(two);
        assertThat(md).startsWith("# 讲话精读批注报告\n");
        assertThat(md.split("\n## 在全市安全生产工作会议上的讲话", -1)).hasSize(3);
        assertThat(md).contains("&lt;script&gt;").doesNotContain("<script>");
        assertThat(md).contains("#### 城镇燃气").contains("企业主体责任（建议）").contains("### 笔记").contains("### 提纲");
    }

    @Test
    void htmlIsSelfContainedEscapedAndUsesTheAppColours() throws Exception {
        CssPalette palette = CssPalette.app();
        String html = new HtmlExporter(ExportFixtures.LABELS, ZoneOffset.UTC, palette).export(ExportFixtures.model());
        Files.createDirectories(Path.of("target", "export-samples"));
        Files.writeString(Path.of("target", "export-samples", "report.html"), html);
        assertThat(html).doesNotContain("<script").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        assertThat(html).doesNotContain("<link").doesNotContain("src=");
        assertThat(html).contains("@media print").contains("print-color-adjust: exact");
        String css = Files.readString(Path.of("resources", "ui", "jingdu.css"));
        assertThat(css).contains("-jd-sector-coal: " + palette.get("sector-coal", "?") + ";");
        assertThat(html).contains("--jd-sector-coal: " + palette.get("sector-coal", "?") + ";");
        assertThat(palette.colours()).hasSizeGreaterThan(20);
        assertThat(html).contains("<span class=\"sector sector-coal ob-mandatory\">煤矿</span>");
        assertThat(html).contains("class=\"sector sector-gas ob-required note-mark\"");
    }

    @Test
    void htmlColoursUserSectorsFromTheExtraPaletteAndCsvNamesThem() {
        CssPalette palette = CssPalette.app();
        ReportModel model = ExportFixtures.portModel(ExportFilter.NONE);
        String html = new HtmlExporter(ExportFixtures.portLabels(ExportFixtures.ZH), ZoneOffset.UTC, palette).export(model);
        assertThat(palette.colours()).containsKey("sector-extra-1");
        assertThat(html).contains("--jd-sector-extra-1: " + palette.get("sector-extra-1", "?") + ";")
                .contains(".sector-extra-1 { background: var(--jd-sector-extra-1); }")
                .contains(".sector-extra-2 { background: var(--jd-sector-extra-2); }");
        assertThat(html).contains("<span class=\"sector sector-extra-1 ob-mandatory\">港口</span>");
        assertThat(html).containsSubsequence("<span class=\"swatch sector-coal\"></span>煤矿</h4>",
                "<span class=\"swatch sector-extra-1\"></span>港口</h4>", "<span class=\"swatch sector-extra-2\"></span>校园安全</h4>");

        // asking for campus keeps its (untagged) paragraph, highlighted in the second extra colour
        String campus = new HtmlExporter(ExportFixtures.portLabels(ExportFixtures.ZH), ZoneOffset.UTC, palette)
                .export(ExportFixtures.portModel(new ExportFilter(java.util.Set.of(), java.util.Set.of(), java.util.Set.of("campus"))));
        assertThat(campus).contains("<span class=\"sector sector-extra-2 ob-required\">校园</span>");

        String csv = new String(new CsvExporter(ExportFixtures.portLabels(ExportFixtures.ZH)).ledger(model), StandardCharsets.UTF_8);
        assertThat(csv).contains(",港口,").contains(",煤矿、港口、校园安全,");
    }
}
