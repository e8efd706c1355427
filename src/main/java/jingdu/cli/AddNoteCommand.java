package jingdu.cli;

import java.util.concurrent.Callable;

import jingdu.app.Services;
import jingdu.model.Note;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "note", mixinStandardHelpOptions = true)
final class AddNoteCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--speech", paramLabel = "ID", required = true)
    long speechId;

    @Option(names = "--start", paramLabel = "S", required = true)
    int start;

    @Option(names = "--end", paramLabel = "E", required = true)
    int end;

    @Option(names = "--text", paramLabel = "T", required = true)
    String text;

    @Mixin
    DbOption db;

    @Override
    public Integer call() throws Exception {
        Note note;
        try (Services services = db.open()) {
            note = services.annotator(JingduCli.I18N).addPassageNote(speechId, start, end, text, null);
        }
        spec.commandLine().getOut().println(note.id());
        return 0;
    }
}
