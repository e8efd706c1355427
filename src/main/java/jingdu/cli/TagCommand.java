package jingdu.cli;

import java.util.concurrent.Callable;

import jingdu.app.Services;
import jingdu.model.Level;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "tag", mixinStandardHelpOptions = true)
final class TagCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--speech", paramLabel = "ID", required = true)
    long speechId;

    @Option(names = "--paragraph", paramLabel = "N", required = true)
    int paragraph;

    @Option(names = "--level", paramLabel = "ID", required = true)
    String level;

    @Option(names = "--remove")
    boolean remove;

    @Mixin
    DbOption db;

    @Override
    public Integer call() throws Exception {
        Level lv = Level.fromId(level).orElse(null);
        if (lv == null) {
            spec.commandLine().getErr().println(JingduCli.I18N.get("annotate.error.level", level));
            return 2;
        }
        boolean changed;
        try (Services services = db.open()) {
            changed = services.annotator(JingduCli.I18N).setParagraphTag(speechId, java.util.List.of(paragraph), lv.id(), !remove).isPresent();
        }
        // printed only after the transaction has committed. Nothing to change is not a failure: the paragraph is
        // as asked (scripts that make sure of a tag keep working), but the line says that nothing changed.
        spec.commandLine().getOut().println(changed
                ? (remove ? "untagged " : "tagged ") + speechId + " " + paragraph + " " + lv.id()
                : JingduCli.I18N.get(remove ? "annotate.unchanged.untagged" : "annotate.unchanged.tagged", String.valueOf(paragraph),
                        JingduCli.I18N.get("level." + lv.id())));
        return 0;
    }
}
