package jingdu.ui.corrections;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jingdu.i18n.I18n;
import jingdu.model.Correction;
import jingdu.model.Level;
import jingdu.model.SectorCatalog;
import jingdu.ui.reader.Labels;

/**
 * The rows of the 我的修正 list, as plain text in the window's language: what kind of correction, on which
 * words, to what value, when, and whether it needs a look (its sentence changed). No JavaFX: tested alone.
 */
public final class CorrectionRows {

    /** One correction as listed; {@code speech} is the speech's title (the library list shows several). */
    public record Row(Correction correction, String speech, String kind, String quote, String value, String when,
                      boolean needsLook) {
    }

    /** Quotes longer than this are cut with an ellipsis (the full text is a tooltip away). */
    static final int QUOTE_MAX = 40;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private CorrectionRows() {
    }

    /**
     * Those needing a look first, then newest first. {@code titles}: speech id → title; {@code needingLook}: ids of the corrections whose
     * sentence the corrected view could not find again (null: not known yet, none is flagged).
     */
    public static List<Row> of(List<Correction> corrections, Map<Long, String> titles, Collection<Long> needingLook,
                               SectorCatalog sectors, I18n i18n, ZoneId zone) {
        Set<Long> look = needingLook == null ? Set.of() : Set.copyOf(needingLook);
        return corrections.stream()
                .sorted(Comparator.comparing((Correction c) -> !look.contains(c.id()))
                        .thenComparing(Comparator.comparing(Correction::createdAt).reversed())
                        .thenComparing(Correction::id, Comparator.reverseOrder()))
                .map(c -> new Row(c, titles.getOrDefault(c.speechId(), "#" + c.speechId()),
                        i18n.get("correct.kind." + c.kind().id()), shorten(c.quote()), value(c, sectors, i18n),
                        WHEN.format(c.createdAt().atZone(zone)), look.contains(c.id())))
                .toList();
    }

    /** "修正 3" for the status bar, with how many need a look when some do. */
    public static String count(int corrections, int needingLook, I18n i18n) {
        return needingLook == 0 ? i18n.get("correct.count", corrections)
                : i18n.get("correct.countWithLook", corrections, needingLook);
    }

    /** What the correction sets, in words: a strength, a duty bearer or 无, a sector, a level; "—" for a dismissal. */
    static String value(Correction c, SectorCatalog sectors, I18n i18n) {
        String v = c.value();
        return switch (c.kind()) {
            case ADD_OBLIGATION, SET_STRENGTH -> i18n.get("strength." + v);
            case SET_ACTOR, SET_DEADLINE -> v == null ? i18n.get("correct.none") : v;
            case SET_SECTOR -> Labels.sector(sectors, i18n, v);
            case REJECT_LEVEL -> Level.fromId(v).map(l -> Labels.level(i18n, l)).orElse(v);
            case DISMISS_OBLIGATION, DISMISS_SECTOR -> "—";
        };
    }

    static String shorten(String quote) {
        String q = quote.replace('\n', ' ');
        return q.length() <= QUOTE_MAX ? q : q.substring(0, QUOTE_MAX) + "…";
    }
}
