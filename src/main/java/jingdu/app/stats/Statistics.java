package jingdu.app.stats;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import jingdu.app.SpeechDates;
import jingdu.app.tasks.BoardRow;
import jingdu.model.Level;
import jingdu.model.TaskEvent;
import jingdu.model.TaskStatus;

/**
 * The 统计 view's figures over the board's rows of a scope, each a list of the task ids behind it (its count is
 * the list's size, so a click lists exactly what the bar says). Pure: the caller reads rows and events.
 * <p>
 * What counts: every task except those the user set to 不纳入 ({@link TaskStatus#EXCLUDED}), for sectors, years,
 * levels and duty bearers; every task for the status figure. A task of two sectors counts in both; a task
 * without a sector under the key "". A speech's year is the first four digits of its date ("" when it has none).
 * Levels are <em>tagged</em> when the user tagged the paragraph and <em>suggested</em> when the engine guessed them
 * ({@code levelsSuggested}); a task with no level is counted under {@link #NO_LEVEL}. Duty bearers are compared
 * without spaces and surrounding punctuation. Over time: per month (in {@code zone}), the tasks whose status became
 * 进行中, became 已完成, or got a progress entry, from the dated records the library keeps.
 */
public final class Statistics {

    /** The most duty bearers the chart shows. */
    public static final int TOP_BEARERS = 10;
    /** The most months the over-time chart shows (the newest). */
    public static final int MONTHS = 24;
    /** The level key of a task with no level. */
    public static final String NO_LEVEL = "";

    /** What moved in a month. */
    public enum Move {
        STARTED, DONE, PROGRESS
    }

    /** Levels split by where they come from; keys are level ids, {@link #NO_LEVEL} for none. */
    public record Levels(Map<String, List<Long>> tagged, Map<String, List<Long>> suggested) {
    }

    private Statistics() {
    }

    static boolean counted(BoardRow r) {
        return r.task().state().status() != TaskStatus.EXCLUDED;
    }

    /**
     * Sector id ("" none) → tasks, most tasks first (ties in first-seen order), the tasks without a sector last:
     * in most speeches they outnumber any one sector and would push the sectors into a corner of the chart.
     */
    public static Map<String, List<Long>> bySector(List<BoardRow> rows) {
        Map<String, List<Long>> out = new LinkedHashMap<>();
        for (BoardRow r : rows) {
            if (!counted(r)) {
                continue;
            }
            List<String> sectors = r.task().sectors().isEmpty() ? List.of("") : r.task().sectors();
            for (String s : new LinkedHashSet<>(sectors)) {
                out.computeIfAbsent(s, k -> new ArrayList<>()).add(r.id());
            }
        }
        Map<String, List<Long>> ordered = mostFirst(out);
        List<Long> none = ordered.remove("");
        if (none != null) {
            ordered.put("", none);
        }
        return ordered;
    }

    /** A speech's year as recorded: four digits, or "" when its date does not start with a year. */
    public static String year(String speechDate) {
        if (speechDate == null) {
            return "";
        }
        String d = SpeechDates.normalize(speechDate);
        return d.length() >= 4 && d.substring(0, 4).chars().allMatch(ch -> ch >= '0' && ch <= '9') ? d.substring(0, 4) : "";
    }

    /**
     * Sector id → year ("" none) → tasks; sectors in {@link #bySector}'s order, years ascending with "" last. Tasks
     * without a sector are left out: they are no sector, and their count would set the colour scale for all.
     */
    public static Map<String, Map<String, List<Long>>> sectorByYear(List<BoardRow> rows) {
        Map<String, Map<String, List<Long>>> out = new LinkedHashMap<>();
        bySector(rows).keySet().stream().filter(s -> !s.isEmpty()).forEach(s -> out.put(s, new TreeMap<>(YEARS)));
        for (BoardRow r : rows) {
            if (!counted(r)) {
                continue;
            }
            String y = year(r.entry().speechDate());
            for (String s : new LinkedHashSet<>(r.task().sectors())) {
                out.get(s).computeIfAbsent(y, k -> new ArrayList<>()).add(r.id());
            }
        }
        return out;
    }

    /** Every year the rows have, ascending, "" (no year) last. */
    public static List<String> years(List<BoardRow> rows) {
        Set<String> ys = new TreeSet<>(YEARS);
        rows.stream().filter(Statistics::counted).forEach(r -> ys.add(year(r.entry().speechDate())));
        return List.copyOf(ys);
    }

    private static final Comparator<String> YEARS = (a, b) -> a.isEmpty() || b.isEmpty()
            ? Boolean.compare(a.isEmpty(), b.isEmpty()) : a.compareTo(b);

