package jingdu.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import jingdu.model.Analysis;
import jingdu.model.Obligation;
import jingdu.model.ParagraphInfo;
import jingdu.model.SectorMention;
import jingdu.model.Strength;
import org.junit.jupiter.api.Test;

class AnalysisJsonTest {

    @Test
    void paragraphsAndSentencesCarryTheirSectorSets() {
        String text = "一、煤矿要防瓦斯。燃气企业必须整改。\n同志们好。";
        Analysis a = new Analysis(text,
                List.of(new ParagraphInfo(0, 0, 18, 1, List.of()), new ParagraphInfo(1, 19, 24, 0, List.of())),
                List.of(new SectorMention(2, 4, "coal", "煤矿"), new SectorMention(6, 8, "coal", "瓦斯"),
                        new SectorMention(9, 11, "gas", "燃气")),
                List.of(new Obligation(0, 9, Strength.REQUIRED, null, "6月底前")));
        JsonObject json = AnalysisJson.toJson(a);

        JsonArray paragraphs = json.getAsJsonArray("paragraphs");
        assertThat(paragraphs.get(0).getAsJsonObject().getAsJsonArray("sectors").toString()).isEqualTo("[\"coal\",\"gas\"]");
        assertThat(paragraphs.get(1).getAsJsonObject().getAsJsonArray("sectors")).isEmpty();

        JsonArray sentences = json.getAsJsonArray("sentences");
        assertThat(sentences).hasSize(3);
        JsonObject first = sentences.get(0).getAsJsonObject();
        assertThat(first.get("start").getAsInt()).isZero();
        assertThat(first.get("end").getAsInt()).isEqualTo(9);
        assertThat(first.getAsJsonArray("sectors").toString()).isEqualTo("[\"coal\"]");
        assertThat(sentences.get(1).getAsJsonObject().getAsJsonArray("sectors").toString()).isEqualTo("[\"gas\"]");
        assertThat(sentences.get(2).getAsJsonObject().get("paragraph").getAsInt()).isEqualTo(1);

        JsonObject obligation = json.getAsJsonArray("obligations").get(0).getAsJsonObject();
        assertThat(obligation.get("deadline").getAsString()).isEqualTo("6月底前");
        assertThat(obligation.has("actor")).isFalse();
    }
}
