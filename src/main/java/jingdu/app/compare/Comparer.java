package jingdu.app.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

import jingdu.analysis.Analyzer;
import jingdu.analysis.ObligationAligner;
import jingdu.app.Library;
import jingdu.app.SpeechDates;
import jingdu.app.tasks.TaskBoard;
import jingdu.model.ComparedObligation;
import jingdu.model.Comparison;
import jingdu.model.Task;
import jingdu.model.TaskScope;
import jingdu.store.CollectionRepository;
import jingdu.store.LibraryEntryRepository;
import jingdu.store.TaskRepository;

/**
 * 对比: the obligations of a newer speech against those of an older speech or of a collection's other speeches,
 * each 新增, 延续 (with its wording difference and strength change) or 未再提及. The obligations compared are the
 * task board's (the corrected view's), so a speech whose tasks are out of date has them made first; then the
 * comparison itself only reads.
 */
public final class Comparer {

    private final Library library;
    private final TaskBoard board;
    private final Supplier<Analyzer> engines;
    private final String userWords;
    private final ObligationAligner aligner;
    private final TaskRepository tasks;
    private final LibraryEntryRepository entries;
    private final CollectionRepository collections;

    /** {@code engines} is called only when some speech's tasks must be made again. */
    public Comparer(Library library, TaskBoard board, Supplier<Analyzer> engines, String userWords,
                    ObligationAligner aligner) {
        this.library = library;
        this.board = board;
        this.engines = engines;
        this.userWords = userWords;
        this.aligner = aligner;
        this.tasks = new TaskRepository(library.database());
        this.entries = new LibraryEntryRepository(library.database());
        this.collections = new CollectionRepository(library.database());
    }

    /** The newer speech against one older speech. */
    public Comparison compare(long olderSpeechId, long newerSpeechId) throws CompareException {
        return compare(olderSpeechId, newerSpeechId, (done, total) -> { });
    }

    /** As above; {@code progress} hears how many speeches' tasks were made of how many out of date. */
    public Comparison compare(long olderSpeechId, long newerSpeechId, TaskBoard.Progress progress) throws CompareException {
        if (olderSpeechId == newerSpeechId) {
            throw new CompareException("compare.error.same", olderSpeechId);
        }
        requireLive(olderSpeechId);
        requireLive(newerSpeechId);
        refresh(TaskScope.speech(olderSpeechId), progress);
        refresh(TaskScope.speech(newerSpeechId), progress);
        return compare(List.of(olderSpeechId), newerSpeechId);
    }

    /** The newer speech against the collection's other speeches (oldest first by date, then by import). */
    public Comparison compareWithCollection(String collectionName, long newerSpeechId) throws CompareException {
        return compareWithCollection(collectionName, newerSpeechId, (done, total) -> { });
    }

    /** As above; {@code progress} hears how many speeches' tasks were made of how many out of date (the first time, many). */
    public Comparison compareWithCollection(String collectionName, long newerSpeechId, TaskBoard.Progress progress)
            throws CompareException {
        String name = collectionName == null ? "" : collectionName.strip();
        if (!collections.exists(name)) {
            throw new CompareException("compare.error.noCollection", name);
        }
        requireLive(newerSpeechId);
        List<Long> older = new ArrayList<>(tasks.speechesIn(TaskScope.collection(name)));
        older.remove(Long.valueOf(newerSpeechId));
        if (older.isEmpty()) {
            throw new CompareException("compare.error.emptyCollection", name);
        }
        older.sort(Comparator.comparing((Long id) -> dateKey(id)).thenComparing(id -> id));
        refresh(TaskScope.collection(name), progress);
        refresh(TaskScope.speech(newerSpeechId), progress);
        return compare(older, newerSpeechId);
    }

    private Comparison compare(List<Long> olderIds, long newerId) {
        List<ComparedObligation> older = new ArrayList<>();
        for (long id : olderIds) {
            older.addAll(obligations(id));
        }
        return new Comparison(olderIds, newerId, aligner.align(older, obligations(newerId)));
    }

    /** Makes the scope's tasks where they are out of date (a speech imported or corrected since). */
    private void refresh(TaskScope scope, TaskBoard.Progress progress) {
        board.refresh(scope, engines, userWords, progress, () -> false);
    }

    /** The speech's obligations as the board lists them, those the text no longer holds left out. */
    private List<ComparedObligation> obligations(long speechId) {
        List<ComparedObligation> out = new ArrayList<>();
        for (Task t : tasks.forSpeech(speechId)) {
            if (t.inText()) {
                out.add(new ComparedObligation(speechId, t.paragraph(), t.start(), t.end(), t.quote(), t.strength(),
                        t.sectors(), t.actor(), t.deadline()));
            }
        }
        return out;
    }

    private void requireLive(long speechId) throws CompareException {
        if (library.find(speechId).isEmpty()) {
            throw new CompareException("compare.error.noSpeech", speechId);
        }
        if (entries.isDeleted(speechId)) {
            throw new CompareException("compare.error.deleted", speechId);
        }
    }

    /** Dated speeches in date order, undated ones after them. */
    private String dateKey(long speechId) {
        String d = entries.meta(speechId).map(m -> m.date()).orElse(null);
        return d == null ? "\uffff" : SpeechDates.normalize(d);
    }
}
