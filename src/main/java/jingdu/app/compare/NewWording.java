package jingdu.app.compare;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.regex.Pattern;

import jingdu.analysis.NewPhraseFinder;
import jingdu.app.Library;
import jingdu.app.library.Catalog;
import jingdu.model.LibraryEntry;
import jingdu.model.LibraryFilter;
import jingdu.model.NewPhrase;
import jingdu.model.Speech;

/**
 * 新提法 (issue 20): the words and phrases of a speech that no earlier speech of the library has. "Earlier" is
 * every other live speech dated before it; where either date is missing (or both say the same day, month or
 * year as far as the less precise one goes), the one imported first is the earlier.
 */
public final class NewWording {

    /** How many new wordings a comparison lists: in the 对比 window and in its exports alike. */
    public static final int LISTED = 40;

    /** Dates as {@code SpeechDates} stores them: 2024, 2024-03, 2024-03-06. */
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    private final Library library;
    private final Catalog catalog;
    private final NewPhraseFinder finder;

    public NewWording(Library library, Catalog catalog, NewPhraseFinder finder) {
        this.library = library;
        this.catalog = catalog;
        this.finder = finder;
    }

    /** The new phrases of the speech, best first, at most {@code limit}, each with its first sentence. */
    public List<NewPhrase> find(long newerSpeechId, int limit) throws NewWordingException {
        if (limit < 1) {
            throw new NewWordingException("newWording.error.limit", limit);
        }
        List<LibraryEntry> entries = catalog.list(LibraryFilter.ALL);
        LibraryEntry newer = entries.stream().filter(e -> e.id() == newerSpeechId).findFirst()
                .orElseThrow(() -> new NewWordingException("newWording.error.noSpeech", newerSpeechId));
        Speech speech = library.find(newerSpeechId)
                .orElseThrow(() -> new NewWordingException("newWording.error.noSpeech", newerSpeechId));
        return finder.find(speech.text(), texts(earlier(entries, newer)), limit);
    }

    /** The ids of the live speeches earlier than {@code newer}, oldest first. */
    static List<Long> earlier(List<LibraryEntry> entries, LibraryEntry newer) {
        List<LibraryEntry> out = new ArrayList<>();
        for (LibraryEntry e : entries) {
            if (e.id() != newer.id() && isEarlier(e, newer)) {
                out.add(e);
            }
        }
        out.sort(Comparator.comparing((LibraryEntry e) -> e.summary().importedAt()).thenComparingLong(LibraryEntry::id));
        return out.stream().map(LibraryEntry::id).toList();
    }

    /** True when {@code a} comes before {@code b}: by their dates where both have one, else by import. */
    static boolean isEarlier(LibraryEntry a, LibraryEntry b) {
        String da = isoDate(a);
        String db = isoDate(b);
        if (da != null && db != null) {
            int n = Math.min(da.length(), db.length());
            int c = da.substring(0, n).compareTo(db.substring(0, n));
            if (c != 0) {
                return c < 0;
            }
        }
        Instant ia = a.summary().importedAt();
        Instant ib = b.summary().importedAt();
        int c = ia.compareTo(ib);
        return c != 0 ? c < 0 : a.id() < b.id();
    }

    private static String isoDate(LibraryEntry e) {
        String d = e.meta() == null ? null : e.meta().date();
        return d != null && ISO_DATE.matcher(d).matches() ? d : null;
    }

    /** The speeches' texts, read one at a time as the finder goes (a large library is never held at once). */
    private Iterable<String> texts(List<Long> ids) {
        return () -> new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < ids.size();
            }

            @Override
            public String next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                // a speech deleted since the list was read has no text to offer: it counts as empty
                return library.find(ids.get(next++)).map(Speech::text).orElse("");
            }
        };
    }
}
