package jingdu.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import jingdu.io.ImportException;
import jingdu.model.Level;
import jingdu.model.Note;
import jingdu.model.Speech;
import jingdu.model.SpeechSummary;
import jingdu.store.Database;
import jingdu.store.NoteRepository;
import jingdu.store.SpeechRepository;
import jingdu.store.TagRepository;
import jingdu.store.TagSetRepository;

/** The use cases the window and the command line share: import, list, open, tag, annotate. */
public final class Library implements AutoCloseable {

    private final Database db;
    private final SpeechRepository speeches;
    private final TagRepository tags;
    private final NoteRepository notes;
    private final TagSetRepository tagSet;

    public Library(Database db) {
        this.db = db;
        this.speeches = new SpeechRepository(db);
        this.tags = new TagRepository(db);
        this.notes = new NoteRepository(db);
        this.tagSet = new TagSetRepository(db);
    }

    public static Library open(Path dbFile) {
        return new Library(Database.open(dbFile));
    }

    public Database database() {
        return db;
    }

    public SpeechRepository speeches() {
        return speeches;
    }

    public TagRepository tags() {
        return tags;
    }

    public NoteRepository notes() {
        return notes;
    }

    /** The user's tag set and passage tags. */
    public TagSetRepository tagSet() {
        return tagSet;
    }

    /**
     * Reads, checks and stores a speech from a .txt, .docx, .doc, .pdf or .ofd file (see
     * {@link DocumentImport}); nothing is written unless the whole file is good.
     */
    public Speech importText(Path file) throws ImportException {
        return importString(new DocumentImport().read(file), file.getFileName().toString());
    }

    public Speech importString(String text, String sourceName) throws ImportException {
        try {
            SpeechDraft d = SpeechDraft.of(text, sourceName);
            return speeches.insert(d.title(), d.sourceName(), d.text(), d.paragraphs());
        } catch (OutOfMemoryError e) {
            throw new ImportException("importer.error.outOfMemory", sourceName, Failures.maxHeapMegabytes());
        }
    }

    /** Adds or removes one level on one paragraph, after checking that both exist. */
    public void tagParagraph(long speechId, int paragraph, Level level, boolean present) throws AnnotationException {
        Speech speech = require(speechId);
        if (paragraph < 0 || paragraph >= speech.paragraphCount()) {
            throw new AnnotationException("annotate.error.paragraph", paragraph, speech.paragraphCount());
        }
        tags.set(speechId, List.of(paragraph), level, present);
    }

    /** Adds a note on [start, end) of the speech's text; the quote is taken from the text itself. */
    public Note addNote(long speechId, int start, int end, String body) throws AnnotationException {
        Speech speech = require(speechId);
        if (start < 0 || end <= start || end > speech.text().length()) {
            throw new AnnotationException("annotate.error.range", start, end, speech.text().length());
        }
        if (body == null || body.isBlank()) {
            throw new AnnotationException("annotate.error.emptyNote");
        }
        return notes.add(speechId, start, end, speech.text().substring(start, end), body.strip());
    }

    private Speech require(long speechId) throws AnnotationException {
        return speeches.find(speechId).orElseThrow(() -> new AnnotationException("annotate.error.noSpeech", speechId));
    }

    public List<SpeechSummary> list() {
        return speeches.list();
    }

    public Optional<Speech> find(long id) {
        return speeches.find(id);
    }

    @Override
    public void close() {
        db.close();
    }
}
