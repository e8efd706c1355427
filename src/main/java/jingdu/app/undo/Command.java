package jingdu.app.undo;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * One undoable annotation action. Commands are plain data (records), stored as JSON in the undo log,
 * and run inside the transaction {@link UndoHistory} opens, together with their log entry.
 */
public interface Command {

    /** Applies the change and returns the command as it should be logged (carrying any ids it was given). */
    Command execute(Connection c) throws SQLException;

    /** Reverses {@link #execute}. */
    void undo(Connection c) throws SQLException;

    /** What the user sees in the undo/redo tooltips and status line. */
    Description description();

    /** The speech the change is on, or -1 for changes to the tag set. */
    long speechId();
}
