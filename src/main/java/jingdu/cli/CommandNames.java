package jingdu.cli;

import java.util.Set;

/**
 * The command names, known without building picocli's model of every command: deciding that a start
 * is the window's must not load the whole command line (some 500 classes, a tenth of a second).
 * A test keeps this list equal to {@link JingduCli}'s subcommands.
 */
public final class CommandNames {

    static final Set<String> ALL = Set.of("analyze", "import", "list", "export", "tag", "note", "notes", "backup",
            "backups", "restore", "import-annotations", "search", "correct", "corrections", "paragraph", "duplicates",
            "tasks", "task", "units", "compile", "compare", "new-wording");

    private CommandNames() {
    }

    /** True when {@code args} name a command (or help/version) rather than starting the window. */
    public static boolean isCommand(String[] args) {
        if (args.length == 0) {
            return false;
        }
        String first = args[0];
        return ALL.contains(first) || first.equals("--help") || first.equals("-h") || first.equals("--version")
                || first.equals("-V");
    }
}
