package jingdu.app.search;

import java.util.List;

/** One page of results; {@code hasMore} when a next page exists (no total count: it would cost a full scan). */
public record SearchPage(SearchQuery query, List<SearchHit> hits, boolean hasMore) {

    public SearchPage {
        hits = List.copyOf(hits);
    }

    public int page() {
        return query.page();
    }
}
