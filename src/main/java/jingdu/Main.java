package jingdu;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import jingdu.app.start.DataPaths;
import jingdu.app.start.SelfCheck;
import jingdu.app.start.StartArguments;
import jingdu.cli.CommandNames;
import jingdu.cli.JingduCli;

/**
 * Starts the self-check, the command line or the window, as the arguments ask. Kept free of JavaFX
 * types so that {@code java -jar jingdu.jar analyze …} never touches the toolkit.
 */
public final class Main {

    /** What a start with given arguments does. */
    public enum Route { SELF_CHECK, CLI, WINDOW }

    private Main() {
    }

    public static void main(String[] args) {
        keepNamesOffTheNetwork();
        switch (route(args, p -> Files.isRegularFile(Path.of(p)))) {
            case SELF_CHECK -> {
                List<String> list = Arrays.asList(args);
                int db = list.indexOf("--db");
                Path file = db >= 0 && db + 1 < args.length ? Path.of(args[db + 1]) : DataPaths.defaultDatabase();
                System.exit(SelfCheck.run(file, new PrintStream(System.out, true, StandardCharsets.UTF_8)));
            }
            case CLI -> {
                Thread.setDefaultUncaughtExceptionHandler(JingduCli::uncaught);
                System.exit(JingduCli.run(args));
            }
            case WINDOW -> jingdu.ui.JingduApp.launchWith(args);
        }
    }

    /**
     * Jingdu names no host, but on Linux the JDK's font set-up (drawing a chart) asks once for this machine's own
     * name, for the file it caches fonts in; on an office machine whose name is not in its hosts file that question
     * would go to a DNS server. Names are answered from a hosts file that does not exist instead: the question fails
     * at once (the JDK then says "localhost") and never leaves the machine. Set before anything resolves a name.
     */
    static void keepNamesOffTheNetwork() {
        if (System.getProperty(HOSTS_FILE) == null) {
            System.setProperty(HOSTS_FILE, Path.of(System.getProperty("java.home"), "jingdu-no-hosts").toString());
        }
    }

    static final String HOSTS_FILE = "jdk.net.hosts.file";

    /**
     * The routing decision, pure so it can be tested: {@code --self-check} anywhere runs the check; a
     * command, help or version runs the command line; a first word that is neither an option nor an
     * existing file (a mistyped command such as {@code exprt}) goes to the command line too, so the user
     * gets its one-line error rather than a window; anything else (no arguments, window options, files
     * handed over by the desktop's "open with") starts the window.
     */
    public static Route route(String[] args, Predicate<String> isExistingFile) {
        if (Arrays.asList(args).contains("--self-check")) {
            return Route.SELF_CHECK;
        }
        if (CommandNames.isCommand(args)) {
            return Route.CLI;
        }
        if (args.length > 0 && !args[0].startsWith("-") && !isExistingFile.test(args[0])) {
            return Route.CLI;
        }
        return Route.WINDOW;
    }

    /** The files among the window's arguments (see {@link StartArguments#files}). */
    public static List<Path> fileArguments(List<String> args) {
        return StartArguments.files(args);
    }
}
