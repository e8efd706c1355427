package jingdu.app.compile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import jingdu.model.Compilation;
import jingdu.model.Compilation.DateGroup;
import jingdu.model.Compilation.Excerpt;
import jingdu.model.Compilation.Source;

/**
 * One theme's excerpts put in order (pure: no library): by the speech's date, oldest first and undated last,
 * then by speech and place in it; near-identical ones ({@link NearDuplicates}) shown once, with the words of
 * the earliest and every source; then grouped by date.
 *
 * <p>Each excerpt joins the first earlier group whose first excerpt it matches. Candidates come from prefix
 * filtering: bigrams are ordered rarest first over the theme, each group's first excerpt is indexed by its
 * {@link NearDuplicates#prefix} rarest bigrams, and only groups met there are compared: 20,000 sentences take
 * about 3 s on one core rather than the 40 s of comparing each with every group.
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

    private record Cluster(String text, long[] grams, List<Source> sources) {
    }

    /** The theme with its excerpts found in the speeches, in order, the near-identical ones merged. */
    public static Compilation.Theme theme(Compilation.Kind kind, String key, String label, List<Found> found) {
        List<Found> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparing(Found::source, ORDER));
        List<long[]> grams = new ArrayList<>(sorted.size());
        Map<Long, Integer> frequency = new HashMap<>();
        for (Found f : sorted) {
            long[] g = NearDuplicates.bigrams(NearDuplicates.normalize(f.text()));
            grams.add(g);
            for (long b : g) {
                frequency.merge(b, 1, Integer::sum);
            }
        }
        Comparator<Long> rarestFirst = Comparator.<Long>comparingInt(frequency::get).thenComparing(Comparator.naturalOrder());
        List<Cluster> clusters = new ArrayList<>();
        Map<Long, List<Integer>> index = new HashMap<>();
        List<Integer> empty = new ArrayList<>(); // groups of excerpts with no letter or digit at all
        for (int i = 0; i < sorted.size(); i++) {
            Found f = sorted.get(i);
            long[] g = grams.get(i);
            List<Long> prefix = prefix(g, rarestFirst);
            TreeSet<Integer> candidates = new TreeSet<>(g.length == 0 ? empty : List.of());
            for (long b : prefix) {
                candidates.addAll(index.getOrDefault(b, List.of()));
            }
            Cluster same = null;
            for (int c : candidates) {
                if (NearDuplicates.similarity(clusters.get(c).grams(), g) >= NearDuplicates.THRESHOLD) {
                    same = clusters.get(c);
                    break;
                }
            }
            if (same == null) {
                int id = clusters.size();
                clusters.add(new Cluster(f.text(), g, new ArrayList<>(List.of(f.source()))));
                if (g.length == 0) {
                    empty.add(id);
                }
                for (long b : prefix) {
                    index.computeIfAbsent(b, k -> new ArrayList<>()).add(id);
                }
            } else if (!same.sources().contains(f.source())) {
                same.sources().add(f.source());
            }
        }
        Map<String, List<Excerpt>> byDate = new LinkedHashMap<>();
        for (Cluster c : clusters) {
            byDate.computeIfAbsent(c.sources().get(0).date(), d -> new ArrayList<>()).add(new Excerpt(c.text(), c.sources()));
        }
        List<DateGroup> dates = new ArrayList<>();
        byDate.forEach((date, excerpts) -> dates.add(new DateGroup(date, excerpts)));
        return new Compilation.Theme(kind, key, label, dates);
    }

    /** The set's {@link NearDuplicates#prefix} rarest bigrams. */
    private static List<Long> prefix(long[] grams, Comparator<Long> rarestFirst) {
        List<Long> all = new ArrayList<>(grams.length);
        for (long b : grams) {
            all.add(b);
        }
        all.sort(rarestFirst);
        return all.subList(0, Math.min(all.size(), NearDuplicates.prefix(grams.length)));
    }
}
