package jingdu.app.library;

import java.text.Collator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jingdu.analysis.SpeechAnalyzer;
import jingdu.app.Library;
import jingdu.app.SingleLine;
import jingdu.app.SpeechDates;
import jingdu.app.importing.EngineFacts;
import jingdu.model.Collection;
import jingdu.model.LibraryEntry;
import jingdu.model.LibraryFilter;
import jingdu.model.SpeechMeta;
import jingdu.store.LibraryEntryRepository;
import jingdu.store.CollectionRepository;
import jingdu.store.SpeechDeletedException;

/**
 * Managing the library: speech details, sorting and filtering, rename, delete with restore, and
 * collections. Input is checked here, so the window and any later command line say the same things.
 */
public final class Catalog {

    /** Deleted speeches stay restorable this long, then the next start removes them for good. */
    public static final java.time.Duration KEEP_DELETED = java.time.Duration.ofDays(7);

    private final Library library;
    private final LibraryEntryRepository repo;
    private final CollectionRepository collections;

    public Catalog(Library library) {
        this.library = library;
        this.repo = new LibraryEntryRepository(library.database());
        this.collections = new CollectionRepository(library.database());
    }

    /** The store underneath, for tests that look at its cached facts. */
    public LibraryEntryRepository repository() {
        return repo;
    }

    /** The years the library's speeches are from (their own date, else their import), newest first. */
    public List<String> years() {
        return repo.years();
    }

    /** The levels of government the speeches speak for. */
    public List<String> govLevels() {
        return repo.govLevels();
    }

    /** The sectors the engine found in some speech of the library. */
    public List<String> sectorsInUse() {
        return repo.sectorsInUse();
    }

    /** True for a speech in the trash (deleted, still restorable). */
    public boolean isDeleted(long speechId) {
        return repo.isDeleted(speechId);
    }

    public List<Collection> collections() {
        return collections.list();
    }

    public List<Collection> collectionsOf(long speechId) {
        return collections.of(speechId);
    }

    /** The live speeches that pass the filter, in its order (titles in pinyin order, undated last). */
    public List<LibraryEntry> list(LibraryFilter filter) {
        List<LibraryEntry> entries = new ArrayList<>(repo.entries(filter));
        switch (filter.sort()) {
            case TITLE -> {
                Collator pinyin = Collator.getInstance(Locale.SIMPLIFIED_CHINESE);
                entries.sort(Comparator.comparing(e -> e.summary().title(), pinyin));
            }
            case SPEECH_DATE -> entries.sort(Comparator.comparing((LibraryEntry e) -> e.meta().date(),
                    Comparator.nullsLast(Comparator.reverseOrder())));
            case IMPORTED -> { } // the repository's order
        }
        return entries;
    }

    public SpeechMeta meta(long speechId) throws CatalogException {
        return repo.meta(speechId).orElseThrow(() -> new CatalogException("comforts.error.noSpeech", speechId));
    }

    /** Saves every detail at once; the title must not be blank, other blanks are cleared. */
    public SpeechMeta saveMeta(long speechId, SpeechMeta m) throws CatalogException {
        String title = clean(m.title());
        if (title == null) {
            throw new CatalogException("comforts.error.blankTitle");
        }
        if (title.length() > 200) {
            throw new CatalogException("comforts.error.longTitle", 200);
        }
        SpeechMeta saved = new SpeechMeta(title, clean(m.speaker()), SpeechDates.normalize(clean(m.date())), clean(m.place()),
                clean(m.govLevel()), clean(m.meeting()), clean(m.source()));
        boolean found;
        try {
            found = repo.saveMeta(speechId, saved);
        } catch (SpeechDeletedException e) {
            throw new CatalogException(SpeechDeletedException.KEY, e.detail());
        }
        if (!found) {
            throw new CatalogException("comforts.error.noSpeech", speechId);
        }
        return saved;
    }

    public void rename(long speechId, String title) throws CatalogException {
        SpeechMeta m = meta(speechId);
        saveMeta(speechId, new SpeechMeta(title, m.speaker(), m.date(), m.place(), m.govLevel(), m.meeting(), m.source()));
    }

    /** Hides the speech; {@link #restore} brings it back with its tags and notes. */
    public void delete(long speechId) throws CatalogException {
        if (!repo.softDelete(speechId)) {
            throw new CatalogException("comforts.error.noSpeech", speechId);
        }
    }

    public void restore(long speechId) throws CatalogException {
        if (!repo.restore(speechId)) {
            throw new CatalogException("comforts.error.notDeleted", speechId);
        }
    }

    /** Removes for good what was deleted longer ago than {@link #KEEP_DELETED}. */
    public int purgeOld() {
        return repo.purgeDeletedBefore(Instant.now().minus(KEEP_DELETED));
    }

    /**
     * Lets the engine read every speech not indexed yet: its sector set, and the details it can tell
     * (level of government, meeting, date) where the user has not filled them. Call on the worker.
     */
    public int indexPending(SpeechAnalyzer analyzer) {
        int done = 0;
        for (long id : repo.unindexed()) {
            String text = library.find(id).map(jingdu.model.Speech::text).orElse(null);
            if (text == null) {
                continue;
            }
            repo.index(id, EngineFacts.sectors(analyzer.analyze(text)), EngineFacts.found(text));
            done++;
        }
        return done;
    }

    public Collection createCollection(String name) throws CatalogException {
        String n = checkedName(name);
        return collections.create(n);
    }

    public void renameCollection(long id, String name) throws CatalogException {
        collections.rename(id, checkedName(name));
    }

    public void deleteCollection(long id) {
        collections.delete(id);
    }

    public void addToCollection(long collectionId, long speechId) {
        collections.add(collectionId, speechId);
    }

    public void removeFromCollection(long collectionId, long speechId) {
        collections.remove(collectionId, speechId);
    }

    private String checkedName(String name) throws CatalogException {
        String n = clean(name);
        if (n == null) {
            throw new CatalogException("comforts.error.blankCollection");
        }
        if (collections.exists(n)) {
            throw new CatalogException("comforts.error.duplicateCollection", n);
        }
        return n;
    }

    /** One line ({@link SingleLine}: no tabs, line breaks or bidi controls), or null when nothing is left. */
    private static String clean(String s) {
        String c = SingleLine.clean(s);
        return c == null || c.isEmpty() ? null : c;
    }
}
