package jingdu.model;

import java.time.MonthDay;

/**
 * A named period whose dates the user may adjust in settings (汛期 06-01..09-30), for reading deadline texts; a
 * task due "in" the period falls due at its end. A period may run over the new year (岁末年初 12-01..02-28).
 */
public record DuePeriod(String name, MonthDay start, MonthDay end) {
}
