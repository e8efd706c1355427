package jingdu.cli;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;

import jingdu.app.Services;
import jingdu.app.SingleLine;
import jingdu.model.SpeechSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "list", mixinStandardHelpOptions = true)
final class ListCommand implements Callable<Integer> {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    @Spec
    CommandSpec spec;

    @Mixin
    DbOption db;

    @Override
    public Integer call() {
        try (Services services = db.open()) {
            for (SpeechSummary s : services.library().list()) {
                spec.commandLine().getOut().println(
                        s.id() + "\t" + DATE.format(s.importedAt()) + "\t" + s.paragraphCount() + "\t"
                                + SingleLine.clean(s.title())); // titles stored by earlier versions may hold tabs
            }
        }
        return 0;
    }
}
