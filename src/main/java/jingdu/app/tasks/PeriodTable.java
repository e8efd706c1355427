package jingdu.app.tasks;

import java.time.DateTimeException;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jingdu.model.DuePeriod;

/**
 * The named periods as the user edits them, a table of texts (name, start and end as {@code MM-dd}), read back into
 * {@link DuePeriod}s all or nothing: the first bad row is refused with its row number and nothing is saved.
 */
public final class PeriodTable {

    /** One row as typed. */
    public record Row(String name, String start, String end) {
    }

    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

    private PeriodTable() {
    }

    /** The periods as rows of text (06-01). */
    public static List<Row> rows(List<DuePeriod> periods) {
        return periods.stream().map(p -> new Row(p.name(), MONTH_DAY.format(p.start()), MONTH_DAY.format(p.end())))
                .toList();
    }

    /**
     * The rows as periods; rows left wholly blank are dropped. Refused: no period at all, a row without a name, a
     * name twice, a start or end that is not a day of the calendar written MM-dd (6-1 and 06-01 both read; 02-29 is
     * allowed, 02-30 is not).
     */
    public static List<DuePeriod> read(List<Row> rows) throws TaskException {
        List<DuePeriod> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            String name = strip(r.name());
            String start = strip(r.start());
            String end = strip(r.end());
            if (name.isEmpty() && start.isEmpty() && end.isEmpty()) {
                continue;
            }
            int row = i + 1;
            if (name.isEmpty() || name.length() > 30 || name.contains("\n")) {
                throw new TaskException("periods.error.name", row);
            }
            if (!names.add(name)) {
                throw new TaskException("periods.error.duplicate", row, name);
            }
            out.add(new DuePeriod(name, monthDay(start, row), monthDay(end, row)));
        }
        if (out.isEmpty()) {
            throw new TaskException("periods.error.none");
        }
        return out;
    }

    /** "06-01", "6-1", "6月1日" as a day of the year; anything else refused with the row's number. */
    static MonthDay monthDay(String text, int row) throws TaskException {
        var m = java.util.regex.Pattern.compile("(\\d{1,2})\\s*[-－/.月]\\s*(\\d{1,2})\\s*日?").matcher(text);
        if (m.matches()) {
            try {
                return MonthDay.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            } catch (DateTimeException e) {
                // not a day of the calendar: refused below
            }
        }
        throw new TaskException("periods.error.date", row, text);
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
