package jingdu.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import jingdu.analysis.Analyzer;
import jingdu.app.search.Search;
import jingdu.bench.app.SearchBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "bench-search", mixinStandardHelpOptions = true,
        description = {"Search speed: generates libraries from the corpus sentences (fixed seed) into temporary files",
            "and prints median and p95 per query class, beside raw FTS5, trigram and LIKE baselines."})
final class SearchBenchCommand implements Callable<Integer> {

    @Mixin
    BenchFiles files;

    @Option(names = "--sizes", paramLabel = "N", split = ",", defaultValue = "1000,10000",
            description = "Library sizes in speeches. Default: ${DEFAULT-VALUE}.")
    List<Integer> sizes;

    @Option(names = "--iterations", paramLabel = "N", defaultValue = "20", description = "Timed runs per query. Default: ${DEFAULT-VALUE}.")
    int iterations;

    @Override
    public Integer call() throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        SearchBench bench = SearchBench.fromCorpus(files.corpus, new Analyzer(), out::println);
        Path where = files.workDir("jingdu-bench-search");
        for (int size : sizes) {
            Path file = where.resolve("bench-" + size + ".db");
            deleteLibrary(file);
            bench.run(size, file, iterations);
            if (!files.keep) {
                deleteLibrary(file);
            }
        }
        files.cleanUp(where);
        return 0;
    }

    private static void deleteLibrary(Path file) throws java.io.IOException {
        for (String suffix : List.of("", "-wal", "-shm")) {
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
        }
    }
}
