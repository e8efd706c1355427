package jingdu.app.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import jingdu.model.Compilation;
import jingdu.model.Compilation.Kind;
import jingdu.model.Compilation.Source;
import org.junit.jupiter.api.Test;

/** The pure part of 摘编: near-identical excerpts shown once with all sources, order and groups by date, date ranges. */
class ExcerptsTest {

    private static Excerpts.Found found(String text, long speech, String date, int paragraph) {
        return new Excerpts.Found(text, new Source(speech, "讲话" + speech, "某人", date, paragraph, paragraph * 100,
                paragraph * 100 + text.length()));
    }

    @Test
    void nearIdenticalExcerptsAreShownOnceWithEverySourceUnderTheEarliestDate() {
        String first = "各级党委政府要严格落实安全生产责任制，压实企业主体责任。";
        String again = "各级党委政府要 严格落实安全生产责任制、压实企业主体责任！"; // punctuation and a space differ
        String other = "煤矿企业要加强瓦斯治理，严防重特大事故。";
        Compilation.Theme theme = Excerpts.theme(Kind.TAG, "t4", "安全生产责任", List.of(
                found(again, 2, "2024-05-10", 1), found(other, 3, "2024-05-10", 2), found(first, 1, "2024-03-06", 2)));

        assertThat(theme.excerpts()).isEqualTo(2);
        assertThat(theme.dates()).extracting(Compilation.DateGroup::date).containsExactly("2024-03-06", "2024-05-10");
        Compilation.Excerpt merged = theme.dates().get(0).excerpts().get(0);
        assertThat(merged.text()).isEqualTo(first); // the earliest speech's words
        assertThat(merged.sources()).extracting(Source::speechId).containsExactly(1L, 2L);
        assertThat(theme.dates().get(1).excerpts()).singleElement()
                .satisfies(e -> assertThat(e.text()).isEqualTo(other));
    }

    @Test
    void excerptsBelowTheThresholdStayApart() {
        String one = "要严格落实安全生产责任制，压实企业主体责任。";
        String changed = "要认真落实防汛抗旱责任制，压实属地管理责任。";
        assertThat(NearDuplicates.similarity(one, changed)).isLessThan(NearDuplicates.THRESHOLD);
        String close = "要严格落实安全生产责任制，压实企业的主体责任。"; // one character added
        assertThat(NearDuplicates.similarity(one, close)).isGreaterThanOrEqualTo(NearDuplicates.THRESHOLD);

        Compilation.Theme theme = Excerpts.theme(Kind.QUERY, "责任制", "责任制", List.of(
                found(one, 1, "2024", 1), found(changed, 2, "2024", 1), found(close, 3, "2025", 1)));
        assertThat(theme.dates()).hasSize(1); // the close one joined the 2024 excerpt
        assertThat(theme.dates().get(0).excerpts()).extracting(Compilation.Excerpt::text).containsExactly(one, changed);
        assertThat(theme.dates().get(0).excerpts().get(0).sources()).extracting(Source::speechId).containsExactly(1L, 3L);
    }

    @Test
    void datesRunOldestFirstAndUndatedLastAndOneSpeechsPlacesInTextOrder() {
        Compilation.Theme theme = Excerpts.theme(Kind.SECTOR, "coal", "煤矿", List.of(
                found("无日期的讲话说煤矿。", 9, null, 1),
                found("二〇二四年五月，第二段说煤矿。", 2, "2024-05", 2),
                found("二〇二四年五月，第一段说煤矿安全。", 2, "2024-05", 1),
                found("二〇二三年说煤矿必须停产整顿。", 1, "2023", 4)));
        assertThat(theme.dates()).extracting(Compilation.DateGroup::date).containsExactly("2023", "2024-05", null);
        assertThat(theme.dates().get(1).excerpts()).extracting(e -> e.sources().get(0).paragraph()).containsExactly(1, 2);
    }

