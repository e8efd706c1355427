package jingdu.model;

import java.time.Instant;

/**
 * A dated event of a task, for the 统计 view's "over time" chart: its status became {@code status} at {@code at},
 * or (status null) a progress entry was written at {@code at}.
 */
public record TaskEvent(long taskId, TaskStatus status, Instant at) {

    /** True for a progress entry, false for a status change. */
    public boolean progress() {
        return status == null;
    }
}
