package jingdu.io;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
import jingdu.model.Correction;
import jingdu.model.CorrectionKind;
import jingdu.model.Level;
import jingdu.model.Note;
import jingdu.model.PassageTag;
import jingdu.model.Tag;
import jingdu.model.Strength;
import jingdu.model.Utf16;

/**
 * The annotations interchange file (README, "Annotations JSON"): how two people combine their work.
 * <pre>{"format":"jingdu-annotations","version":2,"speeches":[{"title":…,"sha256":…,"text":…,
 *   "tags":[{"paragraph":0,"level":"leadership"}],
 *   "notes":[{"start":0,"end":4,"quote":…,"body":…,"created":"2024-…Z"}],
 *   "corrections":[{"kind":"actor","start":10,"end":40,"quote":…,"value":"各乡镇人民政府","createdAt":"2024-…Z"}],
 *   "userTags":[{"paragraph":2,"tag":"t4","path":"重点行业/危化品"}],
 *   "passageTags":[{"start":5,"end":9,"quote":…,"tag":"t4","path":…}],
 *   "speechNotes":[{"body":…,"created":"2024-…Z"}]}],
 *  "tagTree":[{"id":"t4","name":"危化品","parent":"t3","builtIn":false}]}</pre>
 * The last four are written when there is something in them, for people and other programs; reading
 * skips them (import brings back levels, notes and corrections).
 * {@code sha256} is the hex SHA-256 of the speech's canonical text in UTF-8; {@code text} is optional.
 * <p>Version 2 adds {@code corrections}, the user's decisions on the engine's marks ({@link CorrectionKind} ids;
 * {@code quote} is the text at [start, end), so a correction can be found again if the offsets do not fit;
 * {@code value} as the kind needs it — a strength or level id, a sector id, a duty bearer or deadline — and
 * absent for a dismissal or a cleared duty bearer or deadline). Writing always produces version 2; reading
 * accepts versions 1 (no corrections; a {@code corrections} member there is ignored) and 2, and refuses a
 * newer one with a message. Reading checks everything a hostile or broken file could get wrong and says where.
 */
public final class AnnotationsJson {

    public static final String FORMAT = "jingdu-annotations";
    /** The version written; every version from 1 to this one is read. */
    public static final int VERSION = 2;

    /** Generous limits that still keep one bad file from filling the library. */
    static final int MAX_SPEECHES = 10_000;
    static final int MAX_ITEMS = 100_000;
    static final int MAX_TEXT = 20_000_000;
    static final int MAX_FIELD = 100_000;
    /** A correction's value (a duty bearer, a deadline, an id) is short, as the window and CLI enforce. */
    static final int MAX_VALUE = 200;

    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().setPrettyPrinting().create();

    public record TagEntry(int paragraph, Level level) {
    }

    public record NoteEntry(int start, int end, String quote, String body, Instant created) {
    }

    /** A correction of the engine as the file carries it; {@code value} is null where the kind has none. */
    public record CorrectionEntry(CorrectionKind kind, int start, int end, String quote, String value,
                                  Instant createdAt) {

        /** As a correction of the speech {@code speechId} (not yet stored: id 0). */
        public Correction toCorrection(long speechId) {
            return new Correction(0, speechId, kind, start, end, quote, value, createdAt);
        }
    }

    /** One speech's annotations; {@code text} is null when the file does not carry it. */
    public record SpeechEntry(String title, String sha256, String text, List<TagEntry> tags, List<NoteEntry> notes,
                              List<CorrectionEntry> corrections) {

        public SpeechEntry {
            corrections = corrections == null ? List.of() : List.copyOf(corrections);
        }

        /** An entry without corrections (what a version 1 file holds). */
        public SpeechEntry(String title, String sha256, String text, List<TagEntry> tags, List<NoteEntry> notes) {
            this(title, sha256, text, tags, notes, List.of());
        }
    }

    private AnnotationsJson() {
    }

