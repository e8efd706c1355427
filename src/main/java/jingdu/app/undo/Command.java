package jingdu.app.undo;

import jingdu.store.AnnotationTx;

/**
 * One undoable annotation action. Commands are plain data (records), stored as JSON in the undo log,
 * and run inside the transaction {@link UndoHistory} opens, together with their log entry.
 */
public interface Command {

    /** Applies the change and returns the command as it should be logged (carrying any ids it was given). */
    Command execute(AnnotationTx tx);

    /** Reverses {@link #execute}. */
    void undo(AnnotationTx tx);

    /** What the user sees in the undo/redo tooltips and status line. */
    Description description();

    /** The speech the change is on, or -1 for changes to the tag set. */
    long speechId();

    /** Every speech the change touches (one for most commands; several for an import). */
    default java.util.List<Long> speechIds() {
        return speechId() >= 0 ? java.util.List.of(speechId()) : java.util.List.of();
    }
}
