package jingdu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import jingdu.app.Library;
import jingdu.app.export.Exports;
import jingdu.model.Level;
import jingdu.model.SpeechSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JingduCliTest {

    private static final String GBK_SPEECH = "在全市安全生产工作会议上的讲话\r\n同志们：\r\n一、思想上要再重视。\r\n必须严防煤矿瓦斯事故。\r\n";
    private static final String UTF8_SPEECH = "安全生产电视电话会议讲话\n（一）要突出抓好重点行业。\n企业要落实主体责任。\n";

    @TempDir
    Path dir;

    private Path db;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream savedOut;
    private PrintStream savedErr;

    @BeforeEach
    void captureStreams() {
        db = dir.resolve("lib.db");
        savedOut = System.out;
        savedErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreStreams() {
        System.setOut(savedOut);
        System.setErr(savedErr);
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return JingduCli.run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private List<String> errLines() {
        return err.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
    }

    private int count() {
        try (Library library = Library.open(db)) {
            return library.speeches().count();
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    @Test
    void importListAndExport() throws Exception {
        Path gbk = Files.write(dir.resolve("gbk.txt"), GBK_SPEECH.getBytes(Charset.forName("GBK")));
        Path utf8 = Files.write(dir.resolve("utf8.txt"), UTF8_SPEECH.getBytes(StandardCharsets.UTF_8));

        assertThat(run("import", "--db", db.toString(), gbk.toString(), utf8.toString())).isZero();
        assertThat(errLines()).containsExactly(JingduCli.I18N.get("importer.summary", 2, 0));
        assertThat(run("list", "--db", db.toString())).isZero();
        assertThat(out()).contains("在全市安全生产工作会议上的讲话").contains("安全生产电视电话会议讲话");
        assertThat(out().lines()).hasSize(2);

        long id;
        try (Library library = Library.open(db)) {
            SpeechSummary s = library.list().stream()
                    .filter(x -> x.title().equals("在全市安全生产工作会议上的讲话")).findFirst().orElseThrow();
            id = s.id();
            String text = library.find(id).orElseThrow().text();
            int at = text.indexOf("必须严防");
            library.notes().add(id, at, at + 4, "必须严防", "要点 <script>x</script>");
            library.tags().set(id, List.of(3), Level.ENTERPRISE, true);
        }
        Path md = dir.resolve("out/notes.md");
        Files.createDirectories(md.getParent());
        assertThat(run("export", "--db", db.toString(), "--speech", String.valueOf(id), "--format", "md",
                "--out", md.toString())).isZero();
        assertThat(errLines()).isEmpty();
        String written = Files.readString(md, StandardCharsets.UTF_8);
        assertThat(written).startsWith("# 在全市安全生产工作会议上的讲话\n")
                .contains("## " + JingduCli.I18N.get("export.section.outline"))
                .contains("## " + JingduCli.I18N.get("export.section.notes"))
                .contains("> 必须严防")
                .contains("要点 &lt;script&gt;x&lt;/script&gt;")
                .contains(JingduCli.I18N.get("export.level.enterprise"));
        assertThat(Files.list(md.getParent())).containsExactly(md); // no temp file left behind

        assertThat(run("export", "--db", db.toString(), "--speech", String.valueOf(id))).isZero();
        assertThat(out()).isEqualTo(written);
    }

    @Test
    void badFileFailsWithOneLineAndLeavesLibraryUnchanged() throws Exception {
        Path good = Files.writeString(dir.resolve("good.txt"), UTF8_SPEECH);
        assertThat(run("import", "--db", db.toString(), good.toString())).isZero();
        Path png = Files.write(dir.resolve("pic.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I'});

        assertThat(run("import", "--db", db.toString(), png.toString())).isNotZero();
        assertThat(errLines()).containsExactly(JingduCli.I18N.get("import.error.notText", "pic.txt"),
                JingduCli.I18N.get("importer.summary", 0, 1));
        assertThat(out()).isEmpty();
        assertThat(count()).isEqualTo(1);

        assertThat(run("import", "--db", db.toString(), dir.resolve("missing.txt").toString())).isNotZero();
        assertThat(errLines()).hasSize(2);
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void unknownSpeechAndFormatFailWithOneLine() throws Exception {
        Path good = Files.writeString(dir.resolve("good.txt"), UTF8_SPEECH);
        assertThat(run("import", "--db", db.toString(), good.toString())).isZero();

        assertThat(run("export", "--db", db.toString(), "--speech", "999")).isNotZero();
        assertThat(errLines()).singleElement().isEqualTo(JingduCli.I18N.get("export.error.noSpeech", "999"));
        assertThat(out()).isEmpty();

        Path target = dir.resolve("x.rtf");
        assertThat(run("export", "--db", db.toString(), "--speech", "1", "--format", "rtf", "--out", target.toString()))
                .isNotZero();
        assertThat(errLines()).singleElement().isEqualTo(JingduCli.I18N.get("cli.error.format", "rtf", String.join(", ", jingdu.app.export.Exports.FORMATS)));
        assertThat(target).doesNotExist();

        assertThat(run("export", "--db", db.toString(), "--speech", "1", "--out", dir.resolve("no/such/dir.md").toString()))
                .isNotZero();
        assertThat(errLines()).hasSize(1);
    }

    @Test
    void picocliErrorsAreShort() {
        assertThat(run("export", "--db", db.toString(), "--speech", "abc")).isNotZero();
        assertShortUsageError();
        assertThat(run("export", "--db", db.toString())).isNotZero();
        assertShortUsageError();
        assertThat(run("import", "--db", db.toString())).isNotZero();
        assertShortUsageError();
        assertThat(run("list", "--bogus")).isNotZero();
        assertShortUsageError();
    }

    private void assertShortUsageError() {
        assertThat(errLines()).hasSizeBetween(1, 2);
        assertThat(errLines().get(0)).startsWith(JingduCli.I18N.get("cli.error.usage", ""));
        assertThat(String.join("\n", errLines())).doesNotContain("Usage:");
    }

    @Test
    void nonSqliteDatabaseIsRefusedAndUntouched() throws Exception {
        Path fake = Files.writeString(dir.resolve("jingdu.db"), "not a database\n".repeat(30));
        Path good = Files.writeString(dir.resolve("good.txt"), UTF8_SPEECH);
        String before = sha256(fake);
        for (String[] args : List.of(
                new String[] {"list", "--db", fake.toString()},
                new String[] {"import", "--db", fake.toString(), good.toString()},
                new String[] {"export", "--db", fake.toString(), "--speech", "1"})) {
            assertThat(run(args)).as(String.join(" ", args)).isNotZero();
            assertThat(errLines()).singleElement()
                    .isEqualTo(JingduCli.I18N.get("store.error.notDatabase", fake.toString()));
            assertThat(sha256(fake)).isEqualTo(before);
        }
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("jingdu.db", "good.txt");
    }

    @Test
    void exportIsARegisteredCommand() {
        assertThat(JingduCli.isCommand(new String[] {"export", "--speech", "1"})).isTrue();
        assertThat(JingduCli.isCommand(new String[] {})).isFalse();
    }

    @Test
    void theBenchesAreNotCommandsOfTheApp() {
        for (String bench : List.of("bench", "bench-search", "bench-app")) {
            assertThat(CommandNames.isCommand(new String[] {bench})).as(bench).isFalse();
            assertThat(run(bench)).as(bench).isNotZero(); // they live in target/jingdu-bench.jar
            assertThat(String.join("\n", errLines())).as(bench).contains("'" + bench + "'");
        }
    }

    @Test
    void theWindowsRouteKnowsEveryCommandByName() {
        assertThat(CommandNames.ALL).isEqualTo(new picocli.CommandLine(new JingduCli()).getSubcommands().keySet());
    }

    @Test
    void everyCommandExplainsItselfWithHelp() throws Exception {
        for (String command : CommandNames.ALL) {
            assertThat(run(command, "--help")).as(command).isZero();
            // in the user's language (Chinese unless JINGDU_LANG=en): 用法：jingdu … / Usage: jingdu …
            assertThat(out()).as(command).contains(JingduCli.I18N.get("usage.synopsisHeading") + "jingdu " + command);
        }
    }
}
