package jingdu.app.undo;

import java.util.Optional;
import java.util.function.Function;

import jingdu.store.AnnotationStore;
import jingdu.store.AnnotationTx;
import jingdu.store.Database;
import jingdu.store.SpeechDeletedException;
import jingdu.store.StoreException;

/**
 * The undo and redo stacks, kept in the library file so they survive a restart. Doing, undoing and
 * redoing a command are each one transaction together with the change to the log. Every change of the
 * user's annotations goes through here, whichever front end asked for it (window, command line, import).
 */
public final class UndoHistory {

    /** How many steps are kept; older ones are forgotten. */
    public static final int CAP = 200;

    private final AnnotationStore store;

    public UndoHistory(Database db) {
        this.store = new AnnotationStore(db);
    }

    /** Runs a new command and puts it on the undo stack (clearing the redo stack); returns it as logged. */
    public Command execute(Command command) {
        return execute(tx -> command);
    }

    /**
     * Like {@link #execute(Command)}, for a command that can only be built inside the transaction (it needs
     * rows written there first, e.g. speeches an annotations file brings along). Returns it as logged.
     */
    public Command execute(Function<AnnotationTx, Command> build) {
        return store.write(tx -> {
            Command command = build.apply(tx);
            requireLive(tx, command);
            Command done = command.execute(tx);
            tx.pushUndo(CommandCodec.encode(done), CAP);
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
            return store.write(tx -> {
                Optional<AnnotationTx.LogEntry> entry = undo ? tx.nextUndo() : tx.nextRedo();
                if (entry.isEmpty()) {
                    return Optional.empty();
                }
                failedSeq[0] = entry.get().seq();
                Command command;
                try {
                    command = CommandCodec.decode(entry.get().json());
                } catch (RuntimeException e) {
                    throw new StoreException("store.error.write", "unreadable undo entry", e);
                }
                requireLive(tx, command);
                if (undo) {
                    command.undo(tx);
                    tx.markUndo(entry.get().seq(), false, entry.get().json());
                } else {
                    command = command.execute(tx);
                    tx.markUndo(entry.get().seq(), true, CommandCodec.encode(command));
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
        store.write(tx -> {
            tx.discardUndo(seq);
            return null;
        });
    }

    /** A change to a speech in the trash would be acknowledged and then purged with it: refused in the transaction. */
    private static void requireLive(AnnotationTx tx, Command command) {
        for (long speechId : command.speechIds()) {
            tx.requireLive(speechId);
        }
    }

    public Optional<Description> nextUndo() {
        return peek(true);
    }

    public Optional<Description> nextRedo() {
        return peek(false);
    }

    private Optional<Description> peek(boolean undo) {
        return store.read(tx -> {
            Optional<AnnotationTx.LogEntry> entry = undo ? tx.nextUndo() : tx.nextRedo();
            try {
                return entry.map(e -> CommandCodec.decode(e.json()).description());
            } catch (RuntimeException e) {
                return Optional.of(Description.of("undo.desc.unknown"));
            }
        });
    }

    /** How many steps are stored (done and undone). */
    public int size() {
        return store.read(AnnotationTx::undoSize);
    }
}
