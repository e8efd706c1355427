package jingdu.bench.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import jingdu.model.Analysis;
import jingdu.model.Obligation;
import jingdu.model.Strength;
import jingdu.text.TextLayout;

/**
 * The Java scorer's duty-bearer and deadline figures agree with shared/tools/eval_analysis.py. The
 * obligations in seed-obligations.json are a frozen engine output on the shared seeds (an early engine, with
 * right, wrong and missing bearers and deadlines); eval_analysis.py scored that same output at
 * actors ok=169 predicted=117 n=242 and deadlines tp=8 fp=4 fn=14.
 */
class GoldScorerSlotsTest {

    @Test
    void agreesWithThePythonScorerOnAFrozenAnalysis() throws IOException {
        String dir = System.getProperty("jingdu.shared");
        assumeTrue(dir != null && Files.isDirectory(Path.of(dir, "gold")), "shared gold not available");
        Path shared = Path.of(dir);
        JsonObject frozen;
        try (InputStream in = GoldScorerSlotsTest.class.getResourceAsStream("/jingdu/bench/seed-obligations.json");
             Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            frozen = JsonParser.parseReader(r).getAsJsonObject();
        }
        GoldScorer.Result result = new GoldScorer.Result();
        List<Path> golds;
        try (Stream<Path> s = Files.list(shared.resolve("gold"))) {
            golds = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path g : golds) {
            JsonObject gold;
            try (Reader r = Files.newBufferedReader(g, StandardCharsets.UTF_8)) {
                gold = JsonParser.parseReader(r).getAsJsonObject();
            }
            String name = gold.get("file").getAsString();
            String text = TextLayout.normalize(Files.readString(GoldScorer.find(shared.resolve("corpus"), name)));
            GoldScorer.scoreFile(gold, new Analysis(text, List.of(), List.of(), obligations(frozen.getAsJsonArray(name))), result);
        }
        assertThat(result.errors).isEmpty();
        assertThat(result.slotFiles).isEqualTo(5);
        assertThat(List.of(result.actorRight, result.actorPredicted, result.slotSentences)).containsExactly(169, 117, 242);
        assertThat(List.of(result.deadlines.tp, result.deadlines.fp, result.deadlines.fn)).containsExactly(8, 4, 14);
        assertThat(result.summary()).endsWith("actorAcc=0.698 deadlineF1=0.471");
    }

    private static List<Obligation> obligations(JsonArray rows) {
        List<Obligation> out = new ArrayList<>();
        for (JsonElement e : rows) {
            JsonArray o = e.getAsJsonArray();
            out.add(new Obligation(o.get(0).getAsInt(), o.get(1).getAsInt(),
                    Strength.valueOf(o.get(2).getAsString().toUpperCase(Locale.ROOT)),
                    o.get(3).isJsonNull() ? null : o.get(3).getAsString(), o.get(4).isJsonNull() ? null : o.get(4).getAsString()));
        }
        return out;
    }

    @Test
    void comparesWithoutWhitespaceAndPunctuation() {
        assertThat(GoldScorer.norm("各单位、各部门 主要负责同志")).isEqualTo("各单位各部门主要负责同志");
        assertThat(GoldScorer.norm("县*局（市、区）")).isEqualTo("县局市区");
        assertThat(GoldScorer.norm("，。")).isNull();
        assertThat(GoldScorer.norm(null)).isNull();
    }

    @Test
    void filesWithoutActorLabelsAreLeftOut() {
        String text = "各部门要加强检查。";
        JsonObject gold = JsonParser.parseString("{\"file\":\"x.txt\",\"paragraphs\":[],\"sentences\":[{\"p\":0,\"s\":0,"
                + "\"text\":\"各部门要加强检查。\",\"obligation\":\"required\",\"sectors\":[]}]}").getAsJsonObject();
        GoldScorer.Result r = new GoldScorer.Result();
        GoldScorer.scoreFile(gold, new Analysis(text, List.of(), List.of(),
                List.of(new Obligation(0, text.length(), Strength.REQUIRED, "各部门", null))), r);
        assertThat(r.slotFiles).isZero();
        assertThat(r.slotSentences).isZero();
        assertThat(r.summary()).endsWith("actorAcc=n/a deadlineF1=n/a");
    }
}
