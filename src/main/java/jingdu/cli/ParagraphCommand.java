package jingdu.cli;

import java.util.concurrent.Callable;

import jingdu.app.Services;
import jingdu.app.annotate.Annotator;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "paragraph", mixinStandardHelpOptions = true)
final class ParagraphCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--speech", paramLabel = "ID", required = true)
    long speechId;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Edit edit;

    static final class Edit {
        @ArgGroup(exclusive = false)
        Split split;

        @Option(names = "--join", paramLabel = "N")
        Integer join;
    }

    static final class Split {
        @Option(names = "--split", paramLabel = "N", required = true)
        int paragraph;

        @Option(names = "--at", paramLabel = "K", required = true)
        int offset;
    }

    @Mixin
    DbOption db;

    @Override
    public Integer call() throws Exception {
        try (Services services = db.open()) {
            Annotator annotator = services.annotator(JingduCli.I18N);
            if (edit.split != null) {
                annotator.splitParagraph(speechId, edit.split.paragraph, edit.split.offset);
                spec.commandLine().getOut().println("split " + speechId + " " + edit.split.paragraph + " " + edit.split.offset);
            } else {
                annotator.joinParagraphs(speechId, edit.join);
                spec.commandLine().getOut().println("joined " + speechId + " " + edit.join + " " + (edit.join + 1));
            }
        }
        return 0;
    }
}
