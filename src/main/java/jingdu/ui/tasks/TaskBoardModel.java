package jingdu.ui.tasks;

import java.text.Collator;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import jingdu.app.tasks.BoardCounts;
import jingdu.app.tasks.BoardRow;
import jingdu.app.tasks.TaskFilter;
import jingdu.model.Level;
import jingdu.model.Unit;

/**
 * The board's state without a window: the loaded rows, the filter, the sort column and direction, the grouping,
 * and what follows from them — the items the table shows (group headers and rows) and the footer's counts.
 * Pure: {@link #shown()} is computed on demand from the fields, so a test sets them and reads it.
 */
public final class TaskBoardModel {

    /** The table's columns, in order; also what the board can be sorted by. */
    public enum Column {
        NUMBER, TASK, SOURCE, SECTOR, LEVEL, LEAD, PARTNERS, DEADLINE, DUE, STATUS, PROGRESS
    }

    /** How rows are gathered under headers. */
    public enum Grouping {
        NONE, UNIT, SECTOR, SPEECH
    }

    /** One line of the table: a group's header (label and how many rows it holds) or a task row. */
    public sealed interface Item permits Header, Row {
    }

    public record Header(String label, int size) implements Item {
    }

    /** A task row with its number in load order (the 序号 column, stable whatever the sort). */
    public record Row(BoardRow row, int number) implements Item {
    }

    /** What the table shows and the footer counts. */
    public record Shown(List<Item> items, List<BoardRow> rows, BoardCounts counts) {
    }

    private final Function<String, String> sectorLabel;
    private final Collator collator;
    private List<BoardRow> rows = List.of();
    /** The loaded rows as table items, numbered once (filtering and sorting make no new ones). */
    private List<Row> items = List.of();
    /** Collation keys of the texts sorted by so far (a second sort by the same column costs no new keys). */
    private final Map<String, java.text.CollationKey> keys = new HashMap<>();
    private TaskFilter filter = TaskFilter.ALL;
    private Column sortColumn = Column.NUMBER;
    private boolean ascending = true;
    private Grouping grouping = Grouping.NONE;
    private LocalDate today = LocalDate.now();
    /** Labels of "no unit", "no sector" and "no speech" headers (in the user's language). */
    private final String noneLabel;

    /** {@code sectorLabel}: a sector id as the user reads it; {@code noneLabel}: the header of rows without a unit or sector. */
    public TaskBoardModel(Function<String, String> sectorLabel, String noneLabel, Locale locale) {
        this.sectorLabel = sectorLabel;
        this.noneLabel = noneLabel;
        this.collator = Collator.getInstance(locale);
    }

