package jingdu.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jingdu.model.Correction;
import jingdu.model.Note;
import jingdu.model.ParagraphTag;
import jingdu.model.PassageTag;
import jingdu.model.Tag;
import jingdu.model.UserTerm;

/**
 * The annotation rows and the undo log, as one transaction of {@link AnnotationStore} sees them. Undo
 * commands and the annotations import work through this, so their SQL stays in the store and every
 * change they make commits or rolls back together with its undo-log entry.
 */
public final class AnnotationTx {

    /** One logged command as stored: its sequence number and JSON. */
    public record LogEntry(long seq, String json) {
    }

    private final Connection c;

    AnnotationTx(Connection c) {
        this.c = c;
    }

    // ---- the tag set ----------------------------------------------------------------------------

    public List<Tag> tags() {
        return sql(() -> AnnotationRows.tags(c));
    }

    public void insertTag(Tag t) {
        run(() -> AnnotationRows.insertTag(c, t));
    }

    public void updateTag(Tag t) {
        run(() -> AnnotationRows.updateTag(c, t));
    }

    public void deleteTag(String id) {
        run(() -> AnnotationRows.deleteTag(c, id));
    }

    // ---- tags on paragraphs and passages --------------------------------------------------------

    public List<ParagraphTag> paragraphTagsOf(String tagId) {
        return sql(() -> AnnotationRows.paragraphTagsOf(c, tagId));
    }

    public Set<Integer> paragraphsWith(long speechId, String tagId) {
        return sql(() -> AnnotationRows.paragraphsWith(c, speechId, tagId));
    }

    public void setParagraphTags(long speechId, Iterable<Integer> paragraphs, String tagId, boolean present) {
        run(() -> AnnotationRows.setParagraphTags(c, speechId, paragraphs, tagId, present));
    }

    public void insertParagraphTag(ParagraphTag t) {
        run(() -> AnnotationRows.insertParagraphTag(c, t));
    }

    public List<PassageTag> passageTagsOf(String tagId) {
        return sql(() -> AnnotationRows.passageTagsOf(c, tagId));
    }

    public long insertPassageTag(PassageTag t) {
        return sql(() -> AnnotationRows.insertPassageTag(c, t));
    }

    public void deletePassageTag(long id) {
        run(() -> AnnotationRows.deletePassageTag(c, id));
    }

    // ---- notes: written ones are searchable in the same transaction ------------------------------

    public List<Note> notes(long speechId) {
        return sql(() -> AnnotationRows.notes(c, speechId));
    }

    public long insertNote(Note n) {
        return sql(() -> {
            long id = AnnotationRows.insertNote(c, n);
            SearchIndex.indexNote(c, id);
            return id;
        });
    }

    public void updateNote(long id, String body, String colour, Instant updatedAt) {
        run(() -> {
            AnnotationRows.updateNote(c, id, body, colour, updatedAt);
            SearchIndex.indexNote(c, id); // the update trigger dropped the old entry
        });
    }

    public void deleteNote(long id) {
        run(() -> AnnotationRows.deleteNote(c, id));
    }

    // ---- corrections of the engine ----------------------------------------------------------------

    public List<Correction> corrections(long speechId) {
        return sql(() -> CorrectionRows.forSpeech(c, speechId));
    }

    public long insertCorrection(Correction k) {
        return sql(() -> CorrectionRows.insert(c, k));
    }

    public void deleteCorrection(long id) {
        run(() -> CorrectionRows.delete(c, id));
    }

    public List<UserTerm> userTerms() {
        return sql(() -> CorrectionRows.userTerms(c));
    }

    /** Adds or replaces the word, and has every speech's stored engine facts read again. */
    public void putUserTerm(UserTerm t) {
        run(() -> {
            CorrectionRows.putUserTerm(c, t);
            CorrectionRows.forgetEngineFacts(c);
        });
    }

    public void deleteUserTerm(String term) {
        run(() -> {
            CorrectionRows.deleteUserTerm(c, term);
            CorrectionRows.forgetEngineFacts(c);
        });
    }

    // ---- speeches --------------------------------------------------------------------------------

    /** Refuses a speech in the trash ({@link SpeechDeletedException}): what is written to it would be purged. */
    public void requireLive(long speechId) {
        run(() -> SpeechRepository.requireLive(c, speechId));
    }

    /** A new speech row; {@link #indexNewRows} makes it searchable before the transaction ends. */
    public long insertSpeech(String title, String sourceName, String text, int paragraphs) {
        return sql(() -> SpeechRepository.insertRow(c, title, sourceName, text, paragraphs, Instant.now()));
    }

    /** The speech (live or in the trash), or empty when there is none. */
    public Optional<jingdu.model.Speech> speech(long speechId) {
        return sql(() -> SpeechRepository.find(c, speechId));
    }

    /** Every tag on the speech's paragraphs. */
    public List<ParagraphTag> paragraphTags(long speechId) {
        return sql(() -> AnnotationRows.paragraphTags(c, speechId));
    }

    /** Every tag on passages of the speech. */
    public List<PassageTag> passageTags(long speechId) {
        return sql(() -> AnnotationRows.passageTags(c, speechId));
    }

    /** Moves a live speech to the trash (restorable, purged after a week); false when it is not live. */
    public boolean trashSpeech(long speechId) {
        return sql(() -> SpeechRepository.trash(c, speechId, Instant.now()));
    }

    /** Takes a speech out of the trash; false when there is no such speech any more (purged). */
    public boolean untrashSpeech(long speechId) {
        return sql(() -> SpeechRepository.untrash(c, speechId));
    }

