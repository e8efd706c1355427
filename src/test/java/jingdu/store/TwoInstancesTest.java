package jingdu.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import jingdu.app.Library;
import jingdu.model.Note;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two Jingdu processes writing to one library file at once: both work, nothing acknowledged is lost. */
class TwoInstancesTest {

    @TempDir
    Path dir;

    @Test
    void twoProcessesWriteTheSameFileSafely() throws Exception {
        Path db = dir.resolve("shared.db");
        try (Library library = Library.open(db)) {
            library.importString("一、各乡镇要加强燃气安全检查。\n二、企业必须落实主体责任。\n三、各部门要督促整改。", "s.txt");
        }
        Set<String> acked = ConcurrentHashMap.newKeySet();
        List<Process> children = List.of(start(db, 0), start(db, 1_000_000));
        List<Thread> readers = children.stream().map(p -> startReader(p, acked)).toList();
        // on a loaded machine a JVM takes a while to start: wait until both are writing, then overlap them
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline && (count(acked, true) < 20 || count(acked, false) < 20)) {
            Thread.sleep(50);
        }
        Thread.sleep(1000);
        children.forEach(Process::destroyForcibly);
        for (Thread t : readers) {
            t.join(10_000);
        }
        for (Process p : children) {
            p.waitFor(10, TimeUnit.SECONDS);
        }

        long fromFirst = count(acked, true);
        assertThat(fromFirst).as("first process wrote").isPositive();
        assertThat(acked.size() - fromFirst).as("second process wrote").isPositive();
        try (Library library = Library.open(db)) {
            String integrity = library.database().read(c -> {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                    rs.next();
                    return rs.getString(1);
                }
            });
            assertThat(integrity).isEqualTo("ok");
            Set<String> saved = new HashSet<>();
            for (Note n : library.notes().forSpeech(library.list().get(0).id())) {
                saved.add(n.body());
            }
            assertThat(saved).containsAll(acked);
        }
    }

    private static long count(Set<String> acked, boolean first) {
        return acked.stream().filter(s -> Integer.parseInt(s.substring(2)) < 1_000_000 == first).count();
    }

    private static Process start(Path db, int first) throws Exception {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CrashWriter.class.getName(), db.toString(), String.valueOf(first))
                .redirectErrorStream(true).start();
    }

    private static Thread startReader(Process p, Set<String> acked) {
        Thread t = new Thread(() -> readAcks(p, acked));
        t.start();
        return t;
    }

    private static void readAcks(Process p, Set<String> acked) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("ack ")) {
                    int n = Integer.parseInt(line.substring(4));
                    if (n % 2 == 0) {
                        acked.add("n-" + n);
                    }
                }
            }
        } catch (Exception e) {
            // the process was killed: its stream ends
        }
    }
}
