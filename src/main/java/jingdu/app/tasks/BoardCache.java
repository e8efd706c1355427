package jingdu.app.tasks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jingdu.model.TaskEntry;
import jingdu.model.TaskScope;
import jingdu.store.TaskRepository;

/**
 * The whole board's entries kept in memory between openings, so opening the board costs the view, not a read
 * of every task (40,000 tasks take about 0.3 s to read). Each use asks the library's task touch log what changed
 * since the copy was made and reads only those tasks again: an edit here, a command-line change, a speech put
 * in the trash. When the log no longer reaches back, or the copy's size disagrees with the library's, the copy
 * is read again whole. Thread-safe: the board is read off the FX thread while edits are made on it.
 */
final class BoardCache {

    private static final Comparator<TaskEntry> TEXT_ORDER = Comparator
            .comparingLong((TaskEntry e) -> e.task().speechId())
            .thenComparingInt(e -> e.task().start())
            .thenComparingLong(e -> e.task().id());

    private final TaskRepository tasks;
    private final Map<Long, TaskEntry> byId = new HashMap<>();
    private List<TaskEntry> ordered = List.of();
    private long touch = -1;
    private int fullReads;

    BoardCache(TaskRepository tasks) {
        this.tasks = tasks;
    }

    /** The scope's entries in text order, as the library has them now. */
    synchronized List<TaskEntry> entries(TaskScope scope) {
        bringUpToDate();
        if (scope.kind() == TaskScope.Kind.ALL) {
            return ordered;
        }
        Set<Long> speeches = new HashSet<>(tasks.speechesIn(scope));
        return ordered.stream().filter(e -> speeches.contains(e.task().speechId())).toList();
    }

    /** How many times the whole board was read (for tests: a change must not cost a full read). */
    synchronized int fullReads() {
        return fullReads;
    }

    private void bringUpToDate() {
        if (touch >= 0) {
            Optional<TaskRepository.BoardDelta> delta = tasks.boardSince(touch);
            if (delta.isPresent() && apply(delta.get())) {
                return;
            }
        }
        TaskRepository.BoardSnapshot all = tasks.boardSnapshot();
        byId.clear();
        all.entries().forEach(e -> byId.put(e.task().id(), e));
        ordered = List.copyOf(all.entries());
        touch = all.touch();
        fullReads++;
    }

    /** Applies the changes; false when the copy then disagrees with the library (read it whole). */
    private boolean apply(TaskRepository.BoardDelta delta) {
        if (!delta.touched().isEmpty()) {
            delta.touched().forEach(byId::remove);
            delta.entries().forEach(e -> byId.put(e.task().id(), e));
            List<TaskEntry> sorted = new ArrayList<>(byId.values());
            sorted.sort(TEXT_ORDER);
            ordered = List.copyOf(sorted);
        }
        touch = delta.touch();
        return byId.size() == delta.boardSize();
    }
}
