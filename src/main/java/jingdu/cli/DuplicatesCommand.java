package jingdu.cli;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import jingdu.app.Services;
import jingdu.app.SingleLine;
import jingdu.app.library.DuplicateFinder;
import jingdu.app.library.Duplicates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "duplicates", mixinStandardHelpOptions = true)
final class DuplicatesCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_INSTANT.withZone(ZoneId.of("UTC"));

    @Spec
    CommandSpec spec;

    @Option(names = "--json")
    boolean json;

    @Option(names = "--merge", arity = "2..*", paramLabel = "ID")
    List<Long> merge;

    @Mixin
    DbOption db;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Services services = db.open()) {
            if (merge != null) {
                Duplicates.Merged m = services.duplicates().merge(merge.get(0), merge.subList(1, merge.size()));
                out.println(JingduCli.I18N.get("duplicates.merged", SingleLine.clean(m.keptTitle()), m.trashed().size(),
                        m.moved(), m.alreadyThere(), m.notPlaced()));
                return 0;
            }
            List<Duplicates.Group> groups = services.duplicates().find();
            if (json) {
                out.println(new GsonBuilder().disableHtmlEscaping().serializeNulls().setPrettyPrinting().create()
                        .toJson(json(groups)));
            } else {
                int g = 0;
                for (Duplicates.Group group : groups) {
                    g++;
                    for (Duplicates.Member m : group.members()) {
                        out.println(g + "\t" + m.id() + "\t" + (m.id() == group.suggestedKeep() ? "keep" : "-") + "\t"
                                + percent(m.similarity()) + "\t" + m.annotations() + "\t"
                                + (m.sourceName() == null ? "-" : SingleLine.clean(m.sourceName())) + "\t"
                                + SingleLine.clean(m.title()));
                    }
                }
            }
            err.println(groups.isEmpty() ? JingduCli.I18N.get("duplicates.none")
                    : JingduCli.I18N.get("duplicates.found", groups.size()));
            return 0;
        }
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", Math.floor(share * 100));
    }

    private static JsonObject json(List<Duplicates.Group> groups) {
        JsonObject root = new JsonObject();
        root.addProperty("threshold", DuplicateFinder.THRESHOLD);
        JsonArray list = new JsonArray();
        for (Duplicates.Group group : groups) {
            JsonObject o = new JsonObject();
            o.addProperty("keep", group.suggestedKeep());
            JsonArray members = new JsonArray();
            for (Duplicates.Member m : group.members()) {
                JsonObject j = new JsonObject();
                j.addProperty("id", m.id());
                j.addProperty("title", m.title());
                j.addProperty("source", m.sourceName());
                j.addProperty("path", m.sourcePath());
                j.addProperty("importedAt", TIME.format(m.importedAt()));
                j.addProperty("paragraphs", m.paragraphs());
                j.addProperty("annotations", m.annotations());
                j.addProperty("similarity", Math.floor(m.similarity() * 1000) / 1000);
                members.add(j);
            }
            o.add("members", members);
            list.add(o);
        }
        root.add("groups", list);
        return root;
    }
}
