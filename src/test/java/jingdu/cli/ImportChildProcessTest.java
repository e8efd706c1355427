package jingdu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import jingdu.Main;
import jingdu.app.importing.BatchImport;
import jingdu.app.Library;
import jingdu.model.Speech;
import jingdu.model.SpeechSummary;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jingdu import} in a child JVM, where the operating system does the hostile part: the child is killed
 * mid-import, runs with a file-size limit (the disk "fills"), or cannot read a folder.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class ImportChildProcessTest {

    private static final String[] LINES = {
        "一、煤矿企业要严防瓦斯爆炸，各乡镇要落实属地责任，坚决遏制重特大事故发生。",
        "二、城镇燃气企业必须排查燃气管道隐患，确保不发生事故，对发现的问题要立行立改。",
        "三、春运期间要严查客车超员，交通运输部门要加强督查，严厉打击非法营运行为。",
        "四、危险化学品企业要落实主体责任，严禁违规动火作业，特殊作业必须严格审批。"};

    @TempDir
    Path dir;

    /** {@code count} different speeches of some 1,500 characters, f000.txt … in name order. */
    private static Path speeches(Path folder, int count) throws IOException {
        return speeches(folder, 0, count);
    }

    /** Speeches numbered from {@code first}: different numbers, different texts. */
    private static Path speeches(Path folder, int first, int count) throws IOException {
        Files.createDirectories(folder);
        for (int n = first; n < first + count; n++) {
            StringBuilder b = new StringBuilder("关于第" + n + "号安全生产工作的讲话\n同志们：\n");
            for (int k = 0; k < 40; k++) {
                b.append(LINES[(n + k) % LINES.length]).append("（第").append(n).append("号，第").append(k).append("条）\n");
            }
            Files.writeString(folder.resolve(String.format("f%03d.txt", n)), b.toString(), StandardCharsets.UTF_8);
        }
        return folder;
    }

    private static List<String> importCommand(Path db, Path folder) {
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "import", "--db", db.toString(), folder.toString());
    }

    private static String integrity(Library library) {
        return library.database().read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                return rs.getString(1);
            }
        });
    }

    private static List<Long> ids(List<String> lines) {
        return lines.stream().map(l -> {
            assertThat(l).matches("\\d+\t关于第\\d+号安全生产工作的讲话");
            return Long.parseLong(l.substring(0, l.indexOf('\t')));
        }).toList();
    }

    private record Run(int exit, List<String> out, List<String> err) {
    }

    private Run run(List<String> command) throws Exception {
        Path outFile = dir.resolve("child.out");
        Path errFile = dir.resolve("child.err");
        Process child = new ProcessBuilder(command).redirectOutput(outFile.toFile()).redirectError(errFile.toFile()).start();
        assertThat(child.waitFor(10, TimeUnit.MINUTES)).as("child finished").isTrue();
        return new Run(child.exitValue(), Files.readAllLines(outFile, StandardCharsets.UTF_8),
                Files.readAllLines(errFile, StandardCharsets.UTF_8));
    }

    /**
     * Killed (SIGKILL) right after the first batch was announced: every id printed is in the library, and
     * importing the folder again adds exactly the rest, each text once.
     */
    @Test
    void aKilledImportIsResumedWithoutDuplicates() throws Exception {
        int total = 300;
        Path folder = speeches(dir.resolve("in"), total);
        Path db = dir.resolve("lib.db");
        Process child = new ProcessBuilder(importCommand(db, folder)).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> printed = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String first = out.readLine(); // the first committed batch
            child.toHandle().destroyForcibly(); // SIGKILL; Process.destroyForcibly would also close our end of the pipe
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(first).as("an id printed before the import ended").isNotNull();
            printed.add(first);
            for (String line; (line = out.readLine()) != null; ) {
                printed.add(line); // printed before the kill, still in the pipe
            }
        }
        try (Library library = Library.open(db)) {
            assertThat(integrity(library)).isEqualTo("ok");
            List<Long> stored = library.list().stream().map(SpeechSummary::id).toList();
            assertThat(stored).as("every id printed was committed").containsAll(ids(printed));
            assertThat(stored).as("killed mid-import").hasSizeLessThan(total);
            int before = stored.size();

            BatchImport.Summary again = new BatchImport(library).run(List.of(folder));

            assertThat(again.imported()).hasSize(total - before);
            assertThat(again.skipped()).hasSize(before)
                    .allSatisfy(k -> assertThat(k.key()).isEqualTo("import.skipped.duplicate"));
            assertThat(library.list()).hasSize(total);
            Set<String> texts = new HashSet<>();
            for (SpeechSummary s : library.list()) {
                texts.add(library.find(s.id()).map(Speech::text).orElseThrow());
            }
            assertThat(texts).as("each file's text once").hasSize(total);
        }
    }

    /**
     * The child may not write files past a size limit (RLIMIT_FSIZE: the write fails with EFBIG, as on a
     * full disk); it must stop with one line on stderr, and what was saved before stays.
     */
    @Test
    void aFullDiskStopsTheImportWithOneLineAndKeepsWhatWasSaved() throws Exception {
        Path db = dir.resolve("lib.db");
        List<Long> earlier;
        try (Library library = Library.open(db)) {
            BatchImport.Summary first = new BatchImport(library).run(List.of(speeches(dir.resolve("earlier"), 1000, 3)));
            earlier = first.imported().stream().map(Speech::id).toList();
            assertThat(earlier).hasSize(3);
        }
        long bytes = Files.size(db) + 1_500_000; // room for some batches, not for 300 speeches and their index
        List<String> command = new ArrayList<>(List.of("/bin/sh", "-c", "ulimit -f " + (bytes / 512) + " && exec \"$@\"", "sh"));
        command.addAll(importCommand(db, speeches(dir.resolve("in"), 300)));

        Run r = run(command);

        assertThat(r.exit()).isNotZero();
        List<Long> printed = ids(r.out());
        assertThat(printed).as("some batches fitted").isNotEmpty().hasSizeLessThan(300);
        assertThat(r.err()).as("said once").containsExactly(
                JingduCli.I18N.get("import.stopped.diskFull", printed.size(), 300 - printed.size()));
        try (Library library = Library.open(db)) {
            assertThat(integrity(library)).isEqualTo("ok");
            List<Long> stored = library.list().stream().map(SpeechSummary::id).toList();
            assertThat(stored).containsAll(earlier).containsAll(printed).hasSize(3 + printed.size());
        }
    }

    /** Root reads any folder; for root the child runs without the capabilities that let it (setpriv). */
    @Test
    void anUnreadableSubfolderCostsOnlyItself() throws Exception {
        Path folder = speeches(dir.resolve("in"), 2);
        Path locked = Files.createDirectories(folder.resolve("locked"));
        speeches(locked, 1);
        Files.move(speeches(dir.resolve("later"), 3).resolve("f002.txt"), folder.resolve("z.txt"));
        Path db = dir.resolve("lib.db");
        Set<PosixFilePermission> open = Files.getPosixFilePermissions(locked);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            List<String> command = new ArrayList<>(withoutRootPowers(locked));
            command.addAll(importCommand(db, folder));

            Run r = run(command);

            assertThat(r.err()).as(String.join("\n", r.err())).containsExactly(
                    JingduCli.I18N.get("import.error.folderDenied", locked.toString()),
                    JingduCli.I18N.get("importer.summary", 3, 1));
            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.out()).hasSize(3).allSatisfy(l -> assertThat(l).matches("\\d+\t关于第[012]号安全生产工作的讲话"));
        } finally {
            Files.setPosixFilePermissions(locked, open);
        }
    }

    /** The command prefix that makes the child unable to read {@code locked}: none, or setpriv for root. */
    private List<String> withoutRootPowers(Path locked) throws Exception {
        if (!Files.getAttribute(dir, "unix:uid").equals(0)) {
            return List.of();
        }
        List<String> setpriv = List.of("setpriv", "--bounding-set=-dac_override,-dac_read_search", "--");
        List<String> probe = new ArrayList<>(setpriv);
        probe.addAll(List.of("/bin/sh", "-c", "test -r \"$0\" && echo readable || echo denied", locked.toString()));
        String answer;
        try {
            Process p = new ProcessBuilder(probe).redirectErrorStream(true).start();
            answer = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            p.waitFor(30, TimeUnit.SECONDS);
        } catch (IOException e) {
            answer = "no setpriv: " + e.getMessage();
        }
        Assumptions.assumeTrue(answer.equals("denied"), "running as root without a way to drop read powers: " + answer);
        return setpriv;
    }
}
