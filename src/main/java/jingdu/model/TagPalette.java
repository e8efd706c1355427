package jingdu.model;

import java.util.List;

/**
 * The fixed palette tags and notes may use. Keys are stored in the database; the colours themselves
 * live only in the stylesheet as {@code -jd-tag-N}, so a theme can change them.
 */
public final class TagPalette {

    public static final List<String> KEYS = List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");

    private TagPalette() {
    }

    public static boolean isKey(String key) {
        return key != null && KEYS.contains(key);
    }

    /** The colour a new tag gets: the first one no tag uses yet, else cycling. */
    public static String nextFree(java.util.Collection<Tag> tags) {
        for (String k : KEYS) {
            if (tags.stream().noneMatch(t -> k.equals(t.colour()))) {
                return k;
            }
        }
        return KEYS.get(tags.size() % KEYS.size());
    }
}
