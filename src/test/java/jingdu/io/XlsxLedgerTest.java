package jingdu.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jingdu.model.ExportFilter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxLedgerTest {

    static final List<String> HEADER = List.of("序号", "工作任务", "强度", "行业领域", "责任层级", "牵头单位", "配合单位",
            "完成时限", "完成情况", "备注", "出处", "用户批注");

    @Test
    void ledgerSheetReadsBackWithTitleHeaderGroupsStylesFreezeAndFilter() throws Exception {
        byte[] bytes = new XlsxLedger(ExportFixtures.LABELS).export(ExportFixtures.model());
        Files.createDirectories(Path.of("target", "export-samples"));
        Files.write(Path.of("target", "export-samples", "ledger.xlsx"), bytes);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            XSSFSheet sheet = wb.getSheet("任务分解台账");
            assertThat(sheet).isNotNull();
            Row title = sheet.getRow(0);
            assertThat(title.getCell(0).getStringCellValue()).isEqualTo("《在全市安全生产工作会议上的讲话》任务分解台账");
            assertThat(wb.getFontAt(title.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(0, 0, 0, 11));

            Row header = sheet.getRow(1);
            assertThat(texts(header)).containsExactlyElementsOf(HEADER);
            assertThat(wb.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(header.getCell(0).getCellStyle().getFillForegroundColor()).isNotZero();

            // 一、 and （一） headings as group rows, tasks numbered within them, each obligation once
            assertThat(sheet.getLastRowNum()).isEqualTo(8);
            assertThat(firstColumn(sheet)).containsExactly("一、思想上要再重视。", "1.", "（一）要突出抓好重点行业。", "1.",
                    "二、责任上要再压实。", "1.", "2.");
            for (int r : new int[] {2, 4, 6}) {
                assertGroupRow(wb, sheet, r);
            }
            XSSFCellStyle top = (XSSFCellStyle) sheet.getRow(2).getCell(0).getCellStyle();
            XSSFCellStyle second = (XSSFCellStyle) sheet.getRow(4).getCell(0).getCellStyle();
            assertThat(top.getFillForegroundXSSFColor().getARGBHex()).endsWith("D9D5CC");
            assertThat(second.getFillForegroundXSSFColor().getARGBHex()).endsWith("F2F0EB");

            Row gas = sheet.getRow(5);
            assertThat(gas.getCell(1).getStringCellValue()).isEqualTo(ExportFixtures.LINES[4]);
            assertThat(gas.getCell(2).getStringCellValue()).isEqualTo("要求");
            assertThat(gas.getCell(3).getStringCellValue()).isEqualTo("危险化学品、城镇燃气");
            assertThat(gas.getCell(4).getStringCellValue()).isEqualTo("企业主体责任（建议）");
            assertThat(gas.getCell(5).getStringCellValue()).isEqualTo("企业");
            assertThat(gas.getCell(6).getStringCellValue()).isEmpty();
            assertThat(gas.getCell(7).getStringCellValue()).isEqualTo("6月底前");
            assertThat(gas.getCell(8).getStringCellValue()).isEmpty();
            assertThat(gas.getCell(9).getStringCellValue()).isEmpty();
            assertThat(gas.getCell(10).getStringCellValue()).isEqualTo("《在全市安全生产工作会议上的讲话》第5段");
            assertThat(gas.getCell(11).getStringCellValue()).isEqualTo("列入十月台账\n分两批整改");
            assertThat(sheet.getRow(3).getCell(5).getStringCellValue()).isEqualTo("各级党委和政府");
            assertThat(sheet.getRow(3).getCell(11).getStringCellValue()).isEqualTo(ExportFixtures.HOSTILE);
            assertThat(gas.getCell(1).getCellStyle().getWrapText()).isTrue();
            assertThat(gas.getCell(11).getCellStyle().getWrapText()).isTrue();

            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A2:L9");
            assertThat(sheet.getColumnWidth(1)).isGreaterThan(sheet.getColumnWidth(0) * 5);
            assertThat(sheet.getColumnWidth(11)).isGreaterThan(sheet.getColumnWidth(2) * 3);

            Sheet counts = wb.getSheet("分领域统计");
            assertThat(counts.getRow(0).getCell(1).getStringCellValue()).isEqualTo("党政领导责任");
            assertThat(counts.getRow(1).getCell(0).getStringCellValue()).isEqualTo("煤矿");
            assertThat(counts.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(1.0);
            assertThat(counts.getRow(4).getCell(0).getStringCellValue()).isEqualTo("未标明行业领域");
            assertThat(counts.getRow(4).getCell(5).getNumericCellValue()).isEqualTo(2.0);
        }
    }

    @Test
    void printsA4LandscapeOnePageWideWithTitleAndHeaderOnEveryPage() throws Exception {
        byte[] bytes = new XlsxLedger(ExportFixtures.LABELS).export(ExportFixtures.model());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            XSSFSheet sheet = wb.getSheet("任务分解台账");
            PrintSetup ps = sheet.getPrintSetup();
            assertThat(ps.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(ps.getLandscape()).isTrue();
            assertThat(ps.getFitWidth()).isEqualTo((short) 1);
            assertThat(ps.getFitHeight()).isEqualTo((short) 0);
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(sheet.getHorizontallyCenter()).isTrue();
            assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:2"));
        }
    }

    @Test
    void theTitleIsTheUsersWhenGivenAndPlainForSeveralSpeeches() throws Exception {
        byte[] mine = new XlsxLedger(ExportFixtures.LABELS).export(ExportFixtures.model(), "  安委办2026年重点任务台账 ");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(mine))) {
            assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("安委办2026年重点任务台账");
        }
        ReportModel two = ReportModel.build(List.of(ExportFixtures.work(), ExportFixtures.portWork()), ExportFilter.NONE,
                ExportFixtures.USER_SECTORS);
        byte[] both = new XlsxLedger(ExportFixtures.portLabels(ExportFixtures.ZH)).export(two);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(both))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("任务分解台账");
            // each speech a group of its own; a speech without headings numbers its tasks 1, 2
            assertThat(firstColumn(sheet)).containsExactly("《在全市安全生产工作会议上的讲话》", "一、思想上要再重视。", "1.",
                    "（一）要突出抓好重点行业。", "1.", "二、责任上要再压实。", "1.", "2.", "《港口安全讲话》", "1", "2");
            assertGroupRow(wb, sheet, 2);
            assertGroupRow(wb, sheet, 10);
            assertThat(sheet.getRow(11).getCell(0).getNumericCellValue()).isEqualTo(1.0);
        }
    }

    @Test
    void userSectorsAreNamedInTheLedgerOnceEachAndCountedInTheirOrder() throws Exception {
        byte[] bytes = new XlsxLedger(ExportFixtures.portLabels(ExportFixtures.ZH))
                .export(ExportFixtures.portModel(ExportFilter.NONE));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet ledger = wb.getSheet("任务分解台账");
            assertThat(ledger.getLastRowNum()).isEqualTo(3); // title, header, two obligations: not one row per sector
            assertThat(ledger.getRow(2).getCell(3).getStringCellValue()).isEqualTo("港口");
            assertThat(ledger.getRow(3).getCell(3).getStringCellValue()).isEqualTo("煤矿、港口、校园安全");
            Sheet counts = wb.getSheet("分领域统计");
            assertThat(counts.getRow(1).getCell(0).getStringCellValue()).isEqualTo("煤矿");
            assertThat(counts.getRow(2).getCell(0).getStringCellValue()).isEqualTo("港口");
            assertThat(counts.getRow(2).getCell(3).getNumericCellValue()).isEqualTo(1.0); // the enterprise tag
            assertThat(counts.getRow(3).getCell(0).getStringCellValue()).isEqualTo("校园安全");
        }
    }

    private static void assertGroupRow(XSSFWorkbook wb, XSSFSheet sheet, int r) {
        CellStyle style = sheet.getRow(r).getCell(0).getCellStyle();
        assertThat(wb.getFontAt(style.getFontIndex()).getBold()).as("row %d bold", r).isTrue();
        assertThat(style.getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
        assertThat(sheet.getMergedRegions()).as("row %d merged", r).contains(new CellRangeAddress(r, r, 0, 11));
    }

    private static List<String> texts(Row row) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            out.add(row.getCell(c).getStringCellValue());
        }
        return out;
    }

    /** Column A below the header, numbers as they read. */
    private static List<String> firstColumn(Sheet sheet) {
        List<String> out = new ArrayList<>();
        for (int r = 2; r <= sheet.getLastRowNum(); r++) {
            var cell = sheet.getRow(r).getCell(0);
            out.add(cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                    ? String.valueOf((int) cell.getNumericCellValue()) : cell.getStringCellValue());
        }
        return out;
    }
}
