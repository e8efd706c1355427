package jingdu.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import jingdu.app.annotate.AnnotationException;
import jingdu.app.annotate.Annotator;
import jingdu.app.importing.DocumentImport;
import jingdu.i18n.I18n;
import jingdu.io.ImportException;
import jingdu.model.Level;
import jingdu.model.Note;
import jingdu.model.Speech;
import jingdu.model.SpeechSummary;
import jingdu.store.Backups;
import jingdu.store.CorrectionRepository;
import jingdu.store.Database;
import jingdu.store.NoteRepository;
import jingdu.store.SpeechDeletedException;
import jingdu.store.SpeechRepository;
import jingdu.store.TagRepository;
import jingdu.store.TagSetRepository;
import jingdu.store.TextHash;

/** The use cases the window and the command line share: import, list, open, tag, annotate. */
public final class Library implements AutoCloseable {

    private final Database db;
    private final SpeechRepository speeches;
    private final TagRepository tags;
    private final NoteRepository notes;
    private final TagSetRepository tagSet;
    private final CorrectionRepository corrections;

    public Library(Database db) {
        this.db = db;
        this.speeches = new SpeechRepository(db);
        this.tags = new TagRepository(db);
        this.notes = new NoteRepository(db);
        this.tagSet = new TagSetRepository(db);
        this.corrections = new CorrectionRepository(db);
    }

    public static Library open(Path dbFile) {
        return new Library(Database.open(dbFile));
    }

    public Database database() {
        return db;
    }

    // ---- what is written on a speech, as the window and the command line read it ------------------

    /** The user's notes on the speech, in text order. */
    public List<Note> notes(long speechId) {
        return notes.forSpeech(speechId);
    }

    /** The levels the user tagged, by paragraph. */
    public java.util.Map<Integer, java.util.Set<Level>> levelTags(long speechId) {
        return tags.forSpeech(speechId);
    }

    /** Every tag id (levels and the user's own tags) on each paragraph. */
    public java.util.Map<Integer, java.util.Set<String>> paragraphTagIds(long speechId) {
        return tags.idsForSpeech(speechId);
    }

    /** Tags on passages inside paragraphs. */
    public List<jingdu.model.PassageTag> passageTags(long speechId) {
        return tagSet.passageTags(speechId);
    }

    /** The user's corrections of the engine on the speech, in text order. */
    public List<jingdu.model.Correction> corrections(long speechId) {
        return corrections.forSpeech(speechId);
    }

    /** The user's own word list (sector corrections for every speech). */
    public List<jingdu.model.UserTerm> userTerms() {
        return corrections.userTerms();
    }

    /** Every correction in the library. */
    public List<jingdu.model.Correction> allCorrections() {
        return corrections.all();
    }

    /** The library file. */
    public Path file() {
        return db.file();
    }

    /** True when the log found beside the file after a crash did not belong to it and was set aside. */
    public boolean walDiscarded() {
        return db.walDiscarded();
    }

    /** True once damage has been found in the file: nothing more is written to it. */
    public boolean damaged() {
        return db.damaged();
    }

    // ---- backups (see jingdu.store.Backups) ---------------------------------------------------------

    /** An automatic backup now, into the rotating ones beside the file. */
    public Path backupNow() {
        return new Backups(db).backupNow();
    }

    /** A copy where the user says; never over the library, its backups or another database. */
    public Path backupTo(Path target, boolean replaceExisting) {
        return new Backups(db).backupTo(target, replaceExisting);
    }

    /** Replaces the content with a checked backup's, after backing up the current state; returns that copy. */
    public Path restore(Path backup) {
        return new Backups(db).restore(backup);
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
        return importString(new DocumentImport().read(file), FileNames.readable(file), FileNames.fullPath(file));
    }

    /** Stores the text as a new speech, whether or not the library has it already ({@link #titleOfSame}). */
    public Speech importString(String text, String sourceName) throws ImportException {
        return importString(text, sourceName, null);
    }

    private Speech importString(String text, String sourceName, String sourcePath) throws ImportException {
        try {
            SpeechDraft d = SpeechDraft.of(text, sourceName);
            return speeches.insert(d.title(), d.sourceName(), sourcePath, d.text(), d.paragraphs());
        } catch (OutOfMemoryError e) {
            throw new ImportException("importer.error.outOfMemory", sourceName, Failures.maxHeapMegabytes());
        }
    }

    /**
     * The title of the live speech that already holds this text (as it would be stored, compared with spacing,
     * line breaks and character width left out), if any: what a paste asks about before adding a copy.
     */
    public Optional<String> titleOfSame(String text) throws ImportException {
        SpeechDraft d = SpeechDraft.of(text, "-");
        Optional<String> same = speeches.titleWithNormalizedText(TextHash.normalized(d.text()));
        if (same.isEmpty() && d.unsplit() != null) {
            same = speeches.titleWithNormalizedText(TextHash.normalized(d.unsplit()));
        }
        return same;
    }

    /**
     * The annotation use cases for a front end speaking {@code i18n} (tag names in undo descriptions).
     * Every change of tags and notes goes through it, so it is undoable in the window whoever made it.
     */
    public Annotator annotator(I18n i18n) {
        return new Annotator(this, i18n);
    }

    /**
     * Adds or removes one level on one paragraph, after checking that both exist; false when the paragraph
     * already was as asked (nothing changed). Undoable, like every annotation ({@link Annotator}).
     */
    public boolean tagParagraph(long speechId, int paragraph, Level level, boolean present) throws AnnotationException {
        return annotator(I18n.fromEnvironment()).setParagraphTag(speechId, List.of(paragraph), level.id(), present).isPresent();
    }

    /** Adds a note on [start, end) of the speech's text; the quote is taken from the text itself. Undoable. */
    public Note addNote(long speechId, int start, int end, String body) throws AnnotationException {
        return annotator(I18n.fromEnvironment()).addPassageNote(speechId, start, end, body, null);
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
