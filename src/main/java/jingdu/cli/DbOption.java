package jingdu.cli;

import java.nio.file.Path;

import jingdu.app.Library;
import jingdu.app.Recovery;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code --db PATH} option every library command shares (a picocli mixin). */
final class DbOption {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--db", paramLabel = "PATH", description = "Database file (default: the user data directory).")
    Path db;

    /** The chosen file, or the one in the user's data directory. */
    Path file() {
        return JingduCli.databaseOrDefault(db);
    }

    /** Opens the library, telling the user on stderr when it was found after an unclean shutdown. */
    Library open() {
        Library library = Library.open(file());
        Recovery.openNotice(library, JingduCli.I18N).ifPresent(command.commandLine().getErr()::println);
        return library;
    }
}
