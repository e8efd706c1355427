package jingdu.cli;

import java.util.concurrent.Callable;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import jingdu.app.Services;
import jingdu.app.annotate.AnnotationException;
import jingdu.model.Note;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "notes", mixinStandardHelpOptions = true)
final class NotesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--speech", paramLabel = "ID", required = true)
    long speechId;

    @Option(names = "--json")
    boolean json;

    @Mixin
    DbOption db;

    @Override
    public Integer call() throws Exception {
        JsonObject root = new JsonObject();
        try (Services services = db.open()) {
            if (services.library().find(speechId).isEmpty()) {
                throw new AnnotationException("annotate.error.noSpeech", speechId);
            }
            root.addProperty("speech", speechId);
            JsonArray notes = new JsonArray();
            for (Note n : services.library().notes(speechId)) {
                JsonObject o = new JsonObject();
                o.addProperty("id", n.id());
                o.addProperty("start", n.start());
                o.addProperty("end", n.end());
                o.addProperty("quote", n.quote());
                o.addProperty("text", n.body());
                o.addProperty("created", n.createdAt().toString());
                o.addProperty("updated", n.updatedAt().toString());
                notes.add(o);
            }
            root.add("notes", notes);
            JsonArray tags = new JsonArray();
            services.library().levelTags(speechId).forEach((p, levels) -> levels.forEach(l -> {
                JsonObject o = new JsonObject();
                o.addProperty("paragraph", p);
                o.addProperty("level", l.id());
                tags.add(o);
            }));
            root.add("tags", tags);
        }
        spec.commandLine().getOut().println(new GsonBuilder().disableHtmlEscaping().create().toJson(root));
        return 0;
    }
}
