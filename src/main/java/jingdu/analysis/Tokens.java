package jingdu.analysis;

/**
 * The words of one paragraph as HanLP cut them: parallel arrays, offsets absolute into the analysed text.
 * Immutable; built once per paragraph and shared by every detector.
 */
final class Tokens {

    final String[] word;
    final String[] nature;
    final int[] start;
    final int size;
    private final int from;
    private final int to;
    /** boundary[i - from] is true when a word starts or ends at text offset i. */
    private final boolean[] boundary;

    Tokens(String[] word, String[] nature, int[] start, int from, int to) {
        this.word = word;
        this.nature = nature;
        this.start = start;
        this.size = word.length;
        this.from = from;
        this.to = to;
        this.boundary = new boolean[to - from + 1];
        for (int i = 0; i < size; i++) {
            boundary[start[i] - from] = true;
            boundary[start[i] + word[i].length() - from] = true;
        }
        boundary[0] = true;
        boundary[to - from] = true;
    }

    int end(int i) {
        return start[i] + word[i].length();
    }

    boolean isBoundary(int offset) {
        return offset <= from || offset >= to || boundary[offset - from];
    }

    boolean isVerb(int i) {
        return nature[i].startsWith("v");
    }

    /** Index of the first word starting at or after {@code offset}. */
    int firstAtOrAfter(int offset) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (start[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
