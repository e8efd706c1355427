package jingdu.store;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;

import jingdu.model.Note;

/** Notes on passages, paragraphs and whole speeches. */
public final class NoteRepository {

    private final Database db;

    public NoteRepository(Database db) {
        this.db = db;
    }

    public Note add(long speechId, int start, int end, String quote, String body) {
        Instant now = Instant.now();
        Note note = new Note(0, speechId, start, end, quote, body, now, now);
        long id = db.inTransaction(c -> {
            SpeechRepository.requireLive(c, speechId);
            long noteId = AnnotationRows.insertNote(c, note);
            SearchIndex.indexNote(c, noteId);
            return noteId;
        });
        return note.withId(id);
    }

    public void updateBody(long noteId, String body) {
        db.inTransaction(c -> {
            Utf8Guard.check("note body", body);
            SpeechRepository.requireLiveNote(c, noteId);
            try (PreparedStatement ps = c.prepareStatement("UPDATE note SET body = ?, updated_at = ? WHERE id = ?")) {
                ps.setString(1, body);
                ps.setString(2, Instant.now().toString());
                ps.setLong(3, noteId);
                int n = ps.executeUpdate();
                SearchIndex.indexNote(c, noteId); // the update trigger dropped the old entry
                return n;
            }
        });
    }

    public void delete(long noteId) {
        db.inTransaction(c -> {
            SpeechRepository.requireLiveNote(c, noteId);
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM note WHERE id = ?")) {
                ps.setLong(1, noteId);
                return ps.executeUpdate();
            }
        });
    }

    /** In reading order; speech notes (offset 0, empty range) first. */
    public List<Note> forSpeech(long speechId) {
        return db.read(c -> AnnotationRows.notes(c, speechId));
    }
}
