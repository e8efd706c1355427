package jingdu.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import jingdu.app.start.DataPaths;
import jingdu.app.Engines;
import jingdu.app.Failures;
import jingdu.i18n.I18n;
import jingdu.model.Level;
import jingdu.model.SectorCatalog;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar jingdu.jar COMMAND}: the same library as the window, without one. The help ({@code --help})
 * speaks the user's language: every description is a message in the bundles ({@code jingdu.<command>.…} keys,
 * picocli's resource-bundle convention), Chinese unless {@code JINGDU_LANG=en}.
 */
@Command(name = "jingdu", mixinStandardHelpOptions = true, versionProvider = JingduCli.Version.class,
        subcommands = {AnalyzeCommand.class, ImportCommand.class, ListCommand.class, ExportCommand.class,
                TagCommand.class, AddNoteCommand.class, NotesCommand.class,
                BackupCommand.class, BackupsCommand.class, RestoreCommand.class,
                ImportAnnotationsCommand.class, SearchCommand.class, CorrectCommand.class, CorrectionsCommand.class,
                ParagraphCommand.class, DuplicatesCommand.class,
                TasksCommand.class, TaskCommand.class, UnitsCommand.class, CompileCommand.class, CompareCommand.class,
                NewWordingCommand.class})
public final class JingduCli implements Callable<Integer> {

    static final I18n I18N = I18n.fromEnvironment();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    /** The command line with its help in the language of {@code i18n}. */
    public static CommandLine commandLine(I18n i18n) {
        CommandLine cl = new CommandLine(new JingduCli());
        cl.setResourceBundle(i18n.bundle());
        return cl;
    }

    /** True when {@code args} name a command (or help/version) rather than starting the window. */
    public static boolean isCommand(String[] args) {
        return CommandNames.isCommand(args);
    }

    public static int run(String[] args) {
        try {
            return execute(args);
        } catch (OutOfMemoryError e) {
            // the work in hand is garbage once unwound: one line instead of the JVM's stack trace
            errorLine(Failures.describe(e, I18N));
            return 1;
        }
    }

    private static int execute(String[] args) {
        CommandLine cl = commandLine(I18N);
        cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println(describe(ex));
            return 1;
        });
        cl.setParameterExceptionHandler(JingduCli::parameterError);
        return cl.execute(args);
    }

    /** On standard error in UTF-8, as the commands' own messages. */
    private static void errorLine(String message) {
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        err.println(message);
    }

    /** Picocli prints the whole usage on a bad argument; one line and a hint are easier to read. */
    private static int parameterError(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println(I18N.get("cli.error.usage", oneLine(ex.getMessage())));
        err.println(I18N.get("cli.hint.help", cmd.getCommandSpec().qualifiedName()));
        return cmd.getCommandSpec().exitCodeOnInvalidInput();
    }

    private static String oneLine(String s) {
        return String.valueOf(s).strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /** One clear line in the user's language. */
    static String describe(Exception ex) {
        return Failures.describe(ex, I18N);
    }

    /** A helper thread that runs out of memory says so in one line; anything else keeps its stack trace. */
    public static void uncaught(Thread t, Throwable e) {
        if (Failures.outOfMemory(e)) {
            errorLine(Failures.describe(e, I18N));
        } else {
            System.err.print("Exception in thread \"" + t.getName() + "\" ");
            e.printStackTrace();
        }
    }

    /** The level ids given to --tag / --level, or null when one is not a level id. */
    static Set<Level> parseLevels(List<String> ids) {
        Set<Level> out = EnumSet.noneOf(Level.class);
        for (String id : ids) {
            Level l = Level.fromId(id).orElse(null);
            if (l == null) {
                return null;
            }
            out.add(l);
        }
        return out;
    }

    /**
     * The usage message for the first of {@code ids} the library's sectors lack (its catalogue: built-in
     * plus the user's {@code lexicon.tsv}), listing the valid ids; null when all are known.
     */
    static String unknownSector(List<String> ids, Path dbFile) {
        SectorCatalog sectors = Engines.sectorsForLibrary(dbFile);
        return ids.stream().filter(id -> !sectors.contains(id)).findFirst()
                .map(id -> I18N.get("cli.error.usage", "--sector " + id + ": " + String.join(", ", sectors.ids())))
                .orElse(null);
    }

    static Path databaseOrDefault(Path db) {
        return db != null ? db : DataPaths.defaultDatabase();
    }

    /** Version from the jar manifest, or "dev" when run from classes. */
    public static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = JingduCli.class.getPackage().getImplementationVersion();
            return new String[] {"Jingdu " + (v != null ? v : "dev")};
        }
    }
}
