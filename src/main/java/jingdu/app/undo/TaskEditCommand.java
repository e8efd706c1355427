package jingdu.app.undo;

import java.util.List;

import jingdu.model.TaskState;
import jingdu.store.AnnotationTx;

/**
 * One edit on the task board: the lead unit, partners, due date or status of one or several tasks (rows
 * assigned at once are one step). Each change carries the state before, which undo puts back.
 */
public record TaskEditCommand(List<Change> changes) implements Command {

    /** One task's state before and after. */
    public record Change(long taskId, long speechId, String quote, TaskState before, TaskState after) {
    }

    public TaskEditCommand {
        changes = List.copyOf(changes);
    }

    @Override
    public Command execute(AnnotationTx tx) {
        for (Change c : changes) {
            if (tx.task(c.taskId()).isEmpty()) {
                throw new IllegalStateException("task " + c.taskId() + " is gone");
            }
            tx.setTaskState(c.taskId(), c.after());
        }
        return this;
    }

    @Override
    public void undo(AnnotationTx tx) {
        for (Change c : changes) {
            if (tx.task(c.taskId()).isPresent()) {
                tx.setTaskState(c.taskId(), c.before());
            }
        }
    }

    @Override
    public Description description() {
        return changes.size() == 1
                ? Description.of("undo.desc.task.edit", Snippet.of(changes.get(0).quote()))
                : Description.of("undo.desc.task.editMany", changes.size());
    }

    @Override
    public long speechId() {
        long first = changes.isEmpty() ? -1 : changes.get(0).speechId();
        return changes.stream().allMatch(c -> c.speechId() == first) ? first : -1;
    }

    @Override
    public List<Long> speechIds() {
        return changes.stream().map(Change::speechId).distinct().toList();
    }
}
