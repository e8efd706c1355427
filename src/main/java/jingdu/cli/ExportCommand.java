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

@Command(name = "export", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Export speeches' annotations: a Word or PDF report, the Excel task ledger, Markdown, HTML, CSV,",
            "the annotations JSON (for import-annotations), a REFI-QDA project or codebook, or a codebook CSV.",
            "Filters combine with AND; repeated values of one filter with OR."})
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** A plain string, not an enum, so an unknown format gets our own message rather than picocli's. */
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "md", completionCandidates = FormatIds.class,
            description = "One of: ${COMPLETION-CANDIDATES} (what each is: README, Exports). Default: ${DEFAULT-VALUE}.")
    String format;

    /** The registry's ids, for the help: a format added to {@link ExportFormat} shows up here by itself. */
    static final class FormatIds implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return ExportFormat.ids().iterator();
        }
    }

    @Option(names = "--speech", paramLabel = "ID", description = "Speech id (see list); repeat for several.")
    List<Long> speechIds = new ArrayList<>();

    @Option(names = "--all", description = "Every speech in the services.library().")
    boolean all;

    @Option(names = "--tag", paramLabel = "LEVEL",
            description = "Keep paragraphs YOU tagged with LEVEL (leadership, supervision, enterprise).")
    List<String> tags = new ArrayList<>();

    @Option(names = "--level", paramLabel = "LEVEL",
            description = "Keep paragraphs whose shown level is LEVEL: your tags, or the engine's suggestion "
                    + "where you have not tagged the paragraph.")
    List<String> levels = new ArrayList<>();

    @Option(names = "--sector", paramLabel = "ID",
            description = "Keep paragraphs and obligations that mention sector ID (coal, gas, fire, … as in the annotation guide, "
                    + "or one your lexicon.tsv adds).")
    List<String> sectors = new ArrayList<>();

    @Option(names = "--without-text", description = "json: leave the speeches' text out (the receiver must have them).")
    boolean withoutText;

    @Option(names = "--title", paramLabel = "TEXT",
            description = "xlsx, csv: the ledger's title row (default: 《speech title》任务分解台账, 任务分解台账 for several).")
    String title;

    @Option(names = "--markers", description = "docx, pdf: print the strength, level and paragraph markers (【必须】, "
            + "【第 6 段｜部门监管责任】) and each requirement's details in the text (default: a clean document).")
    boolean markers;

    @Option(names = "--report-title", paramLabel = "TEXT",
            description = "docx, pdf: the report's title (default: the speech's title, 讲话精读批注报告 for several).")
    String reportTitle;

    @Option(names = "--issuer", paramLabel = "TEXT", description = "docx, pdf: the 发文单位 printed under the title.")
    String issuer;

    @Option(names = "--date", paramLabel = "DATE",
            description = "docx, pdf: the date printed under the title (2026-12-03 is printed 2026年12月3日).")
    String date;

    @Mixin
    DbOption db;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Output file (default: standard output; docx, pdf, xlsx and qdpx need --out).")
    Path out;

    @Option(names = "--force", description = "Replace FILE if it exists (never the library, its backups or another database).")
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
