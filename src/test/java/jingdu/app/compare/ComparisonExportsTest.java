package jingdu.app.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jingdu.analysis.SectorLexicon;
import jingdu.app.export.ExportException;
import jingdu.i18n.I18n;
import jingdu.model.AlignedObligation;
import jingdu.model.ComparedObligation;
import jingdu.model.Comparison;
import jingdu.model.NewPhrase;
import jingdu.model.Strength;
import jingdu.model.TaskChange;
import jingdu.model.WordingPiece;
import jingdu.model.WordingPiece.Kind;

/**
 * A comparison's table (xlsx) and report (docx) read back with POI, a reader apart from the writer's streaming
 * code: one row per task with its status, both wordings with the changed words formatted, the strength change,
 * the new wordings sheet; the Word parts per status; nothing written when nothing is shown or over the library.
 */
class ComparisonExportsTest {

    private static final I18n ZH = new I18n(I18n.forLanguage("zh"));
    private static final I18n EN = new I18n(I18n.forLanguage("en"));
    private static final LocalDate TODAY = LocalDate.of(2025, 7, 1);
    private static final Map<Long, String> TITLES = Map.of(1L, "2024年安全生产工作会议讲话", 2L, "2025年安全生产工作会议讲话");

    @TempDir
    Path dir;

    private ComparisonExports exports(I18n i18n) {
        return new ComparisonExports(dir.resolve("jingdu.db"), SectorLexicon.builtInCatalog(),
                new ComparisonWords(i18n, SectorLexicon.builtInCatalog(), TITLES::get));
    }

    private static ComparedObligation ob(long speech, int paragraph, String text, Strength s, String sector, String actor) {
        return new ComparedObligation(speech, paragraph, 10 * paragraph, 10 * paragraph + text.length(), text, s,
                sector == null ? List.of() : List.of(sector), actor, null);
    }

    /** A new task, a continued one that is reworded and binds more strongly, one continued unchanged, one dropped. */
    static Comparison comparison() {
        ComparedObligation olderGas = ob(1, 3, "要开展城镇燃气安全排查整治", Strength.REQUIRED, "gas", "县住建局");
        ComparedObligation newerGas = ob(2, 4, "必须全面开展城镇燃气安全专项整治", Strength.MANDATORY, "gas", "县住建局");
        List<WordingPiece> wording = List.of(new WordingPiece(Kind.REMOVED, "要"), new WordingPiece(Kind.ADDED, "必须全面"),
                new WordingPiece(Kind.SAME, "开展城镇燃气安全"), new WordingPiece(Kind.REMOVED, "排查"),
                new WordingPiece(Kind.ADDED, "专项"), new WordingPiece(Kind.SAME, "整治"));
        ComparedObligation olderFire = ob(1, 5, "各乡镇要落实森林防火责任", Strength.REQUIRED, "forest_fire", "各乡镇");
        ComparedObligation newerFire = ob(2, 6, "各乡镇要落实森林防火责任", Strength.REQUIRED, "forest_fire", "各乡镇");
        return new Comparison(List.of(1L), 2L, List.of(
                new AlignedObligation(TaskChange.NEW, null, ob(2, 2, "必须建立重大事故隐患动态清零机制", Strength.MANDATORY,
                        null, "县应急局"), 0, List.of()),
                new AlignedObligation(TaskChange.CONTINUED, olderGas, newerGas, 0.62, wording),
                new AlignedObligation(TaskChange.CONTINUED, olderFire, newerFire, 1.0,
                        List.of(new WordingPiece(Kind.SAME, "各乡镇要落实森林防火责任"))),
                new AlignedObligation(TaskChange.DROPPED, ob(1, 8, "要做好烟花爆竹打非治违工作", Strength.REQUIRED,
                        "fireworks", null), null, 0, List.of())));
    }

