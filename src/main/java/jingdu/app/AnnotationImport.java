package jingdu.app;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jingdu.analysis.TextLayout;
import jingdu.io.AnnotationsJson;
import jingdu.io.AnnotationsJson.NoteEntry;
import jingdu.io.AnnotationsJson.SpeechEntry;
import jingdu.io.AnnotationsJson.TagEntry;
import jingdu.io.ImportException;
import jingdu.io.TextBudget;
import jingdu.model.Speech;
import jingdu.model.SpeechSummary;

/**
 * Merges a colleague's annotations JSON into this library: speeches are matched by the hash of their
 * text (a speech we lack is added only when the file carries its text), tags merge as a set, notes are
 * skipped when one with the same start, end and body exists. The file is checked whole first and then
 * written in one transaction, so a bad file changes nothing.
 */
public final class AnnotationImport {

    /** Far above any real annotations file; stops a mistaken pick of a huge file early. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    /** What the merge did. */
    public record Result(int speechesMatched, int speechesAdded, int speechesSkipped, int tagsAdded, int notesAdded) {
    }

    private final Library library;

    public AnnotationImport(Library library) {
        this.library = library;
    }

    public Result importFile(Path file) throws ImportException {
        String json;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ImportException("export.import.error.tooLarge", file.toString());
            }
            json = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (NoSuchFileException e) {
            throw new ImportException("import.error.notFound", file.toString());
        } catch (CharacterCodingException e) {
            throw new ImportException("export.import.error.syntax", "not UTF-8");
        } catch (IOException e) {
            throw new ImportException("import.error.unreadable", file.toString(), String.valueOf(e.getMessage()));
        }
        return merge(AnnotationsJson.read(json), file.getFileName().toString());
    }

    /** Checks every entry against its target text, then writes all of it in one transaction. */
    public Result merge(List<SpeechEntry> entries, String sourceName) throws ImportException {
        for (SpeechEntry e : entries) {
            if (e.text() != null && e.text().length() > TextBudget.MAX_CHARS) {
                // a speech arriving this way is held to the cap of every other import
                throw new ImportException("export.import.error.tooMuchText", e.title(), TextBudget.MAX_CHARS);
            }
        }
        Map<String, Speech> byHash = new HashMap<>();
        for (SpeechSummary s : library.list()) {
            library.find(s.id()).ifPresent(sp -> byHash.putIfAbsent(AnnotationsJson.sha256(sp.text()), sp));
        }
        for (SpeechEntry e : entries) {
            String text = byHash.containsKey(e.sha256()) ? byHash.get(e.sha256()).text() : e.text();
            if (text != null) {
                check(e, text);
            }
        }
        int[] counts = new int[5];
        library.database().inTransaction(c -> {
            Map<String, Long> ids = new HashMap<>();
            byHash.forEach((hash, s) -> ids.put(hash, s.id()));
            for (SpeechEntry e : entries) {
                Long id = ids.get(e.sha256());
                if (id == null && e.text() == null) {
                    counts[2]++;
                    continue;
                }
                if (id == null) {
                    id = insertSpeech(c, e, sourceName);
                    ids.put(e.sha256(), id);
                    counts[1]++;
                } else {
                    counts[0]++;
                }
                String now = Instant.now().toString();
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT OR IGNORE INTO paragraph_tag(speech_id, paragraph, level, created_at) VALUES (?,?,?,?)")) {
                    for (TagEntry t : e.tags()) {
                        ps.setLong(1, id);
                        ps.setInt(2, t.paragraph());
                        ps.setString(3, t.level().id());
                        ps.setString(4, now);
                        counts[3] += ps.executeUpdate();
                    }
                }
                Set<String> existing = noteKeys(c, id);
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO note(speech_id, start_offset, end_offset, quote, body, created_at, updated_at)"
                                + " VALUES (?,?,?,?,?,?,?)")) {
                    for (NoteEntry n : e.notes()) {
                        if (!existing.add(key(n.start(), n.end(), n.body()))) {
                            continue;
                        }
                        ps.setLong(1, id);
                        ps.setInt(2, n.start());
                        ps.setInt(3, n.end());
                        ps.setString(4, n.quote());
                        ps.setString(5, n.body());
                        ps.setString(6, n.created().toString());
                        ps.setString(7, n.created().toString());
                        counts[4] += ps.executeUpdate();
                    }
                }
            }
            jingdu.store.SearchIndex.catchUp(c, Integer.MAX_VALUE); // index the new speeches and notes in this transaction
            return null;
        });
        return new Result(counts[0], counts[1], counts[2], counts[3], counts[4]);
    }

    /** Offsets must fit the text they will annotate, and each quote must be the text it points at. */
    private static void check(SpeechEntry e, String text) throws ImportException {
        int paragraphs = TextLayout.paragraphs(text).size();
        for (TagEntry t : e.tags()) {
            if (t.paragraph() >= paragraphs) {
                throw new ImportException("export.import.error.mismatch", e.title());
            }
        }
        for (NoteEntry n : e.notes()) {
            if (n.end() > text.length() || !text.substring(n.start(), n.end()).equals(n.quote())) {
                throw new ImportException("export.import.error.mismatch", e.title());
            }
        }
    }

    private static long insertSpeech(java.sql.Connection c, SpeechEntry e, String sourceName) throws java.sql.SQLException {
        String title = e.title().isBlank() ? Titles.of(e.text(), sourceName) : e.title().strip();
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO speech(title, source_name, text, imported_at, paragraph_count) VALUES (?,?,?,?,?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, title);
            ps.setString(2, sourceName);
            ps.setString(3, e.text());
            ps.setString(4, Instant.now().toString());
            ps.setInt(5, TextLayout.paragraphs(e.text()).size());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static Set<String> noteKeys(java.sql.Connection c, long speechId) throws java.sql.SQLException {
        Set<String> keys = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT start_offset, end_offset, body FROM note WHERE speech_id = ?")) {
            ps.setLong(1, speechId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    keys.add(key(rs.getInt(1), rs.getInt(2), rs.getString(3)));
                }
            }
        }
        return keys;
    }

    private static String key(int start, int end, String body) {
        return start + ":" + end + ":" + body;
    }
}
