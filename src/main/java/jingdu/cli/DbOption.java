package jingdu.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** The {@code --db PATH} option every library command shares (a picocli mixin). */
final class DbOption {

    @Option(names = "--db", paramLabel = "PATH", description = "Database file (default: the user data directory).")
    Path db;

    /** The chosen file, or the one in the user's data directory. */
    Path file() {
        return JingduCli.databaseOrDefault(db);
    }
}
