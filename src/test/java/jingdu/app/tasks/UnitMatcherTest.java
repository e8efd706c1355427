package jingdu.app.tasks;

import jingdu.model.Unit;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Duty bearers (the gold labels' actors and the shapes §6 allows) matched to a county's units. */
class UnitMatcherTest {

    private static final List<Unit> UNITS = List.of(
            new Unit(1, "县住建局", List.of("住建局", "住建部门", "县住房和城乡建设局"), false),
            new Unit(2, "县应急管理局", List.of(), false),
            new Unit(3, "县交通运输局", List.of(), false),
            new Unit(4, "县委宣传部", List.of(), false),
            new Unit(5, "县市场监督管理局", List.of(), false),
            new Unit(6, "县自然资源和规划局", List.of(), false),
            new Unit(7, "县公安局", null, false),
            new Unit(8, "县水利局", List.of(), false),
            new Unit(9, "各乡镇（街道）", List.of(), true),
            new Unit(10, "各部门", List.of(), true),
            new Unit(11, "县安委会办公室", List.of("安委办"), false),
            new Unit(12, "县政法委", List.of(), false),
            new Unit(13, "县乡村振兴局", List.of(), false),
            new Unit(14, "县林业和草原局", List.of(), false),
            new Unit(15, "县人民政府办公室", List.of(), false),
            new Unit(16, "县委办公室", List.of(), false));

    private static final UnitMatcher MATCHER = new UnitMatcher(UNITS);

    /** The suggestions as "name" or "name!" when exact, joined by ;, or - for none. */
    private static String shown(List<UnitSuggestion> suggestions) {
        if (suggestions.isEmpty()) {
            return "-";
        }
        List<String> out = new ArrayList<>();
        for (UnitSuggestion s : suggestions) {
            out.add(s.unit().name() + (s.exact() ? "!" : ""));
        }
        return String.join(";", out);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        // name or alias, the level prefix missing or different
        "县住建局|县住建局!",
        "住建局|县住建局!",
        "住建部门|县住建局!",
        "县住房和城乡建设局|县住建局!",
        "湟源县住建局|县住建局!",
        "市住建局|县住建局!",
        "宣传部|县委宣传部!",
        "市委宣传部|县委宣传部!",
        "县政法委|县政法委!",
        "政法委|县政法委!",
        "乡村振兴局|县乡村振兴局!",
        "州安委会办公室|县安委会办公室!",
        "安委会办公室|县安委会办公室!",
        "安委办|县安委会办公室!",
        // full and short forms, 部门 for 局
        "住房和城乡建设部门|县住建局",
        "应急局|县应急管理局",
        "应急管理部门|县应急管理局",
        "安监部门|县应急管理局",
        "市场监管局|县市场监督管理局",
        "市场监管部门|县市场监督管理局",
        "自然资源局|县自然资源和规划局",
        "林草局|县林业和草原局",
        "林业局|县林业和草原局",
        "质监部门|县市场监督管理局",
        "工商部门|县市场监督管理局",
        "县政府办公室|县人民政府办公室",
        "市委办公室|县委办公室!",
        "水务局|-",
        "交通部门|县交通运输局",
        "安委会|县安委会办公室",
        // people of a unit
        "县住建局主要负责同志|县住建局",
        "县应急管理局局长|县应急管理局",
        // several bodies: each, best first, then in the bearer's order
        "县应急局、县住建局|县住建局!;县应急管理局",
        "应急、住建、交通等部门|县应急管理局;县住建局;县交通运输局",
        "县应急管理局和县住房和城乡建设局|县住建局!;县应急管理局",
        "县公安局、*局、*局|县公安局!",
        "县*局、林业局、市场监管局|县林业和草原局;县市场监督管理局",
        // groups only match groups
        "各部门|各部门!",
        "各乡（镇、街道）|各乡镇（街道）!",
        "各乡镇|各乡镇（街道）",
        "各级各部门|各部门",
        "各乡镇、各部门和单位|各部门!;各乡镇（街道）",
        // a body at every level: the user's own one, not exact
        "各级安委办、防火办、减灾办等|县安委会办公室",
        "各级各部门主要领导|各部门",
        "有关部门|-",
        "各单位|-",
        // unknown
        "县财政局|-",
        "县*局|-",
        "我们|-",
        "大家|-",
        "企业主要负责人|-",
        "*|-",
        "𠀀𠀁|-",
        "局|-",
        "部门|-",
    })
    void suggestsTheUnitsABearerMeans(String bearer, String expected) {
        assertThat(shown(MATCHER.suggest(bearer))).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\u3000", "、、、", "（（（", "）", "等", "和和和", "\uD800"})
    void blankOrBrokenBearersSuggestNothing(String bearer) {
        assertThat(MATCHER.suggest(bearer)).isEmpty();
    }

    @Test
    void scoresStayInRangeAndExactRanksFirst() {
        for (String bearer : List.of("县住建局", "住建部门", "应急、住建、交通等部门", "县应急局、县住建局", "县住建局主要负责同志",
                "各乡镇", "市场监管局")) {
            List<UnitSuggestion> s = MATCHER.suggest(bearer);
            assertThat(s).as(bearer).isNotEmpty().allSatisfy(x -> assertThat(x.score()).isBetween(0.0, 1.0));
            assertThat(s).as(bearer).extracting(UnitSuggestion::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
            assertThat(s).as(bearer).filteredOn(UnitSuggestion::exact)
                    .allSatisfy(x -> assertThat(x.score()).isGreaterThanOrEqualTo(0.95));
        }
        assertThat(MATCHER.suggest("县住建局").get(0).score())
                .isGreaterThan(MATCHER.suggest("住房和城乡建设部门").get(0).score())
                .isGreaterThan(MATCHER.suggest("县住建局主要负责同志").get(0).score());
    }

    @Test
    void withoutUnitsNothingIsSuggested() {
        assertThat(new UnitMatcher(List.of()).suggest("县住建局")).isEmpty();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "各部门|true",
        "各单位|true",
        "各乡镇（街道）|true",
        "各地|true",
        "各级各部门|true",
        "有关部门|true",
        "相关单位|true",
        "各县市(开发区)|true",
        "各安委会成员单位|true",
        "县直各部门|true",
        "各负有安全监管职责的部门及生产经营单位|true",
        "各单位、各部门主要负责同志|true",
        "县应急局和各乡镇|true",
        "县住建局|false",
        "住建部门|false",
        "应急、住建、交通等部门|false",
        "县委宣传部|false",
        "市场监管局|false",
        "安监部门|false",
        "我们|false",
        "大家|false",
        "县住房和城乡建设局|false",
        "-|false",
        "''|false",
    })
    void tellsGroupsFromUnits(String bearer, boolean group) {
        assertThat(UnitMatcher.isGroup(bearer)).isEqualTo(group);
    }
}
