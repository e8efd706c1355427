package jingdu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jingdu.app.Library;
import jingdu.io.DocumentFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import FOLDER}: every document found, ids on stdout, reasons and a summary on stderr. */
class ImportCliTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream savedOut;
    private PrintStream savedErr;

    @BeforeEach
    void capture() {
        jingdu.io.DocumentFormat.values(); // quiets POI's logging as the CLI does, before the fixtures use POI
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

    /** Without the lines Jazzer's agent logs when a fuzz test ran earlier in the same JVM. */
    private List<String> errLines() {
        return err.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("INFO: ")).toList();
    }

    @Test
    void aFolderIsImportedAndSkippedFilesAreListedWithTheirReason() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("in/sub"));
        DocumentFixtures.docx(folder.resolve("a.docx"));
        DocumentFixtures.pdf(folder.getParent().resolve("b.pdf"));
        DocumentFixtures.zipBombDocx(folder.resolve("bomb.docx"), 200);
        Path db = dir.resolve("lib.db");

        int code = JingduCli.run(new String[] {"import", "--db", db.toString(), folder.getParent().toString()});

        assertThat(code).isEqualTo(1); // something was skipped
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(2)
                .allSatisfy(l -> assertThat(l).matches("\\d+\t" + DocumentFixtures.TITLE));
        assertThat(errLines()).containsExactly(
                JingduCli.I18N.get("importer.error.zipBomb", "bomb.docx"),
                JingduCli.I18N.get("importer.summary", 2, 1));
        try (Library library = Library.open(db)) {
            assertThat(library.list()).hasSize(2);
        }
    }

    @Test
    void nothingSkippedExitsZero() throws Exception {
        Path ofd = DocumentFixtures.ofd(dir.resolve("讲话.ofd"));
        int code = JingduCli.run(new String[] {"import", "--db", dir.resolve("lib.db").toString(), ofd.toString()});
        assertThat(code).isZero();
        assertThat(errLines()).containsExactly(JingduCli.I18N.get("importer.summary", 1, 0));
    }

    @Test
    void theSameFileTwiceIsImportedOnceUnlessDuplicatesAreAllowed() throws Exception {
        Path file = Files.writeString(dir.resolve("讲话.txt"), "在全县安全生产工作会议上的讲话\n各乡镇要加强燃气安全检查。\n",
                StandardCharsets.UTF_8);
        Path db = dir.resolve("lib.db");
        assertThat(JingduCli.run(new String[] {"import", "--db", db.toString(), file.toString()})).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).singleElement().asString().endsWith("\t在全县安全生产工作会议上的讲话");
        out.reset();
        err.reset();

        int again = JingduCli.run(new String[] {"import", "--db", db.toString(), file.toString()});

        assertThat(again).isEqualTo(1); // skipped, as every skip is
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(errLines()).containsExactly(
                JingduCli.I18N.get("import.skipped.duplicate", "讲话.txt", "在全县安全生产工作会议上的讲话"),
                JingduCli.I18N.get("importer.summary.duplicates", 0, 1, 1));
        assertThat(errLines().get(0)).containsAnyOf("已存在：《在全县安全生产工作会议上的讲话》",
                "already in the library: «在全县安全生产工作会议上的讲话»");
        out.reset();
        err.reset();

        assertThat(JingduCli.run(new String[] {"import", "--allow-duplicates", "--db", db.toString(), file.toString()})).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(1);
        try (Library library = Library.open(db)) {
            assertThat(library.list()).hasSize(2);
        }
    }

    /** The .pdf of a speech imported as .txt is the same speech: skipped with 已存在, unless a copy is asked for. */
    @Test
    void thePdfOfATxtAlreadyImportedIsSkippedAndAFolderCountsItsDuplicates() throws Exception {
        Path pdf = DocumentFixtures.pdf(dir.resolve("讲话.pdf"));
        // the same text as typed into a .txt: other spacing and blank lines, CRLF
        Path txt = dir.resolve("讲话.txt");
        Files.writeString(txt, String.join("\r\n\r\n", DocumentFixtures.PARAGRAPHS).replace("，", "， ") + "\r\n",
                StandardCharsets.UTF_8);
        Path db = dir.resolve("lib.db");
        assertThat(JingduCli.run(new String[] {"import", "--db", db.toString(), txt.toString()})).isZero();
        err.reset();
        out.reset();

        int code = JingduCli.run(new String[] {"import", "--db", db.toString(), pdf.toString()});

        assertThat(code).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(errLines()).containsExactly(
                JingduCli.I18N.get("import.skipped.duplicate", "讲话.pdf", DocumentFixtures.TITLE),
                JingduCli.I18N.get("importer.summary.duplicates", 0, 1, 1));

        // a folder with the .txt, the .pdf and one new speech: one in, two counted as already there
        Path folder = Files.createDirectories(dir.resolve("folder"));
        Files.copy(txt, folder.resolve("a.txt"));
        Files.copy(pdf, folder.resolve("b.pdf"));
        Files.writeString(folder.resolve("c.txt"), "另一篇讲话\n各部门要加强监管。\n", StandardCharsets.UTF_8);
        err.reset();
        out.reset();
        assertThat(JingduCli.run(new String[] {"import", "--db", db.toString(), folder.toString()})).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).singleElement().asString().endsWith("\t另一篇讲话");
        assertThat(errLines()).containsExactly(
                JingduCli.I18N.get("import.skipped.duplicate", "a.txt", DocumentFixtures.TITLE),
                JingduCli.I18N.get("import.skipped.duplicate", "b.pdf", DocumentFixtures.TITLE),
                JingduCli.I18N.get("importer.summary.duplicates", 1, 2, 2));

        err.reset();
        out.reset();
        assertThat(JingduCli.run(new String[] {"import", "--allow-duplicates", "--db", db.toString(), pdf.toString()}))
                .isZero();
        assertThat(errLines()).containsExactly(JingduCli.I18N.get("importer.summary", 1, 0));
        try (Library library = Library.open(db)) {
            assertThat(library.list()).hasSize(3);
        }
    }

    @Test
    void aTxtOverTheCharacterCapIsRefusedWithItsMessageAndTheLibraryKeepsWhatItHad() throws Exception {
        Path db = dir.resolve("lib.db");
        Path small = dir.resolve("small.txt");
        Files.writeString(small, "讲话\n各部门要加强监管。", StandardCharsets.UTF_8);
        assertThat(JingduCli.run(new String[] {"import", "--db", db.toString(), small.toString()})).isZero();
        // 3,000,001 characters in 9 MB of UTF-8: under the 20 MB file limit, over the text cap of every format
        Path big = dir.resolve("big.txt");
        String line = "安全生产责任重于泰山";
        StringBuilder text = new StringBuilder(jingdu.io.TextBudget.MAX_CHARS + line.length());
        while (text.length() <= jingdu.io.TextBudget.MAX_CHARS) {
            text.append(line);
        }
        text.setLength(jingdu.io.TextBudget.MAX_CHARS + 1);
        Files.writeString(big, text, StandardCharsets.UTF_8);
        assertThat(Files.size(big)).isLessThan(jingdu.io.TextDecoder.MAX_BYTES);
        err.reset();

        int code = JingduCli.run(new String[] {"import", "--db", db.toString(), big.toString()});

        assertThat(code).isEqualTo(1);
        assertThat(errLines()).containsExactly(
                JingduCli.I18N.get("importer.error.tooMuchText", "big.txt", jingdu.io.TextBudget.MAX_CHARS),
                JingduCli.I18N.get("importer.summary", 0, 1));
        assertThat(errLines().get(0)).contains("big.txt", "3,000,000");
        try (Library library = Library.open(db)) {
            assertThat(library.list()).singleElement().satisfies(s -> assertThat(s.title()).isEqualTo("讲话"));
        }
    }
}
