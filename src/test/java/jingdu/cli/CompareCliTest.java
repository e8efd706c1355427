package jingdu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import jingdu.app.Library;
import jingdu.app.library.Catalog;
import jingdu.model.Speech;

/** {@code compare}: two speeches or a speech against a collection, as lines or JSON; bad ids refused clearly. */
class CompareCliTest {

    @RegisterExtension
    final CliConsole cli = new CliConsole();

    @TempDir
    Path dir;

    private String db;
    private long old;
    private long neu;

    @BeforeEach
    void library() throws Exception {
        try (Library library = Library.open(dir.resolve("lib.db"))) {
            Speech a = library.importString("""
                    在全县安全生产工作会议上的讲话
                    同志们：
                    各乡镇要落实属地管理责任。
                    县住建局要加强建筑施工安全监管。
                    各企业要开展应急演练。""", "old.txt");
            Speech b = library.importString("""
                    在全县安全生产工作推进会上的讲话
                    同志们：
                    各乡镇必须落实属地管理责任。
                    县住建局要加强建筑施工安全监管。
                    县交通局要严查客运车辆超员。""", "new.txt");
            Catalog catalog = new Catalog(library);
            long k = catalog.createCollection("2024 会议").id();
            catalog.addToCollection(k, a.id());
            catalog.addToCollection(k, b.id());
            old = a.id();
            neu = b.id();
        }
        db = dir.resolve("lib.db").toString();
    }

    @Test
    void linesInChineseWithCounts() throws Exception {
        assertThat(cli.run("compare", "--db", db, "--old", String.valueOf(old), "--new", String.valueOf(neu))).isZero();
        List<String> lines = cli.out().lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).isEqualTo("延续\t" + neu + ":2\t各乡镇[-要-][+必须+]落实属地管理责任。（要求加强：要求 → 必须）\t原："
                + old + ":2");
        assertThat(lines.get(1)).isEqualTo("延续\t" + neu + ":3\t县住建局要加强建筑施工安全监管。\t原：" + old + ":3");
        assertThat(lines.get(2)).isEqualTo("新增\t" + neu + ":4\t县交通局要严查客运车辆超员。");
        assertThat(lines.get(3)).isEqualTo("未再提及\t" + old + ":4\t各企业要开展应急演练。");
        assertThat(lines.get(4)).isEqualTo(JingduCli.I18N.get("cli.compare.counts", 1, 2, 1, 1, 0));
        assertThat(lines.get(4)).startsWith("新增 1 项，延续 2 项，未再提及 1 项");
    }

    @Test
    void jsonAndAgainstACollection() throws Exception {
        assertThat(cli.run("compare", "--db", db, "--collection", "2024 会议", "--new", String.valueOf(neu), "--json")).isZero();
        JsonObject o = JsonParser.parseString(cli.out()).getAsJsonObject();
        assertThat(o.getAsJsonArray("olderSpeechIds").get(0).getAsLong()).isEqualTo(old);
        assertThat(o.getAsJsonArray("olderSpeechIds")).hasSize(1);
        assertThat(o.getAsJsonObject("counts").get("continued").getAsInt()).isEqualTo(2);
        assertThat(o.getAsJsonObject("counts").get("strengthened").getAsInt()).isEqualTo(1);
        JsonArray rows = o.getAsJsonArray("rows");
        JsonObject first = rows.get(0).getAsJsonObject();
        assertThat(first.get("change").getAsString()).isEqualTo("continued");
        assertThat(first.get("strengthened").getAsBoolean()).isTrue();
        assertThat(first.getAsJsonObject("older").get("strength").getAsString()).isEqualTo("required");
        assertThat(first.getAsJsonObject("newer").get("strength").getAsString()).isEqualTo("mandatory");
        assertThat(first.getAsJsonArray("wording").get(1).getAsJsonObject().get("kind").getAsString()).isEqualTo("removed");
        JsonObject dropped = rows.get(3).getAsJsonObject();
        assertThat(dropped.get("change").getAsString()).isEqualTo("dropped");
        assertThat(dropped.get("newer").isJsonNull()).isTrue();
    }

    @Test
    void badIdsAndCollectionsAreRefusedWithOneClearLine() throws Exception {
        assertThat(cli.run("compare", "--db", db, "--old", "999", "--new", String.valueOf(neu))).isNotZero();
        assertThat(cli.err().strip()).isEqualTo(JingduCli.I18N.get("compare.error.noSpeech", 999));
        assertThat(cli.run("compare", "--db", db, "--old", String.valueOf(neu), "--new", String.valueOf(neu))).isNotZero();
        assertThat(cli.err().strip()).isEqualTo(JingduCli.I18N.get("compare.error.same", neu));
        assertThat(cli.run("compare", "--db", db, "--collection", "没有", "--new", String.valueOf(neu))).isNotZero();
        assertThat(cli.err().strip()).isEqualTo(JingduCli.I18N.get("compare.error.noCollection", "没有"));
        // --old and --collection together, or neither: a usage error
        assertThat(cli.run("compare", "--db", db, "--old", String.valueOf(old), "--collection", "2024 会议", "--new",
                String.valueOf(neu))).isNotZero();
        assertThat(cli.run("compare", "--db", db, "--new", String.valueOf(neu))).isNotZero();
        assertThat(cli.out()).isEmpty();
    }
}
