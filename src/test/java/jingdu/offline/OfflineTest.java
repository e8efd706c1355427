package jingdu.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** The app and the CLI never open a network socket: run them under a manager that refuses any. */
class OfflineTest {

    @Test
    void noCommandAndNoWindowFlowOpensASocket() throws Exception {
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.security.manager=" + NoNetworkSecurityManager.class.getName(),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Djava.util.prefs.userRoot=" + System.getProperty("java.io.tmpdir"),
                "-cp", System.getProperty("java.class.path"), OfflineRun.class.getName());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        boolean finished = p.waitFor(180, TimeUnit.SECONDS);
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(finished).as("child finished").isTrue();
        assertThat(out).doesNotContain("NETWORK ATTEMPTS").contains("offline: ok");
        assertThat(p.exitValue()).as(out).isZero();
    }
}
