package jingdu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import jingdu.app.Library;
import jingdu.model.Speech;

/**
 * {@code compare --out FILE --format xlsx|docx}: the comparison written as a file and read back with POI; a bad
 * format, a missing --out, an existing file without --force and the library itself refused with nothing written.
 */
class CompareExportCliTest {

    @RegisterExtension
    final CliConsole cli = new CliConsole();

    @TempDir
    Path dir;

    private String db;
    private String old;
    private String neu;

    @BeforeEach
    void library() throws Exception {
        try (Library library = Library.open(dir.resolve("lib.db"))) {
            Speech a = library.importString("""
                    在全县安全生产工作会议上的讲话
                    同志们：
                    各乡镇要落实属地管理责任。
                    县住建局要加强建筑施工安全监管。
                    各企业要开展应急演练。""", "old.txt");
            Speech b = library.importString("""
                    在全县安全生产工作推进会上的讲话
                    同志们：
                    各乡镇必须落实属地管理责任。
                    县住建局要加强建筑施工安全监管。
                    县交通局要严查客运车辆超员。""", "new.txt");
            old = String.valueOf(a.id());
            neu = String.valueOf(b.id());
        }
        db = dir.resolve("lib.db").toString();
    }

    @Test
    void xlsxHasOneRowPerTaskWithItsStatus() throws Exception {
        Path out = dir.resolve("对比.xlsx");
        assertThat(cli.run("compare", "--db", db, "--old", old, "--new", neu, "--out", out.toString())).isZero();
        assertThat(cli.out().strip()).isEqualTo(out.toString());
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            List<String> statuses = new ArrayList<>();
            List<String> newer = new ArrayList<>();
            for (int r = 3; r <= sheet.getLastRowNum(); r++) {
                statuses.add(sheet.getRow(r).getCell(1).getStringCellValue());
                newer.add(sheet.getRow(r).getCell(3).getStringCellValue());
            }
            assertThat(statuses).containsExactly("延续", "延续", "新增", "未再提及");
            assertThat(newer).containsExactly("各乡镇必须落实属地管理责任。", "县住建局要加强建筑施工安全监管。",
                    "县交通局要严查客运车辆超员。", "");
            assertThat(sheet.getRow(3).getCell(4).getStringCellValue()).isEqualTo("↑ 要求→必须");
            assertThat(wb.getSheetName(1)).isEqualTo("新提法");
        }
    }

    @Test
    void docxWithATitleOfTheUsers() throws Exception {
        Path out = dir.resolve("compare.docx");
        assertThat(cli.run("compare", "--db", db, "--old", old, "--new", neu, "--out", out.toString(),
                "--format", "DOCX", "--title", "春季推进会与去年会议任务对比")).isZero();
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(out))) {
            List<String> headings = doc.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyleID()))
                    .map(XWPFParagraph::getText).toList();
            assertThat(doc.getParagraphs().get(0).getText()).isEqualTo("春季推进会与去年会议任务对比");
            assertThat(headings).hasSize(4);
            assertThat(headings.subList(0, 3)).containsExactly("一、新增（1 项）", "二、延续（2 项）", "三、未再提及（1 项）");
            assertThat(headings.get(3)).startsWith("四、新提法（");
            String all = String.join("\n", doc.getParagraphs().stream().map(XWPFParagraph::getText).toList());
            assertThat(all).contains("1. 各乡镇要必须落实属地管理责任。", "力度变化：↑ 要求→必须");
        }
    }

    @Test
    void badRequestsAreRefusedAndNothingIsWritten() throws Exception {
        Path out = dir.resolve("x.pdf");
        assertThat(cli.run("compare", "--db", db, "--old", old, "--new", neu, "--out", out.toString(), "--format", "pdf"))
                .isNotZero();
        assertThat(cli.err()).contains("不认识的导出格式“pdf”");
        assertThat(out).doesNotExist();

        assertThat(cli.run("compare", "--db", db, "--old", old, "--new", neu, "--format", "xlsx")).isNotZero();
        assertThat(cli.err()).contains("导出对比需要 --out 文件");

        Path existing = Files.writeString(dir.resolve("旧.xlsx"), "keep");
        assertThat(cli.run("compare", "--db", db, "--old", old, "--new", neu, "--out", existing.toString())).isNotZero();
        assertThat(Files.readString(existing)).isEqualTo("keep");
        assertThat(cli.run("compare", "--db", db, "--old", old, "--new", neu, "--out", existing.toString(), "--force"))
                .isZero();
        assertThat(Files.size(existing)).isGreaterThan(1000);

        long before = Files.size(Path.of(db));
        assertThat(cli.run("compare", "--db", db, "--old", old, "--new", neu, "--out", db, "--force")).isNotZero();
        assertThat(cli.err()).contains("文库本身");
        assertThat(Files.size(Path.of(db))).isEqualTo(before);
    }

    @Test
    void anOutputAtTheLibraryIsRefusedBeforeAnyTaskIsMade() throws Exception {
        assertThat(cli.run("compare", "--db", db, "--old", old, "--new", neu, "--out", db, "--force")).isNotZero();
        assertThat(cli.err()).contains("文库本身");
        try (Library library = Library.open(Path.of(db))) {
            int tasks = library.database().read(c -> {
                try (var rs = c.createStatement().executeQuery("SELECT count(*) FROM task")) {
                    return rs.next() ? rs.getInt(1) : -1;
                }
            });
            assertThat(tasks).as("the comparison's work was not begun").isZero();
        }
    }
}
