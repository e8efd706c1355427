package jingdu.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import jingdu.app.Services;
import jingdu.app.SingleLine;
import jingdu.model.NewPhrase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code new-wording}: 新提法, the words and phrases of a speech no earlier speech of the library has. */
@Command(name = "new-wording", mixinStandardHelpOptions = true)
final class NewWordingCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--speech", required = true, paramLabel = "ID")
    long speech;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "30")
    int limit;

    @Option(names = "--json")
    boolean json;

    @Mixin
    DbOption db;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Services services = db.open()) {
            List<NewPhrase> found = services.newWording().find(speech, limit);
            if (json) {
                out.println(new GsonBuilder().disableHtmlEscaping().serializeNulls().setPrettyPrinting().create()
                        .toJson(json(found)));
            } else {
                for (NewPhrase p : found) {
                    out.println(p.phrase() + "\t" + p.count() + "\t" + String.format(Locale.ROOT, "%.1f", p.score()) + "\t"
                            + p.start() + "-" + p.end() + "\t" + SingleLine.clean(p.sentence()));
                }
            }
            spec.commandLine().getErr().println(JingduCli.I18N.get("cli.newWording.count", found.size()));
            return 0;
        }
    }

    private JsonObject json(List<NewPhrase> found) {
        JsonObject root = new JsonObject();
        root.addProperty("speech", speech);
        JsonArray list = new JsonArray();
        for (NewPhrase p : found) {
            JsonObject o = new JsonObject();
            o.addProperty("phrase", p.phrase());
            o.addProperty("count", p.count());
            o.addProperty("score", p.score());
            o.addProperty("start", p.start());
            o.addProperty("end", p.end());
            o.addProperty("sentence", p.sentence());
            list.add(o);
        }
        root.add("phrases", list);
        return root;
    }
}
