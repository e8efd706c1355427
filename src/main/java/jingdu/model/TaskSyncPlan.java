package jingdu.model;

import java.util.List;

/**
 * How a speech's stored tasks follow a new analysis: tasks whose obligation is still there take its new facts
 * ({@code updates}), new obligations become tasks ({@code inserts}), tasks the user worked on whose obligation
 * is gone are kept but marked as no longer in the text ({@code gone}), and untouched ones are removed
 * ({@code deletes}).
 */
public record TaskSyncPlan(List<Update> updates, List<TaskFacts> inserts, List<Long> gone, List<Long> deletes) {

    public record Update(long taskId, TaskFacts facts) {
    }

    public TaskSyncPlan {
        updates = List.copyOf(updates);
        inserts = List.copyOf(inserts);
        gone = List.copyOf(gone);
        deletes = List.copyOf(deletes);
    }
}
