package jingdu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jingdu.app.Library;
import jingdu.app.annotate.Annotator;
import jingdu.i18n.I18n;
import jingdu.model.Speech;

/** `correct`, `corrections` and `analyze --library-view`; what the command line corrects the window can undo. */
class CorrectCliTest {

    private static final String TEXT = "讲话\n各乡镇要在6月底前完成水库隐患排查。\n企业要落实主体责任。";

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

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void correctsListsShowsTheLibraryViewAndIsUndoableInTheWindow() throws Exception {
        Path db = dir.resolve("lib.db");
        long id;
        try (Library lib = Library.open(db)) {
            Speech s = lib.importString(TEXT, "a.txt");
            id = s.id();
        }
        int firms = TEXT.indexOf("企业");
        String span = firms + ":" + TEXT.length();
        assertThat(run("correct", "--db", db.toString(), "--speech", String.valueOf(id), "--obligation", span, "--dismiss"))
                .as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out()).startsWith("corrected " + id + " ");
        int towns = TEXT.indexOf("各乡镇");
        String towns2 = towns + ":" + (TEXT.indexOf("。", towns) + 1);
        assertThat(run("correct", "--db", db.toString(), "--speech", String.valueOf(id), "--obligation", towns2,
                "--actor", "各乡镇人民政府")).isZero();

        assertThat(run("corrections", "--db", db.toString(), "--json")).isZero();
        JsonArray rows = JsonParser.parseString(out()).getAsJsonArray();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).getAsJsonObject().get("kind").getAsString()).isEqualTo("actor");
        assertThat(rows.get(1).getAsJsonObject().get("needsLook").getAsBoolean()).isFalse();

        assertThat(run("analyze", "--library-view", "--db", db.toString(), "--speech", String.valueOf(id))).isZero();
        JsonObject view = JsonParser.parseString(out()).getAsJsonObject();
        JsonArray obligations = view.getAsJsonArray("obligations");
        assertThat(obligations).hasSize(1);
        assertThat(obligations.get(0).getAsJsonObject().get("actor").getAsString()).isEqualTo("各乡镇人民政府");

        try (Library lib = Library.open(db)) { // the window's undo takes back what the command line did
            Annotator window = new Annotator(lib, new I18n(Locale.SIMPLIFIED_CHINESE));
            assertThat(window.nextUndo()).isPresent();
            window.undo();
            window.undo();
            assertThat(window.corrections(id)).isEmpty();
        }
    }

    @Test
    void badSpansSectorsAndValuesGetOneLineAndChangeNothing() throws Exception {
        Path db = dir.resolve("lib.db");
        long id;
        try (Library lib = Library.open(db)) {
            id = lib.importString(TEXT, "a.txt").id();
        }
        String sid = String.valueOf(id);
        assertThat(run("correct", "--db", db.toString(), "--speech", sid, "--obligation", "3-9", "--dismiss")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("3-9");
        assertThat(run("correct", "--db", db.toString(), "--speech", sid, "--obligation", "3:999", "--dismiss")).isEqualTo(1);
        assertThat(run("correct", "--db", db.toString(), "--speech", sid, "--sector", "3:5", "--as", "mining")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("mining");
        assertThat(run("correct", "--db", db.toString(), "--speech", sid, "--obligation", "3:9", "--actor", " ")).isEqualTo(1);
        assertThat(run("correct", "--db", db.toString(), "--speech", sid, "--obligation", "3:9")).isEqualTo(2);
        assertThat(run("corrections", "--db", db.toString())).isZero();
        assertThat(out()).isEmpty();
    }

    @Test
    void aSectorDecidedEverywhereGoesIntoTheWordListInLexiconFormat() throws Exception {
        Path db = dir.resolve("lib.db");
        long id;
        try (Library lib = Library.open(db)) {
            id = lib.importString("讲话\n要加强尾水渠道巡查。", "a.txt").id();
        }
        int w = "讲话\n要加强尾水渠道巡查。".indexOf("尾水渠道");
        assertThat(run("correct", "--db", db.toString(), "--speech", String.valueOf(id), "--sector", w + ":" + (w + 4),
                "--as", "power_water", "--everywhere")).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(run("corrections", "--db", db.toString(), "--word-list")).isZero();
        assertThat(out().strip()).isEqualTo("尾水渠道\tpower_water");
        assertThat(run("analyze", "--library-view", "--db", db.toString(), "--speech", String.valueOf(id))).isZero();
        assertThat(out()).contains("\"power_water\"");
    }

    @Test
    void importAnnotationsMergesCorrectionsAndPrintsOneLinePerConflict() throws Exception {
        Path alice = dir.resolve("alice.db");
        Path bob = dir.resolve("bob.db");
        long a;
        long b;
        String title;
        try (Library lib = Library.open(alice)) {
            a = lib.importString(TEXT, "a.txt").id();
        }
        try (Library lib = Library.open(bob)) {
            Speech speech = lib.importString(TEXT, "b.txt");
            b = speech.id();
            title = speech.title();
        }
        int towns = TEXT.indexOf("各乡镇");
        String span = towns + ":" + (TEXT.indexOf("。", towns) + 1);
        int firms = TEXT.indexOf("企业");
        String firmSpan = firms + ":" + TEXT.length();
        assertThat(run("correct", "--db", alice.toString(), "--speech", String.valueOf(a), "--obligation", span,
                "--actor", "县应急管理局")).isZero();
        assertThat(run("correct", "--db", alice.toString(), "--speech", String.valueOf(a), "--obligation", firmSpan,
                "--dismiss")).isZero();
        assertThat(run("correct", "--db", bob.toString(), "--speech", String.valueOf(b), "--obligation", span,
                "--actor", "各乡镇人民政府")).isZero();
        Path json = dir.resolve("alice.json");
        assertThat(run("export", "--db", alice.toString(), "--all", "--format", "json", "--out", json.toString())).isZero();

        assertThat(run("import-annotations", "--db", bob.toString(), json.toString()))
                .as(err.toString(StandardCharsets.UTF_8)).isZero();
        I18n zh = JingduCli.I18N;
        assertThat(out().lines().toList()).containsExactly(
                zh.get("export.import.done", 1, 0, 0, 0, 0, 1),
                zh.get("export.import.conflict", title, TEXT.substring(towns, towns + 16) + "…", towns,
                        TEXT.indexOf("。", towns) + 1, zh.get("export.import.answer.actor", "各乡镇人民政府"),
                        zh.get("export.import.answer.actor", "县应急管理局")));
        try (Library lib = Library.open(bob)) { // Bob's decision stands; Alice's dismissal came in
            assertThat(lib.corrections(b)).extracting(k -> k.value() == null ? k.kind().id() : k.value())
                    .containsExactlyInAnyOrder("各乡镇人民政府", "dismissObligation");
        }
    }
}
