package jingdu.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import jingdu.model.DuePeriod;
import jingdu.model.Task;
import jingdu.model.TaskEntry;
import jingdu.model.TaskProgress;
import jingdu.model.TaskScope;
import jingdu.model.TaskSyncPlan;
import jingdu.model.Unit;

/**
 * The task board's rows: reading the board, bringing a speech's tasks up to date with its analysis (one
 * transaction per speech), the user's units and named periods. The user's edits of a task go through
 * {@link AnnotationTx}, as undoable commands.
 */
public final class TaskRepository {

    private final Database db;

    public TaskRepository(Database db) {
        this.db = db;
    }

    public List<TaskEntry> board(TaskScope scope) {
        return db.read(c -> TaskRows.board(c, scope));
    }

    /** The whole board (speeches in the trash left out) and the touch log's position it was read at. */
    public record BoardSnapshot(long touch, List<TaskEntry> entries) {
    }

    /**
     * What changed on the board since the touch log's position {@code since}: the tasks touched, their entries
     * now (a touched task without one left the board), the new position, and how many tasks the board has now
     * (for the reader to check its copy). Empty when the log no longer reaches back that far.
     */
    public record BoardDelta(long touch, java.util.Set<Long> touched, List<TaskEntry> entries, int boardSize) {
    }

    public BoardSnapshot boardSnapshot() {
        // the log's position first: a change written meanwhile is read again next time, never missed
        return db.read(c -> {
            long touch = TaskRows.lastTouch(c);
            return new BoardSnapshot(touch, TaskRows.board(c, TaskScope.all()));
        });
    }

    public Optional<BoardDelta> boardSince(long since) {
        return db.read(c -> {
            long touch = TaskRows.lastTouch(c);
            java.util.Set<Long> touched = TaskRows.touchedBetween(c, since, touch);
            if (touched == null) {
                return Optional.empty();
            }
            List<TaskEntry> entries = touched.isEmpty() ? List.of() : TaskRows.entries(c, touched);
            return Optional.of(new BoardDelta(touch, touched, entries, TaskRows.boardSize(c)));
        });
    }

    public List<Task> forSpeech(long speechId) {
        return db.read(c -> TaskRows.forSpeech(c, speechId));
    }

    public Optional<Task> find(long taskId) {
        return db.read(c -> TaskRows.find(c, taskId));
    }

    /** Newest first. */
    public List<TaskProgress> progress(long taskId) {
        return db.read(c -> TaskRows.progress(c, taskId));
    }

    /** The scope's dated status changes and progress entries, oldest first. */
    public List<jingdu.model.TaskEvent> events(TaskScope scope) {
        return db.read(c -> TaskRows.events(c, scope));
    }

    public List<Long> speechesIn(TaskScope scope) {
        return db.read(c -> TaskRows.speechesIn(c, scope));
    }

    /** Speech id → the fingerprint of the inputs its tasks were made from. */
    public Map<Long, String> fingerprints() {
        return db.read(TaskRows::fingerprints);
    }

    /** Speech id → what its tasks depend on in the library (text hash, corrections, level tags), as one string. */
    public Map<Long, String> inputs(List<Long> speechIds) {
        return db.read(c -> TaskRows.inputs(c, speechIds));
    }

    /**
     * Brings the speech's tasks up to date in one transaction: {@code planner} sees the stored tasks and their
     * progress counts (read inside the transaction) and says what changes; the fingerprint is recorded with it.
     * Nothing happens for a speech in the trash or deleted meanwhile.
     */
    public void sync(long speechId, String fingerprint,
                     BiFunction<List<Task>, Map<Long, Integer>, TaskSyncPlan> planner) {
        db.inTransaction(c -> {
            try (var ps = c.prepareStatement("SELECT 1 FROM speech WHERE id = ? AND deleted_at IS NULL")) {
                ps.setLong(1, speechId);
                try (var rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return null;
                    }
                }
            }
            TaskSyncPlan plan = planner.apply(TaskRows.forSpeech(c, speechId), TaskRows.progressCounts(c, speechId));
            for (TaskSyncPlan.Update u : plan.updates()) {
                TaskRows.updateFacts(c, u.taskId(), u.facts());
            }
            for (var f : plan.inserts()) {
                TaskRows.insertTask(c, speechId, f);
            }
            for (long id : plan.gone()) {
                TaskRows.markGone(c, id);
            }
            for (long id : plan.deletes()) {
                TaskRows.deleteTask(c, id);
            }
            TaskRows.setFingerprint(c, speechId, fingerprint);
            return null;
        });
    }

    // ---- units ----

    public List<Unit> units() {
        return db.read(TaskRows::units);
    }

    public Unit insertUnit(Unit u) {
        return u.withId(db.inTransaction(c -> TaskRows.insertUnit(c, u)));
    }

    public void updateUnit(Unit u) {
        db.inTransaction(c -> {
            TaskRows.updateUnit(c, u);
            return null;
        });
    }

    /** Deletes the unit unless a task names it; returns how many tasks name it (0: deleted). */
    public int deleteUnitIfUnused(long id) {
        return db.inTransaction(c -> {
            int use = TaskRows.unitUse(c, id);
            if (use == 0) {
                TaskRows.deleteUnit(c, id);
            }
            return use;
        });
    }

    // ---- named periods ----

    public List<DuePeriod> periods() {
        return db.read(TaskRows::periods);
    }

    public void replacePeriods(List<DuePeriod> periods) {
        db.inTransaction(c -> {
            TaskRows.replacePeriods(c, periods);
            return null;
        });
    }
}
