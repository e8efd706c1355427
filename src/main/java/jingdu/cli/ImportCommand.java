package jingdu.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import jingdu.app.Library;
import jingdu.io.ImportException;
import jingdu.model.Speech;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import", description = "Import .txt speeches into the library.")
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "PATH", description = "Database file (default: the user data directory).")
    Path db;

    @Parameters(paramLabel = "FILE", arity = "1..*")
    List<Path> files;

    @Override
    public Integer call() {
        int failures = 0;
        try (Library library = Library.open(JingduCli.databaseOrDefault(db))) {
            for (Path f : files) {
                try {
                    Speech s = library.importText(f);
                    spec.commandLine().getOut().println(s.id() + "\t" + s.title());
                } catch (ImportException e) {
                    spec.commandLine().getErr().println(JingduCli.describe(e));
                    failures++;
                }
            }
        }
        return failures == 0 ? 0 : 1;
    }
}
