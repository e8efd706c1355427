package jingdu.app.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jingdu.analysis.Analyzer;
import jingdu.analysis.SectorLexicon;
import jingdu.app.Library;
import jingdu.app.library.Catalog;
import jingdu.i18n.I18n;
import jingdu.model.DuePeriod;
import jingdu.model.Level;
import jingdu.model.Speech;
import jingdu.model.SpeechMeta;
import jingdu.model.Strength;
import jingdu.model.Task;
import jingdu.model.TaskEntry;
import jingdu.model.TaskProgress;
import jingdu.model.TaskScope;
import jingdu.model.TaskState;
import jingdu.model.TaskStatus;
import jingdu.model.Unit;

/**
 * The board's ledger and 督办通报 read back with independent readers (POI for xlsx and docx, PDFBox's text
 * extraction for the PDF): columns, overdue marks, grouping by lead unit, counts; nothing is written for an empty
 * board or over the library.
 */
class TaskExportsTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 7, 1);
    private static final I18n ZH = new I18n(I18n.forLanguage("zh"));
    private static final Unit ZHUJIAN = new Unit(1, "县住建局", List.of("住建局"), false);
    private static final Unit YINGJI = new Unit(2, "县应急局", List.of(), false);
    private static final Unit TOWNS = new Unit(3, "各乡镇", List.of(), true);

    @TempDir
    Path dir;

    private TaskExports exports(I18n i18n) {
        return new TaskExports(dir.resolve("lib.db"), SectorLexicon.builtInCatalog(), i18n, ZoneOffset.UTC);
    }

    private static BoardRow row(long id, String quote, TaskStatus status, LocalDate due, Unit lead, List<Unit> partners,
                                TaskProgress latest) {
        TaskState state = new TaskState(lead == null ? null : lead.id(), partners.stream().map(Unit::id).toList(), null,
                status);
        Task task = new Task(id, 7, 0, quote.length(), quote, 3, Strength.MANDATORY, List.of("construction"),
                List.of(Level.SUPERVISION), false, "县住建局", "6月底前", true, state);
        TaskEntry entry = new TaskEntry(task, "全县安全生产工作会议讲话", "2025-03-10", "张三", latest, latest == null ? 0 : 1);
        return new BoardRow(entry, due, false, TaskBoard.mark(status, due, TODAY), lead, null, partners);
    }

    /** Overdue (住建局), in progress (应急局, with progress), done (住建局), overdue without a lead, excluded. */
    private static List<BoardRow> board() {
        TaskProgress p = new TaskProgress(1, 2, Instant.parse("2025-06-20T08:00:00Z"), "李四", "已排查隐患 30 处");
        return List.of(
                row(1, "县住建局要加强建筑施工安全监管。", TaskStatus.NOT_STARTED, LocalDate.of(2025, 6, 30), ZHUJIAN,
                        List.of(TOWNS), null),
                row(2, "县应急局要开展危化品专项整治。", TaskStatus.IN_PROGRESS, LocalDate.of(2025, 9, 30), YINGJI,
                        List.of(), p),
                row(3, "县住建局要完成燃气管道排查。", TaskStatus.DONE, LocalDate.of(2025, 5, 31), ZHUJIAN, List.of(), null),
                row(4, "各地要落实汛期值班制度。", TaskStatus.IN_PROGRESS, LocalDate.of(2025, 6, 1), null, List.of(), null),
                row(5, "企业要落实主体责任。", TaskStatus.EXCLUDED, LocalDate.of(2025, 6, 1), null, List.of(), null));
    }

    @Test
    void ledgerHasTheBoardsColumnsAndMarksOverdueRows() throws Exception {
        Path out = dir.resolve("台账.xlsx");
        exports(ZH).write(board(), TaskExports.Format.XLSX, out, false, TODAY, null);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(1);
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("安全生产重点任务台账");
            assertThat(cells(sheet.getRow(1))).containsExactly("序号", "工作任务", "出处", "行业领域", "责任层级", "牵头单位",
                    "配合单位", "完成时限", "到期日", "状态", "最新进展");
            assertThat(sheet.getLastRowNum()).isEqualTo(1 + 5);
            Row first = sheet.getRow(2);
            assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(1);
            assertThat(cells(first).subList(1, 11)).containsExactly("县住建局要加强建筑施工安全监管。",
                    "《全县安全生产工作会议讲话》第4段（2025-03-10）", "建筑施工", "部门监管责任", "县住建局", "各乡镇", "6月底前",
                    "2025-06-30", "未开始", "");
            assertThat(cells(sheet.getRow(3)).get(10)).isEqualTo("2025-06-20 已排查隐患 30 处");
            assertThat(cells(sheet.getRow(3)).get(9)).isEqualTo("推进中");

            // overdue rows (1 and 4) filled with the stylesheet's colour; the others not
            boolean[] overdue = {true, false, false, true, false};
            for (int i = 0; i < overdue.length; i++) {
                for (int c = 0; c <= 10; c++) {
                    CellStyle s = sheet.getRow(2 + i).getCell(c).getCellStyle();
                    assertThat(s.getFillPattern() == FillPatternType.SOLID_FOREGROUND).as("row %d col %d", i, c)
                            .isEqualTo(overdue[i]);
                    if (overdue[i]) {
                        assertThat(((XSSFCellStyle) s).getFillForegroundColorColor().getARGBHex()).endsWith("F8D3CE");
                    }
                }
            }
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 2);
            assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:2"));
            PrintSetup ps = sheet.getPrintSetup();
            assertThat(ps.getLandscape()).isTrue();
            assertThat(ps.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(ps.getFitWidth()).isEqualTo((short) 1);
            assertThat(ps.getFitHeight()).isEqualTo((short) 0);
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(sheet.getRow(2).getCell(1).getCellStyle().getWrapText()).isTrue();
        }
    }

    @Test
    void noticeGroupsOverdueAndInProgressTasksByLeadUnit() throws Exception {
        byte[] docx = exports(ZH).render(board(), TaskExports.Format.DOCX, TODAY, null);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<XWPFParagraph> ps = doc.getParagraphs();
            assertThat(ps.get(0).getText()).isEqualTo("关于安全生产重点任务推进情况的督办通报");
            assertThat(ps.get(0).getStyle()).isEqualTo("Title");
            assertThat(ps.get(1).getText()).isEqualTo("2025年7月1日");
            assertThat(ps.get(2).getText()).startsWith("共 4 项任务，已完成 1 项，推进中 2 项，逾期 2 项。");
            List<String> headings = ps.stream().filter(p -> "Heading1".equals(p.getStyle())).map(XWPFParagraph::getText).toList();
            assertThat(headings).containsExactly("一、县住建局（1 项）", "二、县应急局（1 项）", "三、未明确牵头单位（1 项）");
            String all = String.join("\n", ps.stream().map(XWPFParagraph::getText).toList());
            assertThat(all).contains("1. 县住建局要加强建筑施工安全监管。", "已逾期 1 天", "配合单位：各乡镇",
                    "最新进展：2025-06-20 已排查隐患 30 处", "出处：《全县安全生产工作会议讲话》第4段（2025-03-10）",
                    "最新进展：暂无");
            // done and excluded tasks are counted (the done one) but not supervised
            assertThat(all).doesNotContain("燃气管道", "主体责任");
            // 各地…汛期 (in progress, overdue since 06-01, no lead) under the last heading
            int noLead = all.indexOf("三、未明确牵头单位");
            assertThat(all.indexOf("各地要落实汛期值班制度")).isGreaterThan(noLead);
            assertThat(all.substring(noLead)).contains("已逾期 30 天");
        }
    }

    @Test
    void noticeAsPdfReadsBackWithTheSameWords() throws Exception {
        Path out = dir.resolve("通报.pdf");
        exports(ZH).write(board(), TaskExports.Format.PDF, out, false, TODAY, "六月督办通报");
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertThat(text).startsWith("六月督办通报");
            assertThat(text).contains("共4项任务，已完成1项，推进中2项，逾期2项", "一、县住建局（1项）", "三、未明确牵头单位（1项）",
                    "县应急局要开展危化品专项整治。", "已逾期1天");
            assertThat(text).doesNotContain("燃气管道");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("六月督办通报");
        }
    }

    @Test
    void englishNoticeNumbersItsUnitsAndWritesTheDateTheEnglishWay() throws Exception {
        byte[] docx = exports(new I18n(I18n.forLanguage("en"))).render(board(), TaskExports.Format.DOCX, TODAY, null);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> texts = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(texts.get(1)).isEqualTo("2025-07-01");
            assertThat(texts).contains("1. 县住建局 (1 tasks)", "3. No lead unit decided (1 tasks)");
        }
    }

    @Test
    void anEmptyBoardOrNothingToSuperviseWritesNothing() throws Exception {
        Path out = dir.resolve("empty.xlsx");
        for (TaskExports.Format f : TaskExports.Format.values()) {
            assertThatThrownBy(() -> exports(ZH).write(List.of(), f, out, false, TODAY, null))
                    .isInstanceOfSatisfying(TaskException.class, e -> {
                        assertThat(e.key()).isEqualTo("tasks.export.error.empty");
                        assertThat(e.localized(ZH)).contains("没有任务");
                    });
        }
        List<BoardRow> settled = board().stream()
                .filter(r -> r.task().state().status() == TaskStatus.DONE).toList();
        assertThatThrownBy(() -> exports(ZH).write(settled, TaskExports.Format.DOCX, dir.resolve("n.docx"), false, TODAY, null))
                .isInstanceOfSatisfying(TaskException.class,
                        e -> assertThat(e.key()).isEqualTo("tasks.export.error.nothingToSupervise"));
        // the ledger of the same rows is fine: it lists every task
        assertThat(exports(ZH).render(settled, TaskExports.Format.XLSX, TODAY, null).length).isPositive();
        assertThat(dir.toFile().list()).isEmpty();
    }

    @Test
    void anOutputPointedAtTheLibraryIsRefusedAndNothingIsWritten() throws Exception {
        Path lib = dir.resolve("lib.db");
        try (Library library = Library.open(lib)) {
            // the library is open: its file exists
        }
        byte[] before = Files.readAllBytes(lib);
        for (TaskExports.Format f : TaskExports.Format.values()) {
            assertThatThrownBy(() -> exports(ZH).write(board(), f, lib, true, TODAY, null))
                    .isInstanceOfSatisfying(TaskException.class,
                            e -> assertThat(e.key()).isEqualTo("store.error.output.library"));
        }
        assertThat(Files.readAllBytes(lib)).isEqualTo(before);
        Path wal = dir.resolve("lib.db-wal");
        assertThatThrownBy(() -> exports(ZH).write(board(), TaskExports.Format.XLSX, wal, true, TODAY, null))
                .isInstanceOfSatisfying(TaskException.class, e -> assertThat(e.key()).isEqualTo("store.error.output.library"));
        assertThat(wal).doesNotExist();
        // an existing file is replaced only when asked
        Path other = Files.writeString(dir.resolve("old.xlsx"), "old");
        assertThatThrownBy(() -> exports(ZH).write(board(), TaskExports.Format.XLSX, other, false, TODAY, null))
                .isInstanceOfSatisfying(TaskException.class, e -> assertThat(e.key()).isEqualTo("store.error.output.exists"));
        assertThat(Files.readString(other)).isEqualTo("old");
        exports(ZH).write(board(), TaskExports.Format.XLSX, other, true, TODAY, null);
        assertThat(Files.readAllBytes(other)).startsWith('P', 'K');
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void rowsOfARealBoardExportAsTheyAreShown() throws Exception {
        Path lib = dir.resolve("lib.db");
        try (Library library = Library.open(lib)) {
            Speech s = library.importString("""
                    在全县安全生产工作会议上的讲话
                    一、压实责任
                    各乡镇要在6月底前完成隐患排查。
                    县住建局要加强建筑施工安全监管，年底前完成整治。""", "a.txt");
            new Catalog(library).saveMeta(s.id(), new SpeechMeta(s.title(), "张三", "2025-03-10", null, "县", null, null));
            TaskBoard board = new TaskBoard(library, SectorLexicon.builtInCatalog(),
                    periods -> (deadline, date) -> deadline.contains("6月底")
                            ? Optional.of(LocalDate.of(date.getYear(), 6, 30)) : Optional.empty(),
                    units -> bearer -> Optional.empty(), List.<DuePeriod>of());
            board.refresh(TaskScope.all(), new Analyzer(), "", (d, n) -> { }, () -> false);
            Unit towns = board.addUnit("各乡镇", List.of(), true);
            List<BoardRow> rows = board.rows(TaskScope.all(), TODAY);
            long june = rows.stream().filter(r -> r.task().quote().startsWith("各乡镇")).findFirst().orElseThrow().id();
            board.edit(List.of(june), st -> st.withLead(towns.id()));
            rows = board.rows(TaskScope.all(), TODAY);
            Path out = dir.resolve("board.docx");
            exports(ZH).write(rows, TaskExports.Format.DOCX, out, false, TODAY, null);
            try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(out))) {
                List<String> texts = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
                assertThat(texts).contains("一、各乡镇（1 项）");
                assertThat(String.join("\n", texts)).contains("各乡镇要在6月底前完成隐患排查。", "已逾期 1 天");
            }
        }
    }

    private static List<String> cells(Row row) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            var cell = row.getCell(c);
            out.add(cell == null ? "" : cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                    ? String.valueOf((int) cell.getNumericCellValue()) : cell.getStringCellValue());
        }
        return out;
    }
}
