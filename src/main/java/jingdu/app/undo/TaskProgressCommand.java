package jingdu.app.undo;

import jingdu.model.TaskProgress;
import jingdu.store.AnnotationTx;

/** Adds one dated progress entry to a task; undo takes it away, redo puts it back under its id. */
public record TaskProgressCommand(TaskProgress progress, long speechId, String quote) implements Command {

    @Override
    public Command execute(AnnotationTx tx) {
        if (tx.task(progress.taskId()).isEmpty()) {
            throw new IllegalStateException("task " + progress.taskId() + " is gone");
        }
        long id = tx.insertProgress(progress);
        return new TaskProgressCommand(progress.withId(id), speechId, quote);
    }

    @Override
    public void undo(AnnotationTx tx) {
        tx.deleteProgress(progress.id());
    }

    @Override
    public Description description() {
        return Description.of("undo.desc.task.progress", Snippet.of(quote));
    }
}
