package jingdu.app.start;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import jingdu.app.Library;

/** Where the user's data lives on each desktop system. */
public final class DataPaths {

    public static final String DB_FILE = "jingdu.db";

    private DataPaths() {
    }

    public static Path defaultDatabase() {
        return dataDirectory(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home"))
                .resolve(DB_FILE);
    }

    /** %APPDATA%\Jingdu, ~/Library/Application Support/Jingdu, or $XDG_DATA_HOME/jingdu. */
    static Path dataDirectory(String osName, Map<String, String> env, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return (appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(home, "AppData", "Roaming"))
                    .resolve("Jingdu");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Jingdu");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share")).resolve("jingdu");
    }
}
