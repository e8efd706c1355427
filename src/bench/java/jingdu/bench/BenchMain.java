package jingdu.bench;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar target/jingdu-bench.jar COMMAND}: the benches, which are how Jingdu's speed and scores
 * are shown. They are not part of the installed app: this jar holds only them, and its manifest puts the
 * app's jar ({@code jingdu.jar}, beside it) on the class path, so they measure the very classes that ship.
 */
@Command(name = "jingdu-bench", mixinStandardHelpOptions = true, versionProvider = BenchMain.Version.class,
        description = {"Jingdu's benches: the engine's scores and speed, search speed, the whole app's speed.",
            "Run beside the app's jar: java -jar target/jingdu-bench.jar COMMAND."},
        subcommands = {BenchCommand.class, SearchBenchCommand.class, AppBenchCommand.class})
public final class BenchMain implements Callable<Integer> {

    public static void main(String[] args) {
        System.exit(run(args)); // the window benches leave JavaFX's threads behind
    }

    @Override
    public Integer call() {
        new CommandLine(this).usage(System.out);
        return 0;
    }

    public static int run(String[] args) {
        CommandLine cl = new CommandLine(new BenchMain());
        cl.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            // a bench is a developer's tool: the whole trace says more than one line would
            ex.printStackTrace(commandLine.getErr());
            return 1;
        });
        cl.setParameterExceptionHandler(BenchMain::parameterError);
        return cl.execute(args);
    }

    /** One line and a hint rather than picocli's whole usage. */
    private static int parameterError(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println(cmd.getCommandSpec().qualifiedName() + ": " + String.valueOf(ex.getMessage()).strip().replaceAll("\\s*\\R\\s*", " "));
        err.println("Try: " + cmd.getCommandSpec().qualifiedName() + " --help");
        return cmd.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** The version of this jar's manifest, or "dev" when run from classes. */
    public static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = BenchMain.class.getPackage().getImplementationVersion();
            return new String[] {"Jingdu benches " + (v != null ? v : "dev")};
        }
    }
}
