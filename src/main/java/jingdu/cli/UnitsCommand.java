package jingdu.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import jingdu.app.Services;
import jingdu.app.tasks.TaskBoard;
import jingdu.app.tasks.TaskException;
import jingdu.model.Unit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code units}: the user's units that lead or help with tasks: list, add (with aliases), delete. */
@Command(name = "units", mixinStandardHelpOptions = true)
final class UnitsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--add", paramLabel = "NAME")
    String add;

    @Option(names = "--alias", paramLabel = "ALIAS", split = ",|，|、")
    List<String> aliases;

    @Option(names = "--group")
    boolean group;

    @Option(names = "--delete", paramLabel = "NAME")
    String delete;

    @Mixin
    DbOption db;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Services services = db.open()) {
            TaskBoard board = services.taskBoard();
            if (add != null) {
                board.addUnit(add, aliases == null ? List.of() : aliases, group);
            }
            if (delete != null) {
                Unit u = board.unitNamed(delete)
                        .orElseThrow(() -> new TaskException("tasks.error.unknownUnit", delete.strip()));
                board.deleteUnit(u.id());
            }
            for (Unit u : board.units()) {
                out.println(u.id() + "\t" + u.name() + "\t" + String.join("、", u.aliases()) + (u.group() ? "\tgroup" : ""));
            }
            return 0;
        }
    }
}
