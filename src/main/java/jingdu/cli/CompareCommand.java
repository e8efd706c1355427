package jingdu.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import jingdu.app.Services;
import jingdu.app.SingleLine;
import jingdu.app.compare.ComparisonExports;
import jingdu.app.export.ExportException;
import jingdu.app.export.ExportTargets;
import jingdu.model.AlignedObligation;
import jingdu.model.ComparedObligation;
import jingdu.model.Comparison;
import jingdu.model.TaskChange;
import jingdu.model.WordingPiece;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code compare}: 对比 — a speech's obligations against an earlier speech's ({@code --old}) or a collection's
 * ({@code --collection}): each 新增, 延续 (wording changes marked, strength changes named) or 未再提及.
 */
@Command(name = "compare", sortOptions = false, mixinStandardHelpOptions = true)
final class CompareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    static final class Older {
        @Option(names = "--old", paramLabel = "ID", required = true)
        Long speech;
        @Option(names = "--collection", paramLabel = "NAME", required = true)
        String collection;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Older older;

    @Option(names = "--new", paramLabel = "ID", required = true)
    long newer;

    @Option(names = "--json")
    boolean json;

    // the comparison as a file (issue 20's exports): every row, and the newer speech's new wordings
    @Option(names = "--out", paramLabel = "FILE")
    java.nio.file.Path exportTo;

    @Option(names = "--format", paramLabel = "FORMAT")
    String format;

    @Option(names = "--title", paramLabel = "TEXT")
    String title;

    @Option(names = "--force")
    boolean force;

    @Mixin
    DbOption db;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        ComparisonExports.Format exportFormat = exportFormat();
        try (Services services = db.open()) {
            if (exportFormat != null) { // refused before the comparison's work, not after it
                ExportTargets.check(exportTo, services.library().file(), force);
            }
            Comparison c = older.speech != null ? services.comparer().compare(older.speech, newer)
                    : services.comparer().compareWithCollection(older.collection, newer);
            if (exportFormat != null) {
                List<jingdu.model.NewPhrase> phrases = services.newWording().find(newer, jingdu.app.compare.NewWording.LISTED);
                out.println(services.comparisonExports(JingduCli.I18N)
                        .write(c, c.rows(), phrases, exportFormat, exportTo, force, java.time.LocalDate.now(), title));
            } else if (json) {
                out.println(new GsonBuilder().disableHtmlEscaping().serializeNulls().setPrettyPrinting().create()
                        .toJson(json(c)));
            } else {
                for (AlignedObligation r : c.rows()) {
                    out.println(line(r));
                }
                out.println(JingduCli.I18N.get("cli.compare.counts", c.count(TaskChange.NEW), c.count(TaskChange.CONTINUED),
                        c.count(TaskChange.DROPPED), c.strengthened(), c.weakened()));
            }
            return 0;
        }
    }

    /** The export asked for (--out, --format; xlsx by default), or null for lines or JSON; refused before any work. */
    private ComparisonExports.Format exportFormat() throws ExportException {
        if (exportTo == null && format == null) {
            return null;
        }
        String f = format == null ? "xlsx" : format;
        ComparisonExports.Format chosen = ComparisonExports.Format.fromId(f)
                .orElseThrow(() -> new ExportException("compare.export.error.format", null, f));
        if (exportTo == null) {
            throw new ExportException("compare.export.error.needOut", null);
        }
        return chosen;
    }

    /** 延续 / 新增 / 未再提及, the newer wording with the changes marked, and the strength change if any. */
    static String line(AlignedObligation r) {
        String change = JingduCli.I18N.get("cli.compare.change." + r.change().id());
        return switch (r.change()) {
            case NEW -> change + "\t" + where(r.newer()) + "\t" + SingleLine.clean(r.newer().text());
            case DROPPED -> change + "\t" + where(r.older()) + "\t" + SingleLine.clean(r.older().text());
            case CONTINUED -> change + "\t" + where(r.newer()) + "\t" + SingleLine.clean(marked(r.wording()))
                    + strength(r) + "\t" + JingduCli.I18N.get("cli.compare.from", where(r.older()));
        };
    }

    /** Speech number and paragraph (from 0, as {@code tag} and {@code tasks} give them). */
    private static String where(ComparedObligation o) {
        return o.speechId() + ":" + o.paragraph();
    }

    /** The newer wording with removed words as [-…-] and added ones as [+…+]. */
    static String marked(List<WordingPiece> pieces) {
        StringBuilder b = new StringBuilder();
        for (WordingPiece p : pieces) {
            switch (p.kind()) {
                case SAME -> b.append(p.text());
                case REMOVED -> b.append("[-").append(p.text()).append("-]");
                case ADDED -> b.append("[+").append(p.text()).append("+]");
            }
        }
        return b.toString();
    }

    private static String strength(AlignedObligation r) {
        if (!r.strengthened() && !r.weakened()) {
            return "";
        }
        String key = r.strengthened() ? "cli.compare.strengthened" : "cli.compare.weakened";
        return JingduCli.I18N.get(key, JingduCli.I18N.get("export.strength." + r.older().strength().id()),
                JingduCli.I18N.get("export.strength." + r.newer().strength().id()));
    }

    private static JsonObject json(Comparison c) {
        JsonObject o = new JsonObject();
        JsonArray olderIds = new JsonArray();
        c.olderSpeechIds().forEach(olderIds::add);
        o.add("olderSpeechIds", olderIds);
        o.addProperty("newerSpeechId", c.newerSpeechId());
        JsonObject counts = new JsonObject();
        for (TaskChange k : TaskChange.values()) {
            counts.addProperty(k.id(), c.count(k));
        }
        counts.addProperty("strengthened", c.strengthened());
        counts.addProperty("weakened", c.weakened());
        o.add("counts", counts);
        JsonArray rows = new JsonArray();
        for (AlignedObligation r : c.rows()) {
            JsonObject row = new JsonObject();
            row.addProperty("change", r.change().id());
            row.addProperty("similarity", Math.round(r.similarity() * 1000) / 1000.0);
            row.addProperty("strengthened", r.strengthened());
            row.addProperty("weakened", r.weakened());
            row.add("older", obligation(r.older()));
            row.add("newer", obligation(r.newer()));
            JsonArray wording = new JsonArray();
            for (WordingPiece p : r.wording()) {
                JsonObject piece = new JsonObject();
                piece.addProperty("kind", p.kind().name().toLowerCase(java.util.Locale.ROOT));
                piece.addProperty("text", p.text());
                wording.add(piece);
            }
            row.add("wording", wording);
            rows.add(row);
        }
        o.add("rows", rows);
        return o;
    }

    private static JsonObject obligation(ComparedObligation ob) {
        if (ob == null) {
            return null;
        }
        JsonObject o = new JsonObject();
        o.addProperty("speechId", ob.speechId());
        o.addProperty("paragraph", ob.paragraph());
        o.addProperty("start", ob.start());
        o.addProperty("end", ob.end());
        o.addProperty("text", ob.text());
        o.addProperty("strength", ob.strength() == null ? null : ob.strength().id());
        JsonArray sectors = new JsonArray();
        ob.sectors().forEach(sectors::add);
        o.add("sectors", sectors);
        o.addProperty("actor", ob.actor());
        o.addProperty("deadline", ob.deadline());
        return o;
    }
}
