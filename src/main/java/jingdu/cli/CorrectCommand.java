package jingdu.cli;

import java.util.concurrent.Callable;

import jingdu.app.Services;
import jingdu.app.annotate.AnnotationException;
import jingdu.model.Correction;
import jingdu.model.CorrectionKind;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "correct", mixinStandardHelpOptions = true,
        description = {"Correct what the engine marked on a speech: a task (obligation), a sector term or a level "
                + "suggestion. Undoable in the window like any annotation; prints once saved.",
                "Spans are START:END offsets into the speech's text, as `analyze --json` and `export --format json` give them."})
final class CorrectCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--speech", paramLabel = "ID", required = true)
    long speechId;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    static final class Target {
        @ArgGroup(exclusive = false)
        ObligationChange obligation;

        @ArgGroup(exclusive = false)
        SectorChange sector;

        @ArgGroup(exclusive = false)
        LevelChange level;
    }

    static final class ObligationChange {
        @Option(names = "--obligation", paramLabel = "START:END", required = true, description = "The task's span.")
        String span;

        @ArgGroup(exclusive = true, multiplicity = "1")
        ObligationWhat what;
    }

    static final class ObligationWhat {
        @Option(names = "--dismiss", description = "Not a task (不是工作要求).")
        boolean dismiss;
        @Option(names = "--add", paramLabel = "STRENGTH", description = "A task the engine missed: mandatory, required or advisory.")
        String add;
        @Option(names = "--strength", paramLabel = "STRENGTH", description = "mandatory, required or advisory.")
        String strength;
        @Option(names = "--actor", paramLabel = "TEXT", description = "The duty bearer (责任主体).")
        String actor;
        @Option(names = "--no-actor", description = "The task has no duty bearer.")
        boolean noActor;
        @Option(names = "--deadline", paramLabel = "TEXT", description = "The deadline (完成时限).")
        String deadline;
        @Option(names = "--no-deadline", description = "The task has no deadline.")
        boolean noDeadline;
    }

    static final class SectorChange {
        @Option(names = "--sector", paramLabel = "START:END", required = true, description = "The term's span.")
        String span;

        @ArgGroup(exclusive = true, multiplicity = "1")
        SectorWhat what;

        @Option(names = "--everywhere", description = "For every speech: the words go into the library's own word list "
                + "(on top of lexicon.tsv; `corrections --word-list` prints it in that file's format).")
        boolean everywhere;
    }

    static final class SectorWhat {
        @Option(names = "--none", description = "Not a sector term here (不是该行业).")
        boolean none;
        @Option(names = "--as", paramLabel = "ID", description = "This span names that sector (改为… / 标为行业…).")
        String as;
    }

    static final class LevelChange {
        @Option(names = "--paragraph", paramLabel = "N", required = true, description = "Paragraph number, from 0.")
        int paragraph;
        @Option(names = "--reject-level", paramLabel = "ID", required = true,
                description = "Reject the engine's suggestion of this level: leadership, supervision or enterprise.")
        String level;
    }

    @Mixin
    DbOption db;

    @Override
    public Integer call() throws Exception {
        try (Services services = db.open()) {
            Correction done;
            var annotator = services.annotator(JingduCli.I18N);
            if (target.obligation != null) {
                int[] s = span(target.obligation.span);
                ObligationWhat w = target.obligation.what;
                CorrectionKind kind = w.dismiss ? CorrectionKind.DISMISS_OBLIGATION
                        : w.add != null ? CorrectionKind.ADD_OBLIGATION
                        : w.strength != null ? CorrectionKind.SET_STRENGTH
                        : w.actor != null || w.noActor ? CorrectionKind.SET_ACTOR : CorrectionKind.SET_DEADLINE;
                String value = w.add != null ? w.add : w.strength != null ? w.strength : w.actor != null ? w.actor : w.deadline;
                done = annotator.correct(speechId, kind, s[0], s[1], value);
            } else if (target.sector != null) {
                int[] s = span(target.sector.span);
                if (target.sector.everywhere) {
                    var word = annotator.setUserTermAt(speechId, s[0], s[1], target.sector.what.none ? null : target.sector.what.as);
                    spec.commandLine().getOut().println("word " + word.lexiconLine());
                    return 0;
                }
                done = target.sector.what.none
                        ? annotator.correct(speechId, CorrectionKind.DISMISS_SECTOR, s[0], s[1], null)
                        : annotator.correct(speechId, CorrectionKind.SET_SECTOR, s[0], s[1], target.sector.what.as);
            } else {
                done = annotator.rejectLevel(speechId, target.level.paragraph, target.level.level);
            }
            spec.commandLine().getOut().println("corrected " + speechId + " " + done.id() + " " + done.kind().id()
                    + " " + done.start() + ":" + done.end());
        }
        return 0;
    }

    private static int[] span(String text) throws AnnotationException {
        String[] parts = text.split(":", -1);
        try {
            if (parts.length == 2) {
                return new int[] {Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip())};
            }
        } catch (NumberFormatException e) {
            // falls through to the usage error
        }
        throw new AnnotationException("correct.error.span", text);
    }
}
