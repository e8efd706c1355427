package jingdu.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import jingdu.model.ExportFilter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxLedgerTest {

    @Test
    void ledgerSheetReadsBackWithStylesFreezeAndFilter() throws Exception {
        byte[] bytes = new XlsxLedger(ExportFixtures.LABELS).export(ExportFixtures.model());
        Files.createDirectories(Path.of("target", "export-samples"));
        Files.write(Path.of("target", "export-samples", "ledger.xlsx"), bytes);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            XSSFSheet sheet = wb.getSheet("任务分解台账");
            assertThat(sheet).isNotNull();
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("序号");
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("工作任务");
            assertThat(header.getCell(8).getStringCellValue()).isEqualTo("用户批注");
            assertThat(wb.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(header.getCell(0).getCellStyle().getFillForegroundColor()).isNotZero();

            assertThat(sheet.getLastRowNum()).isEqualTo(4);
            Row gas = sheet.getRow(2);
            assertThat(gas.getCell(0).getNumericCellValue()).isEqualTo(2.0);
            assertThat(gas.getCell(1).getStringCellValue()).isEqualTo(ExportFixtures.LINES[4]);
            assertThat(gas.getCell(2).getStringCellValue()).isEqualTo("要求");
            assertThat(gas.getCell(4).getStringCellValue()).isEqualTo("企业主体责任（建议）");
            assertThat(gas.getCell(6).getStringCellValue()).isEqualTo("6月底前");
            assertThat(gas.getCell(7).getStringCellValue()).isEqualTo("《在全市安全生产工作会议上的讲话》第5段");
            assertThat(sheet.getRow(1).getCell(8).getStringCellValue()).isEqualTo(ExportFixtures.HOSTILE);
            assertThat(gas.getCell(1).getCellStyle().getWrapText()).isTrue();

            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:I5");
            assertThat(sheet.getColumnWidth(1)).isGreaterThan(sheet.getColumnWidth(0) * 5);

            Sheet counts = wb.getSheet("分领域统计");
            assertThat(counts.getRow(0).getCell(1).getStringCellValue()).isEqualTo("党政领导责任");
            assertThat(counts.getRow(1).getCell(0).getStringCellValue()).isEqualTo("煤矿");
            assertThat(counts.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(1.0);
            assertThat(counts.getRow(4).getCell(0).getStringCellValue()).isEqualTo("未标明行业领域");
            assertThat(counts.getRow(4).getCell(5).getNumericCellValue()).isEqualTo(2.0);
        }
    }

    @Test
    void userSectorsAreNamedInTheLedgerAndCountedInTheirOrder() throws Exception {
        byte[] bytes = new XlsxLedger(ExportFixtures.portLabels(ExportFixtures.ZH))
                .export(ExportFixtures.portModel(ExportFilter.NONE));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet ledger = wb.getSheet("任务分解台账");
            assertThat(ledger.getRow(1).getCell(3).getStringCellValue()).isEqualTo("港口");
            assertThat(ledger.getRow(2).getCell(3).getStringCellValue()).isEqualTo("煤矿、港口、校园安全");
            Sheet counts = wb.getSheet("分领域统计");
            assertThat(counts.getRow(1).getCell(0).getStringCellValue()).isEqualTo("煤矿");
            assertThat(counts.getRow(2).getCell(0).getStringCellValue()).isEqualTo("港口");
            assertThat(counts.getRow(2).getCell(3).getNumericCellValue()).isEqualTo(1.0); // the enterprise tag
            assertThat(counts.getRow(3).getCell(0).getStringCellValue()).isEqualTo("校园安全");
        }
    }
}
