package jingdu.app.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SingleInstanceTest {

    @TempDir
    Path dir;

    @Test
    void aSecondStartHandsItsFilesToTheWindowAlreadyOpenOnTheLibrary() {
        Path windowFile = SingleInstance.windowFileFor(dir.resolve("jingdu.db"));
        assertThat(windowFile.getFileName().toString()).isEqualTo(".jingdu.db.window");
        List<List<Path>> received = new CopyOnWriteArrayList<>();
        try (SingleInstance running = SingleInstance.listen(windowFile, received::add)) {
            assertThat(running).isNotNull();
            List<Path> files = List.of(dir.resolve("讲话 一.txt"), dir.resolve("sub/讲话二.docx"));
            assertThat(SingleInstance.handOver(windowFile, files)).isTrue();
            assertThat(SingleInstance.handOver(windowFile, List.of())).isTrue(); // the menu entry again: to the front
            assertThat(received).containsExactly(files, List.of());
        }
        assertThat(windowFile).doesNotExist();
        assertThat(SingleInstance.mailboxOf(windowFile)).doesNotExist();
        assertThat(SingleInstance.handOver(windowFile, List.of(dir.resolve("a.txt")))).isFalse();
    }

    @Test
    void aWindowFileLeftByAKilledWindowIsNotMistakenForAnOpenOne() throws Exception {
        Path windowFile = SingleInstance.windowFileFor(dir.resolve("jingdu.db"));
        Files.writeString(windowFile, "left over"); // nobody listens behind it
        assertThat(SingleInstance.handOver(windowFile, List.of(dir.resolve("a.txt")))).isFalse();
        List<List<Path>> received = new CopyOnWriteArrayList<>();
        try (SingleInstance running = SingleInstance.listen(windowFile, received::add)) {
            assertThat(running).isNotNull();
            assertThat(SingleInstance.handOver(windowFile, List.of(dir.resolve("a.txt")))).isTrue();
        }
        assertThat(received).containsExactly(List.of(dir.resolve("a.txt")));
    }

    @Test
    void aWindowFileNamingAProcessThatIsGoneIsLeftOver() throws Exception {
        Path windowFile = SingleInstance.windowFileFor(dir.resolve("jingdu.db"));
        Process gone = new ProcessBuilder(java(), "-version").start();
        gone.waitFor();
        Files.writeString(windowFile, gone.pid() + "\n");
        assertThat(SingleInstance.windowIsOpen(windowFile)).isFalse();
        Files.writeString(windowFile, ProcessHandle.current().pid() + "\n2001-01-01T00:00:00Z\n"); // our id, not our start
        assertThat(SingleInstance.windowIsOpen(windowFile)).isFalse();
    }

    @Test
    void eachLibraryHasItsOwnWindowAndNoneIsNone() {
        assertThat(SingleInstance.windowFileFor(dir.resolve("a.db"))).isNotEqualTo(SingleInstance.windowFileFor(dir.resolve("b.db")));
        assertThat(SingleInstance.handOver(null, List.of())).isFalse();
        assertThat(SingleInstance.listen(null, files -> { })).isNull();
    }

    @Test
    void aHandOverThatFailsInTheWindowDoesNotStopTheNext() {
        Path windowFile = SingleInstance.windowFileFor(dir.resolve("jingdu.db"));
        List<List<Path>> received = new CopyOnWriteArrayList<>();
        try (SingleInstance running = SingleInstance.listen(windowFile, files -> {
            if (received.isEmpty()) {
                received.add(List.of());
                throw new IllegalStateException("the window refused");
            }
            received.add(files);
        })) {
            assertThat(SingleInstance.handOver(windowFile, List.of(dir.resolve("a.txt")))).isFalse();
            assertThat(SingleInstance.handOver(windowFile, List.of(dir.resolve("b.txt")))).isTrue();
        }
        assertThat(received).containsExactly(List.of(), List.of(dir.resolve("b.txt")));
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
