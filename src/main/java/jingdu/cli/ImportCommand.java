package jingdu.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import jingdu.app.Services;
import jingdu.app.importing.BatchImport;
import jingdu.model.Speech;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import", mixinStandardHelpOptions = true)
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DbOption db;

    @Option(names = "--allow-duplicates")
    boolean allowDuplicates;

    @Parameters(paramLabel = "FILE|FOLDER", arity = "1..*", descriptionKey = "files")
    List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Services services = db.open()) {
            // each id goes out once its transaction committed: after a crash, what was printed is in the library
            BatchImport.Summary summary = services.importer().allowingDuplicates(allowDuplicates).run(files,
                    (done, total, current) -> { }, () -> false, speeches -> {
                        for (Speech s : speeches) {
                            out.println(s.id() + "\t" + s.title());
                        }
                        out.flush();
                    });
            for (BatchImport.Notice n : summary.notices()) {
                err.println(JingduCli.I18N.get(n.key(), n.args().toArray()));
            }
            for (BatchImport.Skipped s : summary.skipped()) {
                err.println(JingduCli.I18N.get(s.key(), s.args().toArray()));
            }
            if (summary.stopped() != null) { // one line says why it stopped and what is safe
                err.println(JingduCli.I18N.get(summary.stopped().key(), summary.stopped().args().toArray()));
                return 1;
            }
            long duplicates = summary.duplicates();
            err.println(duplicates == 0
                    ? JingduCli.I18N.get("importer.summary", summary.imported().size(), summary.skipped().size())
                    : JingduCli.I18N.get("importer.summary.duplicates", summary.imported().size(), summary.skipped().size(),
                            duplicates));
            return summary.skipped().isEmpty() ? 0 : 1;
        }
    }
}
