package jingdu.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import jingdu.app.Services;
import jingdu.app.SingleLine;
import jingdu.app.tasks.BoardCounts;
import jingdu.app.tasks.BoardRow;
import jingdu.app.tasks.TaskBoard;
import jingdu.app.tasks.TaskException;
import jingdu.app.tasks.TaskExports;
import jingdu.app.tasks.TaskFilter;
import jingdu.model.TaskScope;
import jingdu.model.TaskStatus;
import jingdu.model.Unit;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tasks}: the task board of a speech, a collection, a year or the library, filtered, as lines or JSON. */
@Command(name = "tasks", mixinStandardHelpOptions = true)
final class TasksCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    static final class Scope {
        @Option(names = "--speech", paramLabel = "ID")
        Long speech;
        @Option(names = "--collection", paramLabel = "NAME")
        String collection;
        @Option(names = "--year", paramLabel = "YEAR")
        Integer year;
        @Option(names = "--all")
        boolean all;
    }

    @ArgGroup(exclusive = true)
    Scope scope;

    @Option(names = "--status", paramLabel = "S")
    List<String> statuses;

    @Option(names = "--unit", paramLabel = "U")
    String unit;

    @Option(names = "--overdue")
    boolean overdue;

    @Option(names = "--due-within", paramLabel = "DAYS")
    Integer dueWithin;

    @Option(names = "--as-of", paramLabel = "DATE")
    String asOf;

    @Option(names = "--json")
    boolean json;

    @Option(names = "--out", paramLabel = "FILE")
    java.nio.file.Path exportTo;

    @Option(names = "--format", paramLabel = "FORMAT")
    String format;

    @Option(names = "--title", paramLabel = "TEXT")
    String title;

    @Option(names = "--force")
    boolean force;

    @Option(names = "--charts")
    boolean charts;

    @Mixin
    DbOption db;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LocalDate today = asOf == null ? LocalDate.now() : TaskArgs.date(asOf);
        if (dueWithin != null && dueWithin < 0) {
            throw new TaskException("tasks.error.dueWithin", dueWithin);
        }
        TaskExports.Format exportFormat = null;
        if (exportTo != null || format != null) {
            String f = format == null ? "xlsx" : format;
            exportFormat = TaskExports.Format.fromId(f)
                    .orElseThrow(() -> new TaskException("tasks.error.format", f));
            if (exportTo == null) {
                throw new TaskException("tasks.error.needOut");
            }
        }
        try (Services services = db.open()) {
            TaskBoard board = services.taskBoard();
            TaskScope s = scope();
            Set<TaskStatus> wanted = new HashSet<>();
            for (String v : statuses == null ? List.<String>of() : statuses) {
                wanted.add(TaskArgs.status(v));
            }
            long unitId = -1;
            if (unit != null) {
                unitId = board.unitNamed(unit).map(Unit::id)
                        .orElseThrow(() -> new TaskException("tasks.error.unknownUnit", unit.strip()));
            }
            if (s.kind() == TaskScope.Kind.COLLECTION
                    && services.catalog().collections().stream().noneMatch(c -> c.name().equals(s.collection()))) {
                throw new TaskException("tasks.error.noCollection", s.collection());
            }
            if (s.kind() == TaskScope.Kind.SPEECH && services.library().find(s.speechId()).isEmpty()) {
                throw new TaskException("annotate.error.noSpeech", s.speechId());
            }
            int made = board.refresh(s, services::newEngine, services.userWords(), (done, total) -> { }, () -> false);
            if (made > 0) {
                err.println(JingduCli.I18N.get("tasks.refreshed", made));
            }
            TaskFilter filter = new TaskFilter(wanted, unitId, null, null, overdue, dueWithin == null ? -1 : dueWithin, null);
            List<BoardRow> rows = board.rows(s, today).stream().filter(r -> filter.test(r, today)).toList();
            if (exportFormat != null) {
                java.nio.file.Path written = services.taskExports(JingduCli.I18N)
                        .write(rows, exportFormat, exportTo, force, today, title, charts);
                out.println(written);
            } else if (json) {
                out.println(new GsonBuilder().disableHtmlEscaping().serializeNulls().setPrettyPrinting().create()
                        .toJson(json(rows)));
            } else {
                for (BoardRow r : rows) {
                    out.println(line(r));
                }
            }
            BoardCounts c = BoardCounts.of(rows);
            err.println(JingduCli.I18N.get("cli.tasks.counts", c.total(), c.notStarted(), c.inProgress(), c.done(), c.overdue(),
                    c.soon()));
            return 0;
        }
    }

    private TaskScope scope() {
        if (scope == null || scope.all) {
            return TaskScope.all();
        }
        if (scope.speech != null) {
            return TaskScope.speech(scope.speech);
        }
        return scope.collection != null ? TaskScope.collection(scope.collection) : TaskScope.year(scope.year);
    }

    private static String line(BoardRow r) {
        return r.id() + "\t" + r.task().state().status().id() + "\t" + (r.due() == null ? "-" : r.due()) + "\t"
                + r.mark().name().toLowerCase(java.util.Locale.ROOT) + "\t" + (r.lead() == null ? "-" : r.lead().name())
                + "\t" + r.task().speechId() + ":" + r.task().paragraph() + "\t" + SingleLine.clean(r.task().quote());
    }

    private static JsonObject json(List<BoardRow> rows) {
        JsonObject root = new JsonObject();
        JsonArray list = new JsonArray();
        for (BoardRow r : rows) {
            JsonObject o = new JsonObject();
            o.addProperty("id", r.id());
            o.addProperty("speech", r.task().speechId());
            o.addProperty("speechTitle", r.entry().speechTitle());
            o.addProperty("speechDate", r.entry().speechDate());
            o.addProperty("paragraph", r.task().paragraph());
            o.addProperty("start", r.task().start());
            o.addProperty("end", r.task().end());
            o.addProperty("text", r.task().quote());
            o.addProperty("inText", r.task().inText());
            o.addProperty("strength", r.task().strength() == null ? null : r.task().strength().id());
            JsonArray sectors = new JsonArray();
            r.task().sectors().forEach(sectors::add);
            o.add("sectors", sectors);
            JsonArray levels = new JsonArray();
            r.task().levels().forEach(l -> levels.add(l.id()));
            o.add("levels", levels);
            o.addProperty("actor", r.task().actor());
            o.addProperty("deadline", r.task().deadline());
            o.addProperty("due", r.due() == null ? null : r.due().toString());
            o.addProperty("dueSetByUser", r.dueByUser());
            o.addProperty("mark", r.mark().name().toLowerCase(java.util.Locale.ROOT));
            o.addProperty("status", r.task().state().status().id());
            o.addProperty("lead", r.lead() == null ? null : r.lead().name());
            o.addProperty("suggestedLead", r.suggestedLead() == null ? null : r.suggestedLead().name());
            JsonArray partners = new JsonArray();
            r.partners().forEach(u -> partners.add(u.name()));
            o.add("partners", partners);
            o.addProperty("progress", r.entry().latest() == null ? null : r.entry().latest().body());
            o.addProperty("progressAt", r.entry().latest() == null ? null : r.entry().latest().writtenAt().toString());
            list.add(o);
        }
        root.add("tasks", list);
        return root;
    }
}
