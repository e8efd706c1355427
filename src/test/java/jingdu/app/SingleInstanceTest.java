package jingdu.app;

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
        Path socket = SingleInstance.socketFor(dir.resolve("jingdu.db"));
        assertThat(socket.getFileName().toString()).isEqualTo(".jingdu.db.window");
        List<List<Path>> received = new CopyOnWriteArrayList<>();
        try (SingleInstance running = SingleInstance.listen(socket, received::add)) {
            assertThat(running).isNotNull();
            List<Path> files = List.of(dir.resolve("讲话 一.txt"), dir.resolve("sub/讲话二.docx"));
            assertThat(SingleInstance.handOver(socket, files)).isTrue();
            assertThat(SingleInstance.handOver(socket, List.of())).isTrue(); // the menu entry again: to the front
            assertThat(received).containsExactly(files, List.of());
        }
        assertThat(socket).doesNotExist();
        assertThat(SingleInstance.handOver(socket, List.of(dir.resolve("a.txt")))).isFalse();
    }

    @Test
    void aSocketLeftByAKilledWindowIsNotMistakenForAnOpenOne() throws Exception {
        Path socket = SingleInstance.socketFor(dir.resolve("jingdu.db"));
        Files.writeString(socket, "left over"); // nobody listens behind it
        assertThat(SingleInstance.handOver(socket, List.of(dir.resolve("a.txt")))).isFalse();
        List<List<Path>> received = new CopyOnWriteArrayList<>();
        try (SingleInstance running = SingleInstance.listen(socket, received::add)) {
            assertThat(running).isNotNull();
            assertThat(SingleInstance.handOver(socket, List.of(dir.resolve("a.txt")))).isTrue();
        }
        assertThat(received).containsExactly(List.of(dir.resolve("a.txt")));
    }

    @Test
    void eachLibraryHasItsOwnWindowAndOverlongPathsOptOut() {
        assertThat(SingleInstance.socketFor(dir.resolve("a.db"))).isNotEqualTo(SingleInstance.socketFor(dir.resolve("b.db")));
        Path deep = dir.resolve("x".repeat(120)).resolve("jingdu.db");
        assertThat(SingleInstance.socketFor(deep)).isNull();
        assertThat(SingleInstance.handOver(null, List.of())).isFalse();
        assertThat(SingleInstance.listen(null, files -> { })).isNull();
    }

    @Test
    void aHandOverThatFailsInTheWindowDoesNotStopTheNext() {
        Path socket = SingleInstance.socketFor(dir.resolve("jingdu.db"));
        List<List<Path>> received = new CopyOnWriteArrayList<>();
        try (SingleInstance running = SingleInstance.listen(socket, files -> {
            if (received.isEmpty()) {
                received.add(List.of());
                throw new IllegalStateException("the window refused");
            }
            received.add(files);
        })) {
            assertThat(SingleInstance.handOver(socket, List.of(dir.resolve("a.txt")))).isFalse();
            assertThat(SingleInstance.handOver(socket, List.of(dir.resolve("b.txt")))).isTrue();
        }
        assertThat(received).containsExactly(List.of(), List.of(dir.resolve("b.txt")));
    }
}