    @Test
    void theSameSourceFoundTwiceIsCountedOnce() {
        Excerpts.Found f = found("要落实安全生产责任。", 1, "2024", 1);
        Compilation.Theme theme = Excerpts.theme(Kind.TAG, "t4", "责任", List.of(f, f));
        assertThat(theme.dates().get(0).excerpts()).singleElement().satisfies(e -> assertThat(e.sources()).hasSize(1));
    }

    @Test
    void aDateRangeTakesDaysMonthsAndYearsAndRefusesNonsense() throws Exception {
        DateRange march = DateRange.parse("2024-03", "2024年3月");
        assertThat(march.from()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(march.to()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(march.contains("2024-03-06")).isTrue();
        assertThat(march.contains("2024-03")).isTrue();
        assertThat(march.contains("2024")).isFalse(); // a year is wider than the range
        assertThat(march.contains("2024-04-01")).isFalse();
        assertThat(march.contains(null)).isFalse();
        assertThat(march.contains("去年春天")).isFalse();
        assertThat(DateRange.parse(null, " ").contains(null)).isTrue();
        assertThat(DateRange.parse("2024", null).contains("2025-01-01")).isTrue();
        assertThat(DateRange.parse("2024", null).contains("2023-12-31")).isFalse();

        assertThatThrownBy(() -> DateRange.parse("2024-05", "2024-03"))
                .isInstanceOfSatisfying(CompileException.class, e -> assertThat(e.key()).isEqualTo("compile.error.dateOrder"));
        assertThatThrownBy(() -> DateRange.parse("明年", null))
                .isInstanceOfSatisfying(CompileException.class, e -> assertThat(e.key()).isEqualTo("compile.error.date"));
        assertThatThrownBy(() -> DateRange.parse(null, "2024-02-30"))
                .isInstanceOfSatisfying(CompileException.class, e -> assertThat(e.key()).isEqualTo("compile.error.date"));
    }

    /** The candidates prefix filtering picks lose no pair: the same groups as comparing each with every group. */
    @Test
    void theFilteredGroupingIsTheSameAsComparingEveryPair() throws Exception {
        List<String> sentences = new java.util.ArrayList<>();
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src/test/resources/heldout/corpus"))) {
            for (java.nio.file.Path p : files.filter(x -> x.toString().endsWith(".txt")).sorted().limit(4).toList()) {
                for (String t : java.nio.file.Files.readString(p).split("(?<=[。；！？])")) {
                    if (t.strip().length() > 6) {
                        sentences.add(t.strip());
                    }
                }
            }
        }
        java.util.Random random = new java.util.Random(19);
        List<String> texts = new java.util.ArrayList<>();
        for (int i = 0; i < 600; i++) {
            String t = sentences.get(random.nextInt(sentences.size()));
            int cut = random.nextInt(t.length());
            texts.add(switch (random.nextInt(4)) {
                case 0 -> t; // repeated as it was
                case 1 -> t.substring(0, cut) + t.substring(cut + 1); // a character dropped
                case 2 -> t.substring(0, cut) + "，" + t.substring(cut); // a comma added
                default -> t.substring(0, cut); // cut short
            });
        }
        List<Excerpts.Found> found = new java.util.ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            found.add(found(texts.get(i), i + 1, "2024", 0)); // one speech each, in this order
        }
        List<List<Long>> filtered = Excerpts.theme(Kind.QUERY, "q", "q", found).dates().get(0).excerpts().stream()
                .map(e -> e.sources().stream().map(Source::speechId).toList()).toList();

        List<String> firsts = new java.util.ArrayList<>();
        List<List<Long>> everyPair = new java.util.ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            int g = 0;
            while (g < firsts.size() && NearDuplicates.similarity(firsts.get(g), texts.get(i)) < NearDuplicates.THRESHOLD) {
                g++;
            }
            if (g == firsts.size()) {
                firsts.add(texts.get(i));
                everyPair.add(new java.util.ArrayList<>());
            }
            everyPair.get(g).add((long) i + 1);
        }
        assertThat(everyPair.size()).isLessThan(texts.size()); // the sample does have near-identical ones
        assertThat(filtered).isEqualTo(everyPair);
    }
}