    /**
     * The kept paragraphs' tags, notes and corrections of each speech (everything, without a filter). A
     * correction belongs to the paragraph its span starts in.
     */
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
            Set<Integer> kept = new HashSet<>();
            for (ReportModel.Section section : part.sections()) {
                for (ReportModel.ParagraphRow p : section.paragraphs()) {
                    kept.add(p.index());
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
            userWork(s, part, kept);
            s.add("corrections", corrections(part.work(), model.filter().isEmpty() ? null : kept));
            speeches.add(s);
        }
        root.add("speeches", speeches);
        if (!model.speeches().isEmpty() && !model.speeches().get(0).work().user().tree().all().isEmpty()) {
            root.add("tagTree", tagTree(model.speeches().get(0).work().user()));
        }
        return GSON.toJson(root) + "\n";
    }

    /**
     * The user's own tags on kept paragraphs, the passage tags in them and the notes on the whole speech:
     * members a reader of version 2 that does not know them skips.
     */
    private static void userWork(JsonObject s, ReportModel.SpeechPart part, Set<Integer> kept) {
        UserTags user = part.work().user();
        JsonArray userTags = new JsonArray();
        JsonArray passageTags = new JsonArray();
        for (int p : new TreeSet<>(kept)) {
            for (Tag t : part.userTags(p)) {
                JsonObject o = new JsonObject();
                o.addProperty("paragraph", p);
                o.addProperty("tag", t.id());
                o.addProperty("path", path(user, t));
                userTags.add(o);
            }
            for (PassageTag t : part.passageTags(p)) {
                JsonObject o = new JsonObject();
                o.addProperty("start", t.start());
                o.addProperty("end", t.end());
                o.addProperty("quote", part.quote(t));
                o.addProperty("tag", t.tagId());
                user.tree().find(t.tagId()).ifPresent(tag -> o.addProperty("path", path(user, tag)));
                passageTags.add(o);
            }
        }
        JsonArray speechNotes = new JsonArray();
        for (Note n : part.speechNotes()) {
            JsonObject o = new JsonObject();
            o.addProperty("body", n.body());
            o.addProperty("created", n.createdAt().toString());
            speechNotes.add(o);
        }
        if (!userTags.isEmpty()) {
            s.add("userTags", userTags);
        }
        if (!passageTags.isEmpty()) {
            s.add("passageTags", passageTags);
        }
        if (!speechNotes.isEmpty()) {
            s.add("speechNotes", speechNotes);
        }
    }

    /** The tag tree in tree order: id, name (absent for a built-in level left unnamed), parent id. */
    private static JsonArray tagTree(UserTags user) {
        JsonArray out = new JsonArray();
        for (Tag t : user.tree().inOrder()) {
            JsonObject o = new JsonObject();
            o.addProperty("id", t.id());
            if (t.name() != null) {
                o.addProperty("name", t.name());
            }
            if (t.parentId() != null) {
                o.addProperty("parent", t.parentId());
            }
            o.addProperty("builtIn", t.builtIn());
            out.add(o);
        }
        return out;
    }

    /** Tag names root first, joined with '/'; a built-in level left unnamed by its id. */
    private static String path(UserTags user, Tag tag) {
        StringBuilder b = new StringBuilder();
        for (Tag t : user.ancestry(tag)) {
            b.append(b.length() > 0 ? "/" : "").append(t.name() != null ? t.name() : t.id());
        }
        return b.toString();
    }

