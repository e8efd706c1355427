package jingdu.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import jingdu.app.Services;
import jingdu.app.compile.CompileException;
import jingdu.app.compile.CompileFormat;
import jingdu.app.compile.CompileRequest;
import jingdu.app.compile.Compiler;
import jingdu.model.Compilation;
import jingdu.model.Level;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code compile}: 论述摘编 into a Word, PDF or Markdown file. Every check (format, tag, level, sector,
 * collection, dates, where to write) is made before anything is read or written; the file is written
 * atomically.
 */
@Command(name = "compile", sortOptions = false, mixinStandardHelpOptions = true)
final class CompileCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--tag", paramLabel = "TAG")
    List<String> tags = new ArrayList<>();

    @Option(names = "--level", paramLabel = "LEVEL")
    List<String> levels = new ArrayList<>();

    @Option(names = "--sector", paramLabel = "ID")
    List<String> sectors = new ArrayList<>();

    @Option(names = "--query", paramLabel = "TEXT")
    String query;

    @Option(names = "--collection", paramLabel = "NAME")
    String collection;

    @Option(names = "--from", paramLabel = "DATE")
    String from;

    @Option(names = "--to", paramLabel = "DATE")
    String to;

    @Option(names = "--title", paramLabel = "TEXT")
    String title;

    /** A plain string, so an unknown format gets our own message. */
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "docx", completionCandidates = FormatIds.class)
    String format;

    static final class FormatIds implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return CompileFormat.ids().iterator();
        }
    }

    @Option(names = "--out", paramLabel = "FILE", required = true)
    Path out;

    @Option(names = "--force")
    boolean force;

    @Mixin
    DbOption db;

    @Override
    public Integer call() throws Exception {
        var err = spec.commandLine().getErr();
        CompileFormat fmt = CompileFormat.fromId(format).orElse(null);
        if (fmt == null) {
            err.println(JingduCli.I18N.get("compile.error.format", format, String.join(", ", CompileFormat.ids())));
            return 2;
        }
        Set<Level> levelSet = JingduCli.parseLevels(levels);
        if (levelSet == null) {
            String bad = levels.stream().filter(l -> Level.fromId(l).isEmpty()).findFirst().orElse("");
            err.println(JingduCli.I18N.get("compile.error.level", bad));
            return 2;
        }
        try (Services services = db.open()) {
            Compiler compiler = services.compiler(JingduCli.I18N);
            try {
                Long collectionId = collection == null ? null : compiler.collection(collection).id();
                CompileRequest request = new CompileRequest(tags, levelSet, sectors, query, collectionId, from, to, title);
                compiler.checkTarget(out, force);
                // the engine (seconds to load) only when a sector is asked for: tags and the query do not need it
                Compilation c = compiler.compile(request, sectors.isEmpty() ? null : services.newEngine());
                compiler.write(c, fmt, out, force);
                spec.commandLine().getOut().println(JingduCli.I18N.get("compile.done", out.toString(), c.excerpts()));
                return 0;
            } catch (CompileException e) {
                err.println(JingduCli.describe(e));
                return e.key().startsWith("compile.") ? 2 : 1;
            }
        }
    }
}
