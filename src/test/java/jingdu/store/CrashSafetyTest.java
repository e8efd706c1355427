package jingdu.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import jingdu.app.Library;
import jingdu.model.Note;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a writing child JVM with SIGKILL at random moments, then reopens the file: it must pass
 * SQLite's integrity check and hold every note whose write was acknowledged before the kill.
 * A few kills in the normal run; {@code -Djingdu.crash.kills=200} for the stress run (see README).
 */
class CrashSafetyTest {

    @TempDir
    Path dir;

    @Test
    void acknowledgedWritesSurviveSigkill() throws Exception {
        int kills = Integer.getInteger("jingdu.crash.kills", 4);
        Path db = dir.resolve("crash.db");
        Random random = new Random(Long.getLong("jingdu.crash.seed", 20261123L));
        Set<String> acknowledgedNotes = new HashSet<>();
        int next = 0;
        int acknowledged = 0;
        for (int k = 0; k < kills; k++) {
            Process child = new ProcessBuilder(javaBin(), "-cp", System.getProperty("java.class.path"),
                    CrashWriter.class.getName(), db.toString(), String.valueOf(next))
                    .redirectErrorStream(true).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            assertThat(line).as("child started").isEqualTo("ready");
            long killAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20 + random.nextInt(400));
            List<Integer> acks = new ArrayList<>();
            // read acks until the chosen moment, then kill without warning mid-write
            while (System.nanoTime() < killAt && (line = out.readLine()) != null) {
                if (line.startsWith("ack ")) {
                    acks.add(Integer.parseInt(line.substring(4)));
                }
            }
            child.destroyForcibly(); // SIGKILL on Linux and macOS
            child.waitFor(10, TimeUnit.SECONDS);
            for (int n : acks) {
                if (n % 2 == 0) {
                    acknowledgedNotes.add("n-" + n);
                }
            }
            acknowledged += acks.size();
            next = acks.isEmpty() ? next + 1000 : acks.get(acks.size() - 1) + 1000; // skip ids the killed write may have used

            try (Library library = Library.open(db)) {
                String integrity = library.database().read(c -> {
                    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                        rs.next();
                        return rs.getString(1);
                    }
                });
                assertThat(integrity).isEqualTo("ok");
                Set<String> saved = new HashSet<>();
                for (Note note : library.notes().forSpeech(library.list().get(0).id())) {
                    saved.add(note.body());
                }
                assertThat(saved).containsAll(acknowledgedNotes);
            }
        }
        System.out.printf("crash-safety: %d SIGKILLs, %d acknowledged writes (%d notes), all present, integrity ok%n",
                kills, acknowledged, acknowledgedNotes.size());
        assertThat(acknowledged).isPositive();
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