    static List<NewPhrase> phrases() {
        return List.of(new NewPhrase("动态清零", 22, 26, 3, 9.5, "必须建立重大事故隐患动态清零机制。"),
                new NewPhrase("专项整治", 48, 52, 2, 7.0, "必须全面开展城镇燃气安全专项整治。"));
    }

    @Test
    void theTableHasOneRowPerTaskWithItsStatusBothWordingsAndTheStrengthChange() throws Exception {
        Comparison c = comparison();
        Path out = exports(ZH).write(c, c.rows(), phrases(), ComparisonExports.Format.XLSX, dir.resolve("对比.xlsx"), false,
                TODAY, null);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(out)))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("任务对比");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("《2025年安全生产工作会议讲话》与《2024年安全生产工作会议讲话》任务对比");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("本次讲话共 3 项任务：新增 1 项，延续 2 项（力度加强 1 项、减弱 0 项）；早前讲话另有 1 项本次未再提及。新提法 2 个。");
            assertThat(texts(sheet.getRow(2))).containsExactly("序号", "状态", "早前表述", "本次表述", "力度", "行业领域",
                    "责任主体", "出处");
            assertThat(sheet.getLastRowNum()).isEqualTo(6);
            assertThat(texts(sheet.getRow(3))).containsExactly("1", "新增", "", "必须建立重大事故隐患动态清零机制", "必须", "",
                    "县应急局", "《2025年安全生产工作会议讲话》第3段");
            assertThat(texts(sheet.getRow(4))).containsExactly("2", "延续", "要开展城镇燃气安全排查整治",
                    "必须全面开展城镇燃气安全专项整治", "↑ 要求→必须", "城镇燃气", "县住建局",
                    "《2024年安全生产工作会议讲话》第4段\n《2025年安全生产工作会议讲话》第5段");
            assertThat(texts(sheet.getRow(5)).subList(1, 5)).containsExactly("延续", "各乡镇要落实森林防火责任",
                    "各乡镇要落实森林防火责任", "要求");
            assertThat(texts(sheet.getRow(6)).subList(1, 6)).containsExactly("未再提及", "要做好烟花爆竹打非治违工作", "",
                    "要求", "烟花爆竹/民爆");

            // the changed words: removed struck in the older cell, added bold and underlined in the newer
            XSSFRichTextString older = sheet.getRow(4).getCell(2).getRichStringCellValue();
            assertThat(fontAt(older, 0).getStrikeout()).isTrue(); // 要
            assertThat(fontAt(older, 1).getStrikeout()).isFalse(); // 开
            assertThat(fontAt(older, "要开展城镇燃气安全".length()).getStrikeout()).isTrue(); // 排查
            XSSFRichTextString newer = sheet.getRow(4).getCell(3).getRichStringCellValue();
            assertThat(fontAt(newer, 0).getBold()).isTrue(); // 必须全面
            assertThat(fontAt(newer, 0).getUnderline()).isEqualTo(XSSFFont.U_SINGLE);
            assertThat(fontAt(newer, 4).getBold()).isFalse(); // 开展
            assertThat(fontAt(newer, "必须全面开展城镇燃气安全".length()).getBold()).isTrue(); // 专项

            // each status its own fill, as in the view
            XSSFCellStyle added = sheet.getRow(3).getCell(1).getCellStyle();
            XSSFCellStyle continued = sheet.getRow(4).getCell(1).getCellStyle();
            XSSFCellStyle dropped = sheet.getRow(6).getCell(1).getCellStyle();
            assertThat(added.getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
            assertThat(List.of(hex(added), hex(continued), hex(dropped))).doesNotHaveDuplicates();
            assertThat(sheet.getRow(4).getCell(1).getCellStyle().getIndex())
                    .isEqualTo(sheet.getRow(5).getCell(1).getCellStyle().getIndex());
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 3);

            XSSFSheet phrases = wb.getSheetAt(1);
            assertThat(phrases.getSheetName()).isEqualTo("新提法");
            assertThat(texts(phrases.getRow(0))).containsExactly("序号", "新提法", "次数", "所在句子");
            assertThat(texts(phrases.getRow(1))).containsExactly("1", "动态清零", "3", "必须建立重大事故隐患动态清零机制。");
            XSSFRichTextString sentence = phrases.getRow(1).getCell(3).getRichStringCellValue();
            assertThat(fontAt(sentence, "必须建立重大事故隐患".length()).getBold()).isTrue();
            assertThat(fontAt(sentence, 0).getBold()).isFalse();
            assertThat(phrases.getLastRowNum()).isEqualTo(2);
        }
    }

    @Test
    void theRowsGivenAreTheRowsExportedInTheirOrderAndInEnglish() throws Exception {
        Comparison c = comparison();
        List<AlignedObligation> shown = List.of(c.rows().get(3), c.rows().get(1)); // filtered and reordered by the caller
        byte[] bytes = exports(EN).render(c, shown, List.of(), ComparisonExports.Format.XLSX, TODAY, "My title");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("My title");
            assertThat(sheet.getLastRowNum()).isEqualTo(4);
            assertThat(texts(sheet.getRow(3)).subList(0, 2)).containsExactly("1", "No longer mentioned");
            assertThat(texts(sheet.getRow(4)).subList(0, 2)).containsExactly("2", "Continued");
            assertThat(texts(sheet.getRow(4)).get(4)).isEqualTo("↑ required→mandatory".replace("required",
                    EN.get("export.strength.required")).replace("mandatory", EN.get("export.strength.mandatory")));
            assertThat(wb.getSheetAt(1).getLastRowNum()).isZero(); // the header only
        }
        // a collection's speeches on the older side: the default title counts them
        Comparison many = new Comparison(List.of(1L, 3L), 2L, c.rows());
        assertThat(exports(EN).words().defaultTitle(many))
                .isEqualTo("Tasks of “2025年安全生产工作会议讲话” compared with 2 earlier speeches");
        assertThat(exports(ZH).words().defaultTitle(many)).isEqualTo("《2025年安全生产工作会议讲话》与早前 2 篇讲话任务对比");
    }

    @Test
    void theReportHasAPartPerStatusWithTheChangedWordsMarkedThenTheNewWordings() throws Exception {
        Comparison c = comparison();
        Path out = exports(ZH).write(c, c.rows(), phrases(), ComparisonExports.Format.DOCX, dir.resolve("对比.docx"), false,
                TODAY, null);
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(out))) {
            List<String> headings = new ArrayList<>();
            for (XWPFParagraph p : doc.getParagraphs()) {
                if ("Heading1".equals(p.getStyleID())) {
                    headings.add(p.getText());
                }
            }
            assertThat(headings).containsExactly("一、新增（1 项）", "二、延续（2 项）", "三、未再提及（1 项）", "四、新提法（2 个）");
            List<XWPFParagraph> ps = doc.getParagraphs();
            assertThat(ps.get(0).getText()).isEqualTo("《2025年安全生产工作会议讲话》与《2024年安全生产工作会议讲话》任务对比");
            assertThat(ps.get(0).getStyleID()).isEqualTo("Title");
            assertThat(ps.get(1).getText()).isEqualTo("2025年7月1日");
            assertThat(ps.get(2).getText()).startsWith("本次讲话共 3 项任务");

            XWPFParagraph reworded = ps.stream().filter(p -> p.getText().startsWith("1. 要必须全面")).findFirst().orElseThrow();
            Map<String, XWPFRun> runs = new java.util.LinkedHashMap<>();
            reworded.getRuns().forEach(r -> runs.put(r.text(), r));
            assertThat(runs.get("要").isStrikeThrough()).isTrue();
            assertThat(runs.get("必须全面").isBold()).isTrue();
            assertThat(runs.get("必须全面").getUnderline()).isEqualTo(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
            assertThat(runs.get("开展城镇燃气安全").isBold()).isFalse();
            assertThat(runs.get("开展城镇燃气安全").isStrikeThrough()).isFalse();
            int at = ps.indexOf(reworded);
            assertThat(ps.get(at + 1).getText()).contains("力度变化：↑ 要求→必须", "早前出处：《2024年安全生产工作会议讲话》第4段",
                    "本次出处：《2025年安全生产工作会议讲话》第5段", "行业领域：城镇燃气", "责任主体：县住建局");
            String all = String.join("\n", ps.stream().map(XWPFParagraph::getText).toList());
            assertThat(all).contains("1. 要做好烟花爆竹打非治违工作", "1. 动态清零", "本次讲话出现 3 次",
                    "所在句子：必须建立重大事故隐患动态清零机制。");
            // the unchanged continued task carries no strength line
            XWPFParagraph same = ps.stream().filter(p -> p.getText().equals("2. 各乡镇要落实森林防火责任")).findFirst().orElseThrow();
            assertThat(ps.get(ps.indexOf(same) + 1).getText()).doesNotContain("力度变化");
        }
    }

    @Test
    void nothingIsWrittenWhenNothingIsShownOrOverTheLibrary() throws Exception {
        Comparison c = comparison();
        ComparisonExports ex = exports(ZH);
        Path empty = dir.resolve("空.xlsx");
        assertThatThrownBy(() -> ex.write(c, List.of(), List.of(), ComparisonExports.Format.XLSX, empty, false, TODAY, null))
                .isInstanceOfSatisfying(ExportException.class, e -> assertThat(e.localized(ZH))
                        .isEqualTo("没有可导出的任务或新提法，未导出。请先放宽筛选条件。"));
        assertThat(empty).doesNotExist();
        Path library = Files.writeString(dir.resolve("jingdu.db"), "SQLite format 3\u0000 stand-in");
        assertThatThrownBy(() -> ex.write(c, c.rows(), phrases(), ComparisonExports.Format.DOCX, library, true, TODAY, null))
                .isInstanceOfSatisfying(ExportException.class, e -> assertThat(e.localized(ZH)).contains("文库本身"));
        assertThat(Files.readString(library)).isEqualTo("SQLite format 3\u0000 stand-in");
        Path existing = Files.writeString(dir.resolve("旧.xlsx"), "keep");
        assertThatThrownBy(() -> ex.write(c, c.rows(), phrases(), ComparisonExports.Format.XLSX, existing, false, TODAY, null))
                .isInstanceOfSatisfying(ExportException.class, e -> assertThat(e.localized(EN)).contains("already exists"));
        assertThat(Files.readString(existing)).isEqualTo("keep");
        assertThat(ComparisonExports.Format.fromId("DOCX")).contains(ComparisonExports.Format.DOCX);
        assertThat(ComparisonExports.Format.fromId("pdf")).isEmpty();
    }

    private static List<String> texts(Row row) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            XSSFCell cell = (XSSFCell) row.getCell(c);
            out.add(cell == null ? "" : switch (cell.getCellType()) {
                case NUMERIC -> String.valueOf((long) cell.getNumericCellValue());
                default -> cell.getStringCellValue();
            });
        }
        return out;
    }

    /** The font of the run holding character {@code index} (the cell's own font outside runs). */
    private static XSSFFont fontAt(XSSFRichTextString s, int index) {
        for (int r = 0; r < s.numFormattingRuns(); r++) {
            int start = s.getIndexOfFormattingRun(r);
            if (index >= start && index < start + s.getLengthOfFormattingRun(r)) {
                XSSFFont f = s.getFontOfFormattingRun(r);
                if (f != null) {
                    return f;
                }
            }
        }
        throw new AssertionError("no formatted run at " + index + " of " + s.getString());
    }

    private static String hex(XSSFCellStyle style) {
        return style.getFillForegroundColorColor().getARGBHex();
    }
}
