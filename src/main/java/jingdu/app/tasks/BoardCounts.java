package jingdu.app.tasks;

import java.util.List;

import jingdu.model.TaskStatus;

/** The board's footer and status-bar figures: tasks shown, and of them by status, overdue and due soon. */
public record BoardCounts(int total, int notStarted, int inProgress, int done, int excluded, int overdue, int soon) {

    public static BoardCounts of(List<BoardRow> rows) {
        int[] by = new int[TaskStatus.values().length];
        int overdue = 0;
        int soon = 0;
        for (BoardRow r : rows) {
            by[r.task().state().status().ordinal()]++;
            if (r.mark() == BoardRow.DueMark.OVERDUE) {
                overdue++;
            } else if (r.mark() == BoardRow.DueMark.SOON) {
                soon++;
            }
        }
        return new BoardCounts(rows.size(), by[TaskStatus.NOT_STARTED.ordinal()], by[TaskStatus.IN_PROGRESS.ordinal()],
                by[TaskStatus.DONE.ordinal()], by[TaskStatus.EXCLUDED.ordinal()], overdue, soon);
    }
}