    /** Level id → tasks, tagged and suggested apart; levels in their order, none last. */
    public static Levels levels(List<BoardRow> rows) {
        Map<String, List<Long>> tagged = new LinkedHashMap<>();
        Map<String, List<Long>> suggested = new LinkedHashMap<>();
        for (Level l : Level.values()) {
            tagged.put(l.id(), new ArrayList<>());
            suggested.put(l.id(), new ArrayList<>());
        }
        tagged.put(NO_LEVEL, new ArrayList<>());
        suggested.put(NO_LEVEL, new ArrayList<>());
        for (BoardRow r : rows) {
            if (!counted(r)) {
                continue;
            }
            Map<String, List<Long>> into = r.task().levelsSuggested() ? suggested : tagged;
            if (r.task().levels().isEmpty()) {
                into.get(NO_LEVEL).add(r.id());
            }
            for (Level l : new LinkedHashSet<>(r.task().levels())) {
                into.get(l.id()).add(r.id());
            }
        }
        return new Levels(tagged, suggested);
    }

    /** A duty bearer as compared: without spaces and the punctuation around it; "" when nothing is left. */
    public static String bearer(String actor) {
        if (actor == null) {
            return "";
        }
        String s = actor.replaceAll("[\\s\\u3000]+", "");
        return s.replaceAll("^[，。、；：！？,.;:!?]+|[，。、；：！？,.;:!?]+$", "");
    }

    /** The {@code n} duty bearers with most tasks (ties by name), each with its tasks. */
    public static Map<String, List<Long>> topBearers(List<BoardRow> rows, int n) {
        Map<String, List<Long>> all = new TreeMap<>();
        for (BoardRow r : rows) {
            String b = bearer(r.task().actor());
            if (counted(r) && !b.isEmpty()) {
                all.computeIfAbsent(b, k -> new ArrayList<>()).add(r.id());
            }
        }
        Map<String, List<Long>> out = new LinkedHashMap<>();
        all.entrySet().stream().sorted((a, b) -> Integer.compare(b.getValue().size(), a.getValue().size()))
                .limit(n).forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** Status → tasks, every status in the board's order (excluded ones too: this is where they show). */
    public static Map<TaskStatus, List<Long>> byStatus(List<BoardRow> rows) {
        Map<TaskStatus, List<Long>> out = new EnumMap<>(TaskStatus.class);
        for (TaskStatus s : TaskStatus.values()) {
            out.put(s, new ArrayList<>());
        }
        rows.forEach(r -> out.get(r.task().state().status()).add(r.id()));
        return out;
    }

    /**
     * Month → what moved → tasks (each task once per month and move), every month from the first event to the
     * last (the newest {@link #MONTHS}); events of tasks not in {@code rows} are left out.
     */
    public static Map<YearMonth, Map<Move, List<Long>>> moves(List<BoardRow> rows, List<TaskEvent> events, ZoneId zone) {
        Set<Long> inScope = new java.util.HashSet<>();
        rows.forEach(r -> inScope.add(r.id()));
        TreeMap<YearMonth, Map<Move, Set<Long>>> by = new TreeMap<>();
        for (TaskEvent e : events) {
            Move m = e.progress() ? Move.PROGRESS
                    : e.status() == TaskStatus.IN_PROGRESS ? Move.STARTED : e.status() == TaskStatus.DONE ? Move.DONE : null;
            if (m == null || !inScope.contains(e.taskId())) {
                continue;
            }
            YearMonth month = YearMonth.from(e.at().atZone(zone));
            by.computeIfAbsent(month, k -> new EnumMap<>(Move.class)).computeIfAbsent(m, k -> new LinkedHashSet<>())
                    .add(e.taskId());
        }
        Map<YearMonth, Map<Move, List<Long>>> out = new LinkedHashMap<>();
        if (by.isEmpty()) {
            return out;
        }
        YearMonth last = by.lastKey();
        YearMonth first = by.firstKey().isBefore(last.minusMonths(MONTHS - 1)) ? last.minusMonths(MONTHS - 1) : by.firstKey();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            Map<Move, List<Long>> moved = new EnumMap<>(Move.class);
            for (Move mv : Move.values()) {
                Map<Move, Set<Long>> got = by.get(m);
                moved.put(mv, got == null || !got.containsKey(mv) ? List.of() : List.copyOf(got.get(mv)));
            }
            out.put(m, moved);
        }
        return out;
    }

    private static Map<String, List<Long>> mostFirst(Map<String, List<Long>> in) {
        Map<String, List<Long>> out = new LinkedHashMap<>();
        in.entrySet().stream().sorted((a, b) -> Integer.compare(b.getValue().size(), a.getValue().size()))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
