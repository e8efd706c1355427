package jingdu.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import jingdu.app.DataPaths;
import jingdu.i18n.I18n;
import jingdu.io.ImportException;
import jingdu.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar jingdu.jar COMMAND}: the same library as the window, without one. */
@Command(name = "jingdu", mixinStandardHelpOptions = true, versionProvider = JingduCli.Version.class,
        description = "Jingdu 精读: reader and annotator for work-safety speeches.",
        subcommands = {AnalyzeCommand.class, ImportCommand.class, ListCommand.class, BenchCommand.class})
public final class JingduCli implements Callable<Integer> {

    static final I18n I18N = I18n.fromEnvironment();

    @Override
    public Integer call() {
        new CommandLine(this).usage(System.out);
        return 0;
    }

    /** True when {@code args} name a command (or help/version) rather than starting the window. */
    public static boolean isCommand(String[] args) {
        if (args.length == 0) {
            return false;
        }
        String first = args[0];
        return new CommandLine(new JingduCli()).getSubcommands().containsKey(first)
                || first.equals("--help") || first.equals("-h") || first.equals("--version") || first.equals("-V");
    }

    public static int run(String[] args) {
        CommandLine cl = new CommandLine(new JingduCli());
        cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println(describe(ex));
            return 2;
        });
        return cl.execute(args);
    }

    /** One clear line in the user's language. */
    static String describe(Exception ex) {
        if (ex instanceof ImportException ie) {
            return I18N.get(ie.key(), ie.args());
        }
        if (ex instanceof StoreException se) {
            return I18N.get(se.key(), ex.getMessage());
        }
        return I18N.get("cli.error.unexpected", String.valueOf(ex.getMessage()));
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
