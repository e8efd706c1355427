package jingdu.app.search;

import java.time.LocalDate;
import java.util.Set;

import jingdu.model.Level;

/**
 * A search as the user asks it: text (whitespace separates terms that must all occur) and filters,
 * each a set of alternatives, empty meaning "any". {@code tags} are the user's own level tags;
 * {@code levels} the level shown (the user's tags, else the engine's suggestion). {@code from} and
 * {@code to} bound the import date, both days included, in the local time zone. {@code page} counts from 0 and stops at {@link Search#MAX_PAGE}.
 */
public record SearchQuery(String text, Set<String> sectors, Set<Level> tags, Set<Level> levels,
                          LocalDate from, LocalDate to, int page) {

    public SearchQuery {
        text = text == null ? "" : text;
        sectors = Set.copyOf(sectors);
        tags = Set.copyOf(tags);
        levels = Set.copyOf(levels);
        page = Math.min(Math.max(0, page), Search.MAX_PAGE - 1); // page * PAGE_SIZE must not overflow
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, Set.of(), Set.of(), Set.of(), null, null, 0);
    }

    public SearchQuery withPage(int p) {
        return new SearchQuery(text, sectors, tags, levels, from, to, p);
    }

    public SearchQuery withSectors(Set<String> s) {
        return new SearchQuery(text, s, tags, levels, from, to, page);
    }

    public SearchQuery withTags(Set<Level> t) {
        return new SearchQuery(text, sectors, t, levels, from, to, page);
    }

    public SearchQuery withLevels(Set<Level> l) {
        return new SearchQuery(text, sectors, tags, l, from, to, page);
    }

    public SearchQuery withDates(LocalDate f, LocalDate t) {
        return new SearchQuery(text, sectors, tags, levels, f, t, page);
    }

    /** Sector and level filters read what the engine found, which may not be stored yet. */
    public boolean needsEngineFacts() {
        return !sectors.isEmpty() || !levels.isEmpty();
    }
}
