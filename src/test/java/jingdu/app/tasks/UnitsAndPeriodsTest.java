package jingdu.app.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.MonthDay;
import java.util.List;

import org.junit.jupiter.api.Test;

import jingdu.model.DuePeriod;

/** Reading a pasted list of units and the periods table as typed: pure. */
class UnitsAndPeriodsTest {

    @Test
    void aPastedListIsOneUnitALineWithAliasesAfterTheColon() {
        assertThat(UnitImport.parse("县住建局：住建局、住建部门\r\n\n  各乡镇  \n县应急局:应急局, 应急部门；安监局\n"))
                .containsExactly(new UnitImport.Entry(1, "县住建局", List.of("住建局", "住建部门"), false),
                        new UnitImport.Entry(3, "各乡镇", List.of(), true),
                        new UnitImport.Entry(4, "县应急局", List.of("应急局", "应急部门", "安监局"), false));
    }

    @Test
    void periodsReadBackAllOrNothing() throws Exception {
        List<PeriodTable.Row> rows = List.of(new PeriodTable.Row(" 汛期 ", "6-1", "09-30"),
                new PeriodTable.Row("", " ", ""), new PeriodTable.Row("岁末年初", "12月1日", "02-29"));
        assertThat(PeriodTable.read(rows)).containsExactly(new DuePeriod("汛期", MonthDay.of(6, 1), MonthDay.of(9, 30)),
                new DuePeriod("岁末年初", MonthDay.of(12, 1), MonthDay.of(2, 29)));
        assertThat(PeriodTable.rows(PeriodTable.read(rows))).extracting(PeriodTable.Row::start).containsExactly("06-01", "12-01");

        assertRefused(List.of(new PeriodTable.Row("汛期", "06-01", "13-01")), "periods.error.date", 1, "13-01");
        assertRefused(List.of(new PeriodTable.Row("汛期", "06-01", "09-30"), new PeriodTable.Row("冬季", "11-31", "02-28")),
                "periods.error.date", 2, "11-31");
        assertRefused(List.of(new PeriodTable.Row("汛期", "六月", "09-30")), "periods.error.date", 1, "六月");
        assertRefused(List.of(new PeriodTable.Row("", "06-01", "09-30")), "periods.error.name", 1);
        assertRefused(List.of(new PeriodTable.Row("汛期", "06-01", "09-30"), new PeriodTable.Row("汛期", "07-01", "08-31")),
                "periods.error.duplicate", 2, "汛期");
        assertRefused(List.of(new PeriodTable.Row("", "", "")), "periods.error.none");
    }

    private static void assertRefused(List<PeriodTable.Row> rows, String key, Object... args) {
        assertThatThrownBy(() -> PeriodTable.read(rows)).isInstanceOfSatisfying(TaskException.class, e -> {
            assertThat(e.key()).isEqualTo(key);
            assertThat(e.args()).containsExactly(args);
        });
    }
}
