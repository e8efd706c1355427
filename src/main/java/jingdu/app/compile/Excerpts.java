package jingdu.app.compile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jingdu.model.Compilation;
import jingdu.model.Compilation.DateGroup;
import jingdu.model.Compilation.Excerpt;
import jingdu.model.Compilation.Source;

/**
 * One theme's excerpts put in order (pure: no library): by the speech's date, oldest first and undated last,
 * then by speech and place in it; near-identical ones ({@link NearDuplicates}) shown once, with the words of
 * the earliest and every source; then grouped by date.
 */
public final class Excerpts {

    /** An excerpt as a speech gave it, before grouping. */
    public record Found(String text, Source source) {
    }

    /** Speech date (undated last), then speech, then place. */
    static final Comparator<Source> ORDER = Comparator
            .comparing(Source::date, Comparator.nullsLast(Comparator.<String>naturalOrder()))
            .thenComparingLong(Source::speechId).thenComparingInt(Source::start).thenComparingInt(Source::end);

    private Excerpts() {
    }

    private static final class Cluster {
        final String text;
        final long[] grams;
        final int length;
        final List<Source> sources = new ArrayList<>();

        Cluster(String text, String normalized, Source first) {
            this.text = text;
            this.grams = NearDuplicates.bigrams(normalized);
            this.length = normalized.length();
            sources.add(first);
        }
    }

    /** The theme with its excerpts found in the speeches, in order, the near-identical ones merged. */
    public static Compilation.Theme theme(Compilation.Kind kind, String key, String label, List<Found> found) {
        List<Found> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparing(Found::source, ORDER));
        List<Cluster> clusters = new ArrayList<>();
        for (Found f : sorted) {
            String normalized = NearDuplicates.normalize(f.text());
            long[] grams = NearDuplicates.bigrams(normalized);
            Cluster same = null;
            for (Cluster c : clusters) {
                if (NearDuplicates.mayMatch(c.length, normalized.length())
                        && NearDuplicates.similarity(c.grams, grams) >= NearDuplicates.THRESHOLD) {
                    same = c;
                    break;
                }
            }
            if (same == null) {
                clusters.add(new Cluster(f.text(), normalized, f.source()));
            } else if (!same.sources.contains(f.source())) {
                same.sources.add(f.source());
            }
        }
        Map<String, List<Excerpt>> byDate = new LinkedHashMap<>();
        for (Cluster c : clusters) {
            byDate.computeIfAbsent(c.sources.get(0).date(), d -> new ArrayList<>()).add(new Excerpt(c.text, c.sources));
        }
        List<DateGroup> dates = new ArrayList<>();
        byDate.forEach((date, excerpts) -> dates.add(new DateGroup(date, excerpts)));
        return new Compilation.Theme(kind, key, label, dates);
    }
}
