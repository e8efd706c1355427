package jingdu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import jingdu.app.Library;
import jingdu.app.compile.CompileFixture;

/** {@code compile}: 摘编 into docx, pdf or md; bad input refused with one clear line and nothing written. */
class CompileCliTest {

    @RegisterExtension
    final CliConsole cli = new CliConsole();

    @TempDir
    Path dir;

    private String db;

    @BeforeEach
    void library() throws Exception {
        try (Library library = Library.open(dir.resolve("lib.db"))) {
            new CompileFixture(library);
        }
        db = dir.resolve("lib.db").toString();
    }

    @Test
    void writesTheThreeFormats() throws Exception {
        Path md = dir.resolve("摘编.md");
        assertThat(cli.run("compile", "--db", db, "--tag", "安全生产责任", "--collection", "汛期", "--format", "md",
                "--out", md.toString())).isZero();
        assertThat(cli.out().strip()).isEqualTo(JingduCli.I18N.get("compile.done", md.toString(), 1));
        String text = Files.readString(md, StandardCharsets.UTF_8);
        assertThat(text).startsWith("# " + JingduCli.I18N.get("compile.title", "安全生产责任"))
                .contains(CompileFixture.SAID_FIRST).doesNotContain(CompileFixture.UNDATED);

        Path docx = dir.resolve("level.docx");
        assertThat(cli.run("compile", "--db", db, "--level", "supervision", "--from", "2023", "--to", "2023-12",
                "--out", docx.toString())).isZero(); // docx is the default format
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(docx)); XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
            assertThat(x.getText()).contains(CompileFixture.SUPERVISION, "在县安委会全体会议上的讲话");
        }

        Path pdf = dir.resolve("query.pdf");
        assertThat(cli.run("compile", "--db", db, "--query", "值班", "--title", "值班值守摘编", "--format", "pdf",
                "--out", pdf.toString())).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", "")).contains("值班值守摘编", CompileFixture.FLOOD);
        }
    }

    @Test
    void aSectorIsReadWithTheLibrarysEngine() throws Exception {
        Path md = dir.resolve("coal.md");
        assertThat(cli.run("compile", "--db", db, "--sector", "coal", "--format", "md", "--out", md.toString())).isZero();
        assertThat(Files.readString(md, StandardCharsets.UTF_8)).contains(CompileFixture.COAL)
                .doesNotContain(CompileFixture.ROADS, CompileFixture.FLOOD);
    }

    @Test
    void refusesBadInputWithOneLineAndWritesNothing() throws Exception {
        Path out = dir.resolve("out.md");
        List<String[]> bad = List.of(
                new String[] {"--tag", "不存在的标签"},
                new String[] {"--level", "boss"},
                new String[] {"--sector", "moon"},
                new String[] {"--tag", "安全生产责任", "--collection", "没有的合集"},
                new String[] {"--tag", "安全生产责任", "--from", "2024-06", "--to", "2024-01"},
                new String[] {"--tag", "安全生产责任", "--from", "去年"},
                new String[] {"--tag", "安全生产责任", "--format", "html"},
                new String[] {"--collection", "汛期"});
        for (String[] args : bad) {
            String[] all = concat(new String[] {"compile", "--db", db, "--out", out.toString()}, args);
            assertThat(cli.run(all)).as(String.join(" ", args)).isEqualTo(2);
            assertThat(cli.errLines()).as(String.join(" ", args)).hasSize(1);
            assertThat(out).doesNotExist();
        }
        assertThat(cli.run("compile", "--db", db, "--tag", "安全生产责任", "--from", "2024-06", "--to", "2024-01",
                "--out", out.toString())).isEqualTo(2);
        assertThat(cli.errLines()).containsExactly(JingduCli.I18N.get("compile.error.dateOrder", "2024-06", "2024-01"));

        long size = Files.size(Path.of(db));
        assertThat(cli.run("compile", "--db", db, "--tag", "安全生产责任", "--format", "md", "--force", "--out", db)).isEqualTo(1);
        assertThat(cli.errLines()).hasSize(1);
        assertThat(Files.size(Path.of(db))).isEqualTo(size);
        try (Library library = Library.open(Path.of(db))) {
            assertThat(library.list()).hasSize(4); // the library still opens, whole
        }

        Path existing = Files.writeString(dir.resolve("old.md"), "旧内容");
        assertThat(cli.run("compile", "--db", db, "--tag", "安全生产责任", "--format", "md", "--out", existing.toString()))
                .isEqualTo(1);
        assertThat(Files.readString(existing)).isEqualTo("旧内容");
    }

    @Test
    void theHelpSpeaksBothLanguages() {
        assertThat(cli.run("compile", "--help")).isZero();
        assertThat(cli.out()).contains("--tag", "--level", "--sector", "--query", "--collection", "--from", "--to", "--out");
        assertThat(new jingdu.i18n.I18n(java.util.Locale.ENGLISH).get("jingdu.compile.usage.description.0"))
                .startsWith("Thematic compilation");
        assertThat(new jingdu.i18n.I18n(java.util.Locale.SIMPLIFIED_CHINESE).get("jingdu.compile.usage.description.0"))
                .startsWith("论述摘编");
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
