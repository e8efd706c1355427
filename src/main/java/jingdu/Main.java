package jingdu;

import jingdu.cli.JingduCli;

/**
 * Starts the command line when the arguments name a command, else the window. Kept free of JavaFX
 * types so that {@code java -jar jingdu.jar analyze …} never touches the toolkit.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (JingduCli.isCommand(args)) {
            System.exit(JingduCli.run(args));
        }
        jingdu.ui.JingduApp.launchWith(args);
    }
}