    /** The ids of the collections the speech is in. */
    public List<Long> collectionsOf(long speechId) {
        return sql(() -> CollectionRepository.idsOf(c, speechId));
    }

    /** Puts the speech in the collection; false when it was there already. */
    public boolean addToCollection(long collectionId, long speechId) {
        return sql(() -> CollectionRepository.add(c, collectionId, speechId));
    }

    public void removeFromCollection(long collectionId, long speechId) {
        run(() -> CollectionRepository.remove(c, collectionId, speechId));
    }

    /** Indexes every speech and note written in this transaction that the search index lacks. */
    public void indexNewRows() {
        run(() -> SearchIndex.catchUp(c, Integer.MAX_VALUE));
    }

    // ---- paragraphs split and joined: the text changes, its annotations move with it (issue 18) -------

    /** The speech's canonical text; empty when there is no such speech. */
    public Optional<String> speechText(long speechId) {
        return Optional.ofNullable(sql(() -> SpeechEdits.text(c, speechId)));
    }

    /**
     * Replaces the speech's text; its engine facts (search filters, library) are marked out of date.
     * Call {@link #reindexSpeech} once its notes are in place.
     */
    public void rewriteSpeech(long speechId, String text, int paragraphs) {
        run(() -> SpeechEdits.rewrite(c, speechId, text, paragraphs));
    }

    /** Indexes the speech's paragraphs and notes for search again. */
    public void reindexSpeech(long speechId) {
        run(() -> SpeechEdits.reindex(c, speechId));
    }

    public void moveNote(long id, int start, int end, String quote, int paragraph) {
        run(() -> SpeechEdits.moveNote(c, id, start, end, quote, paragraph));
    }

    public void movePassageTag(long id, int start, int end) {
        run(() -> SpeechEdits.movePassageTag(c, id, start, end));
    }

    public void moveCorrection(long id, int start, int end, String quote) {
        run(() -> SpeechEdits.moveCorrection(c, id, start, end, quote));
    }

    /** The speech's paragraph tags become exactly {@code tags}. */
    public void replaceParagraphTags(long speechId, List<ParagraphTag> tags) {
        run(() -> SpeechEdits.replaceParagraphTags(c, speechId, tags));
    }

    // ---- the undo log ----------------------------------------------------------------------------

    /** Logs a newly done command, forgets what could be redone, keeps the newest {@code cap}. */
    public void pushUndo(String json, int cap) {
        run(() -> UndoLog.push(c, json, cap));
    }

    public Optional<LogEntry> nextUndo() {
        return sql(() -> UndoLog.nextUndo(c)).map(e -> new LogEntry(e.seq(), e.json()));
    }

    public Optional<LogEntry> nextRedo() {
        return sql(() -> UndoLog.nextRedo(c)).map(e -> new LogEntry(e.seq(), e.json()));
    }

    /** Marks an entry done or undone, replacing its JSON (a redone command may carry new ids). */
    public void markUndo(long seq, boolean done, String json) {
        run(() -> UndoLog.mark(c, seq, done, json));
    }

    public void discardUndo(long seq) {
        run(() -> UndoLog.discard(c, seq));
    }

    public int undoSize() {
        return sql(() -> UndoLog.count(c));
    }

    // ---- the task board's decisions ----------------------------------------------------------------

    public Optional<jingdu.model.Task> task(long taskId) {
        return sql(() -> TaskRows.find(c, taskId));
    }

    public void setTaskState(long taskId, jingdu.model.TaskState state) {
        run(() -> TaskRows.setState(c, taskId, state));
    }

    public long insertProgress(jingdu.model.TaskProgress p) {
        return sql(() -> TaskRows.insertProgress(c, p));
    }

    public void deleteProgress(long id) {
        run(() -> TaskRows.deleteProgress(c, id));
    }

    /** The speech's tasks in text order (a merge carries the user's work on them to the speech kept). */
    public List<jingdu.model.Task> tasksOf(long speechId) {
        return sql(() -> TaskRows.forSpeech(c, speechId));
    }

    /** Newest first. */
    public List<jingdu.model.TaskProgress> progressOf(long taskId) {
        return sql(() -> TaskRows.progress(c, taskId));
    }

    /** A task placed by the user's action (not by the analysis), with its state; greyed when not in the text. */
    public long insertTask(long speechId, jingdu.model.TaskFacts facts, jingdu.model.TaskState state, boolean inText) {
        return sql(() -> {
            long id = TaskRows.insertTask(c, speechId, facts);
            TaskRows.setState(c, id, state);
            if (!inText) {
                TaskRows.markGone(c, id);
            }
            return id;
        });
    }

    public void deleteTask(long taskId) {
        run(() -> TaskRows.deleteTask(c, taskId));
    }

    /** The speech's tasks are matched to its analysis again at the board's next reading. */
    public void forgetTaskSource(long speechId) {
        run(() -> TaskRows.forgetSource(c, speechId));
    }

    // ---- SQLException stays inside the store ----------------------------------------------------

    @FunctionalInterface
    interface SqlWork<T> {
        T run() throws SQLException;
    }

    @FunctionalInterface
    interface SqlAction {
        void run() throws SQLException;
    }

    private static <T> T sql(SqlWork<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new Failed(e);
        }
    }

    private static void run(SqlAction work) {
        sql(() -> {
            work.run();
            return null;
        });
    }

    /** Carries an SQLException out of a lambda, to be unwrapped by {@link AnnotationStore}. */
    static final class Failed extends RuntimeException {
        Failed(SQLException cause) {
            super(cause);
        }

        SQLException sqlCause() {
            return (SQLException) getCause();
        }
    }
}
