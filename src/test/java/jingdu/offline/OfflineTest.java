package jingdu.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jingdu.app.start.Samples;

/**
 * The app and the CLI never touch the network, checked twice:
 * <ul>
 * <li>under a security manager that refuses any socket connect, listen or accept (any system; an attempt
 * fails with its Java stack);</li>
 * <li>under {@code strace}: each command in its own JVM, started as a user starts it, then the window's
 * flows, may not even create an AF_INET or AF_INET6 socket. A security manager does not see a bare
 * creation, but a strict firewall or an audit log does, and JDK 17 creates three whenever something loads
 * its libnet (see {@code jingdu.io.PlainFiles}). Linux with strace only; {@code .ci/run} installs it.</li>
 * </ul>
 */
class OfflineTest {

    private static final long CHILD_LIMIT_S = 180;

    @Test
    void noCommandAndNoWindowFlowOpensASocket(@TempDir Path dir) throws Exception {
        List<String> cmd = List.of(java(),
                "-Djava.security.manager=" + NoNetworkSecurityManager.class.getName(),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Djava.util.prefs.userRoot=" + System.getProperty("java.io.tmpdir"),
                "-cp", System.getProperty("java.class.path"), OfflineRun.class.getName());
        Path output = dir.resolve("output.txt");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        boolean finished = p.waitFor(CHILD_LIMIT_S, TimeUnit.SECONDS);
        String out = Files.readString(output);
        assertThat(finished).as("child finished").isTrue();
        assertThat(out).doesNotContain("NETWORK ATTEMPTS").contains("offline: ok");
        assertThat(p.exitValue()).as(out).isZero();
    }

    @Test
    void noCommandAndNoWindowFlowCreatesANetworkSocket(@TempDir Path dir) throws Exception {
        assumeTrue(straceWorks(dir), "strace is missing or may not trace here (no ptrace): socket creation is not"
                + " checked on this machine; .ci/run installs strace");
        Path speech = dir.resolve("speech.txt");
        Files.writeString(speech, Samples.sampleText());
        String db = dir.resolve("jingdu.db").toString();
        List<String> found = new ArrayList<>();
        for (String[] command : OfflineRun.commands(dir, speech, db)) {
            // C1 only: these runs last a second or two, and C2's compiles would only slow them down
            List<String> cmd = new ArrayList<>(List.of(java(), "-XX:TieredStopAtLevel=1",
                    "-cp", System.getProperty("java.class.path"), "jingdu.Main"));
            cmd.addAll(List.of(command));
            found.addAll(networkSockets(dir, String.join(" ", command), cmd, null));
        }
        found.addAll(networkSockets(dir, "the window's flows and the hand-over", List.of(java(),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Djava.util.prefs.userRoot=" + dir,
                "-cp", System.getProperty("java.class.path"), OfflineRun.class.getName(), "--window", dir.toString()),
                "offline: ok"));
        assertThat(found).as("AF_INET/AF_INET6 sockets created (strace lines)").isEmpty();
    }

    /**
     * Runs {@code cmd} under {@code strace -f -e trace=socket}; it must succeed (and print {@code expect}).
     * Returns its network socket creations, each prefixed with what was run.
     */
    private static List<String> networkSockets(Path dir, String what, List<String> cmd, String expect) throws Exception {
        Path trace = Files.createTempFile(dir, "strace", ".txt");
        List<String> traced = new ArrayList<>(List.of("strace", "-f", "-qq", "-e", "trace=socket", "-o", trace.toString()));
        traced.addAll(cmd);
        Path output = Files.createTempFile(dir, "output", ".txt");
        Process p = new ProcessBuilder(traced).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        p.getOutputStream().close();
        boolean finished = p.waitFor(CHILD_LIMIT_S, TimeUnit.SECONDS);
        String out = Files.readString(output);
        assertThat(finished).as(what + " finished:\n" + out).isTrue();
        assertThat(p.exitValue()).as(what + " failed:\n" + out).isZero();
        if (expect != null) {
            assertThat(out).as(what).contains(expect);
        }
        List<String> found = new ArrayList<>();
        for (String line : Files.readAllLines(trace)) {
            if (line.contains("socket(AF_INET")) { // AF_INET and AF_INET6
                found.add(what + ": " + line);
            }
        }
        return found;
    }

    private static boolean straceWorks(Path dir) {
        try {
            Process p = new ProcessBuilder("strace", "-f", "-qq", "-e", "trace=socket", "-o",
                    dir.resolve("probe.txt").toString(), java(), "-version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(CHILD_LIMIT_S, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
