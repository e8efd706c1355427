package jingdu.app.undo;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;

/** Commands to and from the JSON kept in the undo log: {@code {"type": "...", "command": {...}}}. */
final class CommandCodec {

    private static final Map<String, Class<? extends Command>> TYPES = Map.ofEntries(
            Map.entry("paragraphTag", ParagraphTagCommand.class),
            Map.entry("passageTag", PassageTagCommand.class),
            Map.entry("note", NoteCommand.class),
            Map.entry("noteEdit", NoteEditCommand.class),
            Map.entry("tagAdd", TagAddCommand.class),
            Map.entry("tagUpdate", TagUpdateCommand.class),
            Map.entry("tagDelete", TagDeleteCommand.class),
            Map.entry("annotationsImport", AnnotationsImportCommand.class),
            Map.entry("correction", CorrectionCommand.class),
            Map.entry("correctionRemove", CorrectionRemoveCommand.class),
            Map.entry("userTerm", UserTermCommand.class),
            Map.entry("paragraphEdit", ParagraphEditCommand.class),
            Map.entry("speechMerge", SpeechMergeCommand.class),
            Map.entry("taskEdit", TaskEditCommand.class),
            Map.entry("taskProgress", TaskProgressCommand.class));

    private static final Gson GSON = new GsonBuilder()
            .serializeNulls()
            .registerTypeAdapter(Instant.class, new TypeAdapter<Instant>() {
                @Override
                public void write(JsonWriter out, Instant value) throws IOException {
                    if (value == null) {
                        out.nullValue();
                    } else {
                        out.value(value.toString());
                    }
                }

                @Override
                public Instant read(JsonReader in) throws IOException {
                    if (in.peek() == com.google.gson.stream.JsonToken.NULL) {
                        in.nextNull();
                        return null;
                    }
                    return Instant.parse(in.nextString());
                }
            })
            .registerTypeAdapter(LocalDate.class, new TypeAdapter<LocalDate>() {
                @Override
                public void write(JsonWriter out, LocalDate value) throws IOException {
                    if (value == null) {
                        out.nullValue();
                    } else {
                        out.value(value.toString());
                    }
                }

                @Override
                public LocalDate read(JsonReader in) throws IOException {
                    if (in.peek() == com.google.gson.stream.JsonToken.NULL) {
                        in.nextNull();
                        return null;
                    }
                    return LocalDate.parse(in.nextString());
                }
            })
            .create();

    private CommandCodec() {
    }

    static String encode(Command command) {
        String type = TYPES.entrySet().stream().filter(e -> e.getValue() == command.getClass())
                .map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unregistered command " + command.getClass()));
        JsonObject o = new JsonObject();
        o.addProperty("type", type);
        o.add("command", GSON.toJsonTree(command));
        return GSON.toJson(o);
    }

    /** The command, or a parse exception for JSON this version does not know (a newer Jingdu wrote it). */
    static Command decode(String json) {
        JsonObject o = JsonParser.parseString(json).getAsJsonObject();
        Class<? extends Command> type = TYPES.get(o.get("type").getAsString());
        if (type == null) {
            throw new JsonParseException("unknown command type " + o.get("type"));
        }
        Command c = GSON.fromJson(o.get("command"), type);
        if (c == null) {
            throw new JsonParseException("empty command");
        }
        return c;
    }
}
