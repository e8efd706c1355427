package jingdu.app.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jingdu.analysis.Analyzer;
import jingdu.app.Library;
import jingdu.app.export.ExportFormat;
import jingdu.app.export.ExportRequest;
import jingdu.app.export.Exports;
import jingdu.i18n.I18n;
import jingdu.model.ExportFilter;
import jingdu.io.ImportException;
import jingdu.model.Level;
import jingdu.model.Speech;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two colleagues combine their work through the annotations JSON. */
class AnnotationImportTest {

    private static final I18n ZH = new I18n(Locale.SIMPLIFIED_CHINESE);
    private static final String TEXT = "讲话标题\n同志们：\n企业要落实主体责任。\n各部门要加强监管。";

    @TempDir
    Path dir;

    private Path exportJson(Library from, Path file, boolean withText) throws Exception {
        new Exports(from, new Analyzer(), ZH).write(
                new ExportRequest(ExportFormat.JSON, List.of(), ExportFilter.NONE, withText), file, false);
        return file;
    }

    @Test
    void roundTripMergesWithoutDuplicates() throws Exception {
        try (Library alice = Library.open(dir.resolve("alice.db")); Library bob = Library.open(dir.resolve("bob.db"))) {
            Speech a = alice.importString(TEXT, "a.txt");
            alice.tags().set(a.id(), List.of(2), Level.ENTERPRISE, true);
            int at = a.text().indexOf("主体责任");
            alice.notes().add(a.id(), at, at + 4, "主体责任", "<script>alert(1)</script>");
            Path json = exportJson(alice, dir.resolve("alice.json"), true);
            assertThat(Files.readString(json)).contains("\"format\": \"jingdu-annotations\"", "\"version\": 2");

            // Bob lacks the speech: it comes with the file
            AnnotationImport.Result r = new AnnotationImport(bob).importFile(json);
            assertThat(r).isEqualTo(new AnnotationImport.Result(0, 1, 0, 1, 1));
            long id = bob.list().get(0).id();
            assertThat(bob.find(id).orElseThrow().text()).isEqualTo(a.text());
            assertThat(bob.tags().forSpeech(id)).containsEntry(2, Set.of(Level.ENTERPRISE));
            assertThat(bob.notes().forSpeech(id)).singleElement()
                    .satisfies(n -> assertThat(n.body()).isEqualTo("<script>alert(1)</script>"));

            // Bob adds his own, and imports Alice's file again: nothing doubles
            bob.tags().set(id, List.of(3), Level.SUPERVISION, true);
            assertThat(new AnnotationImport(bob).importFile(json)).isEqualTo(new AnnotationImport.Result(1, 0, 0, 0, 0));
            assertThat(bob.notes().forSpeech(id)).hasSize(1);
            assertThat(bob.list()).hasSize(1);

            // Alice takes Bob's work back, without the text: matched by hash
            Path back = exportJson(bob, dir.resolve("bob.json"), false);
            assertThat(Files.readString(back)).doesNotContain("\"text\"");
            assertThat(new AnnotationImport(alice).importFile(back)).isEqualTo(new AnnotationImport.Result(1, 0, 0, 1, 0));
            assertThat(alice.tags().forSpeech(a.id())).containsEntry(3, Set.of(Level.SUPERVISION));
        }
    }

    @Test
    void aSpeechNeitherHereNorInTheFileIsSkipped() throws Exception {
        try (Library alice = Library.open(dir.resolve("alice.db")); Library bob = Library.open(dir.resolve("bob.db"))) {
            Speech a = alice.importString(TEXT, "a.txt");
            alice.tags().set(a.id(), List.of(2), Level.ENTERPRISE, true);
            Path json = exportJson(alice, dir.resolve("a.json"), false);
            assertThat(new AnnotationImport(bob).importFile(json)).isEqualTo(new AnnotationImport.Result(0, 0, 1, 0, 0));
            assertThat(bob.list()).isEmpty();
        }
    }

