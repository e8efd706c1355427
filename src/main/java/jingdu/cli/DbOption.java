package jingdu.cli;

import java.nio.file.Path;

import jingdu.app.Services;
import jingdu.app.library.Recovery;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code --db PATH} option every library command shares (a picocli mixin). */
final class DbOption {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--db", paramLabel = "PATH")
    Path db;

    /** The chosen file, or the one in the user's data directory. */
    Path file() {
        return JingduCli.databaseOrDefault(db);
    }

    /**
     * Opens the library and its use cases (the command line's composition root), telling the user on
     * stderr when the file was found after an unclean shutdown.
     */
    Services open() {
        Services services = Services.open(file());
        Recovery.openNotice(services.library(), JingduCli.I18N).ifPresent(command.commandLine().getErr()::println);
        return services;
    }
}
