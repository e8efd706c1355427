package jingdu.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import jingdu.model.Level;
import jingdu.model.Speech;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexTest {

    @TempDir
    Path dir;

    @Test
    void gramsAreHexTokensSoNoQueryCharacterReachesTheParser() {
        assertThat(SearchGrams.unigrams("安 A")).isEqualTo("u5b89 u61");
        assertThat(SearchGrams.bigrams("安全Ａ")).isEqualTo("b5b89x5168 b5168x61");
        assertThat(SearchGrams.bigrams("安 全")).isEqualTo("z z");
        assertThat(SearchGrams.bigramQuery(List.of("\"*", "and("))).matches("[a-z0-9\" ]+(AND)?[a-z0-9\" ]+");
        assertThat(SearchGrams.fold("ＡＢｃ\u3000")).isEqualTo("abc ");
    }

    @Test
    void theFilterDrivenPlanAndTheTextDrivenPlanGiveTheSameRows() {
        try (Database db = Database.open(dir.resolve("lib.db"))) {
            SpeechRepository speeches = new SpeechRepository(db);
            TagRepository tags = new TagRepository(db);
            NoteRepository notes = new NoteRepository(db);
            SearchIndex index = new SearchIndex(db, SearchFinder.Plan.FILTER);
            SearchIndex textDriven = new SearchIndex(db, SearchFinder.Plan.TEXT);
            SearchIndex auto = new SearchIndex(db);
            Random r = new Random(7);
            String[] words = {"安全", "生产", "煤矿", "隐患", "排查", "责任", "落实", "燃气", "要", "抓"};
            for (int s = 0; s < 12; s++) {
                List<String> paragraphs = new ArrayList<>();
                Map<Integer, Set<String>> sectors = new TreeMap<>();
                for (int p = 0; p < 15; p++) {
                    StringBuilder b = new StringBuilder();
                    for (int w = 0; w < 8; w++) {
                        b.append(words[r.nextInt(words.length)]);
                    }
                    paragraphs.add(b.toString());
                    if (r.nextInt(3) == 0) {
                        sectors.put(p, new TreeSet<>(Set.of(r.nextBoolean() ? "coal" : "gas")));
                    }
                }
                Speech sp = speeches.insert("t" + s, "t.txt", String.join("\n", paragraphs), paragraphs.size());
                index.putFacts(sp.id(), sectors, Map.of(0, Set.of("leadership")));
                tags.set(sp.id(), List.of(r.nextInt(15), r.nextInt(15)), Level.values()[r.nextInt(3)], true);
                notes.add(sp.id(), 0, 2, paragraphs.get(0).substring(0, 2), "批注要抓落实");
            }
            int nonEmpty = 0;
            for (List<String> terms : List.of(List.of("要"), List.of("安全"), List.of("隐患排查"), List.of("抓", "责任"))) {
                for (Set<String> tagSet : List.of(Set.<String>of(), Set.of("enterprise"), Set.of("leadership", "supervision"))) {
                    for (Set<String> sectorSet : List.of(Set.<String>of(), Set.of("coal"))) {
                        var q = new SearchIndex.Criteria(terms, sectorSet, tagSet, Set.of(), null, null);
                        for (int offset : new int[] {0, 3}) {
                            assertThat(index.find(q, 5, offset)).as(q + " @" + offset)
                                    .isEqualTo(textDriven.find(q, 5, offset));
                        }
                        if (!tagSet.isEmpty() || !sectorSet.isEmpty()) {
                            List<SearchIndex.Doc> all = index.find(q, 1000, 0);
                            assertThat(all).as(q.toString()).isEqualTo(textDriven.find(q, 1000, 0));
                            assertThat(auto.find(q, 1000, 0)).as(q.toString()).isEqualTo(all);
                            nonEmpty += all.isEmpty() ? 0 : 1;
                        }
                    }
                }
            }
            assertThat(nonEmpty).as("filtered queries with results").isGreaterThan(8);
        }
    }
}
