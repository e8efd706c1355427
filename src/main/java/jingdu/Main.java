package jingdu;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import jingdu.app.DataPaths;
import jingdu.app.SelfCheck;
import jingdu.cli.JingduCli;

/**
 * Starts the command line when the arguments name a command, else the window. Kept free of JavaFX
 * types so that {@code java -jar jingdu.jar analyze …} never touches the toolkit.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        List<String> list = Arrays.asList(args);
        if (list.contains("--self-check")) {
            int db = list.indexOf("--db");
            Path file = db >= 0 && db + 1 < args.length ? Path.of(args[db + 1]) : DataPaths.defaultDatabase();
            System.exit(SelfCheck.run(file, new PrintStream(System.out, true, StandardCharsets.UTF_8)));
        }
        if (JingduCli.isCommand(args)) {
            System.exit(JingduCli.run(args));
        }
        jingdu.ui.JingduApp.launchWith(args);
    }
}
