package jingdu.app.search;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jingdu.analysis.SpeechAnalyzer;
import jingdu.app.Library;
import jingdu.model.Analysis;
import jingdu.model.Level;
import jingdu.model.ParagraphInfo;
import jingdu.model.SectorMention;
import jingdu.store.SearchGrams;
import jingdu.store.SearchIndex;

/**
 * Full-text search over every paragraph and note, shared by the window and the command line.
 * A query is split on whitespace into terms that must all occur; each term matches as a plain
 * substring, whatever characters it holds (quotes, brackets, FTS5 operators are text like any other).
 * One page is fetched as ids first; snippets are built for that page only.
 */
public final class Search {

    public static final int PAGE_SIZE = 20;
    /** The last page anyone may ask for (from 1): two million hits in, and the offset still fits an int. */
    public static final int MAX_PAGE = 100_000;
    /** Characters of context shown on each side of the hit. */
    public static final int CONTEXT = 30;
    private static final int MAX_TERMS = 16;
    private static final int MAX_TERM_LENGTH = 200;

    private final Library library;
    private final SearchIndex index;
    private String indexedAt = "";

    public Search(Library library) {
        this.library = library;
        this.index = new SearchIndex(library.database());
    }

    public SearchIndex index() {
        return index;
    }

    /** The terms of a query: folded (case, full width), split on whitespace, distinct, bounded. */
    public static List<String> terms(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String t : SearchGrams.fold(text == null ? "" : text).strip().split("\\s+")) {
            if (!t.isEmpty() && out.size() < MAX_TERMS) {
                out.add(t.length() > MAX_TERM_LENGTH ? t.substring(0, MAX_TERM_LENGTH) : t);
            }
        }
        return List.copyOf(out);
    }

    /** One page of results. Slow only the first time on a library the index has not seen yet. */
    public SearchPage search(SearchQuery query) {
        List<String> terms = terms(query.text());
        if (terms.isEmpty()) {
            return new SearchPage(query, List.of(), false);
        }
        catchUp();
        ZoneId zone = ZoneId.systemDefault();
        SearchIndex.Criteria criteria = new SearchIndex.Criteria(terms, query.sectors(), ids(query.tags()), ids(query.levels()),
                query.from() == null ? null : query.from().atStartOfDay(zone).toInstant(),
                query.to() == null ? null : query.to().plusDays(1).atStartOfDay(zone).toInstant());
        List<SearchIndex.Doc> docs = index.find(criteria, PAGE_SIZE + 1, query.page() * PAGE_SIZE);
        boolean more = docs.size() > PAGE_SIZE && query.page() < MAX_PAGE - 1;
        Map<Long, SearchIndex.SpeechText> speeches = new HashMap<>();
        List<SearchHit> hits = new ArrayList<>();
        for (SearchIndex.Doc d : docs.subList(0, Math.min(PAGE_SIZE, docs.size()))) {
            SearchIndex.SpeechText s = speeches.computeIfAbsent(d.speechId(), index::speechText);
            SearchHit hit = s == null ? null : hit(d, s, terms);
            if (hit != null) {
                hits.add(hit);
            }
        }
        return new SearchPage(query, hits, more);
    }

    /**
     * Indexes what a path that does not index has written (an older build, another process, a library
     * from before the index), checked once per change of the file: our commits or another connection's.
     */
    public void catchUp() {
        String version = library.database().commitCount() + ":" + index.dataVersion();
        if (!version.equals(indexedAt)) {
            index.catchUp();
            indexedAt = library.database().commitCount() + ":" + index.dataVersion();
        }
    }

    private static Set<String> ids(Set<Level> levels) {
        return levels.stream().map(Level::id).collect(Collectors.toSet());
    }

    private SearchHit hit(SearchIndex.Doc d, SearchIndex.SpeechText s, List<String> terms) {
        String text = d.isNote() ? index.noteText(d.noteId()) : s.text().substring(d.start(), Math.min(d.end(), s.text().length()));
        if (text == null) {
            return null;
        }
        String folded = SearchGrams.fold(text);
        int at = -1;
        int length = 0;
        for (String t : terms) {
            int i = folded.indexOf(t);
            if (i >= 0 && (at < 0 || i < at)) {
                at = i;
                length = t.length();
            }
        }
        if (at < 0) {
            at = 0; // cannot happen for an index in step with the text; show the start rather than nothing
        }
        int from = safeCut(text, Math.max(0, at - CONTEXT));
        int to = safeCut(text, Math.min(text.length(), at + length + CONTEXT));
        String prefix = from > 0 ? "…" : "";
        String snippet = prefix + text.substring(from, to).replace('\n', ' ') + (to < text.length() ? "…" : "");
        int hitStart = prefix.length() + at - from;
        int start = d.isNote() ? d.start() : d.start() + at;
        int end = d.isNote() ? d.end() : d.start() + at + length;
        return new SearchHit(d.speechId(), s.title(), s.importedAt(), d.paragraph(), d.noteId(), start, end,
                snippet, hitStart, hitStart + length);
    }

    /** Never cut a surrogate pair in two. */
    private static int safeCut(String text, int i) {
        return i > 0 && i < text.length() && Character.isLowSurrogate(text.charAt(i)) ? i - 1 : i;
    }

    // ---- engine facts for the sector and level filters ----------------------------------------

    /** True when a query needs engine facts that some speech does not have stored yet. */
    public boolean needsAnalysis(SearchQuery query) {
        return query.needsEngineFacts() && index.factsPending();
    }

    /**
     * Reads every speech whose sectors and suggested levels are not stored yet with the engine and
     * stores them, one transaction per speech. Run on the worker thread; returns how many it read.
     */
    public int analysePending(SpeechAnalyzer engine) {
        int done = 0;
        while (true) {
            List<SearchIndex.Pending> batch = index.pendingFacts(20);
            if (batch.isEmpty()) {
                return done;
            }
            for (SearchIndex.Pending p : batch) {
                Analysis a = engine.analyze(p.text());
                index.putFacts(p.speechId(), sectorsByParagraph(a), levelsByParagraph(a));
                done++;
            }
        }
    }

    /**
     * The sector facts the search filters read: each paragraph's sectors, by paragraph index (public for the
     * benches, whose generated libraries carry the same facts as imported ones).
     */
    public static Map<Integer, Set<String>> sectorsByParagraph(Analysis a) {
        Map<Integer, Set<String>> out = new TreeMap<>();
        List<ParagraphInfo> paragraphs = a.paragraphs();
        int p = 0;
        List<SectorMention> mentions = new ArrayList<>(a.sectors());
        mentions.sort((x, y) -> Integer.compare(x.start(), y.start()));
        for (SectorMention m : mentions) {
            while (p < paragraphs.size() && paragraphs.get(p).end() <= m.start()) {
                p++;
            }
            if (p < paragraphs.size() && paragraphs.get(p).start() <= m.start()) {
                out.computeIfAbsent(paragraphs.get(p).index(), k -> new TreeSet<>()).add(m.sector());
            }
        }
        return out;
    }

    /** The level facts the search filters read: each paragraph's suggested level ids, by paragraph index. */
    public static Map<Integer, Set<String>> levelsByParagraph(Analysis a) {
        Map<Integer, Set<String>> out = new TreeMap<>();
        for (ParagraphInfo p : a.paragraphs()) {
            if (!p.levels().isEmpty()) {
                out.put(p.index(), p.levels().stream().map(Level::id).collect(Collectors.toCollection(TreeSet::new)));
            }
        }
        return out;
    }
}
