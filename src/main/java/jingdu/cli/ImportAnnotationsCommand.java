package jingdu.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import jingdu.app.Services;
import jingdu.app.annotate.AnnotationImport;
import jingdu.app.annotate.AnnotationImportReport;
import jingdu.io.ImportException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import-annotations", mixinStandardHelpOptions = true)
final class ImportAnnotationsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DbOption db;

    @Parameters(paramLabel = "FILE", descriptionKey = "file")
    Path file;

    @Override
    public Integer call() {
        try (Services services = db.open()) {
            AnnotationImport.Result r = services.annotationImport().importFile(file);
            // the counts, then one line per conflicting correction (not applied) and per correction left out
            new AnnotationImportReport(JingduCli.I18N, services.sectors()).lines(r)
                    .forEach(spec.commandLine().getOut()::println);
            return 0;
        } catch (ImportException e) {
            spec.commandLine().getErr().println(JingduCli.describe(e));
            return 1;
        }
    }
}
