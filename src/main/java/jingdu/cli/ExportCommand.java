package jingdu.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import jingdu.analysis.Analyzer;
import jingdu.app.Exports;
import jingdu.app.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", description = "Export a speech's outline, tags, notes and obligations.")
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--speech", paramLabel = "ID", required = true, description = "Speech id (see list).")
    long speechId;

    /** A plain string, not an enum, so an unknown format gets our own message rather than picocli's. */
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "md", description = "Output format: md.")
    String format;

    @Option(names = "--db", paramLabel = "PATH", description = "Database file (default: the user data directory).")
    Path db;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: standard output).")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (!Exports.FORMATS.contains(format)) {
            spec.commandLine().getErr().println(
                    JingduCli.I18N.get("cli.error.format", format, String.join(", ", Exports.FORMATS)));
            return 2;
        }
        try (Library library = Library.open(JingduCli.databaseOrDefault(db))) {
            Exports exports = new Exports(library, new Analyzer(), JingduCli.I18N);
            if (out == null) {
                spec.commandLine().getOut().print(exports.markdown(speechId));
                spec.commandLine().getOut().flush();
            } else {
                exports.writeMarkdown(speechId, out);
                spec.commandLine().getOut().println(JingduCli.I18N.get("export.done", out.toString()));
            }
        }
        return 0;
    }
}
