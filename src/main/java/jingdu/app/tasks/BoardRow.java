package jingdu.app.tasks;

import java.time.LocalDate;
import java.util.List;

import jingdu.model.Task;
import jingdu.model.TaskEntry;
import jingdu.model.Unit;

/**
 * One row of the task board: the task with its speech and newest progress, the due date (set by hand, else
 * read from the deadline text against the speech's date; null when neither), its mark against today, the
 * lead unit (null until the user confirms one), the unit the duty bearer suggests, and the partner units.
 */
public record BoardRow(TaskEntry entry, LocalDate due, boolean dueByUser, DueMark mark, Unit lead, Unit suggestedLead,
                       List<Unit> partners) {

    /** How the due date stands for an open task. */
    public enum DueMark {
        NONE, SOON, OVERDUE
    }

    public BoardRow {
        partners = List.copyOf(partners);
    }

    public Task task() {
        return entry.task();
    }

    public long id() {
        return entry.task().id();
    }

    /** The task's first clause, for the 工作任务 column (the full text shows on hover). */
    public String firstClause() {
        String q = entry.task().quote();
        for (int i = 0; i < q.length(); i++) {
            char c = q.charAt(i);
            if ((c == '，' || c == '；' || c == '：' || c == '。') && i >= 6) {
                return c == '。' ? q.substring(0, i + 1) : q.substring(0, i) + "…";
            }
        }
        return q;
    }
}
