package jingdu.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import jingdu.app.AnalysisJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "analyze", mixinStandardHelpOptions = true, description = "Print the analysis of a speech file.")
final class AnalyzeCommand implements Callable<Integer> {

    @Option(names = "--json", description = "Print JSON (the only format for now).")
    boolean json;

    @Option(names = "--lexicon", paramLabel = "FILE",
            description = "A user lexicon (lexicon.tsv format) on top of the built-in one; default: none.")
    Path lexicon;

    @Parameters(paramLabel = "FILE")
    Path file;

    @Override
    public Integer call() throws Exception {
        String out = AnalysisJson.ofFile(file, lexicon);
        PrintStream ps = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        ps.println(out);
        ps.flush();
        return 0;
    }
}