    @Test
    void badOrHostileFilesChangeNothingAndSayWhy() throws Exception {
        try (Library lib = Library.open(dir.resolve("lib.db"))) {
            Speech s = lib.importString(TEXT, "a.txt");
            Path good = exportJson(lib, dir.resolve("good.json"), true);
            String json = Files.readString(good);
            String sha = jingdu.io.AnnotationsJson.sha256(s.text());
            String[][] cases = {
                {"{not json", "export.import.error.syntax"},
                {"[]", "export.import.error.format"},
                {"{\"format\":\"other\",\"version\":1,\"speeches\":[]}", "export.import.error.format"},
                {"{\"format\":\"jingdu-annotations\",\"version\":3,\"speeches\":[]}", "export.import.error.version"},
                {"{\"format\":\"jingdu-annotations\",\"version\":1,\"speeches\":{}}", "export.import.error.invalid"},
                {"{\"format\":\"jingdu-annotations\",\"version\":1,\"speeches\":[{\"title\":\"t\",\"sha256\":\"" + sha
                        + "\",\"tags\":[{\"paragraph\":0,\"level\":\"leadership\"},{\"paragraph\":99,\"level\":\"leadership\"}]}]}",
                    "export.import.error.mismatch"},
                {"{\"format\":\"jingdu-annotations\",\"version\":1,\"speeches\":[{\"title\":\"t\",\"sha256\":\"" + sha
                        + "\",\"notes\":[{\"start\":0,\"end\":2,\"quote\":\"假的\",\"body\":\"x\"}]}]}",
                    "export.import.error.mismatch"},
                {"{\"format\":\"jingdu-annotations\",\"version\":1,\"speeches\":[{\"title\":\"t\",\"sha256\":\"" + sha
                        + "\",\"tags\":[{\"paragraph\":1e40,\"level\":\"leadership\"}]}]}", "export.import.error.invalid"},
                {"{\"format\":\"jingdu-annotations\",\"version\":1,\"speeches\":[{\"title\":\"t\",\"sha256\":\"" + "0".repeat(64)
                        + "\",\"text\":\"别的正文\"}]}", "export.import.error.hash"},
                {"[".repeat(200_000) + "]".repeat(200_000), "export.import.error.format"},
                {json + "garbage", "export.import.error.syntax"},
            };
            for (String[] c : cases) {
                Path f = dir.resolve("bad.json");
                Files.writeString(f, c[0], StandardCharsets.UTF_8);
                assertThatThrownBy(() -> new AnnotationImport(lib).importFile(f)).as(c[0].substring(0, Math.min(60, c[0].length())))
                        .isInstanceOfSatisfying(ImportException.class, e -> {
                            assertThat(e.key()).isEqualTo(c[1]);
                            assertThat(ZH.has(e.key())).isTrue();
                        });
            }
            assertThat(lib.tags().forSpeech(s.id())).isEmpty();
            assertThat(lib.notes().forSpeech(s.id())).isEmpty();
            assertThat(lib.list()).hasSize(1);
        }
    }

    @Test
    void aSpeechTextOverTheCharacterCapIsRefusedAndNothingIsWritten() throws Exception {
        try (Library bob = Library.open(dir.resolve("bob.db"))) {
            Speech kept = bob.importString(TEXT, "a.txt");
            String huge = "安全".repeat(jingdu.io.TextBudget.MAX_CHARS / 2) + "。";
            List<jingdu.io.AnnotationsJson.SpeechEntry> entries = List.of(new jingdu.io.AnnotationsJson.SpeechEntry(
                    "巨长讲话", jingdu.io.AnnotationsJson.sha256(huge), huge, List.of(), List.of()));

            assertThatThrownBy(() -> new AnnotationImport(bob).merge(entries, "big.json"))
                    .isInstanceOfSatisfying(ImportException.class, e -> {
                        assertThat(e.key()).isEqualTo("export.import.error.tooMuchText");
                        assertThat(e.localized(ZH)).contains("巨长讲话", "3,000,000");
                    });
            assertThat(bob.list()).singleElement().satisfies(s -> assertThat(s.id()).isEqualTo(kept.id()));
        }
    }
}
