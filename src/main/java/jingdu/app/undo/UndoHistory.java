package jingdu.app.undo;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

import jingdu.store.Database;
import jingdu.store.SpeechDeletedException;
import jingdu.store.SpeechRepository;
import jingdu.store.StoreException;
import jingdu.store.UndoLog;

/**
 * The undo and redo stacks, kept in the library file so they survive a restart. Doing, undoing and
 * redoing a command are each one transaction together with the change to the log.
 */
public final class UndoHistory {

    /** How many steps are kept; older ones are forgotten. */
    public static final int CAP = 200;

    private final Database db;

    public UndoHistory(Database db) {
        this.db = db;
    }

    /** Runs a new command and puts it on the undo stack (clearing the redo stack); returns it as logged. */
    public Command execute(Command command) {
        return db.inTransaction(c -> {
            requireLive(c, command);
            Command done = command.execute(c);
            UndoLog.push(c, CommandCodec.encode(done), CAP);
            return done;
        });
    }

    /** Undoes the newest done command; empty when there is nothing to undo. */
    public Optional<Command> undo() {
        return step(true);
    }

    /** Redoes the most recently undone command; empty when there is nothing to redo. */
    public Optional<Command> redo() {
        return step(false);
    }

    private Optional<Command> step(boolean undo) {
        long[] failedSeq = {-1};
        try {
            return db.inTransaction(c -> {
                Optional<UndoLog.Entry> entry = undo ? UndoLog.nextUndo(c) : UndoLog.nextRedo(c);
                if (entry.isEmpty()) {
                    return Optional.empty();
                }
                failedSeq[0] = entry.get().seq();
                Command command;
                try {
                    command = CommandCodec.decode(entry.get().json());
                } catch (RuntimeException e) {
                    throw new SQLException("unreadable undo entry", e);
                }
                requireLive(c, command);
                if (undo) {
                    command.undo(c);
                    UndoLog.mark(c, entry.get().seq(), false, entry.get().json());
                } else {
                    command = command.execute(c);
                    UndoLog.mark(c, entry.get().seq(), true, CommandCodec.encode(command));
                }
                return Optional.of(command);
            });
        } catch (SpeechDeletedException e) {
            // its speech is in the trash: the step would fail until the purge rather than block the steps before it
            discard(failedSeq[0]);
            throw new StoreException("undo.error.deleted", e.detail(), e);
        } catch (StoreException e) {
            if (failedSeq[0] < 0) {
                throw e;
            }
            // The data changed under this step (another program edited it): drop the step rather than stay stuck on it.
            discard(failedSeq[0]);
            throw new StoreException("undo.error.stale", e.detail(), e);
        }
    }

    private void discard(long seq) {
        db.inTransaction(c -> {
            UndoLog.discard(c, seq);
            return null;
        });
    }

    /** A change to a speech in the trash would be acknowledged and then purged with it: refused in the transaction. */
    private static void requireLive(Connection c, Command command) throws SQLException {
        if (command.speechId() >= 0) {
            SpeechRepository.requireLive(c, command.speechId());
        }
    }

    public Optional<Description> nextUndo() {
        return peek(true);
    }

    public Optional<Description> nextRedo() {
        return peek(false);
    }

    private Optional<Description> peek(boolean undo) {
        return db.read(c -> {
            Optional<UndoLog.Entry> entry = undo ? UndoLog.nextUndo(c) : UndoLog.nextRedo(c);
            try {
                return entry.map(e -> CommandCodec.decode(e.json()).description());
            } catch (RuntimeException e) {
                return Optional.of(Description.of("undo.desc.unknown"));
            }
        });
    }

    /** How many steps are stored (done and undone). */
    public int size() {
        return db.read(UndoLog::count);
    }
}
