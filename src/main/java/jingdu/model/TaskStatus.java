package jingdu.model;

import java.util.Optional;

/** How far a task of the board has got; the board's 状态 column. */
public enum TaskStatus {
    NOT_STARTED("not_started"),
    IN_PROGRESS("in_progress"),
    DONE("done"),
    /** The user decided the line is not a task to follow up (不纳入): kept, but out of the counts. */
    EXCLUDED("excluded");

    private final String id;

    TaskStatus(String id) {
        this.id = id;
    }

    /** Stable id used in the database, JSON and message keys ({@code tasks.status.<id>}). */
    public String id() {
        return id;
    }

    public static Optional<TaskStatus> fromId(String id) {
        for (TaskStatus s : values()) {
            if (s.id.equals(id)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** Still to be done: counted as overdue when its due date has passed. */
    public boolean open() {
        return this == NOT_STARTED || this == IN_PROGRESS;
    }
}
