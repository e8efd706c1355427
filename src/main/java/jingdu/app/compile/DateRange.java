package jingdu.app.compile;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jingdu.app.SpeechDates;

/**
 * Which speeches a compilation reads by their own date ({@code SpeechMeta.date}: "2024-03-06", "2024-03" or
 * "2024"). Each bound is a day, a month or a year as typed ("2024年3月" is read as 2024-03): {@code from} counts
 * from its first day, {@code to} up to its last. A speech's date is itself a span (a month, a year); it is in
 * the range when that span lies wholly inside. With a range set, a speech with no readable date is left out.
 */
public record DateRange(LocalDate from, LocalDate to) {

    /** No bound on either side: every speech, dated or not. */
    public static final DateRange ANY = new DateRange(null, null);

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public boolean isAny() {
        return from == null && to == null;
    }

    /**
     * The range the user typed (blank: open on that side). Throws naming the bound that is not a date, or when
     * {@code from} is after {@code to}.
     */
    public static DateRange parse(String from, String to) throws CompileException {
        LocalDate f = bound(from, true);
        LocalDate t = bound(to, false);
        if (f != null && t != null && f.isAfter(t)) {
            throw new CompileException("compile.error.dateOrder", from.strip(), to.strip());
        }
        return new DateRange(f, t);
    }

    private static LocalDate bound(String typed, boolean first) throws CompileException {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        LocalDate[] span = span(SpeechDates.normalize(typed));
        if (span == null) {
            throw new CompileException("compile.error.date", typed.strip());
        }
        return first ? span[0] : span[1];
    }

    /** The first and last day a speech date stands for, or null when it is not ISO-like. */
    static LocalDate[] span(String date) {
        if (date == null) {
            return null;
        }
        Matcher m = ISO.matcher(date.strip());
        if (!m.matches()) {
            return null;
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
            }
            YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
            if (m.group(3) == null) {
                return new LocalDate[] {month.atDay(1), month.atEndOfMonth()};
            }
            LocalDate day = month.atDay(Integer.parseInt(m.group(3)));
            return new LocalDate[] {day, day};
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** True when a speech of this date is in the range. */
    public boolean contains(String speechDate) {
        if (isAny()) {
            return true;
        }
        LocalDate[] span = span(speechDate);
        if (span == null) {
            return false;
        }
        return (from == null || !span[0].isBefore(from)) && (to == null || !span[1].isAfter(to));
    }
}
