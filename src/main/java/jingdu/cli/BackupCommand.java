package jingdu.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import jingdu.app.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "backup", mixinStandardHelpOptions = true)
final class BackupCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--to", paramLabel = "FILE")
    Path to;

    @Option(names = "--force")
    boolean force;

    @Mixin
    DbOption db;

    @Override
    public Integer call() {
        try (Services services = db.open()) {
            Path written = to != null ? services.library().backupTo(to, force) : services.library().backupNow();
            spec.commandLine().getOut().println(written.toAbsolutePath());
        }
        return 0;
    }
}
