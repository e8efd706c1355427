package jingdu.io;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

import jingdu.text.Fingerprint;
import jingdu.text.TextLayout;
import jingdu.model.Level;
import jingdu.model.Note;
import jingdu.model.Utf16;

/**
 * The annotations interchange file (README, "Annotations JSON"): how two people combine their work.
 * <pre>{"format":"jingdu-annotations","version":1,"speeches":[{"title":…,"sha256":…,"text":…,
 *   "tags":[{"paragraph":0,"level":"leadership"}],
 *   "notes":[{"start":0,"end":4,"quote":…,"body":…,"created":"2024-…Z"}]}]}</pre>
 * {@code sha256} is the hex SHA-256 of the speech's canonical text in UTF-8; {@code text} is optional.
 * Reading checks everything a hostile or broken file could get wrong and says where.
 */
public final class AnnotationsJson {

    public static final String FORMAT = "jingdu-annotations";
    public static final int VERSION = 1;

    /** Generous limits that still keep one bad file from filling the library. */
    static final int MAX_SPEECHES = 10_000;
    static final int MAX_ITEMS = 100_000;
    static final int MAX_TEXT = 20_000_000;
    static final int MAX_FIELD = 100_000;

    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().setPrettyPrinting().create();

    public record TagEntry(int paragraph, Level level) {
    }

    public record NoteEntry(int start, int end, String quote, String body, Instant created) {
    }

    /** One speech's annotations; {@code text} is null when the file does not carry it. */
    public record SpeechEntry(String title, String sha256, String text, List<TagEntry> tags, List<NoteEntry> notes) {
    }

    private AnnotationsJson() {
    }

    /** The kept paragraphs' tags and notes of each speech (everything, without a filter). */
    public static String write(ReportModel model, boolean withText) {
        JsonObject root = new JsonObject();
        root.addProperty("format", FORMAT);
        root.addProperty("version", VERSION);
        JsonArray speeches = new JsonArray();
        for (ReportModel.SpeechPart part : model.speeches()) {
            JsonObject s = new JsonObject();
            s.addProperty("title", part.speech().title());
            s.addProperty("sha256", sha256(part.speech().text()));
            if (withText) {
                s.addProperty("text", part.speech().text());
            }
            JsonArray tags = new JsonArray();
            JsonArray notes = new JsonArray();
            for (ReportModel.Section section : part.sections()) {
                for (ReportModel.ParagraphRow p : section.paragraphs()) {
                    for (Level l : new TreeSet<>(p.tags())) {
                        JsonObject t = new JsonObject();
                        t.addProperty("paragraph", p.index());
                        t.addProperty("level", l.id());
                        tags.add(t);
                    }
                    for (Note n : p.notes()) {
                        JsonObject o = new JsonObject();
                        o.addProperty("start", n.start());
                        o.addProperty("end", n.end());
                        o.addProperty("quote", n.quote());
                        o.addProperty("body", n.body());
                        o.addProperty("created", n.createdAt().toString());
                        notes.add(o);
                    }
                }
            }
            s.add("tags", tags);
            s.add("notes", notes);
            speeches.add(s);
        }
        root.add("speeches", speeches);
        return GSON.toJson(root) + "\n";
    }

    /** Parses and checks a file; the first problem found is reported with where it is. */
    public static List<SpeechEntry> read(String json) throws ImportException {
        JsonElement root;
        try {
            // strict: a colleague's file is data, not something to guess at (Gson reads nesting iteratively)
            JsonReader reader = new JsonReader(new StringReader(json.startsWith("\uFEFF") ? json.substring(1) : json));
            reader.setStrictness(Strictness.STRICT);
            root = JsonParser.parseReader(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new ImportException("export.import.error.syntax", "trailing data");
            }
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw new ImportException("export.import.error.syntax", oneLine(e.getMessage()));
        }
        if (!root.isJsonObject()) {
            throw new ImportException("export.import.error.format");
        }
        JsonObject o = root.getAsJsonObject();
        if (!o.has("format") || !o.get("format").isJsonPrimitive() || !FORMAT.equals(o.get("format").getAsString())) {
            throw new ImportException("export.import.error.format");
        }
        int version = integer(o, "version", "version");
        if (version != VERSION) {
            throw new ImportException("export.import.error.version", String.valueOf(version), String.valueOf(VERSION));
        }
        JsonArray speeches = array(o, "speeches", "speeches", MAX_SPEECHES);
        List<SpeechEntry> out = new ArrayList<>();
        for (int i = 0; i < speeches.size(); i++) {
            out.add(speech(object(speeches.get(i), "speeches[" + i + "]"), "speeches[" + i + "]"));
        }
        return out;
    }

