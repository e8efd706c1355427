package jingdu.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import jingdu.app.BatchImport;
import jingdu.app.Library;
import jingdu.model.Speech;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import", mixinStandardHelpOptions = true, description = {
        "Import speeches (.txt, .docx, .doc, .pdf, .ofd) into the library; folders are searched with their subfolders.",
        "Prints id<TAB>title per imported speech; each skipped file's reason and a summary go to stderr.",
        "Exit code 0 only when nothing was skipped."})
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DbOption db;

    @Parameters(paramLabel = "FILE|FOLDER", arity = "1..*")
    List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Library library = db.open()) {
            BatchImport.Summary summary = new BatchImport(library).run(files);
            for (Speech s : summary.imported()) {
                out.println(s.id() + "\t" + s.title());
            }
            for (BatchImport.Skipped s : summary.skipped()) {
                err.println(JingduCli.I18N.get(s.key(), s.args().toArray()));
            }
            err.println(JingduCli.I18N.get("importer.summary", summary.imported().size(), summary.skipped().size()));
            return summary.skipped().isEmpty() ? 0 : 1;
        }
    }
}
