package jingdu.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import jingdu.app.library.Recovery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "backups", mixinStandardHelpOptions = true)
final class BackupsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DbOption db;

    @Override
    public Integer call() {
        for (Path p : Recovery.backups(db.file())) {
            spec.commandLine().getOut().println(p.toAbsolutePath());
        }
        return 0;
    }
}
