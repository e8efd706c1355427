package jingdu.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import jingdu.app.Services;
import jingdu.app.export.ExportFormat;
import jingdu.app.export.ExportRequest;
import jingdu.app.export.Exports;
import jingdu.model.ExportFilter;
import jingdu.model.Level;
import jingdu.model.ReportOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", sortOptions = false, mixinStandardHelpOptions = true)
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** A plain string, not an enum, so an unknown format gets our own message rather than picocli's. */
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "md", completionCandidates = FormatIds.class)
    String format;

    /** The registry's ids, for the help: a format added to {@link ExportFormat} shows up here by itself. */
    static final class FormatIds implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return ExportFormat.ids().iterator();
        }
    }

    @Option(names = "--speech", paramLabel = "ID")
    List<Long> speechIds = new ArrayList<>();

    @Option(names = "--all")
    boolean all;

    @Option(names = "--tag", paramLabel = "LEVEL")
    List<String> tags = new ArrayList<>();

    @Option(names = "--level", paramLabel = "LEVEL")
    List<String> levels = new ArrayList<>();

    @Option(names = "--sector", paramLabel = "ID")
    List<String> sectors = new ArrayList<>();

    @Option(names = "--without-text")
    boolean withoutText;

    @Option(names = "--title", paramLabel = "TEXT")
    String title;

    @Option(names = "--markers")
    boolean markers;

    @Option(names = "--report-title", paramLabel = "TEXT")
    String reportTitle;

    @Option(names = "--issuer", paramLabel = "TEXT")
    String issuer;

    @Option(names = "--date", paramLabel = "DATE")
    String date;

    @Mixin
    DbOption db;

    @Option(names = "--out", paramLabel = "FILE")
    Path out;

    @Option(names = "--force")
    boolean force;

    @Override
    public Integer call() throws Exception {
        var err = spec.commandLine().getErr();
        ExportFormat fmt = ExportFormat.fromId(format).orElse(null);
        if (fmt == null) {
            err.println(JingduCli.I18N.get("cli.error.format", format, String.join(", ", Exports.FORMATS)));
            return 2;
        }
        if (all == !speechIds.isEmpty()) {
            err.println(JingduCli.I18N.get("cli.error.usage", "--speech ID… | --all"));
            return 2;
        }
        if (out == null && !fmt.isText()) {
            err.println(JingduCli.I18N.get("cli.error.usage", "--format " + fmt.id() + " --out FILE"));
            return 2;
        }
        Set<Level> tagLevels = JingduCli.parseLevels(tags);
        Set<Level> shownLevels = JingduCli.parseLevels(levels);
        if (tagLevels == null || shownLevels == null) {
            err.println(JingduCli.I18N.get("cli.error.usage", "LEVEL: leadership, supervision, enterprise"));
            return 2;
        }
        String unknownSector = JingduCli.unknownSector(sectors, db.file());
        if (unknownSector != null) {
            err.println(unknownSector);
            return 2;
        }
        ExportRequest request = new ExportRequest(fmt, all ? List.of() : List.copyOf(new LinkedHashSet<>(speechIds)),
                new ExportFilter(tagLevels, shownLevels, Set.copyOf(sectors)), !withoutText, title,
                new ReportOptions(markers, reportTitle, issuer, date));
        try (Services services = db.open()) {
            Exports exports = services.exports(services.newEngine(), JingduCli.I18N);
            if (out == null) {
                // raw bytes: the CLI's writer might re-encode, and the CSV's BOM must stay as it is
                OutputStream stdout = new PrintStream(System.out, false);
                stdout.write(exports.render(request));
                stdout.flush();
            } else {
                exports.write(request, out, force);
                spec.commandLine().getOut().println(JingduCli.I18N.get("export.done", out.toString()));
            }
        }
        return 0;
    }

}
