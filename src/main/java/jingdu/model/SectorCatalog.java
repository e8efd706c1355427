package jingdu.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every sector the product knows, in display order: the guide's built-in sectors, then the ones the
 * user declares in {@code lexicon.tsv}. Labels, colours, order, filters and command-line checks all read
 * this one catalogue, so a user's sector is shown like a built-in one. Immutable.
 *
 * <p>Colours are style-class names, never colours: a built-in sector keeps the class named after its id
 * ({@code noncoal_mine} → {@code sector-noncoal-mine}); user sectors take {@code sector-extra-1} …
 * {@code sector-extra-}{@value #EXTRA_COLOURS} in the order they are declared, starting again after the
 * last. Both stylesheets define those classes.
 */
public final class SectorCatalog {

    /** How many extra colours the stylesheets define for user sectors. */
    public static final int EXTRA_COLOURS = 8;
    /** The class of a sector id the catalogue does not know (e.g. from a lexicon line since removed). */
    public static final String OTHER_CLASS = "sector-other";

    /** A sector: its id, names in Chinese and English, whether it ships with Jingdu, and its style class. */
    public record Sector(String id, String nameZh, String nameEn, boolean builtIn, String styleClass) {

        /** The English name for an English locale, else the Chinese one. */
        public String name(Locale locale) {
            return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameZh;
        }
    }

    /** A sector as a lexicon file declares it (id, 中文名, English name). */
    public record Declared(String id, String nameZh, String nameEn) {
    }

    private final List<Sector> sectors;
    private final Map<String, Sector> byId;
    private final Map<String, Integer> position;

    private SectorCatalog(List<Sector> sectors) {
        this.sectors = List.copyOf(sectors);
        Map<String, Sector> ids = new LinkedHashMap<>();
        Map<String, Integer> pos = new LinkedHashMap<>();
        for (Sector s : this.sectors) {
            ids.put(s.id(), s);
            pos.put(s.id(), pos.size());
        }
        this.byId = Map.copyOf(ids);
        this.position = Map.copyOf(pos);
    }

    /**
     * Built-in sectors first, in their file's order, then the user's new ones in declaration order. A user
     * line for a built-in id renames it but keeps its place and colour; a repeated user id keeps its first place.
     */
    public static SectorCatalog of(List<Declared> builtIn, List<Declared> user) {
        Map<String, Declared> base = new LinkedHashMap<>();
        builtIn.forEach(d -> base.put(d.id(), d));
        Map<String, Declared> added = new LinkedHashMap<>();
        for (Declared d : user) {
            if (base.containsKey(d.id())) {
                base.put(d.id(), d);
            } else {
                added.put(d.id(), d);
            }
        }
        List<Sector> out = new ArrayList<>();
        base.values().forEach(d -> out.add(new Sector(d.id(), d.nameZh(), d.nameEn(), true, builtInClass(d.id()))));
        int n = 0;
        for (Declared d : added.values()) {
            out.add(new Sector(d.id(), d.nameZh(), d.nameEn(), false, extraClass(n++)));
        }
        return new SectorCatalog(out);
    }

    /** The style class of the n-th user sector (from 0). */
    public static String extraClass(int n) {
        return "sector-extra-" + (n % EXTRA_COLOURS + 1);
    }

    private static String builtInClass(String id) {
        return "sector-" + id.replace('_', '-');
    }

    /** All sectors in display order. */
    public List<Sector> sectors() {
        return sectors;
    }

    /** All ids in display order. */
    public List<String> ids() {
        return sectors.stream().map(Sector::id).toList();
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    public Optional<Sector> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The sector's name in {@code locale}'s language; an unknown id stays as it is, so nothing goes blank. */
    public String name(String id, Locale locale) {
        Sector s = byId.get(id);
        return s == null ? id : s.name(locale);
    }

    /** The sector's style class; {@link #OTHER_CLASS} for an unknown id. */
    public String styleClass(String id) {
        Sector s = byId.get(id);
        return s == null ? OTHER_CLASS : s.styleClass();
    }

    /** Display order: known ids by their place, unknown ones after them, alphabetically. */
    public Comparator<String> order() {
        return Comparator.<String>comparingInt(id -> position.getOrDefault(id, Integer.MAX_VALUE))
                .thenComparing(Comparator.naturalOrder());
    }

    /** {@code ids} without repeats, in display order. */
    public List<String> sorted(Collection<String> ids) {
        Set<String> distinct = new TreeSet<>(order());
        distinct.addAll(ids);
        return List.copyOf(distinct);
    }
}
