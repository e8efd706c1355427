package jingdu.model;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;

/**
 * A named period whose dates the user may adjust in settings (汛期 06-01..09-30). Its due date is its end.
 * A period may run over the new year (岁末年初 12-01..02-29); an end of 02-29 means the last day of February.
 */
public record DuePeriod(String name, MonthDay start, MonthDay end) {

    public DuePeriod {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    /** True when the period runs over the new year, so its end falls in the year after its start. */
    public boolean wrapsYear() {
        return end.isBefore(start);
    }

    /** The first end of this period on or after the day: the due date of work to be done in this period. */
    public LocalDate nextEnd(LocalDate day) {
        LocalDate candidate = end.atYear(day.getYear());
        return candidate.isBefore(day) ? end.atYear(day.getYear() + 1) : candidate;
    }

    /** The first start of this period on or after the day: the due date of work to be done before it. */
    public LocalDate nextStart(LocalDate day) {
        LocalDate candidate = start.atYear(day.getYear());
        return candidate.isBefore(day) ? start.atYear(day.getYear() + 1) : candidate;
    }
}
