package jingdu.app.compare;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;

import jingdu.i18n.I18n;
import jingdu.model.AlignedObligation;
import jingdu.model.ComparedObligation;
import jingdu.model.Comparison;
import jingdu.model.SectorCatalog;
import jingdu.model.Strength;
import jingdu.model.TaskChange;
import jingdu.model.WordingPiece;

/**
 * The words a comparison is shown and exported in, one place for the view and both exports: a status's name, a
 * strength change ("↑ 要求→必须"), a row's sectors, duty bearers and sources, each side's wording as pieces, the
 * summary sentence and the default title. Speech titles come from {@code titles} (read once per speech).
 */
public final class ComparisonWords {

    private final I18n i18n;
    private final SectorCatalog sectors;
    private final LongFunction<String> titles;
    private final Map<Long, String> titleCache = new ConcurrentHashMap<>();

    /** {@code titles}: a speech's title by id (null or blank when unknown). */
    public ComparisonWords(I18n i18n, SectorCatalog sectors, LongFunction<String> titles) {
        this.i18n = i18n;
        this.sectors = sectors;
        this.titles = titles;
    }

    public I18n i18n() {
        return i18n;
    }

    /** 新增 / 延续 / 未再提及. */
    public String status(TaskChange change) {
        return i18n.get("compare.status." + key(change));
    }

    /** The id the message keys and style classes use: new, continued, dropped. */
    public static String key(TaskChange change) {
        return switch (change) {
            case NEW -> "new";
            case CONTINUED -> "continued";
            case DROPPED -> "dropped";
        };
    }

    public String strength(Strength s) {
        return s == null ? "" : i18n.get("export.strength." + s.id());
    }

    /**
     * "↑ 要求→必须" when a continued task binds more strongly now, "↓ 必须→要求" when less; otherwise the strength of
     * the side there is (empty when none is known).
     */
    public String strengthChange(AlignedObligation row) {
        if (row.change() == TaskChange.CONTINUED && row.older() != null && row.newer() != null
                && row.older().strength() != null && row.newer().strength() != null
                && row.older().strength() != row.newer().strength()) {
            return i18n.get(row.newer().strength().strongerThan(row.older().strength()) ? "compare.strength.up"
                    : "compare.strength.down", strength(row.older().strength()), strength(row.newer().strength()));
        }
        ComparedObligation side = row.newer() != null ? row.newer() : row.older();
        return side == null ? "" : strength(side.strength());
    }

    /** The sectors of both sides, the newer's first, each once; "" when neither names one. */
    public String sectors(AlignedObligation row) {
        List<String> names = new ArrayList<>();
        for (String id : sectorIds(row)) {
            names.add(sectors.name(id, i18n.locale()));
        }
        return String.join(i18n.get("export.separator"), names);
    }

    /** The sector ids of both sides, the newer's first, each once (also the view's filter). */
    public static Set<String> sectorIds(AlignedObligation row) {
        Set<String> ids = new LinkedHashSet<>();
        for (ComparedObligation side : new ComparedObligation[] {row.newer(), row.older()}) {
            if (side == null) {
                continue;
            }
            if (side.sectors() != null) {
                side.sectors().stream().filter(s -> s != null && !s.isBlank()).forEach(ids::add);
            }
        }
        return ids;
    }

    /** The duty bearer: the newer side's, or "旧 → 新" when the two name different ones. */
    public String actors(AlignedObligation row) {
        String older = row.older() == null ? "" : blankToEmpty(row.older().actor());
        String newer = row.newer() == null ? "" : blankToEmpty(row.newer().actor());
        if (older.isEmpty() || newer.isEmpty() || older.equals(newer)) {
            return newer.isEmpty() ? older : newer;
        }
        return i18n.get("compare.actor.changed", older, newer);
    }

    /** Where each side stands: 《title》第n段, the older first, one a line. */
    public String sources(AlignedObligation row) {
        List<String> out = new ArrayList<>();
        for (ComparedObligation side : sides(row)) {
            out.add(source(side));
        }
        return String.join("\n", out);
    }

