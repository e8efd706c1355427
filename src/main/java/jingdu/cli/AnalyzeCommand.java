package jingdu.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import jingdu.app.AnalysisJson;
import jingdu.app.Services;
import jingdu.app.annotate.AnnotationException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "analyze", mixinStandardHelpOptions = true)
final class AnalyzeCommand implements Callable<Integer> {

    @Option(names = "--json")
    boolean json;

    @Option(names = "--lexicon", paramLabel = "FILE")
    Path lexicon;

    @Option(names = "--library-view")
    boolean libraryView;

    @Option(names = "--speech", paramLabel = "ID")
    Long speechId;

    @Mixin
    DbOption db;

    @Parameters(paramLabel = "FILE", arity = "0..1", descriptionKey = "file")
    Path file;

    @Override
    public Integer call() throws Exception {
        String out;
        if (libraryView) {
            if (speechId == null) {
                throw new AnnotationException("correct.error.needSpeech");
            }
            try (Services services = db.open()) {
                out = AnalysisJson.write(services.corrected(speechId, services.newEngine())
                        .orElseThrow(() -> new AnnotationException("annotate.error.noSpeech", speechId)).analysis());
            }
        } else if (file == null) {
            throw new AnnotationException("correct.error.needFile");
        } else {
            out = AnalysisJson.ofFile(file, lexicon);
        }
        PrintStream ps = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        ps.println(out);
        ps.flush();
        return 0;
    }
}
