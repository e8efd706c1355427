package jingdu;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import jingdu.Main.Route;
import org.junit.jupiter.api.Test;

/** What a start with given arguments does: self-check, command line or window. */
class MainTest {

    /** Only these "exist" as files, so the test does not depend on the disk. */
    private static final Predicate<String> FILES = Set.of("speech.txt", "/home/u/讲话.docx", "list")::contains;

    private static Route route(String... args) {
        return Main.route(args, FILES);
    }

    @Test
    void noArgumentsOrWindowOptionsStartTheWindow() {
        assertThat(route()).isEqualTo(Route.WINDOW);
        assertThat(route("--db", "/tmp/x.db", "--lang", "en")).isEqualTo(Route.WINDOW);
        assertThat(route("--lang=en")).isEqualTo(Route.WINDOW);
    }

    @Test
    void existingFilesStartTheWindow() {
        assertThat(route("speech.txt")).isEqualTo(Route.WINDOW);
        assertThat(route("/home/u/讲话.docx", "speech.txt")).isEqualTo(Route.WINDOW);
        assertThat(route("--db", "/tmp/x.db", "speech.txt")).isEqualTo(Route.WINDOW);
    }

    @Test
    void selfCheckWinsAnywhere() {
        assertThat(route("--self-check")).isEqualTo(Route.SELF_CHECK);
        assertThat(route("--db", "/tmp/x.db", "--self-check")).isEqualTo(Route.SELF_CHECK);
    }

    @Test
    void commandsHelpAndVersionGoToTheCommandLine() {
        assertThat(route("--version")).isEqualTo(Route.CLI);
        assertThat(route("-V")).isEqualTo(Route.CLI);
        assertThat(route("--help")).isEqualTo(Route.CLI);
        assertThat(route("analyze", "--json", "speech.txt")).isEqualTo(Route.CLI);
        assertThat(route("export", "--speech", "1", "--format", "md")).isEqualTo(Route.CLI);
    }

    @Test
    void aCommandNameWinsOverAFileOfTheSameName() {
        assertThat(route("list")).isEqualTo(Route.CLI);
    }

    @Test
    void aMistypedCommandGoesToTheCommandLineForItsError() {
        assertThat(route("exprt")).isEqualTo(Route.CLI);
        assertThat(route("missing.txt")).isEqualTo(Route.CLI);
    }

    @Test
    void fileArgumentsSkipOptionsAndTheirValues() {
        assertThat(Main.fileArguments(List.of("--db", "lib.db", "--lang", "en", "a.txt", "--lang=zh", "b.docx")))
                .containsExactly(Path.of("a.txt").toAbsolutePath(), Path.of("b.docx").toAbsolutePath());
        assertThat(Main.fileArguments(List.of())).isEmpty();
    }
}
