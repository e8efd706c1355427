package jingdu.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import jingdu.store.Backups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "backups", description = "List the automatic backups of the library, newest first.")
final class BackupsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "PATH", description = "Database file (default: the user data directory).")
    Path db;

    @Override
    public Integer call() {
        for (Path p : Backups.list(JingduCli.databaseOrDefault(db))) {
            spec.commandLine().getOut().println(p.toAbsolutePath());
        }
        return 0;
    }
}
