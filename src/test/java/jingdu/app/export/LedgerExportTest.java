package jingdu.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jingdu.analysis.Analyzer;
import jingdu.app.AnalysisService;
import jingdu.app.Library;
import jingdu.app.Services;
import jingdu.app.annotate.Annotator;
import jingdu.i18n.I18n;
import jingdu.model.CorrectionKind;
import jingdu.model.ExportFilter;
import jingdu.model.Obligation;
import jingdu.model.Speech;

/** The ledger from a real library and the real engine: headings as groups, the bearer, the user's correction, the title. */
class LedgerExportTest {

    private static final I18n ZH = new I18n(Locale.SIMPLIFIED_CHINESE);
    private static final String TEXT = String.join("\n",
            "关于做好汛期安全工作的讲话",
            "一、压实防汛责任",
            "各乡镇要在6月底前完成水库隐患排查。",
            "（一）抓好重点领域",
            "县应急管理局要会同住建部门加强燃气和建筑施工安全检查。",
            "二、强化应急准备",
            "各部门要落实24小时值班制度。");

    @TempDir
    Path dir;

    private Services open() {
        return new Services(Library.open(dir.resolve("lib.db")), new AnalysisService(Analyzer::new));
    }

    @Test
    void headingsGroupTheTasksAndTheLeadUnitIsTheBearerOrTheUsersCorrection() throws Exception {
        try (Services s = open()) {
            Speech sp = s.library().importString(TEXT, "汛期.txt");
            Analyzer engine = new Analyzer();
            Exports exports = s.exports(engine, ZH);
            ExportRequest xlsx = new ExportRequest(ExportFormat.XLSX, List.of(sp.id()), ExportFilter.NONE, false);

            XSSFSheet before = sheet(exports.render(xlsx));
            assertThat(before.getRow(0).getCell(0).getStringCellValue()).isEqualTo("《" + sp.title() + "》任务分解台账");
            assertThat(before.getRow(1).getCell(5).getStringCellValue()).isEqualTo("牵头单位");
            List<String> numbers = column(before, 0);
            assertThat(numbers).containsSubsequence("一、压实防汛责任", "1.", "（一）抓好重点领域", "1.", "二、强化应急准备", "1.");
            Row towns = rowOf(before, "各乡镇要在6月底前");
            assertThat(towns.getCell(5).getStringCellValue()).isEqualTo("各乡镇");
            assertThat(towns.getCell(7).getStringCellValue()).contains("6月底前");
            assertThat(towns.getCell(10).getStringCellValue()).isEqualTo("《" + sp.title() + "》第3段");

            Obligation task = engine.analyze(sp.text()).obligations().stream()
                    .filter(o -> sp.text().substring(o.start(), o.end()).contains("各乡镇")).findFirst().orElseThrow();
            Annotator a = s.annotator(ZH);
            a.correct(sp.id(), CorrectionKind.SET_ACTOR, task.start(), task.end(), "各乡镇人民政府");
            XSSFSheet after = sheet(exports.render(xlsx.withTitle("2026年汛期任务分解台账")));
            assertThat(after.getRow(0).getCell(0).getStringCellValue()).isEqualTo("2026年汛期任务分解台账");
            assertThat(rowOf(after, "各乡镇要在6月底前").getCell(5).getStringCellValue()).isEqualTo("各乡镇人民政府");
        }
    }

    private static XSSFSheet sheet(byte[] xlsx) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            return wb.getSheetAt(0); // the sheet stays readable after close: it was read whole into memory
        }
    }

    private static List<String> column(XSSFSheet sheet, int c) {
        List<String> out = new ArrayList<>();
        for (int r = 2; r <= sheet.getLastRowNum(); r++) {
            out.add(sheet.getRow(r).getCell(c).toString());
        }
        return out;
    }

    private static Row rowOf(XSSFSheet sheet, String task) {
        for (int r = 2; r <= sheet.getLastRowNum(); r++) {
            if (sheet.getRow(r).getCell(1).getStringCellValue().contains(task)) {
                return sheet.getRow(r);
            }
        }
        throw new AssertionError("no task " + task);
    }
}
