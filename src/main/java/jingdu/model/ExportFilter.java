package jingdu.model;

import java.util.Collection;
import java.util.List;
import java.util.Set;


/**
 * Which paragraphs and obligations an export keeps. Empty sets filter nothing; values inside one set
 * are alternatives (OR), the three sets combine with AND.
 * <ul>
 *   <li>{@code tags}: paragraphs the user tagged with one of these levels;</li>
 *   <li>{@code levels}: paragraphs whose shown level is one of these: the user's tags, or the engine's
 *       suggestion when the user has not tagged the paragraph;</li>
 *   <li>{@code sectors}: paragraphs (and obligations) that mention one of these sector ids.</li>
 * </ul>
 */
public record ExportFilter(Set<Level> tags, Set<Level> levels, Set<String> sectors) {

    public static final ExportFilter NONE = new ExportFilter(Set.of(), Set.of(), Set.of());

    public ExportFilter {
        tags = Set.copyOf(tags);
        levels = Set.copyOf(levels);
        sectors = Set.copyOf(sectors);
    }

    public boolean isEmpty() {
        return tags.isEmpty() && levels.isEmpty() && sectors.isEmpty();
    }

    /** The tag and level conditions, which depend on the paragraph alone. */
    public boolean levelsMatch(Set<Level> userTags, List<Level> suggested) {
        if (!tags.isEmpty() && !intersects(tags, userTags)) {
            return false;
        }
        if (!levels.isEmpty()) {
            Collection<Level> shown = userTags.isEmpty() ? suggested : userTags;
            return intersects(levels, shown);
        }
        return true;
    }

    /** The sector condition for a paragraph or obligation that mentions {@code mentioned}. */
    public boolean sectorsMatch(Collection<String> mentioned) {
        return sectors.isEmpty() || intersects(sectors, mentioned);
    }

    private static <T> boolean intersects(Set<T> wanted, Collection<T> present) {
        for (T t : present) {
            if (wanted.contains(t)) {
                return true;
            }
        }
        return false;
    }
}
