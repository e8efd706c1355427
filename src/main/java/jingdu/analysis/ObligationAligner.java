package jingdu.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jingdu.model.AlignedObligation;
import jingdu.model.ComparedObligation;
import jingdu.model.TaskChange;
import jingdu.model.WordingPiece;

/**
 * Aligns the obligations of an older side (one speech or several) with those of a newer speech: each newer
 * obligation is continued from at most one older one, and each older one continues into at most one newer one.
 * Pure: no store, the same input always gives the same rows.
 */
public final class ObligationAligner {

    /** One link: older index, newer index, similarity in [0, 1]. */
    public record Link(int older, int newer, double similarity) {
    }

    public ObligationAligner() {
    }

    /** Rows in the newer side's order (continued or new), then the dropped older ones in their order. */
    public List<AlignedObligation> align(List<ComparedObligation> older, List<ComparedObligation> newer) {
        List<Link> links = links(older, newer);
        Link[] byNewer = new Link[newer.size()];
        boolean[] olderLinked = new boolean[older.size()];
        for (Link l : links) {
            byNewer[l.newer()] = l;
            olderLinked[l.older()] = true;
        }
        List<AlignedObligation> rows = new ArrayList<>();
        for (int j = 0; j < newer.size(); j++) {
            Link l = byNewer[j];
            if (l == null) {
                rows.add(new AlignedObligation(TaskChange.NEW, null, newer.get(j), 0, List.of()));
            } else {
                ComparedObligation o = older.get(l.older());
                rows.add(new AlignedObligation(TaskChange.CONTINUED, o, newer.get(j), l.similarity(),
                        diff(o.text(), newer.get(j).text())));
            }
        }
        for (int i = 0; i < older.size(); i++) {
            if (!olderLinked[i]) {
                rows.add(new AlignedObligation(TaskChange.DROPPED, older.get(i), null, 0, List.of()));
            }
        }
        return rows;
    }

    /** The one-to-one links, best first taken (each side used once). */
    public List<Link> links(List<ComparedObligation> older, List<ComparedObligation> newer) {
        List<Link> candidates = new ArrayList<>();
        for (int i = 0; i < older.size(); i++) {
            String a = normalized(older.get(i).text());
            for (int j = 0; j < newer.size(); j++) {
                String b = normalized(newer.get(j).text());
                double s = a.equals(b) ? 1 : !a.isEmpty() && !b.isEmpty() && (a.contains(b) || b.contains(a))
                        ? (double) Math.min(a.length(), b.length()) / Math.max(a.length(), b.length()) : 0;
                if (s > 0) {
                    candidates.add(new Link(i, j, s));
                }
            }
        }
        return oneToOne(candidates, older.size(), newer.size());
    }

    /** Greedy best-first: the most similar pair first; ties go to the earlier newer, then the earlier older. */
    static List<Link> oneToOne(List<Link> candidates, int olderSize, int newerSize) {
        candidates.sort(Comparator.comparingDouble(Link::similarity).reversed().thenComparingInt(Link::newer)
                .thenComparingInt(Link::older));
        boolean[] olderUsed = new boolean[olderSize];
        boolean[] newerUsed = new boolean[newerSize];
        List<Link> out = new ArrayList<>();
        for (Link l : candidates) {
            if (!olderUsed[l.older()] && !newerUsed[l.newer()]) {
                olderUsed[l.older()] = true;
                newerUsed[l.newer()] = true;
                out.add(l);
            }
        }
        out.sort(Comparator.comparingInt(Link::newer));
        return out;
    }

    /** Punctuation and spaces left out: 。 at the end or a comma more is no difference of meaning. */
    static String normalized(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString();
    }

    /** The difference of two wordings, character by character (longest common subsequence). */
    public static List<WordingPiece> diff(String older, String newer) {
        String[] a = older.codePoints().mapToObj(Character::toString).toArray(String[]::new);
        String[] b = newer.codePoints().mapToObj(Character::toString).toArray(String[]::new);
        return diff(a, b);
    }

    /** LCS over two sequences of pieces; neighbouring pieces of one kind are joined. */
    static List<WordingPiece> diff(String[] a, String[] b) {
        int n = a.length;
        int m = b.length;
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<WordingPiece> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a[i].equals(b[j])) {
                append(out, WordingPiece.Kind.SAME, a[i]);
                i++;
                j++;
            } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                append(out, WordingPiece.Kind.ADDED, b[j]);
                j++;
            } else {
                append(out, WordingPiece.Kind.REMOVED, a[i]);
                i++;
            }
        }
        return out;
    }

    private static void append(List<WordingPiece> out, WordingPiece.Kind kind, String text) {
        int last = out.size() - 1;
        if (last >= 0 && out.get(last).kind() == kind) {
            out.set(last, new WordingPiece(kind, out.get(last).text() + text));
        } else {
            out.add(new WordingPiece(kind, text));
        }
    }
}