    private static SpeechEntry speech(JsonObject s, String where) throws ImportException {
        String title = string(s, "title", where + ".title", MAX_FIELD);
        String sha = string(s, "sha256", where + ".sha256", 64).toLowerCase(java.util.Locale.ROOT);
        if (!sha.matches("[0-9a-f]{64}")) {
            throw invalid(where + ".sha256");
        }
        String text = null;
        if (s.has("text") && !s.get("text").isJsonNull()) {
            text = string(s, "text", where + ".text", MAX_TEXT);
            if (TextLayout.canonical(text).isEmpty()) {
                throw new ImportException("export.import.error.emptyText", title); // a speech with nothing to read
            }
            if (!sha256(TextLayout.canonical(text)).equals(sha)) {
                throw new ImportException("export.import.error.hash", title);
            }
            text = TextLayout.canonical(text);
        }
        List<TagEntry> tags = new ArrayList<>();
        JsonArray ts = s.has("tags") ? array(s, "tags", where + ".tags", MAX_ITEMS) : new JsonArray();
        for (int i = 0; i < ts.size(); i++) {
            String w = where + ".tags[" + i + "]";
            JsonObject t = object(ts.get(i), w);
            int paragraph = integer(t, "paragraph", w + ".paragraph");
            Level level = Level.fromId(string(t, "level", w + ".level", 64)).orElseThrow(() -> invalid(w + ".level"));
            if (paragraph < 0) {
                throw invalid(w + ".paragraph");
            }
            tags.add(new TagEntry(paragraph, level));
        }
        List<NoteEntry> notes = new ArrayList<>();
        JsonArray ns = s.has("notes") ? array(s, "notes", where + ".notes", MAX_ITEMS) : new JsonArray();
        for (int i = 0; i < ns.size(); i++) {
            String w = where + ".notes[" + i + "]";
            JsonObject n = object(ns.get(i), w);
            int start = integer(n, "start", w + ".start");
            int end = integer(n, "end", w + ".end");
            if (start < 0 || end <= start) {
                throw invalid(w + ".end");
            }
            String quote = string(n, "quote", w + ".quote", MAX_FIELD);
            String body = string(n, "body", w + ".body", MAX_FIELD);
            Instant created;
            try {
                created = n.has("created") ? Instant.parse(string(n, "created", w + ".created", 64)) : Instant.now();
            } catch (DateTimeParseException e) {
                throw invalid(w + ".created");
            }
            notes.add(new NoteEntry(start, end, quote, body, created));
        }
        return new SpeechEntry(title, sha, text, tags, notes);
    }

    /** Hex SHA-256 of the UTF-8 bytes: how a speech is recognised in someone else's library. */
    public static String sha256(String canonicalText) {
        return Fingerprint.of(canonicalText);
    }

    private static ImportException invalid(String where) {
        return new ImportException("export.import.error.invalid", where);
    }

    private static JsonObject object(JsonElement e, String where) throws ImportException {
        if (e == null || !e.isJsonObject()) {
            throw invalid(where);
        }
        return e.getAsJsonObject();
    }

    private static JsonArray array(JsonObject o, String key, String where, int max) throws ImportException {
        JsonElement e = o.get(key);
        if (e == null || !e.isJsonArray() || e.getAsJsonArray().size() > max) {
            throw invalid(where);
        }
        return e.getAsJsonArray();
    }

    private static String string(JsonObject o, String key, String where, int max) throws ImportException {
        JsonElement e = o.get(key);
        if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString() || e.getAsString().length() > max) {
            throw invalid(where);
        }
        String value = e.getAsString();
        if (!Utf16.isWellFormed(value)) {
            // "\ud83d" alone: UTF-8 cannot hold it, the library would keep '?' and the text would no longer match
            throw new ImportException("export.import.error.brokenCharacter", where);
        }
        return value;
    }

    private static int integer(JsonObject o, String key, String where) throws ImportException {
        JsonElement e = o.get(key);
        if (e == null || !e.isJsonPrimitive() || !((JsonPrimitive) e).isNumber()) {
            throw invalid(where);
        }
        try {
            return new java.math.BigDecimal(e.getAsString()).intValueExact();
        } catch (ArithmeticException | NumberFormatException ex) {
            throw invalid(where);
        }
    }

    private static String oneLine(String s) {
        String t = String.valueOf(s).replaceAll("\\s+", " ").strip();
        return t.length() > 200 ? t.substring(0, 200) + "…" : t;
    }
}
