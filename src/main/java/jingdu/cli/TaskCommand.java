package jingdu.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import jingdu.app.Services;
import jingdu.app.SingleLine;
import jingdu.app.tasks.TaskBoard;
import jingdu.app.tasks.TaskException;
import jingdu.model.Task;
import jingdu.model.TaskState;
import jingdu.model.TaskStatus;
import jingdu.model.Unit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code task ID}: sets a task's status, lead unit, partners or due date (one undoable step) and adds a
 * progress entry. Every value is checked before anything is written: a bad one changes nothing.
 */
@Command(name = "task", mixinStandardHelpOptions = true)
final class TaskCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", descriptionKey = "id")
    long id;

    @Option(names = "--status", paramLabel = "S")
    String status;

    @Option(names = "--unit", paramLabel = "U")
    String unit;

    @Option(names = "--partners", paramLabel = "U", split = ",|，|、")
    List<String> partners;

    @Option(names = "--due", paramLabel = "DATE")
    String due;

    @Option(names = "--progress", paramLabel = "TEXT")
    String progress;

    @Option(names = "--author", paramLabel = "NAME")
    String author;

    @Mixin
    DbOption db;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Services services = db.open()) {
            TaskBoard board = services.taskBoard();
            Task task = board.find(id).orElseThrow(() -> new TaskException("tasks.error.noTask", id));
            // read every value first: one that does not fit changes nothing
            TaskStatus newStatus = status == null ? null : TaskArgs.status(status);
            Long lead = unit == null ? null : unitId(board, unit);
            List<Long> partnerIds = null;
            if (partners != null) {
                partnerIds = new ArrayList<>();
                for (String p : partners) {
                    Long u = unitId(board, p);
                    if (u != null) {
                        partnerIds.add(u);
                    }
                }
            }
            boolean clearDue = due != null && (due.equalsIgnoreCase("none") || due.isBlank());
            LocalDate newDue = due == null || clearDue ? null : TaskArgs.date(due);
            if (progress != null && progress.isBlank()) {
                throw new TaskException("tasks.error.emptyProgress");
            }
            TaskState s = task.state();
            if (newStatus != null) {
                s = s.withStatus(newStatus);
            }
            if (unit != null) {
                s = s.withLead(lead);
            }
            if (partnerIds != null) {
                s = s.withPartners(partnerIds);
            }
            if (due != null) {
                s = s.withDue(newDue);
            }
            TaskState after = s;
            board.edit(List.of(id), x -> after);
            if (progress != null) {
                board.addProgress(id, author == null ? System.getProperty("user.name", "") : author, progress, Instant.now());
            }
            Task now = board.find(id).orElseThrow();
            out.println(now.id() + "\t" + now.state().status().id() + "\t"
                    + (now.state().due() == null ? "-" : now.state().due()) + "\t"
                    + name(board, now.state().leadUnitId()) + "\t" + SingleLine.clean(now.quote()));
            return 0;
        }
    }

    /** "none" (or empty) clears the lead; otherwise a unit's name or alias. */
    private static Long unitId(TaskBoard board, String name) throws TaskException {
        if (name.isBlank() || name.strip().equalsIgnoreCase("none")) {
            return null;
        }
        return board.unitNamed(name).map(Unit::id)
                .orElseThrow(() -> new TaskException("tasks.error.unknownUnit", name.strip()));
    }

    private static String name(TaskBoard board, Long unitId) {
        return unitId == null ? "-" : board.units().stream().filter(u -> u.id() == unitId).map(Unit::name)
                .findFirst().orElse("-");
    }
}
