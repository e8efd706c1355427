package jingdu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code tasks}, {@code task} and {@code units}: the task board from the command line, bad values changing nothing. */
class TasksCliTest {

    @RegisterExtension
    final CliConsole cli = new CliConsole();

    @TempDir
    Path dir;

    private String library() throws Exception {
        Path speech = Files.writeString(dir.resolve("讲话.txt"), """
                在全县安全生产工作会议上的讲话
                （2025年3月10日）
                同志们：
                县住建局要加强建筑施工安全监管。
                各乡镇要落实属地管理责任。
                """, StandardCharsets.UTF_8);
        String db = dir.resolve("lib.db").toString();
        assertThat(cli.run("import", "--db", db, speech.toString())).isZero();
        return db;
    }

    @Test
    void listsEditsAndFiltersTasks() throws Exception {
        String db = library();
        assertThat(cli.run("units", "--db", db, "--add", "县住建局", "--alias", "住建局,住建部门")).isZero();
        assertThat(cli.out()).contains("县住建局\t住建局、住建部门");

        assertThat(cli.run("tasks", "--db", db, "--json", "--as-of", "2025-04-01")).isZero();
        JsonArray tasks = JsonParser.parseString(cli.out()).getAsJsonObject().getAsJsonArray("tasks");
        assertThat(tasks).hasSize(2);
        JsonObject first = tasks.get(0).getAsJsonObject();
        assertThat(first.get("text").getAsString()).isEqualTo("县住建局要加强建筑施工安全监管。");
        assertThat(first.get("status").getAsString()).isEqualTo("not_started");
        assertThat(first.get("speechDate").getAsString()).isEqualTo("2025-03-10");
        long id = first.get("id").getAsLong();
        assertThat(cli.errLines()).anyMatch(l -> l.equals(JingduCli.I18N.get("tasks.refreshed", 1)));

        assertThat(cli.run("task", "--db", db, String.valueOf(id), "--status", "推进中", "--unit", "住建局",
                "--due", "2025-03-31", "--progress", "已部署专项检查", "--author", "王五")).isZero();
        assertThat(cli.out().strip()).isEqualTo(id + "\tin_progress\t2025-03-31\t县住建局\t县住建局要加强建筑施工安全监管。");

        assertThat(cli.run("tasks", "--db", db, "--overdue", "--as-of", "2025-04-01")).isZero();
        List<String> lines = cli.out().lines().toList();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).startsWith(id + "\tin_progress\t2025-03-31\toverdue\t县住建局\t");
        assertThat(cli.run("tasks", "--db", db, "--unit", "住建部门", "--json")).isZero();
        JsonObject only = JsonParser.parseString(cli.out()).getAsJsonObject().getAsJsonArray("tasks").get(0).getAsJsonObject();
        assertThat(only.get("progress").getAsString()).isEqualTo("已部署专项检查");
        assertThat(cli.run("tasks", "--db", db, "--status", "done")).isZero();
        assertThat(cli.out()).isEmpty();

        // the overdue task as a 督办通报 and the board as the ledger, read back
        Path notice = dir.resolve("督办通报.docx");
        assertThat(cli.run("tasks", "--db", db, "--as-of", "2025-04-01", "--out", notice.toString(), "--format", "docx")).isZero();
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(notice))) {
            String all = doc.getParagraphs().stream().map(p -> p.getText()).reduce("", (a, b) -> a + "\n" + b);
            assertThat(all).contains("县住建局要加强建筑施工安全监管", "已部署专项检查");
        }
        // --charts: the same notice ends with a page of two chart pictures
        Path charted = dir.resolve("督办通报附图.docx");
        assertThat(cli.run("tasks", "--db", db, "--as-of", "2025-04-01", "--out", charted.toString(), "--format", "docx",
                "--charts")).isZero();
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(charted))) {
            assertThat(doc.getAllPictures()).hasSize(2);
        }
        Path ledger = dir.resolve("台账.xlsx");
        assertThat(cli.run("tasks", "--db", db, "--out", ledger.toString())).isZero();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(ledger))) {
            String cells = new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(book.getSheetAt(0).getRow(2).getCell(1));
            assertThat(cells).isNotBlank();
        }
        // an output pointed at the library is refused and the library is untouched
        long size = Files.size(Path.of(db));
        assertThat(cli.run("tasks", "--db", db, "--out", db, "--force")).isEqualTo(1);
        assertThat(Files.size(Path.of(db))).isEqualTo(size);
        assertThat(cli.run("tasks", "--db", db, "--format", "odt", "--out", dir.resolve("x.odt").toString())).isEqualTo(1);
    }

    @Test
    void aBadValueChangesNothing() throws Exception {
        String db = library();
        assertThat(cli.run("tasks", "--db", db, "--json")).isZero();
        long id = JsonParser.parseString(cli.out()).getAsJsonObject().getAsJsonArray("tasks").get(0).getAsJsonObject()
                .get("id").getAsLong();

        assertThat(cli.run("task", "--db", db, String.valueOf(id), "--status", "done", "--due", "2025-02-30")).isEqualTo(1);
        assertThat(cli.err()).contains("2025-02-30");
        assertThat(cli.run("task", "--db", db, String.valueOf(id), "--status", "done", "--unit", "县应急局")).isEqualTo(1);
        assertThat(cli.err()).contains("县应急局");
        assertThat(cli.run("task", "--db", db, String.valueOf(id), "--status", "finished")).isEqualTo(1);
        assertThat(cli.run("task", "--db", db, "999", "--status", "done")).isEqualTo(1);
        assertThat(cli.run("task", "--db", db, String.valueOf(id), "--progress", "  ")).isEqualTo(1);
        assertThat(cli.run("tasks", "--db", db, "--collection", "没有的合集")).isEqualTo(1);

        assertThat(cli.run("tasks", "--db", db, "--json")).isZero();
        JsonObject t = JsonParser.parseString(cli.out()).getAsJsonObject().getAsJsonArray("tasks").get(0).getAsJsonObject();
        assertThat(t.get("status").getAsString()).isEqualTo("not_started");
        assertThat(t.get("dueSetByUser").getAsBoolean()).isFalse();
        assertThat(t.get("progress").isJsonNull()).isTrue();
    }
}
