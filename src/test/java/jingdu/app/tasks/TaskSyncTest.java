package jingdu.app.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import jingdu.model.Strength;
import jingdu.model.Task;
import jingdu.model.TaskFacts;
import jingdu.model.TaskState;
import jingdu.model.TaskStatus;
import jingdu.model.TaskSyncPlan;

/** How stored tasks follow a new analysis: the user's decisions stay on their obligation, never dropped. */
class TaskSyncTest {

    private static TaskFacts facts(int start, String quote) {
        return new TaskFacts(start, start + quote.length(), quote, 1, Strength.REQUIRED, List.of(), List.of(), false,
                null, null);
    }

    private static Task task(long id, int start, String quote, TaskState state) {
        return new Task(id, 1, start, start + quote.length(), quote, 1, Strength.REQUIRED, List.of(), List.of(), false,
                null, null, true, state);
    }

    @Test
    void unchangedObligationsChangeNothing() {
        List<Task> stored = List.of(task(1, 10, "各乡镇要排查隐患。", TaskState.INITIAL));
        TaskSyncPlan plan = TaskSync.plan(stored, Map.of(), List.of(facts(10, "各乡镇要排查隐患。")));
        assertThat(plan.updates()).isEmpty();
        assertThat(plan.inserts()).isEmpty();
        assertThat(plan.deletes()).isEmpty();
        assertThat(plan.gone()).isEmpty();
    }

    @Test
    void aMovedQuoteKeepsItsTaskAndTheNearestOfTwoIdenticalQuotesIsChosen() {
        TaskState done = TaskState.INITIAL.withStatus(TaskStatus.DONE);
        List<Task> stored = List.of(task(1, 10, "要加强值班。", done), task(2, 100, "要加强值班。", TaskState.INITIAL));
        TaskSyncPlan plan = TaskSync.plan(stored, Map.of(), List.of(facts(12, "要加强值班。"), facts(103, "要加强值班。")));
        assertThat(plan.updates()).extracting(TaskSyncPlan.Update::taskId).containsExactly(1L, 2L);
        assertThat(plan.updates().get(0).facts().start()).isEqualTo(12);
        assertThat(plan.inserts()).isEmpty();
    }

    @Test
    void aMovedBoundaryKeepsTheTaskButOtherWordsInTheSamePlaceDoNot() {
        List<Task> stored = List.of(task(1, 10, "县住建局要加强建筑施工安全监管。", TaskState.INITIAL.withStatus(TaskStatus.IN_PROGRESS)));
        // the user's correction widened the obligation to the whole sentence
        TaskSyncPlan widened = TaskSync.plan(stored, Map.of(), List.of(facts(8, "一是县住建局要加强建筑施工安全监管。")));
        assertThat(widened.updates()).extracting(TaskSyncPlan.Update::taskId).containsExactly(1L);
        // the text there was rewritten: a new task, and the worked one is kept as gone from the text
        TaskSyncPlan rewritten = TaskSync.plan(stored, Map.of(), List.of(facts(10, "交通运输部门务必严查超限超载车辆。")));
        assertThat(rewritten.updates()).isEmpty();
        assertThat(rewritten.inserts()).hasSize(1);
        assertThat(rewritten.gone()).containsExactly(1L);
    }

    @Test
    void aTaskWithProgressIsKeptAndAnUntouchedOneGoes() {
        List<Task> stored = List.of(task(1, 0, "要甲。", TaskState.INITIAL), task(2, 10, "要乙。", TaskState.INITIAL),
                task(3, 20, "要丙。", TaskState.INITIAL));
        TaskSyncPlan plan = TaskSync.plan(stored, Map.of(2L, 1), List.of());
        assertThat(plan.deletes()).containsExactlyInAnyOrder(1L, 3L);
        assertThat(plan.gone()).containsExactly(2L);
    }

    @Test
    void aTaskBackInTheTextIsMarkedPresentAgain() {
        Task gone = new Task(1, 1, 0, 3, "要甲。", 1, Strength.REQUIRED, List.of(), List.of(), false, null, null, false,
                TaskState.INITIAL.withStatus(TaskStatus.DONE));
        TaskSyncPlan plan = TaskSync.plan(List.of(gone), Map.of(), List.of(facts(0, "要甲。")));
        assertThat(plan.updates()).extracting(TaskSyncPlan.Update::taskId).containsExactly(1L);
        // and one already gone is not marked again
        assertThat(TaskSync.plan(List.of(gone), Map.of(), List.of()).gone()).isEmpty();
    }
}
