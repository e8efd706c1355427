package jingdu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

import jingdu.app.Library;
import jingdu.app.export.Exports;
import jingdu.i18n.I18n;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exports of very large speeches in a child JVM with a small heap, as the installed app runs with a fixed
 * one: the ledger streams, and running out of memory is one line in the user's language, never a stack
 * trace, with the file already at the target left as it was.
 */
class ExportMemoryTest {

    private static final I18n ZH = new I18n(Locale.SIMPLIFIED_CHINESE);
    private static final String[] DIRECTIVES = {"各乡镇要加强危险化学品安全监管。", "企业必须落实安全生产主体责任。",
        "各部门要严格执行24小时值班制度。", "要深入开展燃气安全专项整治。", "严禁违规动火作业。"};

    @TempDir
    Path dir;

    /** A speech of {@code lines} short directives: one ledger row (and one Word paragraph) each. */
    private static long speech(Library library, int lines) throws Exception {
        StringBuilder text = new StringBuilder("安全生产工作会议讲话");
        for (int i = 0; i < lines; i++) {
            text.append('\n').append(DIRECTIVES[i % DIRECTIVES.length]);
        }
        return library.importString(text.toString(), lines + ".txt").id();
    }

    private record Run(int exit, String out, List<String> err) {
    }

    private Run cli(String heap, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-Djingdu.lang=zh", "-cp", System.getProperty("java.class.path"), jingdu.Main.class.getName()));
        cmd.addAll(List.of(args));
        Path out = dir.resolve("child.out");
        Path err = dir.resolve("child.err");
        Process child = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(child.waitFor(5, TimeUnit.MINUTES)).as("child finished").isTrue();
        return new Run(child.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readAllLines(err, StandardCharsets.UTF_8).stream().filter(l -> !l.startsWith("INFO: ")).toList());
    }

    @Test
    void theLedgerOfAVeryLargeSpeechIsWrittenWithA256MegabyteHeap() throws Exception {
        Path db = dir.resolve("lib.db");
        long id;
        try (Library library = Library.open(db)) {
            id = speech(library, 30_000);
        }
        Path xlsx = dir.resolve("ledger.xlsx");

        Run run = cli("256m", "export", "--db", db.toString(), "--speech", String.valueOf(id), "--format", "xlsx",
                "--out", xlsx.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains(ZH.get("export.done", xlsx.toString()));
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            String sheet = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(count(sheet, "<row ")).isEqualTo(30_002); // the title, the header and a row per directive
            assertThat(sheet).contains("<autoFilter ref=\"A2:L30002\"/>", "state=\"frozen\"");
            assertThat(zip.getEntry("xl/worksheets/sheet2.xml")).as("the counts sheet").isNotNull();
        }
    }

    @Test
    void runningOutOfMemoryDuringAnExportIsOneLineAndTheFileAlreadyThereStays() throws Exception {
        Path db = dir.resolve("lib.db");
        long id;
        try (Library library = Library.open(db)) {
            id = speech(library, 19_000); // under the Word report's paragraph limit, over what 96 MB can lay out with markers
        }
        Path docx = Files.writeString(dir.resolve("report.docx"), "上周的报告");

        Run run = cli("96m", "export", "--db", db.toString(), "--speech", String.valueOf(id), "--format", "docx",
                "--markers", "--out", docx.toString(), "--force"); // replacing is allowed: the old file must survive the failure anyway

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).singleElement().satisfies(line -> {
            assertThat(line).isEqualTo(ZH.get("export.error.outOfMemory", heapOf(line)));
            assertThat(line).doesNotContain("Exception", "OutOfMemoryError", "\tat ");
        });
        assertThat(Files.readString(docx, StandardCharsets.UTF_8)).isEqualTo("上周的报告");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp"))).as("temp files").isEmpty();
        }
    }

    @Test
    void aPdfReportThatRunsOutOfMemoryLeavesTheFileAlreadyThereAndNoTempFile() throws Exception {
        Path db = dir.resolve("lib.db");
        long id;
        try (Library library = Library.open(db)) {
            id = speech(library, 19_000);
        }
        Path pdf = Files.writeString(dir.resolve("report.pdf"), "上周的报告");

        Run run = cli("96m", "export", "--db", db.toString(), "--speech", String.valueOf(id), "--format", "pdf",
                "--markers", "--out", pdf.toString(), "--force");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).singleElement().satisfies(line -> {
            assertThat(line).isEqualTo(ZH.get("export.error.outOfMemory", heapOf(line)));
            assertThat(line).doesNotContain("Exception", "OutOfMemoryError", "\tat ");
        });
        assertThat(Files.readString(pdf, StandardCharsets.UTF_8)).isEqualTo("上周的报告");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp"))).as("temp files").isEmpty();
        }
    }

    /** The heap figure the child put in its message (the JVM's own reading of -Xmx). */
    private static long heapOf(String line) {
        Matcher m = Pattern.compile("(\\d[\\d,]*) MB").matcher(line);
        assertThat(m.find()).as("a heap figure in: %s", line).isTrue();
        return Long.parseLong(m.group(1).replace(",", ""));
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
