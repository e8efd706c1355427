package jingdu.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What the user decides about a task: its lead unit (牵头单位, null until confirmed), the units that help
 * (配合单位), a due date set by hand (null: read from the deadline text) and the status.
 */
public record TaskState(Long leadUnitId, List<Long> partnerIds, LocalDate due, TaskStatus status) {

    public static final TaskState INITIAL = new TaskState(null, List.of(), null, TaskStatus.NOT_STARTED);

    public TaskState {
        partnerIds = partnerIds == null ? List.of() : List.copyOf(partnerIds.stream().distinct().sorted().toList());
        status = status == null ? TaskStatus.NOT_STARTED : status;
    }

    public TaskState withLead(Long unitId) {
        return new TaskState(unitId, partnerIds, due, status);
    }

    public TaskState withPartners(List<Long> unitIds) {
        return new TaskState(leadUnitId, unitIds, due, status);
    }

    public TaskState withDue(LocalDate date) {
        return new TaskState(leadUnitId, partnerIds, date, status);
    }

    public TaskState withStatus(TaskStatus s) {
        return new TaskState(leadUnitId, partnerIds, due, s);
    }

    /** True when the user has decided anything: such a task is kept even when the text no longer has it. */
    public boolean touched() {
        return !equals(INITIAL);
    }
}
