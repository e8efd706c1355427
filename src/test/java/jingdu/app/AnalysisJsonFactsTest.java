package jingdu.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import jingdu.analysis.SpeechFacts;
import jingdu.model.Analysis;
import org.junit.jupiter.api.Test;

class AnalysisJsonFactsTest {

    @Test
    void factsAreAddedBesideTheUnchangedContract() {
        String text = "在全区安全生产工作会议上的讲话\n同志们：\n全区各街道要在2024年6月底前完成排查。";
        Analysis a = new Analysis(text, java.util.List.of(), java.util.List.of(), java.util.List.of());
        JsonObject plain = JsonParser.parseString(AnalysisJson.write(a)).getAsJsonObject();
        JsonObject withFacts = JsonParser.parseString(AnalysisJson.write(a, SpeechFacts.of(text))).getAsJsonObject();

        JsonObject facts = withFacts.remove("facts").getAsJsonObject();
        assertThat(withFacts).isEqualTo(plain);
        assertThat(facts.get("title").getAsString()).isEqualTo("在全区安全生产工作会议上的讲话");
        assertThat(facts.get("governmentLevel").getAsString()).isEqualTo("区");
        assertThat(facts.get("meeting").getAsString()).isEqualTo("全区安全生产工作会议");
        assertThat(facts.get("meetingType").getAsString()).isEqualTo("工作会议");
        assertThat(facts.get("date").getAsString()).isEqualTo("2024年6月");
    }
}
