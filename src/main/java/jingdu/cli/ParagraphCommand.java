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

@Command(name = "paragraph", mixinStandardHelpOptions = true,
        description = {"Split a paragraph in two, or join it with the next (a speech that came as one block, a PDF that "
                + "broke a paragraph). Tags, notes and corrections stay on their text; the search index follows and the "
                + "engine reads the speech again. Undoable in the window like any annotation; prints once saved.",
                "Paragraphs are numbered from 0, as `list`, `tag` and `search` number them."})
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

        @Option(names = "--join", paramLabel = "N", description = "Join paragraph N with paragraph N + 1.")
        Integer join;
    }

    static final class Split {
        @Option(names = "--split", paramLabel = "N", required = true, description = "Split paragraph N …")
        int paragraph;

        @Option(names = "--at", paramLabel = "K", required = true,
                description = "… after its first K characters (UTF-16 units): they stay paragraph N, the rest becomes N + 1. "
                        + "Not 0 or the paragraph's length; spaces at the cut are dropped.")
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
