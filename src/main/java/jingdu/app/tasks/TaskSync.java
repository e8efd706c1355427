package jingdu.app.tasks;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jingdu.model.Task;
import jingdu.model.TaskFacts;
import jingdu.model.TaskSyncPlan;

/**
 * Matches a speech's stored tasks to the obligations of its newest analysis, so the user's decisions stay on
 * their task when the text, its corrections or the engine change. A task keeps its obligation when the span
 * and quote are the same; else when the quote is the same (the text moved: the nearest one); else when the
 * spans overlap by most of the shorter one (a boundary moved). Pure.
 */
public final class TaskSync {

    private TaskSync() {
    }

    public static TaskSyncPlan plan(List<Task> stored, Map<Long, Integer> progressCounts, List<TaskFacts> found) {
        List<TaskSyncPlan.Update> updates = new ArrayList<>();
        Set<Long> matched = new HashSet<>();
        Set<Integer> placed = new HashSet<>();
        // three passes, strictest first, so a looser rule never takes a pair a stricter one would make
        for (int pass = 0; pass < 3; pass++) {
            for (int i = 0; i < found.size(); i++) {
                if (placed.contains(i)) {
                    continue;
                }
                TaskFacts f = found.get(i);
                Task best = null;
                int bestDistance = Integer.MAX_VALUE;
                for (Task t : stored) {
                    if (matched.contains(t.id()) || !matches(pass, t, f)) {
                        continue;
                    }
                    int distance = Math.abs(t.start() - f.start());
                    if (distance < bestDistance) {
                        best = t;
                        bestDistance = distance;
                    }
                }
                if (best != null) {
                    matched.add(best.id());
                    placed.add(i);
                    if (changed(best, f)) {
                        updates.add(new TaskSyncPlan.Update(best.id(), f));
                    }
                }
            }
        }
        List<TaskFacts> inserts = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            if (!placed.contains(i)) {
                inserts.add(found.get(i));
            }
        }
        List<Long> gone = new ArrayList<>();
        List<Long> deletes = new ArrayList<>();
        for (Task t : stored) {
            if (matched.contains(t.id())) {
                continue;
            }
            if (t.state().touched() || progressCounts.getOrDefault(t.id(), 0) > 0) {
                if (t.inText()) {
                    gone.add(t.id()); // the user's work is never dropped: shown as no longer in the text
                }
            } else {
                deletes.add(t.id());
            }
        }
        return new TaskSyncPlan(updates, inserts, gone, deletes);
    }

    private static boolean matches(int pass, Task t, TaskFacts f) {
        return switch (pass) {
            case 0 -> t.start() == f.start() && t.end() == f.end() && t.quote().equals(f.quote());
            case 1 -> t.quote().equals(f.quote());
            default -> overlap(t, f) * 2 > Math.min(t.end() - t.start(), f.end() - f.start())
                    && similarEnough(t.quote(), f.quote());
        };
    }

    private static int overlap(Task t, TaskFacts f) {
        return Math.max(0, Math.min(t.end(), f.end()) - Math.max(t.start(), f.start()));
    }

    /** Overlapping spans of a text that was edited in between may hold other words: the quotes must share most characters. */
    private static boolean similarEnough(String a, String b) {
        Set<Integer> chars = new HashSet<>();
        a.codePoints().forEach(chars::add);
        long shared = b.codePoints().filter(chars::contains).count();
        return shared * 2 >= Math.min(a.codePointCount(0, a.length()), b.codePointCount(0, b.length()));
    }

    private static boolean changed(Task t, TaskFacts f) {
        return !t.inText() || t.start() != f.start() || t.end() != f.end() || !t.quote().equals(f.quote())
                || t.paragraph() != f.paragraph() || t.strength() != f.strength() || !t.sectors().equals(f.sectors())
                || !t.levels().equals(f.levels()) || t.levelsSuggested() != f.levelsSuggested()
                || !java.util.Objects.equals(t.actor(), f.actor()) || !java.util.Objects.equals(t.deadline(), f.deadline());
    }
}