    public synchronized void setRows(List<BoardRow> loaded, LocalDate day) {
        this.rows = List.copyOf(loaded);
        this.today = day;
        List<Row> numbered = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            numbered.add(new Row(rows.get(i), i + 1));
        }
        this.items = numbered;
        if (keys.size() > 200_000) {
            keys.clear();
        }
    }

    public synchronized List<BoardRow> rows() {
        return rows;
    }

    public synchronized LocalDate today() {
        return today;
    }

    public synchronized TaskFilter filter() {
        return filter;
    }

    public synchronized void setFilter(TaskFilter f) {
        this.filter = f == null ? TaskFilter.ALL : f;
    }

    public synchronized void sortBy(Column column, boolean up) {
        this.sortColumn = column == null ? Column.NUMBER : column;
        this.ascending = column == null || up;
    }

    public synchronized Column sortColumn() {
        return sortColumn;
    }

    public synchronized boolean ascending() {
        return ascending;
    }

    public synchronized void setGrouping(Grouping g) {
        this.grouping = g == null ? Grouping.NONE : g;
    }

    public synchronized Grouping grouping() {
        return grouping;
    }

    /** The filtered rows in the chosen order, under their group headers, and their counts. */
    public synchronized Shown shown() {
        List<Row> kept = new ArrayList<>();
        for (Row r : items) {
            if (filter.test(r.row(), today)) {
                kept.add(r);
            }
        }
        kept.sort(comparator());
        List<BoardRow> keptRows = new ArrayList<>(kept.size());
        kept.forEach(r -> keptRows.add(r.row()));
        if (grouping == Grouping.NONE) {
            return new Shown(java.util.Collections.unmodifiableList(kept), keptRows, BoardCounts.of(keptRows));
        }
        Map<String, List<Row>> groups = new LinkedHashMap<>();
        for (Row r : kept) {
            for (String key : groupKeys(r.row())) {
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
            }
        }
        List<String> names = new ArrayList<>(groups.keySet());
        // "none" last; the rest in the language's order
        names.sort(Comparator.comparing((String s) -> s.equals(noneLabel)).thenComparing(collator::compare));
        List<Item> out = new ArrayList<>(kept.size() + names.size());
        for (String name : names) {
            List<Row> g = groups.get(name);
            out.add(new Header(name, g.size()));
            out.addAll(g);
        }
        return new Shown(out, keptRows, BoardCounts.of(keptRows));
    }

    /** The groups a row is shown under: one per sector when it has several (a task of two sectors is in both). */
    private List<String> groupKeys(BoardRow r) {
        return switch (grouping) {
            case UNIT -> List.of(r.lead() == null ? noneLabel : r.lead().name());
            case SECTOR -> r.task().sectors().isEmpty() ? List.of(noneLabel)
                    : r.task().sectors().stream().map(sectorLabel).distinct().toList();
            case SPEECH -> List.of(source(r.entry().speechTitle(), r.entry().speechDate()));
            case NONE -> List.of("");
        };
    }

    private static String source(String title, String date) {
        return date == null || date.isBlank() ? String.valueOf(title) : title + "（" + date + "）";
    }

    Comparator<Row> comparator() {
        Comparator<Row> byNumber = Comparator.comparingInt(Row::number);
        if (sortColumn == Column.NUMBER) {
            return ascending ? byNumber : byNumber.reversed();
        }
        Comparator<BoardRow> c = switch (sortColumn) {
            case NUMBER -> throw new IllegalStateException();
            case TASK -> text(r -> r.task().quote());
            case SOURCE -> text((BoardRow r) -> r.entry().speechDate()).thenComparing(text(r -> r.entry().speechTitle()))
                    .thenComparingInt(r -> r.task().paragraph()).thenComparingInt(r -> r.task().start());
            case SECTOR -> text(r -> r.task().sectors().isEmpty() ? null : sectorLabel.apply(r.task().sectors().get(0)));
            case LEVEL -> Comparator.comparingInt((BoardRow r) -> r.task().levels().isEmpty() ? Integer.MAX_VALUE
                    : r.task().levels().stream().mapToInt(Level::ordinal).min().orElse(0));
            case LEAD -> text(r -> r.lead() == null ? null : r.lead().name());
            case PARTNERS -> text(r -> r.partners().isEmpty() ? null
                    : String.join("、", r.partners().stream().map(Unit::name).toList()));
            case DEADLINE -> text(r -> r.task().deadline());
            case DUE -> emptyLast(BoardRow::due);
            case STATUS -> Comparator.comparingInt(r -> r.task().state().status().ordinal());
            case PROGRESS -> emptyLast(r -> r.entry().latest() == null ? null : r.entry().latest().writtenAt());
        };
        if (!ascending) {
            c = c.reversed();
        }
        Comparator<BoardRow> by = c;
        return Comparator.<Row, BoardRow>comparing(Row::row, by).thenComparing(byNumber);
    }

    /** Values in their natural order, rows without one last whichever the direction. */
    private <T extends Comparable<? super T>> Comparator<BoardRow> emptyLast(Function<BoardRow, T> key) {
        return (a, b) -> {
            T x = key.apply(a);
            T y = key.apply(b);
            if (x == null || y == null) {
                return x == y ? 0 : x == null ? (ascending ? 1 : -1) : (ascending ? -1 : 1);
            }
            return x.compareTo(y);
        };
    }

    /** Strings in the language's order (Chinese by pinyin), empty ones last whichever the direction. */
    private Comparator<BoardRow> text(Function<BoardRow, String> key) {
        return (a, b) -> {
            String x = key.apply(a);
            String y = key.apply(b);
            boolean nx = x == null || x.isBlank();
            boolean ny = y == null || y.isBlank();
            if (nx || ny) {
                return nx == ny ? 0 : nx ? (ascending ? 1 : -1) : (ascending ? -1 : 1);
            }
            return keys.computeIfAbsent(x, collator::getCollationKey).compareTo(keys.computeIfAbsent(y, collator::getCollationKey));
        };
    }

    // ---- typed dates ------------------------------------------------------------------------------

    /** What a typed due date means: a day, blank (back to the date read from the text), or not a date. */
    public record DateInput(LocalDate date, boolean blank, boolean bad) {
    }

    private static final List<DateTimeFormatter> FORMATS = List.of(
            DateTimeFormatter.ofPattern("uuuu-M-d"), DateTimeFormatter.ofPattern("uuuu/M/d"),
            DateTimeFormatter.ofPattern("uuuu.M.d"), DateTimeFormatter.ofPattern("uuuu年M月d日"))
            .stream().map(f -> f.withResolverStyle(ResolverStyle.STRICT)).toList();

    /** 2025-06-30, 2025/6/30, 2025.6.30 or 2025年6月30日; a day no calendar has (2025-02-30) is bad. */
    public static DateInput parseDate(String typed) {
        String t = typed == null ? "" : typed.strip();
        if (t.isEmpty()) {
            return new DateInput(null, true, false);
        }
        for (DateTimeFormatter f : FORMATS) {
            try {
                return new DateInput(LocalDate.parse(t, f), false, false);
            } catch (DateTimeParseException e) {
                // the next form
            }
        }
        return new DateInput(null, false, true);
    }

    /** The board's way of writing a day. */
    public static String formatDate(LocalDate d) {
        return d == null ? "" : d.toString();
    }
}
