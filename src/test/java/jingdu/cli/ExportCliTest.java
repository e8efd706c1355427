package jingdu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.FileInputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jingdu.app.Library;
import jingdu.model.Level;
import jingdu.model.Speech;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCliTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream savedOut;
    private PrintStream savedErr;

    @BeforeEach
    void capture() {
        savedOut = System.out;
        savedErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(savedOut);
        System.setErr(savedErr);
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return JingduCli.run(args);
    }

    @Test
    void theLedgerTakesATitleFromTheCommandLine() throws Exception {
        Path db = dir.resolve("a.db");
        long id;
        try (Library lib = Library.open(db)) {
            id = lib.importString("讲话一\n一、压实责任\n企业要落实主体责任。", "1.txt").id();
        }
        Path xlsx = dir.resolve("台账.xlsx");
        assertThat(run("export", "--db", db.toString(), "--speech", String.valueOf(id), "--format", "xlsx",
                "--title", "防汛台账", "--out", xlsx.toString())).as(err.toString()).isZero();
        try (XSSFWorkbook wb = new XSSFWorkbook(new FileInputStream(xlsx.toFile()))) {
            assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("防汛台账");
        }
        assertThat(run("export", "--db", db.toString(), "--speech", String.valueOf(id), "--format", "csv",
                "--title", "防汛台账")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("\uFEFF防汛台账\r\n序号,工作任务,");
    }

    @Test
    void theWordReportTakesItsTitleBlockAndMarkersFromTheCommandLine() throws Exception {
        Path db = dir.resolve("a.db");
        long id;
        try (Library lib = Library.open(db)) {
            Speech s = lib.importString("讲话一\n企业必须落实主体责任。", "1.txt");
            lib.tags().set(s.id(), List.of(1), Level.ENTERPRISE, true);
            id = s.id();
        }
        Path plain = dir.resolve("plain.docx");
        assertThat(run("export", "--db", db.toString(), "--speech", String.valueOf(id), "--format", "docx",
                "--report-title", "学习报告", "--issuer", "某某局", "--date", "2026-12-03", "--out", plain.toString()))
                .as(err.toString()).isZero();
        try (XWPFDocument doc = new XWPFDocument(new FileInputStream(plain.toFile()))) {
            List<String> texts = doc.getParagraphs().stream().map(p -> p.getText()).toList();
            assertThat(texts).startsWith("学习报告", "某某局", "（2026年12月3日）");
            assertThat(String.join("", texts)).contains("企业必须落实主体责任。").doesNotContain("【");
        }
        Path marked = dir.resolve("marked.docx");
        assertThat(run("export", "--db", db.toString(), "--speech", String.valueOf(id), "--format", "docx",
                "--markers", "--out", marked.toString())).as(err.toString()).isZero();
        try (XWPFDocument doc = new XWPFDocument(new FileInputStream(marked.toFile()))) {
            String all = String.join("", doc.getParagraphs().stream().map(p -> p.getText()).toList());
            assertThat(all).startsWith("讲话一").contains("【第 2 段｜企业主体责任】").contains("【必须】");
        }
    }

    @Test
    void exportsEveryFormatAndMergesAnnotations() throws Exception {
        Path db = dir.resolve("a.db");
        long first;
        try (Library lib = Library.open(db)) {
            Speech s = lib.importString("讲话一\n企业要落实主体责任。", "1.txt");
            lib.importString("讲话二\n各部门要加强监管。", "2.txt");
            lib.tags().set(s.id(), List.of(1), Level.ENTERPRISE, true);
            lib.notes().add(s.id(), s.text().indexOf("要落"), s.text().indexOf("要落") + 2, "要落", "笔记");
            first = s.id();
        }
        for (String format : List.of("docx", "xlsx", "md", "html", "csv", "notes-csv", "json", "qdpx")) {
            Path file = dir.resolve("out." + format);
            assertThat(run("export", "--db", db.toString(), "--all", "--format", format, "--out", file.toString()))
                    .as(format + ": " + err).isZero();
            assertThat(Files.size(file)).isPositive();
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new FileInputStream(dir.resolve("out.xlsx").toFile()))) {
            assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("任务分解台账");
            assertThat(wb.getSheetAt(0).getRow(1).getCell(1).getStringCellValue()).isEqualTo("工作任务");
        }
        assertThat(run("export", "--db", db.toString(), "--speech", String.valueOf(first), "--tag", "enterprise",
                "--format", "md")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("# 讲话一").contains("企业要落实主体责任");
        assertThat(run("export", "--db", db.toString(), "--all", "--format", "docx")).isEqualTo(2);
        assertThat(run("export", "--db", db.toString(), "--all", "--tag", "nobody")).isEqualTo(2);
        assertThat(run("export", "--db", db.toString(), "--format", "md")).isEqualTo(2);

        Path other = dir.resolve("b.db");
        assertThat(run("import-annotations", "--db", other.toString(), dir.resolve("out.json").toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("新增讲话 2 篇");
        assertThat(run("import-annotations", "--db", other.toString(), dir.resolve("out.json").toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("匹配讲话 2 篇").contains("批注 0 条");
        Files.writeString(dir.resolve("bad.json"), "{\"format\":\"x\"}");
        assertThat(run("import-annotations", "--db", other.toString(), dir.resolve("bad.json").toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("不是精读批注文件");
    }

    @Test
    void aSectorFromTheUsersLexiconIsAcceptedNamedAndFilteredAndAnUnknownOneRefused() throws Exception {
        Files.writeString(dir.resolve("lexicon.tsv"), "@sector\tport\t港口\tPorts\n港口\tport\n", StandardCharsets.UTF_8);
        Path db = dir.resolve("a.db");
        Path port = Files.writeString(dir.resolve("port.txt"), "港口安全讲话\n港口企业要落实防台风措施。\n");
        Path gas = Files.writeString(dir.resolve("gas.txt"), "燃气安全讲话\n燃气企业要逐段排查管道。\n");
        assertThat(run("import", port.toString(), gas.toString(), "--db", db.toString())).isZero();

        assertThat(run("export", "--db", db.toString(), "--all", "--format", "md", "--sector", "port"))
                .as(err.toString(StandardCharsets.UTF_8)).isZero();
        String md = out.toString(StandardCharsets.UTF_8);
        assertThat(md).contains("#### 港口").contains("港口企业要落实防台风措施。").doesNotContain("燃气企业");

        assertThat(run("export", "--db", db.toString(), "--all", "--format", "md", "--sector", "nonsense")).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("参数有误：--sector nonsense: coal, ")
                .contains(", public_health, port");
    }

    @Test
    void theNewCodebookFormatsNeverReplaceTheLibrary() throws Exception {
        Path db = dir.resolve("lib.db");
        try (Library lib = Library.open(db)) {
            lib.importString("讲话\n各乡镇要在6月底前完成排查。", "a.txt");
        }
        byte[] before = Files.readAllBytes(db);
        for (String format : List.of("qdc", "codebook-csv")) {
            assertThat(run("export", "--all", "--format", format, "--db", db.toString(), "--out", db.toString(), "--force"))
                    .isEqualTo(1);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("lib.db");
        }
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
    }

    @Test
    void thePdfReportIsWrittenWithItsTitleBlockAtomicallyAndNeverOverTheLibrary() throws Exception {
        Path db = dir.resolve("lib.db");
        long id;
        try (Library lib = Library.open(db)) {
            Speech s = lib.importString("讲话一\n一、压实责任\n企业必须落实主体责任。\n各乡镇要在6月底前完成排查。", "1.txt");
            id = s.id();
        }
        Path pdf = Files.writeString(dir.resolve("报告.pdf"), "上周的报告");
        // an existing file is kept without --force
        assertThat(run("export", "--db", db.toString(), "--speech", String.valueOf(id), "--format", "pdf",
                "--out", pdf.toString())).isNotZero();
        assertThat(Files.readString(pdf)).isEqualTo("上周的报告");

        assertThat(run("export", "--db", db.toString(), "--speech", String.valueOf(id), "--format", "pdf",
                "--report-title", "学习报告", "--issuer", "某某局", "--date", "2026-12-03", "--out", pdf.toString(),
                "--force")).as(err.toString()).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty(); // nothing from PDFBox's or POI's logging
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(pdf.toString());
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text).startsWith("学习报告某某局（2026年12月3日）一、压实责任")
                    .contains("企业必须落实主体责任。").contains("各乡镇要在6月底前完成排查。").doesNotContain("【");
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp"))).as("temp files").isEmpty();
        }
        assertThat(run("export", "--db", db.toString(), "--all", "--format", "pdf")).as("pdf needs --out").isEqualTo(2);

        byte[] before = Files.readAllBytes(db);
        assertThat(run("export", "--all", "--format", "pdf", "--db", db.toString(), "--out", db.toString(), "--force"))
                .isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("lib.db");
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
    }
}
