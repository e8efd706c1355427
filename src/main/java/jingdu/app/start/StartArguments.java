package jingdu.app.start;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The window's start arguments: {@code --db PATH}, {@code --lang zh|en}, and files to open (from "open with"). */
public final class StartArguments {

    /** Window options that take a value. */
    private static final Set<String> WINDOW_OPTIONS = Set.of("--db", "--lang");

    private StartArguments() {
    }

    /** The files among the window's arguments: every word that is neither an option nor an option's value. */
    public static List<Path> files(List<String> args) {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (WINDOW_OPTIONS.contains(a)) {
                i++; // skip the option's value
            } else if (!a.startsWith("-")) {
                files.add(Path.of(a).toAbsolutePath());
            }
        }
        return files;
    }
}
