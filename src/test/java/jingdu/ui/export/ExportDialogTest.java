package jingdu.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import jingdu.analysis.Analyzer;
import jingdu.app.AnalysisService;
import jingdu.app.Services;
import jingdu.app.export.ExportFormat;
import jingdu.app.Library;
import jingdu.i18n.I18n;
import jingdu.model.Level;
import jingdu.model.Speech;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {

    @TempDir
    Path dir;

    private Library library;
    private AnalysisService analysis;
    private ExportDialog dialog;
    private Speech speech;

    @Start
    void start(Stage stage) throws Exception {
        library = Library.open(dir.resolve("lib.db"));
        speech = library.importString("讲话标题\n企业要落实主体责任。", "a.txt");
        library.tags().set(speech.id(), List.of(1), Level.ENTERPRISE, true);
        analysis = new AnalysisService(Analyzer::new);
        dialog = new ExportDialog(new Services(library, analysis), new I18n(Locale.SIMPLIFIED_CHINESE), null, speech.id());
        dialog.show();
    }

    @AfterEach
    void tearDown() {
        analysis.close();
        library.close();
    }

    @Test
    void picksXlsxPreviewsTheLedgerAndWritesTheFile(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        ComboBox<ExportFormat> format = robot.lookup("#" + ExportDialog.FORMAT_ID).queryAs(ComboBox.class);
        robot.interact(() -> format.setValue(ExportFormat.XLSX));
        TableView<?> table = robot.lookup("#" + ExportDialog.PREVIEW_TABLE_ID).queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.isVisible() && table.getColumns().size() == 12);
        assertThat(table.getColumns().get(1).getText()).isEqualTo("工作任务");

        javafx.scene.control.TextField title = robot.lookup("#" + ExportDialog.LEDGER_TITLE_ID)
                .queryAs(javafx.scene.control.TextField.class);
        assertThat(title.isVisible()).isTrue();
        robot.interact(() -> title.setText("安委办2026年任务分解台账"));
        Path out = dir.resolve("台账.xlsx");
        Path written = WaitForAsyncUtils.asyncFx(() -> dialog.exportTo(out)).get(10, TimeUnit.SECONDS)
                .get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(written).isEqualTo(out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new FileInputStream(out.toFile()))) {
            assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("安委办2026年任务分解台账");
            assertThat(wb.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo("序号");
            assertThat(wb.getNumberOfSheets()).isEqualTo(3); // ledger, counts, all annotations
        }
        assertThat(dialog.statusText()).contains("已导出到");

        // a failure shows a clear message rather than a stack trace
        Path nowhere = dir.resolve("missing/台账.xlsx");
        WaitForAsyncUtils.asyncFx(() -> dialog.exportTo(nowhere)).get(10, TimeUnit.SECONDS)
                .handle((p, e) -> e).get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.statusText()).contains("导出失败").contains("目录不存在");

        // the library itself is never an export's target, even when the save dialog said "replace"
        Path libraryFile = library.database().file();
        long size = java.nio.file.Files.size(libraryFile);
        WaitForAsyncUtils.asyncFx(() -> dialog.exportTo(libraryFile)).get(10, TimeUnit.SECONDS)
                .handle((p, e) -> e).get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.statusText()).contains("导出失败").contains("文库本身");
        assertThat(java.nio.file.Files.size(libraryFile)).isEqualTo(size);
        assertThat(library.list()).hasSize(1);
    }

    @Test
    void theWordReportsTitleBlockAndMarkersComeFromTheDialog(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        ComboBox<ExportFormat> format = robot.lookup("#" + ExportDialog.FORMAT_ID).queryAs(ComboBox.class);
        robot.interact(() -> format.setValue(ExportFormat.XLSX));
        TextField title = robot.lookup("#" + ExportDialog.REPORT_TITLE_ID).queryAs(TextField.class);
        assertThat(title.isVisible()).isFalse(); // the ledger has its own title
        robot.interact(() -> format.setValue(ExportFormat.PDF));
        assertThat(title.isVisible()).as("the PDF report takes the same title block").isTrue();
        robot.interact(() -> format.setValue(ExportFormat.DOCX));
        assertThat(title.isVisible()).isTrue();
        TextField issuer = robot.lookup("#" + ExportDialog.ISSUER_ID).queryAs(TextField.class);
        TextField date = robot.lookup("#" + ExportDialog.DATE_ID).queryAs(TextField.class);
        CheckBox markers = robot.lookup("#" + ExportDialog.MARKERS_ID).queryAs(CheckBox.class);
        assertThat(markers.isSelected()).isFalse();
        robot.interact(() -> {
            title.setText("学习贯彻情况报告");
            issuer.setText("某县应急管理局");
            date.setText("2026-12-03");
        });
        Path out = dir.resolve("报告.docx");
        WaitForAsyncUtils.asyncFx(() -> dialog.exportTo(out)).get(10, TimeUnit.SECONDS).get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        try (XWPFDocument doc = new XWPFDocument(new FileInputStream(out.toFile()))) {
            List<String> texts = doc.getParagraphs().stream().map(p -> p.getText()).toList();
            assertThat(texts).startsWith("学习贯彻情况报告", "某县应急管理局", "（2026年12月3日）");
            assertThat(String.join("", texts)).contains("企业要落实主体责任。").doesNotContain("【");
        }
        robot.interact(() -> markers.setSelected(true));
        assertThat(dialog.request().report().markers()).isTrue();
    }

    @Test
    void theTitleBlockIsRememberedPerSpeechAndTheIssuerForAll(FxRobot robot) throws Exception {
        java.util.prefs.Preferences node = java.util.prefs.Preferences.userRoot()
                .node("jingdu-test-export-" + System.nanoTime());
        try {
            jingdu.ui.Prefs prefs = new jingdu.ui.Prefs(node);
            Services services = new Services(library, analysis);
            I18n zh = new I18n(Locale.SIMPLIFIED_CHINESE);
            ExportDialog[] first = new ExportDialog[1];
            robot.interact(() -> first[0] = new ExportDialog(services, zh, null, speech.id(), prefs));
            robot.interact(() -> {
                first[0].reportTitleField().setText("学习贯彻情况报告");
                first[0].ledgerTitleField().setText("国庆节前任务台账");
                first[0].issuerField().setText("某县应急管理局");
                first[0].dateField().setText("2026-12-03");
            });
            WaitForAsyncUtils.asyncFx(() -> first[0].exportTo(dir.resolve("r.docx"))).get(10, TimeUnit.SECONDS)
                    .get(60, TimeUnit.SECONDS);
            Speech other = library.importString("另一篇讲话\n各部门要加强检查。", "b.txt");
            ExportDialog[] again = new ExportDialog[2];
            robot.interact(() -> {
                again[0] = new ExportDialog(services, zh, null, speech.id(), prefs);
                again[1] = new ExportDialog(services, zh, null, other.id(), prefs);
            });
            assertThat(again[0].reportTitleField().getText()).isEqualTo("学习贯彻情况报告");
            assertThat(again[0].ledgerTitleField().getText()).isEqualTo("国庆节前任务台账");
            assertThat(again[0].dateField().getText()).isEqualTo("2026-12-03");
            assertThat(again[1].reportTitleField().getText()).as("another speech keeps its own title").isEmpty();
            assertThat(again[1].ledgerTitleField().getText()).isEmpty();
            assertThat(again[1].issuerField().getText()).as("the issuer is the user's").isEqualTo("某县应急管理局");
        } finally {
            node.removeNode();
        }
    }
}
