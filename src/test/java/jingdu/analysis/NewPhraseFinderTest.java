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
    void clausesCountsAndVerbObjectStretchesAreNotWordingsButQuotedOnesAre() {
        String newer = "全年共检查企业1460家次。企业开展自查，要每季度召开一次安全生产专题会议。"
                + "各地要扎实抓好重点。要健全双重预防机制，推行“高效办成一件事”。";
        List<String> found = phrases(newer, List.of("会议。"));
        assertThat(found).contains("双重预防机制", "高效办成一件事")
                .noneMatch(p -> p.equals("企业开展自查") || p.equals("检查企业") || p.startsWith("一次")
                        || p.equals("扎实抓好重点") || p.startsWith("召开") && p.length() > 2);
        assertThat(found).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(NewPhraseFinder.QUOTED_CHARS));
    }

    @Test
    void charactersOutsideTheBasicPlaneAndEmojiNeitherBreakTheFinderNorItsOffsets() {
        String newer = "要推行“𠮷𠀀联防”机制，\uD83D\uDE00落实𠮷字号企业安全责任。严防\uD83D\uDE00事故。";
        List<NewPhrase> found = FINDER.find(newer, List.of("会议。", "𠮷"), 100);
        assertThat(found).isNotEmpty().allSatisfy(p -> {
            assertThat(newer.substring(p.start(), p.end())).isEqualTo(p.phrase());
            assertThat(Character.isLowSurrogate(p.phrase().charAt(0))).as("no phrase starts inside a character").isFalse();
            assertThat(Character.isHighSurrogate(p.phrase().charAt(p.phrase().length() - 1))).isFalse();
            assertThat(p.phrase()).doesNotContain("\uD83D\uDE00");
        });
        assertThat(found).extracting(NewPhrase::phrase).contains("𠮷𠀀联防").doesNotContain("𠮷");
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

    @Test
    void aPhraseAcrossTheScansPiecesIsFound() {
        String filler = "的".repeat(4094);
        List<String> phrases = List.of("闭环管理", "本质安全", "一件事");
        PhraseAutomaton automaton = new PhraseAutomaton(phrases);
        PhraseAutomaton.Marks marks = automaton.marks();
        // 闭环管理 starts two characters before the second piece, 本质安全 far into it; 一件事 is nowhere
        assertThat(automaton.markContained(filler + "闭环管理" + "的".repeat(5000) + "本质安全", marks)).isEqualTo(2);
        assertThat(marks.found(0)).isTrue();
        assertThat(marks.found(1)).isTrue();
        assertThat(marks.found(2)).isFalse();
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
