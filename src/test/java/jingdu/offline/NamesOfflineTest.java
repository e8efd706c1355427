package jingdu.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Jingdu's processes answer host names from a hosts file that does not exist: a name (a public one, or this
 * machine's own, which the JDK's font set-up asks for when a chart is drawn) is never sent to a DNS server.
 */
class NamesOfflineTest {

    @Test
    void namesAreAnsweredFromNoHostsFileNeverFromDns() throws Exception {
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), NameLookupRun.class.getName()))
                .redirectErrorStream(true).start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        p.getInputStream().transferTo(out);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String text = out.toString(StandardCharsets.UTF_8);
        List<String> lines = text.lines().filter(l -> l.startsWith("UNKNOWN") || l.startsWith("RESOLVED")).toList();
        assertThat(lines).as(text).hasSize(2).allSatisfy(l -> assertThat(l).startsWith("UNKNOWN").contains("hosts file"));
    }
}
