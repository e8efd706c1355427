package jingdu.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import jingdu.app.Services;
import jingdu.app.annotate.CorrectedView;
import jingdu.app.annotate.AnnotationException;
import jingdu.model.Correction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "corrections", mixinStandardHelpOptions = true)
final class CorrectionsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--speech", paramLabel = "ID")
    Long speechId;

    @Option(names = "--json")
    boolean json;

    @Option(names = "--word-list")
    boolean wordList;

    @Mixin
    DbOption db;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Services services = db.open()) {
            if (wordList) {
                services.library().userTerms().forEach(t -> out.println(t.lexiconLine()));
                return 0;
            }
            if (speechId != null && services.library().find(speechId).isEmpty()) {
                throw new AnnotationException("annotate.error.noSpeech", speechId);
            }
            List<Correction> all = speechId != null ? services.library().corrections(speechId)
                    : services.library().allCorrections();
            Map<Long, CorrectedView> views = new LinkedHashMap<>();
            var engine = all.isEmpty() ? null : services.newEngine();
            JsonArray rows = new JsonArray();
            for (Correction k : all) {
                CorrectedView v = views.computeIfAbsent(k.speechId(), id -> services.corrected(id, engine).orElse(null));
                boolean needsLook = v == null || v.needingLook().stream().anyMatch(n -> n.id() == k.id());
                if (json) {
                    JsonObject o = new JsonObject();
                    o.addProperty("id", k.id());
                    o.addProperty("speech", k.speechId());
                    o.addProperty("kind", k.kind().id());
                    o.addProperty("start", k.start());
                    o.addProperty("end", k.end());
                    o.addProperty("quote", k.quote());
                    o.addProperty("value", k.value());
                    o.addProperty("createdAt", k.createdAt().toString());
                    o.addProperty("needsLook", needsLook);
                    rows.add(o);
                } else {
                    out.println(k.speechId() + "\t" + k.id() + "\t" + k.kind().id() + "\t" + k.start() + ":" + k.end()
                            + "\t" + oneLine(k.quote()) + "\t" + (k.value() == null ? "-" : oneLine(k.value()))
                            + (needsLook ? "\t" + JingduCli.I18N.get("correct.needsLook") : ""));
                }
            }
            if (json) {
                out.println(new GsonBuilder().disableHtmlEscaping().serializeNulls().setPrettyPrinting().create().toJson(rows));
            }
        }
        return 0;
    }

    private static String oneLine(String s) {
        return s.replaceAll("[\\t\\r\\n\\p{Cntrl}]+", " ");
    }
}
