package jingdu.app.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import jingdu.app.Library;
import org.junit.jupiter.api.Test;

class DataPathsTest {

    @Test
    void windowsUsesAppData() {
        assertThat(DataPaths.dataDirectory("Windows 11", Map.of("APPDATA", "/c/Users/li/AppData/Roaming"), "/c/Users/li"))
                .isEqualTo(Path.of("/c/Users/li/AppData/Roaming", "Jingdu"));
    }

    @Test
    void windowsWithoutAppDataFallsBackToHome() {
        assertThat(DataPaths.dataDirectory("Windows 10", Map.of("APPDATA", " "), "/home/li"))
                .isEqualTo(Path.of("/home/li", "AppData", "Roaming", "Jingdu"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(DataPaths.dataDirectory("Mac OS X", Map.of("XDG_DATA_HOME", "/x"), "/Users/li"))
                .isEqualTo(Path.of("/Users/li", "Library", "Application Support", "Jingdu"));
    }

    @Test
    void linuxUsesXdgDataHome() {
        assertThat(DataPaths.dataDirectory("Linux", Map.of("XDG_DATA_HOME", "/data/li"), "/home/li"))
                .isEqualTo(Path.of("/data/li", "jingdu"));
    }

    @Test
    void linuxWithoutXdgUsesLocalShare() {
        assertThat(DataPaths.dataDirectory("Linux", Map.of(), "/home/li"))
                .isEqualTo(Path.of("/home/li", ".local", "share", "jingdu"));
    }

    @Test
    void defaultDatabaseIsTheDbFileInTheDataDirectory() {
        assertThat(DataPaths.defaultDatabase().getFileName().toString()).isEqualTo(DataPaths.DB_FILE);
        assertThat(DataPaths.defaultDatabase().isAbsolute()).isTrue();
    }
}
