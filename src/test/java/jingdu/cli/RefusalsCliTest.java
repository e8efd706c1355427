package jingdu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jingdu.app.library.Catalog;
import jingdu.app.Library;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** What the command line refuses, and how it says so (issue 13, "Never lose a library"). */
class RefusalsCliTest {

    /** 😀 is at [9, 11) of the text; offset 10 cuts it in half. */
    private static final String SPEECH = "安全生产工作会议讲话\n同志们：企业要落实主体责任😀。\n各部门要加强监管。\n";

    @TempDir
    Path dir;

    private Path db;
    @RegisterExtension
    final CliConsole cli = new CliConsole();

    @BeforeEach
    void library() {
        db = dir.resolve("lib.db");
    }

    private int run(String... args) {
        return cli.run(args);
    }

    private String out() {
        return cli.out();
    }

    private List<String> errLines() {
        return cli.errLines();
    }

    private long importSpeech(String text, String name) throws Exception {
        Path f = Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        assertThat(run("import", "--db", db.toString(), f.toString())).isZero();
        return Long.parseLong(out().lines().findFirst().orElseThrow().split("\t")[0]);
    }

    @Test
    void aNoteThatCutsAnEmojiIsRefusedAndTheLibraryStillShares() throws Exception {
        long id = importSpeech(SPEECH, "a.txt");
        String text;
        try (Library library = Library.open(db)) {
            text = library.find(id).orElseThrow().text();
        }
        int emoji = text.indexOf("😀");
        assertThat(run("note", "--db", db.toString(), "--speech", String.valueOf(id), "--start", String.valueOf(emoji + 1),
                "--end", String.valueOf(emoji + 3), "--text", "半个表情")).isNotZero();
        assertThat(errLines()).singleElement()
                .isEqualTo(JingduCli.I18N.get("annotate.error.splitsCharacter", String.valueOf(emoji + 1), String.valueOf(emoji + 3)));
        assertThat(out()).isEmpty();
        assertThat(run("note", "--db", db.toString(), "--speech", String.valueOf(id), "--start", String.valueOf(emoji - 2),
                "--end", String.valueOf(emoji + 2), "--text", "整个表情🚧")).isZero();

        Path json = dir.resolve("share.json");
        assertThat(run("export", "--db", db.toString(), "--all", "--format", "json", "--out", json.toString())).isZero();
        Path other = dir.resolve("other.db");
        assertThat(run("import-annotations", "--db", other.toString(), json.toString())).isZero();
        try (Library library = Library.open(other)) {
            long otherId = library.list().get(0).id();
            assertThat(library.notes().forSpeech(otherId)).singleElement().satisfies(n -> {
                assertThat(n.quote()).isEqualTo("责任😀");
                assertThat(n.body()).isEqualTo("整个表情🚧");
            });
        }
    }

    @Test
    void tagAndNoteOnADeletedSpeechAreRefused() throws Exception {
        long id = importSpeech(SPEECH, "a.txt");
        try (Library library = Library.open(db)) {
            new Catalog(library).delete(id);
        }
        assertThat(run("tag", "--db", db.toString(), "--speech", String.valueOf(id), "--paragraph", "1",
                "--level", "enterprise")).isNotZero();
        assertThat(errLines()).singleElement().isEqualTo(JingduCli.I18N.get("speech.error.deleted", String.valueOf(id)));
        assertThat(out()).isEmpty();
        assertThat(run("note", "--db", db.toString(), "--speech", String.valueOf(id), "--start", "0", "--end", "2",
                "--text", "批注")).isNotZero();
        assertThat(errLines()).singleElement().isEqualTo(JingduCli.I18N.get("speech.error.deleted", String.valueOf(id)));
        try (Library library = Library.open(db)) {
            new Catalog(library).restore(id);
            assertThat(library.tags().forSpeech(id)).isEmpty();
            assertThat(library.notes().forSpeech(id)).isEmpty();
        }
    }

    @Test
    void removingATagThatIsNotThereSaysSoAndChangesNothing() throws Exception {
        long id = importSpeech(SPEECH, "a.txt");
        String[] tag = {"tag", "--db", db.toString(), "--speech", String.valueOf(id), "--paragraph", "2", "--level", "enterprise"};
        String level = JingduCli.I18N.get("level.enterprise");

        assertThat(run(concat(tag, "--remove"))).isZero();
        assertThat(out().strip()).isEqualTo(JingduCli.I18N.get("annotate.unchanged.untagged", 2, level));
        assertThat(run(tag)).isZero();
        assertThat(out().strip()).isEqualTo("tagged " + id + " 2 enterprise");
        assertThat(run(tag)).isZero();
        assertThat(out().strip()).isEqualTo(JingduCli.I18N.get("annotate.unchanged.tagged", 2, level));
        assertThat(run(concat(tag, "--remove"))).isZero();
        assertThat(out().strip()).isEqualTo("untagged " + id + " 2 enterprise");
        try (Library library = Library.open(db)) {
            assertThat(library.tags().forSpeech(id)).isEmpty();
        }
    }

