package jingdu.app.compile;

import java.util.List;
import java.util.Set;

import jingdu.model.Level;

/**
 * What to compile: passages and paragraphs the user tagged with any of {@code tags} (a tag's name or id; its
 * sub-tags count too) or with a level of {@code levels}, sentences naming a sector of {@code sectors}, or
 * sentences of the paragraphs matching {@code query} (as the search does: every term occurs in the
 * paragraph); each tag, level, sector and the query is a theme of its own. {@code collectionId} null: the
 * whole library; {@code from}/{@code to} as typed ({@link DateRange}), blank for open; {@code title} blank:
 * 关于…的论述摘编 of the themes.
 */
public record CompileRequest(List<String> tags, Set<Level> levels, List<String> sectors, String query,
                             Long collectionId, String from, String to, String title) {

    public CompileRequest {
        tags = List.copyOf(tags);
        levels = Set.copyOf(levels);
        sectors = List.copyOf(sectors);
    }

    /** True when nothing would choose an excerpt. */
    public boolean choosesNothing() {
        return tags.isEmpty() && levels.isEmpty() && sectors.isEmpty() && (query == null || query.isBlank());
    }
}
