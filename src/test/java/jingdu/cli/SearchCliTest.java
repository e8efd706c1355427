package jingdu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchCliTest {

    @TempDir
    Path dir;

    private Path db;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream savedOut;
    private PrintStream savedErr;

    @BeforeEach
    void capture() throws Exception {
        db = dir.resolve("lib.db");
        savedOut = System.out;
        savedErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        Path a = Files.writeString(dir.resolve("a.txt"), "煤矿安全讲话\n一、严防瓦斯爆炸。\n企业要落实主体责任（\"AND(\"条款）。\n");
        Path b = Files.writeString(dir.resolve("b.txt"), "燃气安全讲话\n燃气管道要逐段排查。\n");
        assertThat(run("import", a.toString(), b.toString(), "--db", db.toString())).isZero();
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

    private List<String> lines() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void textOutputHasOneLinePerHitWithTheHitMarked() {
        assertThat(run("search", "瓦", "--db", db.toString())).isZero();
        assertThat(lines()).singleElement().satisfies(l -> {
            String[] cols = l.split("\t");
            assertThat(cols).hasSize(5);
            assertThat(cols[1]).isEqualTo("1");
            assertThat(cols[2]).isEqualTo("-");
            assertThat(cols[3]).isEqualTo("煤矿安全讲话");
            assertThat(cols[4]).isEqualTo("一、严防【瓦】斯爆炸。");
        });
        assertThat(run("search", "安全讲话", "--db", db.toString())).isZero();
        assertThat(lines()).hasSize(2);
        assertThat(run("search", "不存在的词", "--db", db.toString())).isZero();
        assertThat(lines()).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("没有找到");
    }

    @Test
    void jsonOutputAndOperatorsAsText() {
        assertThat(run("search", "\"AND(\"", "--json", "--db", db.toString())).isZero();
        JsonObject root = JsonParser.parseString(out.toString(StandardCharsets.UTF_8)).getAsJsonObject();
        assertThat(root.get("query").getAsString()).isEqualTo("\"AND(\"");
        assertThat(root.get("page").getAsInt()).isEqualTo(1);
        assertThat(root.get("hasMore").getAsBoolean()).isFalse();
        assertThat(root.getAsJsonArray("hits")).hasSize(1);
        JsonObject hit = root.getAsJsonArray("hits").get(0).getAsJsonObject();
        assertThat(hit.get("paragraph").getAsInt()).isEqualTo(2);
        assertThat(hit.get("note").isJsonNull()).isTrue();
        String snippet = hit.get("snippet").getAsString();
        assertThat(snippet.substring(hit.get("hitStart").getAsInt(), hit.get("hitEnd").getAsInt())).isEqualTo("\"AND(\"");
        for (String q : List.of("\"", ")", "*", "NEAR(", "'; DROP TABLE speech; --")) {
            assertThat(run("search", q, "--db", db.toString())).as(q).isZero();
        }
        assertThat(run("list", "--db", db.toString())).isZero();
        assertThat(lines()).hasSize(2);
    }

    @Test
    void tagAndSectorFiltersAndBadArguments() {
        assertThat(run("tag", "--db", db.toString(), "--speech", "1", "--paragraph", "2", "--level", "enterprise")).isZero();
        assertThat(run("search", "企业", "--tag", "enterprise", "--db", db.toString())).isZero();
        assertThat(lines()).singleElement().satisfies(l -> assertThat(l).startsWith("1\t2\t-\t"));
        assertThat(run("search", "安全", "--tag", "enterprise", "--db", db.toString())).isZero();
        assertThat(lines()).isEmpty();
        assertThat(run("search", "安全", "--sector", "gas", "--db", db.toString())).isZero();
        assertThat(lines()).singleElement().satisfies(l -> assertThat(l).contains("燃气安全讲话"));
        assertThat(run("search", "安全", "--sector", "nonsense", "--db", db.toString())).isEqualTo(2);
        assertThat(run("search", "安全", "--tag", "boss", "--db", db.toString())).isEqualTo(2);
        assertThat(run("search", "安全", "--from", "2001-13-01", "--db", db.toString())).isEqualTo(2);
    }

    @Test
    void aSectorFromTheUsersLexiconIsAcceptedAndAnUnknownOneRefusedWithTheValidIds() throws Exception {
        Files.writeString(dir.resolve("lexicon.tsv"), "@sector\tport\t港口\tPorts\n港口\tport\n", StandardCharsets.UTF_8);
        Path c = Files.writeString(dir.resolve("c.txt"), "港口安全讲话\n港口企业要落实防台风措施。\n");
        assertThat(run("import", c.toString(), "--db", db.toString())).isZero();

        assertThat(run("search", "防台风", "--sector", "port", "--db", db.toString())).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(lines()).singleElement().satisfies(l -> assertThat(l).contains("港口安全讲话"));
        assertThat(run("search", "安全", "--sector", "port", "--sector", "gas", "--db", db.toString())).isZero();
        assertThat(lines()).hasSize(2);

        assertThat(run("search", "安全", "--sector", "nonsense", "--db", db.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).strip())
                .isEqualTo("参数有误：--sector nonsense: coal, noncoal_mine, hazchem, fireworks, road_traffic, rail_air_water, "
                        + "construction, gas, fire, special_equipment, industry_trade, oil_gas_pipeline, tourism, forest_fire, "
                        + "natural_disaster, power_water, public_health, port");
    }
}
