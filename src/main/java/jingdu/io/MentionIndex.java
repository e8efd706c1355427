package jingdu.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jingdu.model.SectorMention;

/**
 * A speech's sector mentions sorted by start, so the mentions inside a paragraph or sentence are found by
 * a binary search rather than a scan of every mention: a speech of 100,000 paragraphs made the exports and
 * {@code analyze --json} quadratic.
 */
final class MentionIndex {

    private final List<SectorMention> sorted;
    private final int[] starts;
    /** No mention is longer, so none starting before {@code start - longest} can reach {@code start}. */
    private final int longest;

    MentionIndex(List<SectorMention> mentions) {
        sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparingInt(SectorMention::start));
        starts = new int[sorted.size()];
        int max = 0;
        for (int i = 0; i < starts.length; i++) {
            SectorMention m = sorted.get(i);
            starts[i] = m.start();
            max = Math.max(max, m.end() - m.start());
        }
        longest = max;
    }

    /** The mentions overlapping [start, end), in order of their start. */
    List<SectorMention> overlapping(int start, int end) {
        List<SectorMention> out = new ArrayList<>();
        for (int i = firstStartingAtOrAfter(start - longest); i < starts.length && starts[i] < end; i++) {
            SectorMention m = sorted.get(i);
            if (m.end() > start) {
                out.add(m);
            }
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
