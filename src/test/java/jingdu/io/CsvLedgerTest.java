package jingdu.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jingdu.model.ExportFilter;
import org.junit.jupiter.api.Test;

/** The ledger as CSV, read back with an RFC 4180 reader: the title line, the header, group rows and tasks. */
class CsvLedgerTest {

    @Test
    void titleThenHeaderThenHeadingsAsRowsAndTasksNumberedWithinThem() {
        List<List<String>> rows = parse(new CsvExporter(ExportFixtures.LABELS).ledger(ExportFixtures.model()));
        assertThat(rows.get(0)).containsExactly("《在全市安全生产工作会议上的讲话》任务分解台账");
        assertThat(rows.get(1)).containsExactlyElementsOf(XlsxLedgerTest.HEADER);
        assertThat(rows.subList(2, rows.size())).allSatisfy(r -> assertThat(r).hasSize(12));
        assertThat(rows.subList(2, rows.size())).extracting(r -> r.get(0)).containsExactly("一、思想上要再重视。", "1.",
                "（一）要突出抓好重点行业。", "1.", "二、责任上要再压实。", "1.", "2.");
        assertThat(rows.get(2).subList(1, 12)).allMatch(String::isEmpty); // a group row: its text, nothing else
        List<String> gas = rows.get(5);
        assertThat(gas.get(1)).isEqualTo(ExportFixtures.LINES[4]);
        assertThat(gas.get(3)).isEqualTo("危险化学品、城镇燃气");
        assertThat(gas.get(5)).isEqualTo("企业");
        assertThat(gas.get(7)).isEqualTo("6月底前");
        assertThat(gas.get(10)).isEqualTo("《在全市安全生产工作会议上的讲话》第5段");
        assertThat(gas.get(11)).isEqualTo("列入十月台账\n分两批整改");
        assertThat(List.of(gas.get(6), gas.get(8), gas.get(9))).allMatch(String::isEmpty);
    }

    @Test
    void theUsersTitleAndEachObligationOnceWithAllItsSectors() {
        byte[] bytes = new CsvExporter(ExportFixtures.portLabels(ExportFixtures.ZH))
                .ledger(ExportFixtures.portModel(ExportFilter.NONE), "港口台账");
        List<List<String>> rows = parse(bytes);
        assertThat(rows.get(0)).containsExactly("港口台账");
        assertThat(rows).hasSize(4); // title, header, two obligations
        assertThat(rows.get(2).get(0)).isEqualTo("1");
        assertThat(rows.get(3).get(0)).isEqualTo("2");
        assertThat(rows.get(3).get(3)).isEqualTo("煤矿、港口、校园安全");
    }

    @Test
    void aHeadingThatIsItselfATaskIsPrintedOnceAsItsGroupRow() {
        String text = "讲话\n一、各地要压实责任。\n企业要整改隐患。";
        int h = text.indexOf("一、");
        int b = text.indexOf("企业");
        List<jingdu.model.ParagraphInfo> paragraphs = List.of(new jingdu.model.ParagraphInfo(0, 0, 2, 0, List.of()),
                new jingdu.model.ParagraphInfo(1, h, b - 1, 1, List.of()),
                new jingdu.model.ParagraphInfo(2, b, text.length(), 0, List.of()));
        List<jingdu.model.Obligation> obligations = List.of(
                new jingdu.model.Obligation(h, b - 1, jingdu.model.Strength.REQUIRED, "各地", null),
                new jingdu.model.Obligation(b, text.length(), jingdu.model.Strength.REQUIRED, "企业", null));
        SpeechWork work = new SpeechWork(new jingdu.model.Speech(1, "讲话", "a.txt", text, java.time.Instant.EPOCH, 3),
                new jingdu.model.Analysis(text, paragraphs, List.of(), obligations), java.util.Map.of(), List.of());
        ReportModel model = ReportModel.build(List.of(work), ExportFilter.NONE, ExportFixtures.SECTORS);
        List<List<String>> rows = parse(new CsvExporter(ExportFixtures.LABELS).ledger(model));
        assertThat(rows.subList(2, rows.size())).extracting(r -> r.get(0) + "|" + r.get(1))
                .containsExactly("一、各地要压实责任。|", "1.|企业要整改隐患。");
    }

    /** The records of an exported CSV: UTF-8 with a BOM, every record ended by CRLF. */
    static List<List<String>> parse(byte[] bytes) {
        String s = new String(bytes, StandardCharsets.UTF_8);
        assertThat(s).startsWith("\uFEFF").endsWith("\r\n");
        return CsvReading.rows(s.substring(1));
    }
}