    @Test
    void searchRefusesAPageBeyondItsBound() throws Exception {
        importSpeech(SPEECH, "a.txt");
        for (String page : List.of("2147483647", "0", "-1")) {
            assertThat(run("search", "--db", db.toString(), "安全", "--page", page)).as(page).isEqualTo(2);
            assertThat(errLines()).as(page).singleElement().asString()
                    .startsWith(JingduCli.I18N.get("cli.error.usage", "--page N"));
            assertThat(out()).isEmpty();
        }
        assertThat(run("search", "--db", db.toString(), "安全", "--page", "1")).isZero();
        assertThat(out()).contains("【安全】");
    }

    @Test
    void exportRefusesAnUnknownSectorWithSearchsMessage() throws Exception {
        importSpeech(SPEECH, "a.txt");
        assertThat(run("search", "--db", db.toString(), "安全", "--sector", "nonsense")).isEqualTo(2);
        List<String> searchSays = errLines();
        assertThat(searchSays).singleElement().asString().contains("nonsense", "coal");

        Path md = dir.resolve("out.md");
        assertThat(run("export", "--db", db.toString(), "--all", "--sector", "nonsense", "--out", md.toString())).isEqualTo(2);
        assertThat(errLines()).isEqualTo(searchSays);
        assertThat(md).doesNotExist();
        assertThat(run("export", "--db", db.toString(), "--all", "--sector", "coal")).isZero();
    }

    @Test
    void importAnnotationsRefusesANewSpeechWithAnEmptyText() throws Exception {
        String sha = jingdu.io.AnnotationsJson.sha256("");
        for (String text : List.of("", " \n\u3000\n")) {
            Path json = Files.writeString(dir.resolve("empty.json"), "{\"format\":\"jingdu-annotations\",\"version\":1,"
                    + "\"speeches\":[{\"title\":\"空讲话\",\"sha256\":\"" + sha + "\",\"text\":\"" + text.replace("\n", "\\n")
                    + "\"}]}", StandardCharsets.UTF_8);
            assertThat(run("import-annotations", "--db", db.toString(), json.toString())).isNotZero();
            assertThat(errLines()).singleElement().isEqualTo(JingduCli.I18N.get("export.import.error.emptyText", "空讲话"));
        }
        assertThat(run("list", "--db", db.toString())).isZero();
        assertThat(out()).isEmpty();
    }

    @Test
    void listKeepsOneLineOfFourFieldsPerSpeechWhateverTheTitles() throws Exception {
        long typed = importSpeech("第一篇\t讲话\u202E题目\n同志们：企业要落实主体责任。\n", "a.txt");
        String text = "外来讲话\n各部门要加强监管。";
        Path json = Files.writeString(dir.resolve("t.json"), "{\"format\":\"jingdu-annotations\",\"version\":1,"
                + "\"speeches\":[{\"title\":\"换行\\n标题\\t\\u202e\\u2066倒\\u0000\",\"sha256\":\""
                + jingdu.io.AnnotationsJson.sha256(text) + "\",\"text\":\"" + text.replace("\n", "\\n") + "\"}]}",
                StandardCharsets.UTF_8);
        assertThat(run("import-annotations", "--db", db.toString(), json.toString())).isZero();
        try (Library library = Library.open(db)) {
            assertThat(library.find(typed).orElseThrow().title()).isEqualTo("第一篇 讲话题目");
            assertThat(library.list().get(0).title()).isEqualTo("换行 标题 倒");
            new Catalog(library).rename(typed, "编辑\r\n后的\t标题\u202D");
            assertThat(library.find(typed).orElseThrow().title()).isEqualTo("编辑 后的 标题");
        }
        assertThat(run("list", "--db", db.toString())).isZero();
        List<String> lines = out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines).allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(4));
        assertThat(lines).extracting(l -> l.split("\t")[3]).containsExactly("换行 标题 倒", "编辑 后的 标题");
        assertThat(out()).doesNotContain("\u202E", "\u202D", "\u2066", "\u0000");
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
