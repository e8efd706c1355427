package jingdu.app.tasks;

import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import jingdu.model.Level;
import jingdu.model.TaskStatus;

/**
 * Which board rows to show: any of the statuses (all when empty), a lead unit (its id; -1 any; 0 none yet),
 * a sector, a level, overdue only, due within N days (-1: any), and a text found in the task, its duty bearer,
 * deadline, speech title or newest progress. Pure; the window, the command line and the exports share it.
 */
public record TaskFilter(Set<TaskStatus> statuses, long unitId, String sector, Level level, boolean overdueOnly,
                         int dueWithinDays, String text) implements Predicate<BoardRow> {

    public static final TaskFilter ALL = new TaskFilter(Set.of(), -1, null, null, false, -1, null);

    public TaskFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        text = text == null || text.isBlank() ? null : text.strip().toLowerCase(Locale.ROOT);
    }

    /** Rows due between today and {@code today + dueWithinDays} need the date; {@code today} is passed in. */
    public boolean test(BoardRow r, java.time.LocalDate today) {
        if (dueWithinDays >= 0 && (r.due() == null || !r.task().state().status().open()
                || r.due().isBefore(today) || r.due().isAfter(today.plusDays(dueWithinDays)))) {
            return false;
        }
        return test(r);
    }

    @Override
    public boolean test(BoardRow r) {
        if (!statuses.isEmpty() && !statuses.contains(r.task().state().status())) {
            return false;
        }
        if (unitId == 0 && r.lead() != null || unitId > 0 && !(r.lead() != null && r.lead().id() == unitId
                || r.partners().stream().anyMatch(u -> u.id() == unitId))) {
            return false;
        }
        if (sector != null && !r.task().sectors().contains(sector)) {
            return false;
        }
        if (level != null && !r.task().levels().contains(level)) {
            return false;
        }
        if (overdueOnly && r.mark() != BoardRow.DueMark.OVERDUE) {
            return false;
        }
        return text == null || contains(r.task().quote()) || contains(r.task().actor()) || contains(r.task().deadline())
                || contains(r.entry().speechTitle())
                || r.entry().latest() != null && contains(r.entry().latest().body())
                || r.lead() != null && contains(r.lead().name());
    }

    private boolean contains(String s) {
        return s != null && s.toLowerCase(Locale.ROOT).contains(text);
    }

    public TaskFilter withText(String t) {
        return new TaskFilter(statuses, unitId, sector, level, overdueOnly, dueWithinDays, t);
    }
}
