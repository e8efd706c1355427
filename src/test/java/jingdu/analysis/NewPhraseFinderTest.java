package jingdu.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

import jingdu.model.NewPhrase;
import org.junit.jupiter.api.Test;

class NewPhraseFinderTest {

    private static final NewPhraseFinder FINDER = new NewPhraseFinder();

    private static List<String> phrases(String newer, List<String> earlier) {
        return FINDER.find(newer, earlier, 100).stream().map(NewPhrase::phrase).toList();
    }

    @Test
    void aPhraseIsOldWhereverAnEarlierTextHasItsCharactersHoweverTheyAreCut() {
        String newer = "要加快培育新质生产力。";
        assertThat(phrases(newer, List.of("今年工作会议。"))).contains("新质生产力");
        // the earlier text runs it into other words (质生产 across a word boundary): still old
        List<String> earlier = List.of("今年工作会议。", "各地区要因地制宜发展新质生产力量化指标。");
        assertThat(phrases(newer, earlier)).doesNotContain("新质生产力", "生产力")
                .allSatisfy(p -> assertThat(earlier).noneMatch(e -> e.contains(p)));
    }

    @Test
    void noPhraseHasPunctuationDigitsOrAFunctionWordAtEitherEnd() {
        String newer = "2025年，全市要推进“数智化转型”，落实“三管三必须”要求，安全生产的底线要守牢。";
        List<NewPhrase> found = FINDER.find(newer, List.of("会议。"), 100);
        assertThat(found).isNotEmpty();
        for (NewPhrase p : found) {
            assertThat(p.phrase()).as(p.phrase()).matches("\\p{IsHan}{2,}")
                    .doesNotStartWith("的").doesNotEndWith("的").doesNotStartWith("要推进").doesNotEndWith("要")
                    .doesNotStartWith("全市").doesNotContain("年");
            assertThat(newer.substring(p.start(), p.end())).isEqualTo(p.phrase());
        }
        assertThat(found.stream().map(NewPhrase::phrase)).contains("数智化转型", "三管三必须");
    }

    @Test
    void timesLightVerbsAndBodiesNamesDoNotMakeWordings() {
        String newer = "二季度全省安全形势平稳。要对安全生产工作进行研究部署，省交通运输厅要推动“数智化转型”。";
        List<NewPhrase> found = FINDER.find(newer, List.of("会议。"), 100);
        assertThat(found).extracting(NewPhrase::phrase)
                .noneMatch(p -> p.contains("季度") || p.endsWith("进行") || p.startsWith("进行") || p.startsWith("全省"));
        NewPhrase body = found.stream().filter(p -> p.phrase().endsWith("交通运输厅")).findFirst().orElseThrow();
        NewPhrase wording = found.stream().filter(p -> p.phrase().equals("数智化转型")).findFirst().orElseThrow();
        assertThat(wording.score()).isGreaterThan(body.score());
        assertThat(found.indexOf(wording)).isLessThan(found.indexOf(body));
    }

    @Test
    void eachEarlierTextIsReadOnceAndReadingStopsWhenEveryCandidateIsOld() {
        String newer = "安全生产。";
        List<Integer> read = new ArrayList<>();
        List<String> texts = List.of("安全生产。", "别的。", "又一篇。");
        Iterable<String> counting = () -> new Iterator<>() {
            int i;

            @Override
            public boolean hasNext() {
                return i < texts.size();
            }

            @Override
            public String next() {
                read.add(i);
                return texts.get(i++);
            }
        };
        assertThat(FINDER.find(newer, counting, 10)).isEmpty();
        assertThat(read).containsExactly(0);
    }

    @Test
    void theAutomatonFindsExactlyWhatIndexOfFinds() {
        Random r = new Random(7);
        String alphabet = "安全生产隐患排查治理闭环";
        for (int round = 0; round < 200; round++) {
            List<String> phrases = new ArrayList<>();
            for (int k = 0; k < 1 + r.nextInt(30); k++) {
                phrases.add(random(r, alphabet, 1 + r.nextInt(5)));
            }
            PhraseAutomaton automaton = new PhraseAutomaton(phrases);
            PhraseAutomaton.Marks marks = automaton.marks();
            List<String> texts = List.of(random(r, alphabet, r.nextInt(60)), random(r, alphabet, r.nextInt(60)));
            texts.forEach(t -> automaton.markContained(t, marks));
            String newer = random(r, alphabet, r.nextInt(80));
            int[] firstEnd = new int[phrases.size()];
            int[] count = new int[phrases.size()];
            automaton.occurrences(newer, firstEnd, count);
            for (int i = 0; i < phrases.size(); i++) {
                String p = phrases.get(i);
                int first = phrases.indexOf(p); // a repeated phrase is reported under its first index
                boolean contained = texts.get(0).contains(p) || texts.get(1).contains(p);
                assertThat(marks.found(first)).as(p).isEqualTo(contained);
                int at = newer.indexOf(p);
                assertThat(firstEnd[first]).as(p).isEqualTo(at < 0 ? -1 : at + p.length());
                assertThat(count[first]).as(p).isEqualTo(overlapping(newer, p));
            }
        }
    }

    private static String random(Random r, String alphabet, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    private static int overlapping(String text, String p) {
        int n = 0;
        for (int at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + 1)) {
            n++;
        }
        return n;
    }
}
