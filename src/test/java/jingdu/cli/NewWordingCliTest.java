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

/** {@code new-wording}: the newer speech's new phrases as lines or JSON; bad ids and limits refused plainly. */
class NewWordingCliTest {

    @RegisterExtension
    final CliConsole cli = new CliConsole();

    @TempDir
    Path dir;

    @Test
    void listsTheNewPhrasesOfTheLaterSpeechWithTheirSentences() throws Exception {
        String shared = "全市安全生产工作会议讲话\n各部门要加强监管执法，落实企业安全生产主体责任。\n";
        Path older = Files.writeString(dir.resolve("去年.txt"), shared, StandardCharsets.UTF_8);
        Path newer = Files.writeString(dir.resolve("今年.txt"),
                shared + "要推行“一件事全链条”监管，形成“隐患排查治理闭环”。\n", StandardCharsets.UTF_8);
        String db = dir.resolve("lib.db").toString();
        assertThat(cli.run("import", "--db", db, older.toString())).isZero();
        assertThat(cli.run("import", "--db", db, newer.toString())).isZero();

        assertThat(cli.run("new-wording", "--db", db, "--speech", "2")).isZero();
        List<String> lines = cli.out().lines().toList();
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("一件事全链条\t1\t").endsWith("要推行“一件事全链条”监管，形成“隐患排查治理闭环”。"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("隐患排查治理闭环\t1\t"));
        assertThat(lines).noneMatch(l -> l.startsWith("监管执法\t") || l.startsWith("主体责任\t"));
        assertThat(cli.errLines()).containsExactly(JingduCli.I18N.get("cli.newWording.count", lines.size()));

        assertThat(cli.run("new-wording", "--db", db, "--speech", "2", "--limit", "1", "--json")).isZero();
        JsonObject json = JsonParser.parseString(cli.out()).getAsJsonObject();
        assertThat(json.get("speech").getAsLong()).isEqualTo(2);
        JsonArray phrases = json.getAsJsonArray("phrases");
        assertThat(phrases).hasSize(1);
        JsonObject first = phrases.get(0).getAsJsonObject();
        assertThat(first.get("phrase").getAsString()).isEqualTo(lines.get(0).split("\t")[0]);
        assertThat(first.get("sentence").getAsString()).contains(first.get("phrase").getAsString());
        assertThat(first.get("end").getAsInt() - first.get("start").getAsInt()).isEqualTo(first.get("phrase").getAsString().length());

        // the first speech has nothing earlier than it: everything in it is new
        assertThat(cli.run("new-wording", "--db", db, "--speech", "1", "--limit", "3")).isZero();
        assertThat(cli.out().lines()).hasSize(3);
    }

    @Test
    void anUnknownSpeechOrABadLimitIsRefusedInOneLine() throws Exception {
        Path one = Files.writeString(dir.resolve("a.txt"), "讲话\n各部门要加强监管。\n", StandardCharsets.UTF_8);
        String db = dir.resolve("lib.db").toString();
        assertThat(cli.run("import", "--db", db, one.toString())).isZero();

        assertThat(cli.run("new-wording", "--db", db, "--speech", "9")).isEqualTo(1);
        assertThat(cli.out()).isEmpty();
        assertThat(cli.errLines()).containsExactly(JingduCli.I18N.get("newWording.error.noSpeech", 9L));

        assertThat(cli.run("new-wording", "--db", db, "--speech", "1", "--limit", "0")).isEqualTo(1);
        assertThat(cli.errLines()).containsExactly(JingduCli.I18N.get("newWording.error.limit", 0));
    }
}
