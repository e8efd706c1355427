package jingdu.app.tasks;

import jingdu.model.DuePeriod;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date a task falls due from the deadline text of its obligation (完成时限, ANNOTATION_GUIDE.md §6),
 * against the date of the speech. Decisions:
 * <ul>
 * <li>a month or day without a year that has already passed at the speech means next year (a speech of
 * 2024-11-20 saying 3月底前 → 2025-03-31); explicit years (2024年, 今年, 明年) are kept as said;</li>
 * <li>"before" a named time (汛前, 国庆节前, 3月前, 春节前) is due when that time begins; "during" or "by" it
 * (汛期, 国庆期间, 6月底) is due when it ends (二季度前 → 04-01, 周五前 → this week's Friday); 上旬 → 10th, 中旬 → 20th, 下旬/底/末 → month end, X月初 → 10th;</li>
 * <li>several times in one text (汛期和下半年, 元旦春节期间) are due at the latest of them; a range (6月至9月,
 * 即日起至10月31日) at its end; 年初 → 01-31, 年中 → 06-30, 24日前 → this month's 24th (next month's if past);</li>
 * <li>节日期间 / 节假日期间 / 节前 mean the nearest holiday not yet over (元旦, 春节, 清明, 五一, 中秋, 国庆; the
 * fixed ones from the user's periods named so); 年前 is before 春节, 两节 元旦 and 春节, 今冬明春 冬春季;
 * 春节期间 runs 除夕..初六, 春运 the 40 days from 15 before 春节, 中秋 three days, from a table for 2000–2060
 * (端午 and dates outside the table read as empty);</li>
 * <li>X日内 / X个月内 / X个工作日内 count from the speech date (working days skip weekends only);</li>
 * <li>no date: manner words (立即, 第一时间, 及时), open ends (长期坚持, 常态化), frequencies (每月5日前 — a
 * recurring task has no single due date), periods the user has not named (旅游旺季), redacted (*月) or
 * impossible dates (2月30日: the whole text reads as empty, not as a partial date).</li>
 * </ul>
 */
public final class DueDates {

    private static final char USED = '□';
    private static final String NUMERALS = "〇零一二三四五六七八九十百两";
    private static final List<String> HOLIDAY_WORDS = List.of("元旦", "清明", "五一", "劳动", "国庆", "端午");

    private final List<Named> names;

    /**
     * @param periods the user's periods; their names (and the names without 期间, 节 or 季) are looked for, longest
     *                first; a period named like a built-in one (春节期间) takes its place
     */
    public DueDates(List<DuePeriod> periods) {
        List<Named> all = new ArrayList<>();
        List<DuePeriod> holidays = new ArrayList<>();
        for (DuePeriod p : List.copyOf(periods)) {
            for (String key : keys(p.name())) {
                all.add(new Named(key, d -> Optional.of(p.nextStart(d)), d -> Optional.of(p.nextEnd(d))));
            }
            if (HOLIDAY_WORDS.stream().anyMatch(p.name()::contains)) {
                holidays.add(p);
            }
        }
        all.add(new Named("春节", day -> lunar(day, LunarHolidays::springFestival, -1),
                day -> lunar(day, LunarHolidays::springFestival, 6)));
        // 春运: the 40 days from 15 before 春节
        all.add(new Named("春运", day -> lunar(day, LunarHolidays::springFestival, -15),
                day -> lunar(day, LunarHolidays::springFestival, 24)));
        all.add(new Named("中秋", day -> lunar(day, LunarHolidays::midAutumn, 0),
                day -> lunar(day, LunarHolidays::midAutumn, 2)));
        Named anyHoliday = new Named("节假日", day -> nearestHoliday(day, holidays, true),
                day -> nearestHoliday(day, holidays, false));
        all.add(anyHoliday);
        all.add(new Named("节日", anyHoliday.before(), anyHoliday.by()));
        // longest first, so 主汛期 wins over 汛期 and 节假日 over 节日
        all.sort(Comparator.comparingInt((Named n) -> n.key.length()).reversed());
        this.names = List.copyOf(all);
    }

    private static final Pattern THIS_YEAR = Pattern.compile("今年|本年度|本年|当年");

    /** The periods a new user starts with; every one may be changed in settings. */
    public static List<DuePeriod> defaults() {
        return List.of(
                period("汛期", 6, 1, 9, 30),
                period("主汛期", 7, 1, 8, 31),
                period("春季", 3, 1, 5, 31),
                period("夏季", 6, 1, 8, 31),
                period("暑期", 7, 1, 8, 31),
                period("秋季", 9, 1, 11, 30),
                period("冬季", 12, 1, 2, 29),
                // the forest fire season most provinces set
                period("冬春季", 11, 1, 4, 30),
                period("秋冬季", 10, 1, 2, 29),
                period("森林防火期", 11, 1, 4, 30),
                // northern heating season
                period("供暖期", 11, 15, 3, 15),
                period("岁末年初", 12, 1, 2, 29),
                period("年末岁初", 12, 1, 2, 29),
                period("元旦期间", 1, 1, 1, 3),
                period("清明期间", 4, 4, 4, 6),
                period("五一期间", 5, 1, 5, 5),
                period("国庆期间", 10, 1, 10, 7),
                period("高考期间", 6, 7, 6, 10));
    }

    private static DuePeriod period(String name, int startMonth, int startDay, int endMonth, int endDay) {
        return new DuePeriod(name, MonthDay.of(startMonth, startDay), MonthDay.of(endMonth, endDay));
    }

    /**
     * The date a task with this deadline text falls due, read against the speech's date; empty when the text
     * names no date (长期坚持, 第一时间, 立即, 常态化) or cannot be read.
     */
    public Optional<LocalDate> read(String deadline, LocalDate speechDate) {
        if (deadline == null || speechDate == null || deadline.isBlank()) {
            return Optional.empty();
        }
        String text = normalize(deadline);
        if (text.indexOf('每') >= 0) {
            return Optional.empty();
        }
        try {
            Reading reading = new Reading(text, speechDate);
            readNames(reading);
            if (!reading.dates.isEmpty()) {
                // 今年汛期: this year only says which 汛期 (the next one already is this year's), not "by year end"
                reading.text = THIS_YEAR.matcher(reading.text).replaceAll("");
            }
            reading.text = arabic(reading.text);
            reading.consume(FROM_TODAY, m -> Optional.empty());
            reading.consume(WEEK, m -> week(m, speechDate));
            // calendar dates before spans, so 6月内 is June and 2024年内 a year; spans read what is left (3个月内)
            reading.consume(MONTH_DATE, m -> monthDate(m, speechDate));
            reading.consume(QUARTER, m -> quarter(m, speechDate));
            reading.consume(THIS_QUARTER, m -> Optional.of(quarterEnd(speechDate.getYear(),
                    (speechDate.getMonthValue() + 2) / 3)));
            reading.consume(HALF_YEAR, m -> halfYear(m, speechDate));
            reading.consume(YEAR, m -> wholeYear(m, speechDate));
            reading.consume(SPAN, m -> span(m, speechDate));
            reading.consume(DAY_ONLY, m -> dayOnly(m, speechDate));
            reading.consume(BARE_YEAR, m -> bareYear(m, speechDate));
            reading.consume(THIS_MONTH, m -> thisMonth(m, speechDate));
            if (reading.invalid || reading.dates.isEmpty()) {
                return Optional.empty();
            }
            return reading.due();
        } catch (DateTimeException | ArithmeticException | NumberFormatException e) {
            // a date beyond what LocalDate holds (9999年内) is no date the user could be asked to keep
            return Optional.empty();
        }
    }

    // ---- named times --------------------------------------------------------------------------------------

    /** A name looked for in the text: the day it falls due when the work comes before it, and by its end. */
    private record Named(String key, Function<LocalDate, Optional<LocalDate>> before,
                         Function<LocalDate, Optional<LocalDate>> by) {
    }

    // what may stand between a name and 前 / 后 (国庆节前, 春节长假后)
    private static final Pattern AFTER_NAME = Pattern.compile("^(?:节|期间|假期|长假|黄金周)");

    private static List<String> keys(String name) {
        List<String> keys = new ArrayList<>();
        String n = normalize(name);
        if (n.isEmpty()) {
            return keys;
        }
        keys.add(n);
        for (String suffix : List.of("期间", "节", "季")) {
            if (n.endsWith(suffix) && n.length() - suffix.length() >= 2) {
                n = n.substring(0, n.length() - suffix.length());
                keys.add(n);
            }
        }
        return keys;
    }

    private void readNames(Reading r) {
        StringBuilder text = new StringBuilder(r.text);
        for (int i = 0; i < text.length(); i++) {
            for (Named n : names) {
                if (!startsWith(text, n.key, i)) {
                    continue;
                }
                int end = i + n.key.length();
                for (int k = i; k < end; k++) {
                    text.setCharAt(k, USED);
                }
                String after = AFTER_NAME.matcher(text.substring(end)).replaceFirst("");
                if (after.startsWith("前后")) {
                    r.add(n.by.apply(r.speech), i);
                } else if (after.startsWith("前") || after.startsWith("之前") || after.startsWith("以前")) {
                    r.add(n.before.apply(r.speech), i);
                } else if (!(after.startsWith("后") || after.startsWith("之后") || after.startsWith("以后"))) {
                    r.add(n.by.apply(r.speech), i);
                }
                i = end - 1;
                break;
            }
        }
        r.text = text.toString();
    }

    private static boolean startsWith(CharSequence text, String key, int at) {
        if (at + key.length() > text.length()) {
            return false;
        }
        for (int k = 0; k < key.length(); k++) {
            if (text.charAt(at + k) != key.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** The first day (the holiday's date + offset) in the table that is not before the speech. */
    private static Optional<LocalDate> lunar(LocalDate speech, IntFunction<Optional<LocalDate>> table, int offset) {
        for (int year = speech.getYear(); year <= speech.getYear() + 1; year++) {
            Optional<LocalDate> day = table.apply(year).map(d -> d.plusDays(offset));
            if (day.isPresent() && !day.get().isBefore(speech)) {
                return day;
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> nearestHoliday(LocalDate speech, List<DuePeriod> holidays, boolean start) {
        List<Optional<LocalDate>> all = new ArrayList<>();
        all.add(lunar(speech, LunarHolidays::springFestival, start ? -1 : 6));
        all.add(lunar(speech, LunarHolidays::midAutumn, start ? 0 : 2));
        for (DuePeriod p : holidays) {
            all.add(Optional.of(start ? p.nextStart(speech) : p.nextEnd(speech)));
        }
        return all.stream().flatMap(Optional::stream).min(Comparator.naturalOrder());
    }

    // ---- text ---------------------------------------------------------------------------------------------

    private static final Pattern ALIAS_LABOUR = Pattern.compile("劳动节");
    private static final Pattern ALIAS_TEN_ONE = Pattern.compile("十一(?=期间|长假|假期|黄金周|节|前)");
    private static final Pattern ALIAS_FLOOD = Pattern.compile("汛前");
    private static final Pattern ALIAS_TWO_FESTIVALS = Pattern.compile("两节");
    private static final Pattern ALIAS_WINTER_SPRING = Pattern.compile("今冬明春");
    private static final Pattern ALIAS_HOLIDAY = Pattern.compile("^节(?=前|后|期间)");
    // 年前 alone is the colloquial "before the (lunar) new year"; 2024年前 is a year
    private static final Pattern ALIAS_NEW_YEAR = Pattern.compile("(?<![0-9〇零一二三四五六七八九十今明本当去后前])年前");

    /** Full-width to half-width, no spaces, and the common other names of holidays and periods. */
    private static String normalize(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", "");
        t = ALIAS_LABOUR.matcher(t).replaceAll("五一");
        t = ALIAS_TEN_ONE.matcher(t).replaceAll("国庆");
        t = ALIAS_FLOOD.matcher(t).replaceAll("汛期前");
        t = ALIAS_TWO_FESTIVALS.matcher(t).replaceAll("元旦春节");
        t = ALIAS_WINTER_SPRING.matcher(t).replaceAll("冬春季");
        t = ALIAS_HOLIDAY.matcher(t).replaceFirst("节日");
        return ALIAS_NEW_YEAR.matcher(t).replaceAll("春节前");
    }

    /** Chinese numerals to Arabic digits: 二〇二四 → 2024, 十月一日 → 10月1日, 二十 → 20; others stay. */
    static String arabic(String text) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int j = i;
            while (j < text.length() && NUMERALS.indexOf(text.charAt(j)) >= 0) {
                j++;
            }
            if (j == i) {
                out.append(text.charAt(i++));
                continue;
            }
            String run = text.substring(i, j);
            out.append(numeral(run).map(String::valueOf).orElse(run));
            i = j;
        }
        return out.toString();
    }

    private static int digit(char c) {
        return switch (c) {
            case '〇', '零' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }

    /** The value of a run of numerals; digit by digit without 十 and 百 (二〇二四), else positional. */
    private static Optional<String> numeral(String run) {
        if (run.indexOf('十') < 0 && run.indexOf('百') < 0) {
            StringBuilder digits = new StringBuilder();
            for (char c : run.toCharArray()) {
                digits.append(digit(c));
            }
            return Optional.of(digits.toString());
        }
        int value = 0;
        int pending = -1;
        boolean tens = false;
        boolean hundreds = false;
        for (char c : run.toCharArray()) {
            if (c == '百') {
                if (hundreds || tens || pending <= 0) {
                    return Optional.empty();
                }
                value += pending * 100;
                pending = -1;
                hundreds = true;
            } else if (c == '十') {
                if (tens) {
                    return Optional.empty();
                }
                value += (pending < 0 ? 1 : pending) * 10;
                pending = -1;
                tens = true;
            } else {
                int d = digit(c);
                if (d == 0 && hundreds && !tens && pending < 0) {
                    continue; // 一百零五
                }
                if (pending >= 0) {
                    return Optional.empty(); // 十四五: not one number
                }
                pending = d;
            }
        }
        return Optional.of(String.valueOf(value + Math.max(pending, 0)));
    }

    // ---- dates --------------------------------------------------------------------------------------------

    private static final String YEAR_HEAD = "(?:(?<y>\\d{4})年度?|(?<ry>今|本|当|明|后|次|来)年度?)";
    private static final String BEFORE = "(?<before>之前|以前|前(?!后))?";

    private static final Pattern RANGE = Pattern.compile("至|到|~|～|—|-");
    private static final Pattern FROM_TODAY = Pattern.compile("即日起|自即日起|从即日起|从今天起");
    private static final Pattern SPAN = Pattern.compile(
            "(?:限期|用)?(?<n>\\d{1,4}|半)个?(?<u>工作日|自然日|小时|星期|日|天|周|月|年)(?:之内|以内|内|时间)");
    private static final Pattern WEEK = Pattern.compile(
            "(?<w>本|这|下)个?(?:周|星期|礼拜)(?<d>[1-7日天末])?(?:之前|以前|前|之内|以内|内)?"
                    + "|(?<![0-9个半])(?:周|星期|礼拜)(?<day>[1-7日天])(?=之前|以前|前)");
    private static final Pattern MONTH_DATE = Pattern.compile(YEAR_HEAD + "?(?<m>\\d{1,2})月份?"
            + "(?:(?<d>\\d{1,2})[日号]|(?<part>上中旬|中下旬|上旬|中旬|下旬|底|末|初|中|内))?" + BEFORE);
    private static final Pattern QUARTER = Pattern.compile(YEAR_HEAD + "?第?(?<q>[1-4])季度(?<e>末|底)?" + BEFORE);
    private static final Pattern THIS_QUARTER = Pattern.compile("(?:本|当|这个?)季度(?:末|底|内)?|季度[末底]");
    private static final Pattern HALF_YEAR = Pattern.compile(YEAR_HEAD + "?(?<h>上半年|下半年)");
    private static final Pattern YEAR = Pattern.compile(YEAR_HEAD + "(?<e>底|末|终|内|中|初)?" + BEFORE);
    private static final Pattern BARE_YEAR = Pattern.compile("年(?:底|末|终|内|中|初)|全年");
    private static final Pattern DAY_ONLY = Pattern.compile("(?<![0-9月])(?<d>\\d{1,2})[日号](?<before>之前|以前|前)");
    private static final Pattern THIS_MONTH = Pattern.compile("(?:(?<r>本|当|这个?|下个?|次)月份?|(?<![0-9个])月(?=[底末内中初上下]))"
            + "(?:(?<d>\\d{1,2})[日号]|(?<part>上中旬|中下旬|上旬|中旬|下旬|底|末|初|中|内))?");

    /** The text being read, with what has been read blotted out, and the dates found so far. */
    private static final class Reading {
        String text;
        final LocalDate speech;
        final List<LocalDate> dates = new ArrayList<>();
        final List<Integer> positions = new ArrayList<>();
        boolean invalid;

        Reading(String text, LocalDate speech) {
            this.text = text;
            this.speech = speech;
        }

        void add(Optional<LocalDate> date, int at) {
            date.ifPresent(d -> {
                dates.add(d);
                positions.add(at);
            });
        }

        /** The latest date, or in a range (6月至9月, 即日起至10月31日) the latest after its last 至. */
        Optional<LocalDate> due() {
            Matcher range = RANGE.matcher(text);
            int after = -1;
            while (range.find()) {
                after = range.start();
            }
            List<LocalDate> candidates = new ArrayList<>();
            for (int i = 0; i < dates.size(); i++) {
                if (positions.get(i) > after) {
                    candidates.add(dates.get(i));
                }
            }
            return (candidates.isEmpty() ? dates : candidates).stream().max(Comparator.naturalOrder());
        }

        /** Reads every match; a match that names an impossible date (2月30日) spoils the whole text. */
        void consume(Pattern pattern, Function<Matcher, Optional<LocalDate>> reader) {
            Matcher m = pattern.matcher(text);
            StringBuilder rest = new StringBuilder(text);
            boolean any = false;
            while (m.find()) {
                if (m.end() == m.start()) {
                    continue;
                }
                any = true;
                try {
                    add(reader.apply(m), m.start());
                } catch (DateTimeException e) {
                    invalid = true;
                }
                for (int k = m.start(); k < m.end(); k++) {
                    rest.setCharAt(k, USED);
                }
            }
            if (any) {
                text = rest.toString();
            }
        }
    }

    private static Optional<LocalDate> span(Matcher m, LocalDate speech) {
        String n = m.group("n");
        String unit = m.group("u");
        boolean half = n.equals("半");
        int count = half ? 0 : Integer.parseInt(n);
        return Optional.of(switch (unit) {
            case "工作日" -> workingDays(speech, count);
            case "小时" -> speech.plusDays(count / 24);
            case "星期", "周" -> speech.plusWeeks(count);
            case "月" -> half ? speech.plusDays(15) : speech.plusMonths(count);
            case "年" -> half ? speech.plusMonths(6) : speech.plusYears(count);
            default -> speech.plusDays(count);
        });
    }

    private static LocalDate workingDays(LocalDate from, int count) {
        LocalDate day = from;
        for (int left = count; left > 0; ) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return day;
    }

    private static Optional<LocalDate> week(Matcher m, LocalDate speech) {
        LocalDate monday = speech.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        if ("下".equals(m.group("w"))) {
            monday = monday.plusWeeks(1);
        }
        String d = m.group("w") == null ? m.group("day") : m.group("d");
        int day = d == null || "日天末".contains(d) ? 7 : Integer.parseInt(d);
        LocalDate due = monday.plusDays(day - 1L);
        return Optional.of(due.isBefore(speech) ? due.plusWeeks(1) : due);
    }

    /** The year an explicit or relative head names; null when none is said. */
    private static Integer year(Matcher m, LocalDate speech) {
        if (m.group("y") != null) {
            int y = Integer.parseInt(m.group("y"));
            if (y < 1900 || y > 2200) {
                throw new DateTimeException("no year of a speech: " + y);
            }
            return y;
        }
        if (m.group("ry") != null) {
            return speech.getYear() + switch (m.group("ry")) {
                case "明", "次", "来" -> 1;
                case "后" -> 2;
                default -> 0;
            };
        }
        return null;
    }

    private static Optional<LocalDate> monthDate(Matcher m, LocalDate speech) {
        Integer y = year(m, speech);
        if (y != null) {
            return Optional.of(inYear(m, y));
        }
        // yearless: this year unless already past, then next year (2月29日 finds the next leap year only if it is next)
        try {
            LocalDate due = inYear(m, speech.getYear());
            if (!due.isBefore(speech)) {
                return Optional.of(due);
            }
        } catch (DateTimeException e) {
            // 2月29日 in a common year: try the next one
        }
        return Optional.of(inYear(m, speech.getYear() + 1));
    }

    private static LocalDate inYear(Matcher m, int year) {
        LocalDate first = LocalDate.of(year, Integer.parseInt(m.group("m")), 1);
        if (m.group("d") != null) {
            return LocalDate.of(year, first.getMonth(), Integer.parseInt(m.group("d")));
        }
        return m.group("part") == null && m.group("before") != null ? first : inMonth(first, m.group("part"));
    }

    /** The day of the month a part names: 上旬 10th, 中旬 20th, the rest (底, 末, 下旬, 内, none) the last. */
    private static LocalDate inMonth(LocalDate first, String part) {
        if (part == null) {
            return first.with(TemporalAdjusters.lastDayOfMonth());
        }
        return switch (part) {
            case "上旬", "初" -> first.withDayOfMonth(10);
            case "中旬", "中", "上中旬" -> first.withDayOfMonth(20);
            default -> first.with(TemporalAdjusters.lastDayOfMonth());
        };
    }

    private static LocalDate quarterStart(int year, int quarter) {
        return LocalDate.of(year, quarter * 3 - 2, 1);
    }

    private static LocalDate quarterEnd(int year, int quarter) {
        return LocalDate.of(year, quarter * 3, 1).with(TemporalAdjusters.lastDayOfMonth());
    }

    private static Optional<LocalDate> quarter(Matcher m, LocalDate speech) {
        Integer y = year(m, speech);
        int q = Integer.parseInt(m.group("q"));
        // 二季度前: before the quarter begins
        boolean before = m.group("before") != null && m.group("e") == null;
        int year = y == null ? speech.getYear() : y;
        LocalDate due = before ? quarterStart(year, q) : quarterEnd(year, q);
        if (y == null && due.isBefore(speech)) {
            due = before ? quarterStart(year + 1, q) : quarterEnd(year + 1, q);
        }
        return Optional.of(due);
    }

    private static Optional<LocalDate> halfYear(Matcher m, LocalDate speech) {
        Integer y = year(m, speech);
        MonthDay end = m.group("h").equals("上半年") ? MonthDay.of(6, 30) : MonthDay.of(12, 31);
        LocalDate due = end.atYear(y == null ? speech.getYear() : y);
        return Optional.of(y == null && due.isBefore(speech) ? end.atYear(speech.getYear() + 1) : due);
    }

    private static Optional<LocalDate> wholeYear(Matcher m, LocalDate speech) {
        int y = year(m, speech);
        if (m.group("before") != null && m.group("e") == null) {
            return Optional.of(LocalDate.of(y, 1, 1)); // 2025年前: before the year begins
        }
        return Optional.of(inYear(y, m.group("e")));
    }

    private static Optional<LocalDate> bareYear(Matcher m, LocalDate speech) {
        String part = m.group().substring(1);
        LocalDate due = inYear(speech.getYear(), part.isEmpty() ? null : part);
        // 年初 or 年中 already past: next year's, as with a yearless month
        return Optional.of(due.isBefore(speech) ? inYear(speech.getYear() + 1, part) : due);
    }

    /** The day of the year a part names: 年中 06-30, 年初 01-31 (early, to remind in time), else 12-31. */
    private static LocalDate inYear(int year, String part) {
        if ("中".equals(part)) {
            return LocalDate.of(year, 6, 30);
        }
        return "初".equals(part) ? LocalDate.of(year, 1, 31) : LocalDate.of(year, 12, 31);
    }

    /** 24日前: this month's day, or next month's when already past. */
    private static Optional<LocalDate> dayOnly(Matcher m, LocalDate speech) {
        int day = Integer.parseInt(m.group("d"));
        LocalDate first = speech.withDayOfMonth(1);
        LocalDate due = first.withDayOfMonth(day);
        return Optional.of(due.isBefore(speech) ? first.plusMonths(1).withDayOfMonth(day) : due);
    }

    private static Optional<LocalDate> thisMonth(Matcher m, LocalDate speech) {
        String r = m.group("r");
        LocalDate first = speech.withDayOfMonth(1);
        if (r != null && (r.startsWith("下") || r.equals("次"))) {
            first = first.plusMonths(1);
        }
        if (m.group("d") != null) {
            return Optional.of(first.withDayOfMonth(Integer.parseInt(m.group("d"))));
        }
        return Optional.of(inMonth(first, m.group("part")));
    }
}