    public String source(ComparedObligation side) {
        return i18n.get("export.sourceRef", title(side.speechId()), String.valueOf(side.paragraph() + 1));
    }

    /** Forgets the titles read so far (a speech may have been renamed since): the next comparison reads them again. */
    public void forgetTitles() {
        titleCache.clear();
    }

    public String title(long speechId) {
        return titleCache.computeIfAbsent(speechId, id -> {
            String t = titles.apply(id);
            return t == null || t.isBlank() ? "#" + id : t;
        });
    }

    /** The older side's wording: its words, those the newer dropped marked removed. */
    public static List<WordingPiece> olderPieces(AlignedObligation row) {
        if (row.older() == null) {
            return List.of();
        }
        if (row.wording() == null || row.wording().isEmpty()) {
            return List.of(new WordingPiece(WordingPiece.Kind.SAME, row.older().text()));
        }
        return row.wording().stream().filter(p -> p.kind() != WordingPiece.Kind.ADDED).toList();
    }

    /** The newer side's wording: its words, those the older lacked marked added. */
    public static List<WordingPiece> newerPieces(AlignedObligation row) {
        if (row.newer() == null) {
            return List.of();
        }
        if (row.wording() == null || row.wording().isEmpty()) {
            return List.of(new WordingPiece(WordingPiece.Kind.SAME, row.newer().text()));
        }
        return row.wording().stream().filter(p -> p.kind() != WordingPiece.Kind.REMOVED).toList();
    }

    /** Both wordings in one: same, removed and added pieces in order (a new or dropped task: its text). */
    public static List<WordingPiece> bothPieces(AlignedObligation row) {
        if (row.wording() != null && !row.wording().isEmpty()) {
            return row.wording();
        }
        ComparedObligation side = row.newer() != null ? row.newer() : row.older();
        return side == null ? List.of() : List.of(new WordingPiece(WordingPiece.Kind.SAME, side.text()));
    }

    /** True when the wording changed (some piece added or removed). */
    public static boolean reworded(AlignedObligation row) {
        return row.wording() != null && row.wording().stream().anyMatch(p -> p.kind() != WordingPiece.Kind.SAME);
    }

    /** How many rows have each status, and how many continued ones bind more or less strongly. */
    public record Counts(int newer, int added, int continued, int dropped, int strengthened, int weakened) {
        public static Counts of(List<AlignedObligation> rows) {
            int added = 0;
            int continued = 0;
            int dropped = 0;
            int up = 0;
            int down = 0;
            for (AlignedObligation r : rows) {
                switch (r.change()) {
                    case NEW -> added++;
                    case CONTINUED -> continued++;
                    case DROPPED -> dropped++;
                    default -> throw new IllegalStateException(String.valueOf(r.change()));
                }
                up += r.strengthened() ? 1 : 0;
                down += r.weakened() ? 1 : 0;
            }
            return new Counts(added + continued, added, continued, dropped, up, down);
        }
    }

    /** 本次讲话 n 项任务：新增 …, 延续 …（力度加强 …）, 未再提及 …; 新提法 n 个. */
    public String summary(Comparison c, int phrases) {
        Counts n = Counts.of(c.rows());
        return i18n.get("compare.summary", n.newer(), n.added(), n.continued(), n.strengthened(), n.weakened(),
                n.dropped(), phrases);
    }

    /** 《新》与《旧》任务对比, or 《新》与早前 n 篇讲话任务对比. */
    public String defaultTitle(Comparison c) {
        if (c.olderSpeechIds().size() == 1) {
            return i18n.get("compare.export.title.one", title(c.newerSpeechId()), title(c.olderSpeechIds().get(0)));
        }
        return i18n.get("compare.export.title.many", title(c.newerSpeechId()), c.olderSpeechIds().size());
    }

    private static List<ComparedObligation> sides(AlignedObligation row) {
        List<ComparedObligation> out = new ArrayList<>(2);
        if (row.older() != null) {
            out.add(row.older());
        }
        if (row.newer() != null) {
            out.add(row.newer());
        }
        return out;
    }

    private static String blankToEmpty(String s) {
        return s == null || s.isBlank() ? "" : s.strip();
    }
}
