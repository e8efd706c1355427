package jingdu.app.tasks;

import jingdu.model.DuePeriod;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Due dates read from deadline texts; the texts are those the gold labels and the engine give, plus edge cases. */
class DueDatesTest {

    private static final DueDates DEFAULTS = new DueDates(DueDates.defaults());

    @ParameterizedTest(name = "{0} said {1} → {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // named periods (gold deadlines)
        "夏季|2024-05-20|2024-08-31",
        "汛期|2024-05-20|2024-09-30",
        "汛期|2024-10-15|2025-09-30",
        "汛期期间|2024-06-15|2024-09-30",
        "主汛期|2024-05-01|2024-08-31",
        "冬季|2024-11-20|2025-02-28",
        "年末岁初|2024-12-10|2025-02-28",
        "岁末年初|2023-12-10|2024-02-29",
        "岁末年初|2024-01-05|2024-02-29",
        "冬春季|2024-12-01|2025-04-30",
        "供暖期|2024-10-01|2025-03-15",
        "国庆期间|2024-09-25|2024-10-07",
        "国庆长假期间|2024-09-20|2024-10-07",
        "十一期间|2024-09-01|2024-10-07",
        "五一期间|2024-04-20|2024-05-05",
        "中秋期间|2024-09-01|2024-09-19",
        "汛期和下半年|2024-05-01|2024-12-31",
        "汛期前后|2024-05-01|2024-09-30",
        "今冬明春|2024-10-20|2025-04-30",
        "节前|2024-10-20|2025-01-01",
        // 节日期间: the nearest holiday not yet over (中秋 2024 is over on 09-20, 国庆 is next)
        "节日期间|2024-09-20|2024-10-07",
        "节日期间|2024-12-25|2025-01-03",
        "节假日期间|2024-04-10|2024-05-05",
        // lunar holidays: 春节期间 除夕..初六
        "元旦春节期间|2024-12-20|2025-02-04",
        "两节期间|2024-12-20|2025-02-04",
        "春节前后|2024-12-01|2025-02-04",
        "春节前|2024-12-01|2025-01-28",
        "春运期间|2024-12-01|2025-02-22",
        "高考期间|2024-05-01|2024-06-10",
        "年前|2024-12-01|2025-01-28",
        "国庆节、中秋节期间|2025-09-01|2025-10-08",
        // before a named time: when it begins
        "国庆节前|2024-09-01|2024-10-01",
        "劳动节前|2024-04-01|2024-05-01",
        "汛前|2024-03-01|2024-06-01",
        "汛期前|2024-07-01|2025-06-01",
        // after a named time is no due date
        "春节后|2024-12-01|-",
        // explicit dates
        "2024年6月30日前|2024-03-01|2024-06-30",
        "２０２４年６月底前|2024-01-01|2024-06-30",
        "2024年底前|2024-03-01|2024-12-31",
        "2020年底前|2019-05-01|2020-12-31",
        "到2027年|2024-03-01|2027-12-31",
        "2025年|2024-11-01|2025-12-31",
        "2024年内|2024-03-01|2024-12-31",
        "2023年度|2023-03-01|2023-12-31",
        "9月15日前|2024-08-01|2024-09-15",
        "4月底前|2024-03-01|2024-04-30",
        "6月底|2024-03-01|2024-06-30",
        "6月中旬|2024-03-01|2024-06-20",
        "6月上旬|2024-03-01|2024-06-10",
        "6月至9月|2024-05-01|2024-09-30",
        // a range is due at its end, even when its start has passed
        "9月至12月|2024-10-20|2024-12-31",
        "2024年10月至2025年3月|2024-10-20|2025-03-31",
        "即日起至年底|2024-10-20|2024-12-31",
        "即日起至10月31日|2024-09-01|2024-10-31",
        "明年6月底前|2024-11-01|2025-06-30",
        "明年3月前|2024-11-20|2025-03-01",
        // a month already past at the speech is next year's
        "6月底前|2024-08-01|2025-06-30",
        "3月15日前|2024-03-20|2025-03-15",
        "3月底前|2024-11-20|2025-03-31",
        "2月下旬|2023-11-01|2024-02-29",
        "2月29日前|2023-05-01|2024-02-29",
        // Chinese numerals
        "三月底|2024-01-01|2024-03-31",
        "十月一日前|2024-05-01|2024-10-01",
        "二〇二四年底|2023-05-01|2024-12-31",
        "二零二五年三月十五日|2024-05-01|2025-03-15",
        // this month, week, quarter, year
        "本月底前|2024-02-05|2024-02-29",
        "月底前|2024-02-05|2024-02-29",
        "下月10日前|2024-12-15|2025-01-10",
        "本周五前|2024-06-12|2024-06-14",
        "本周内|2024-06-12|2024-06-16",
        "下周一|2024-06-12|2024-06-17",
        "周五前|2024-06-12|2024-06-14",
        "周一前|2024-06-12|2024-06-17",
        "二季度前|2024-01-10|2024-04-01",
        "一季度|2024-01-10|2024-03-31",
        "第二季度|2024-01-10|2024-06-30",
        "三季度末|2024-11-01|2025-09-30",
        "本季度|2024-05-05|2024-06-30",
        "上半年|2024-01-10|2024-06-30",
        "上半年|2024-08-10|2025-06-30",
        "下半年|2024-07-10|2024-12-31",
        "全年|2024-03-01|2024-12-31",
        "今年内|2024-03-01|2024-12-31",
        "今年年底前|2024-03-01|2024-12-31",
        "年底前|2024-03-01|2024-12-31",
        "年中|2024-03-01|2024-06-30",
        "年中|2024-10-20|2025-06-30",
        "明年初|2024-10-20|2025-01-31",
        "四季度|2024-10-20|2024-12-31",
        "2025年一季度|2024-10-20|2025-03-31",
        "今年上半年|2024-10-20|2024-06-30",
        "今年汛期|2024-03-01|2024-09-30",
        "今年主汛期前|2024-03-01|2024-07-01",
        "下个月底|2024-10-20|2024-11-30",
        "24日前|2024-10-20|2024-10-24",
        "15日前|2024-10-20|2024-11-15",
        "二〇二五年六月|2024-10-20|2025-06-30",
        // spans from the speech date
        "1小时内|2024-03-01|2024-03-01",
        "10个工作日内|2024-06-12|2024-06-26",
        "三个月内|2024-11-30|2025-02-28",
        "一个月内|2024-01-31|2024-02-29",
        "半个月内|2024-03-01|2024-03-16",
        "2周内|2024-10-20|2024-11-03",
        "3年内|2024-10-20|2027-10-20",
        "15日内|2024-12-20|2025-01-04",
        "限期30日内|2024-01-15|2024-02-14",
        "用两年时间|2024-03-01|2026-03-01",
        // no date
        "*月、*月|2024-03-01|-",
        "外地游客来湟源期间|2024-03-01|-",
        "旅游旺季|2024-03-01|-",
        "过渡期内|2024-03-01|-",
        "限期|2024-03-01|-",
        "后 40 天|2024-03-01|-",
        "每月5日前|2024-03-01|-",
        "每半年|2024-03-01|-",
        "党的二十大召开前|2024-03-01|-",
        "十四五|2024-03-01|-",
        "第一时间|2024-03-01|-",
        "立即|2024-03-01|-",
        "及时|2024-03-01|-",
        "随时|2024-03-01|-",
        "长期坚持|2024-03-01|-",
        "常态化|2024-03-01|-",
        // impossible or out of range
        "2月30日|2024-01-01|-",
        "2023年2月29日|2023-01-01|-",
        "13月底|2024-01-01|-",
        "6月31日前|2024-01-01|-",
        "9999年内|2024-01-01|-",
        "春节期间|2060-12-01|-",
        "春节期间|2059-12-01|2060-02-08",
    })
    void readsTheDueDate(String deadline, String speech, String expected) {
        assertThat(DEFAULTS.read(deadline, LocalDate.parse(speech)))
                .isEqualTo(Optional.ofNullable(expected).map(LocalDate::parse));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\u3000", "𠀀𠀁𠀂", "\uD800汛期\uDC00", "年年年月月月日日日", "999999999999月",
        "月底前前前", "十百千万亿年", "〇〇〇〇年", "本周8", "第五季度", "0月0日", "周周周", "半半年内"})
    void garbageNeverThrows(String deadline) {
        assertThatCode(() -> DEFAULTS.read(deadline, LocalDate.of(2024, 3, 1))).doesNotThrowAnyException();
    }

    @Test
    void surrogatePairsAroundANameStillRead() {
        assertThat(DEFAULTS.read("𠀀汛期𠀁", LocalDate.of(2024, 5, 1))).contains(LocalDate.of(2024, 9, 30));
    }

    @Test
    void nullsReadAsNoDate() {
        assertThat(DEFAULTS.read(null, LocalDate.of(2024, 3, 1))).isEmpty();
        assertThat(DEFAULTS.read("6月底前", null)).isEmpty();
    }

    @Test
    void theUsersOwnDatesAreUsed() {
        List<DuePeriod> periods = new ArrayList<>(DueDates.defaults());
        periods.removeIf(p -> p.name().equals("汛期"));
        periods.add(new DuePeriod("汛期", MonthDay.of(5, 15), MonthDay.of(9, 15)));
        periods.add(new DuePeriod("旅游旺季", MonthDay.of(7, 1), MonthDay.of(10, 7)));
        DueDates mine = new DueDates(periods);
        assertThat(mine.read("汛期", LocalDate.of(2024, 5, 1))).contains(LocalDate.of(2024, 9, 15));
        assertThat(mine.read("汛前", LocalDate.of(2024, 5, 1))).contains(LocalDate.of(2024, 5, 15));
        assertThat(mine.read("旅游旺季", LocalDate.of(2024, 5, 1))).contains(LocalDate.of(2024, 10, 7));
        assertThat(new DueDates(List.of()).read("汛期", LocalDate.of(2024, 5, 1))).isEmpty();
        // a period named like a built-in one replaces it
        DueDates longSpring = new DueDates(List.of(new DuePeriod("春节期间", MonthDay.of(1, 20), MonthDay.of(2, 25))));
        assertThat(longSpring.read("春节期间", LocalDate.of(2024, 12, 1))).contains(LocalDate.of(2025, 2, 25));
        assertThat(new DueDates(List.of()).read("春节期间", LocalDate.of(2024, 12, 1))).contains(LocalDate.of(2025, 2, 4));
    }

    @Test
    void theDefaultsAreNamedOnceAndWrapOnlyOverTheNewYear() {
        List<DuePeriod> defaults = DueDates.defaults();
        assertThat(defaults).extracting(DuePeriod::name).doesNotHaveDuplicates().contains("汛期", "夏季", "国庆期间",
                "岁末年初", "冬季");
        assertThat(defaults).filteredOn(DuePeriod::wrapsYear).allSatisfy(p ->
                assertThat(p.start().getMonthValue()).isGreaterThanOrEqualTo(10));
    }

    @ParameterizedTest
    @CsvSource({"2024-02-10,2024-09-17", "2025-01-29,2025-10-06", "2026-02-17,2026-09-25", "2023-01-22,2023-09-29",
        "2020-01-25,2020-10-01", "2000-02-05,2000-09-12", "2033-01-31,2033-09-08", "2034-02-19,2034-09-27"})
    void lunarHolidaysMatchKnownDates(String springFestival, String midAutumn) {
        LocalDate sf = LocalDate.parse(springFestival);
        assertThat(LunarHolidays.springFestival(sf.getYear())).contains(sf);
        assertThat(LunarHolidays.midAutumn(sf.getYear())).contains(LocalDate.parse(midAutumn));
    }

    @Test
    void lunarHolidaysFallInTheirSeasonEveryYear() {
        for (int year = LunarHolidays.FIRST_YEAR; year <= 2060; year++) {
            LocalDate sf = LunarHolidays.springFestival(year).orElseThrow();
            LocalDate ma = LunarHolidays.midAutumn(year).orElseThrow();
            assertThat(sf).isBetween(LocalDate.of(year, 1, 21), LocalDate.of(year, 2, 20));
            assertThat(ma).isBetween(LocalDate.of(year, 9, 7), LocalDate.of(year, 10, 8));
            // 八月十五 is 7 lunar months and 14 days after 正月初一, or 8 months with a leap month between
            long days = sf.until(ma, java.time.temporal.ChronoUnit.DAYS);
            assertThat(days).as("%d", year).satisfiesAnyOf(d -> assertThat(d).isBetween(7 * 29L + 14, 7 * 30L + 14),
                    d -> assertThat(d).isBetween(8 * 29L + 14, 8 * 30L + 14));
        }
        assertThat(LunarHolidays.springFestival(1999)).isEmpty();
        assertThat(LunarHolidays.springFestival(2061)).isEmpty();
    }
}
