package jingdu.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import picocli.CommandLine.Option;

/** Where a bench reads its corpus and writes what it generates (a picocli mixin shared by the benches). */
final class BenchFiles {

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "../shared/corpus",
            description = "Speeches (*.txt, searched recursively) the inputs are made from. Default: ${DEFAULT-VALUE}.")
    Path corpus;

    @Option(names = "--dir", paramLabel = "DIR", description = "Where to write the generated inputs (default: a temporary directory).")
    Path dir;

    @Option(names = "--keep", description = "Keep the generated inputs.")
    boolean keep;

    /** The folder to generate into: {@code --dir}, or a new temporary one. */
    Path workDir(String prefix) throws IOException {
        return dir != null ? Files.createDirectories(dir) : Files.createTempDirectory(prefix);
    }

    /** Removes a temporary folder made by {@link #workDir}, unless {@code --keep}; a {@code --dir} stays. */
    void cleanUp(Path work) throws IOException {
        if (keep || dir != null || !Files.exists(work)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(work)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