    /** The speech's corrections in text order, those starting in a kept paragraph when {@code kept} is not null. */
    private static JsonArray corrections(SpeechWork work, Set<Integer> kept) {
        List<Correction> sorted = new ArrayList<>(work.corrections());
        sorted.sort(Comparator.comparingInt(Correction::start).thenComparingInt(Correction::end)
                .thenComparing(k -> k.kind().id()).thenComparing(k -> String.valueOf(k.value())));
        JsonArray out = new JsonArray();
        for (Correction k : sorted) {
            if (kept != null && !kept.contains(ReportModel.paragraphAt(work.analysis().paragraphs(), k.start()))) {
                continue;
            }
            JsonObject o = new JsonObject();
            o.addProperty("kind", k.kind().id());
            o.addProperty("start", k.start());
            o.addProperty("end", k.end());
            o.addProperty("quote", k.quote());
            if (k.value() != null) {
                o.addProperty("value", k.value());
            }
            o.addProperty("createdAt", k.createdAt().toString());
            out.add(o);
        }
        return out;
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
        if (version < 1 || version > VERSION) {
            throw new ImportException("export.import.error.version", String.valueOf(version), String.valueOf(VERSION));
        }
        JsonArray speeches = array(o, "speeches", "speeches", MAX_SPEECHES);
        List<SpeechEntry> out = new ArrayList<>();
        for (int i = 0; i < speeches.size(); i++) {
            out.add(speech(object(speeches.get(i), "speeches[" + i + "]"), "speeches[" + i + "]", version));
        }
        return out;
    }

    private static SpeechEntry speech(JsonObject s, String where, int version) throws ImportException {
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
        List<CorrectionEntry> corrections = new ArrayList<>();
        JsonArray cs = version >= 2 && s.has("corrections")
                ? array(s, "corrections", where + ".corrections", MAX_ITEMS) : new JsonArray();
        for (int i = 0; i < cs.size(); i++) {
            String w = where + ".corrections[" + i + "]";
            corrections.add(correction(object(cs.get(i), w), w));
        }
        return new SpeechEntry(title, sha, text, tags, notes, corrections);
    }

    /**
     * One correction, checked as the window checks what the user types: a known kind, a non-empty span whose
     * quote is as long as the span, and the value the kind needs (a known strength or level, a sector id, a
     * non-blank duty bearer or deadline of at most {@value #MAX_VALUE} characters, nothing for a dismissal).
     */
    private static CorrectionEntry correction(JsonObject c, String w) throws ImportException {
        CorrectionKind kind = kind(string(c, "kind", w + ".kind", 64)).orElseThrow(() -> invalid(w + ".kind"));
        int start = integer(c, "start", w + ".start");
        int end = integer(c, "end", w + ".end");
        if (start < 0) {
            throw invalid(w + ".start");
        }
        if (end <= start) {
            throw invalid(w + ".end");
        }
        String quote = string(c, "quote", w + ".quote", MAX_FIELD);
        if (quote.length() != end - start) {
            throw invalid(w + ".quote");
        }
        String value = null;
        if (c.has("value") && !c.get("value").isJsonNull()) {
            value = string(c, "value", w + ".value", MAX_VALUE).strip();
        }
        boolean ok = switch (kind) {
            case ADD_OBLIGATION, SET_STRENGTH -> value != null && Strength.fromId(value).isPresent();
            case REJECT_LEVEL -> value != null && Level.fromId(value).isPresent();
            case SET_SECTOR -> value != null && !value.isEmpty() && plainLine(value);
            case SET_ACTOR, SET_DEADLINE -> value == null || (!value.isEmpty() && plainLine(value));
            case DISMISS_OBLIGATION, DISMISS_SECTOR -> value == null;
        };
        if (!ok) {
            throw invalid(w + ".value");
        }
        Instant created;
        try {
            created = c.has("createdAt") ? Instant.parse(string(c, "createdAt", w + ".createdAt", 64)) : Instant.now();
        } catch (DateTimeParseException e) {
            throw invalid(w + ".createdAt");
        }
        return new CorrectionEntry(kind, start, end, quote, value, created);
    }

    private static java.util.Optional<CorrectionKind> kind(String id) {
        for (CorrectionKind k : CorrectionKind.values()) {
            if (k.id().equals(id)) {
                return java.util.Optional.of(k);
            }
        }
        return java.util.Optional.empty();
    }

    /** One line of ordinary text: no control characters (a value is shown in one cell, one line). */
    private static boolean plainLine(String value) {
        return value.chars().noneMatch(Character::isISOControl);
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
