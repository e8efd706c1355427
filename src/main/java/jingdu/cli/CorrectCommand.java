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

@Command(name = "correct", mixinStandardHelpOptions = true)
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
        @Option(names = "--obligation", paramLabel = "START:END", required = true)
        String span;

        @ArgGroup(exclusive = true, multiplicity = "1")
        ObligationWhat what;
    }

    static final class ObligationWhat {
        @Option(names = "--dismiss")
        boolean dismiss;
        @Option(names = "--add", paramLabel = "STRENGTH")
        String add;
        @Option(names = "--strength", paramLabel = "STRENGTH")
        String strength;
        @Option(names = "--actor", paramLabel = "TEXT")
        String actor;
        @Option(names = "--no-actor")
        boolean noActor;
        @Option(names = "--deadline", paramLabel = "TEXT")
        String deadline;
        @Option(names = "--no-deadline")
        boolean noDeadline;
    }

    static final class SectorChange {
        @Option(names = "--sector", paramLabel = "START:END", required = true)
        String span;

        @ArgGroup(exclusive = true, multiplicity = "1")
        SectorWhat what;

        @Option(names = "--everywhere")
        boolean everywhere;
    }

    static final class SectorWhat {
        @Option(names = "--none")
        boolean none;
        @Option(names = "--as", paramLabel = "ID")
        String as;
    }

    static final class LevelChange {
        @Option(names = "--paragraph", paramLabel = "N", required = true)
        int paragraph;
        @Option(names = "--reject-level", paramLabel = "ID", required = true)
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
