package jingdu.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.stream.IntStream;

/**
 * Ranges of a speech (sector mentions, obligations) indexed by start, so those overlapping a paragraph or a
 * sentence are found by a binary search rather than a scan of all: for a speech of 100,000 paragraphs that
 * scan made the exports and {@code analyze --json} quadratic.
 */
public final class Spans<T> {

    private final List<T> items;
    private final ToIntFunction<T> end;
    /** Indices into {@code items}, by start. */
    private final int[] byStart;
    private final int[] starts;
    /** No range is longer, so none starting before {@code from - longest} reaches {@code from}. */
    private final int longest;

    public Spans(List<T> items, ToIntFunction<T> start, ToIntFunction<T> end) {
        this.items = List.copyOf(items);
        this.end = end;
        byStart = IntStream.range(0, this.items.size()).boxed()
                .sorted(Comparator.comparingInt(i -> start.applyAsInt(this.items.get(i))))
                .mapToInt(Integer::intValue).toArray();
        starts = new int[byStart.length];
        int max = 0;
        for (int k = 0; k < byStart.length; k++) {
            T t = this.items.get(byStart[k]);
            starts[k] = start.applyAsInt(t);
            max = Math.max(max, end.applyAsInt(t) - starts[k]);
        }
        longest = max;
    }

    /** The ranges overlapping [from, to), in the order of the list they came in. */
    public List<T> overlapping(int from, int to) {
        List<Integer> found = new ArrayList<>();
        for (int k = firstStartingAtOrAfter(from - longest); k < starts.length && starts[k] < to; k++) {
            if (end.applyAsInt(items.get(byStart[k])) > from) {
                found.add(byStart[k]);
            }
        }
        int[] indices = found.stream().mapToInt(Integer::intValue).toArray();
        Arrays.sort(indices);
        List<T> out = new ArrayList<>(indices.length);
        for (int i : indices) {
            out.add(items.get(i));
        }
        return out;
    }

    private int firstStartingAtOrAfter(int offset) {
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
