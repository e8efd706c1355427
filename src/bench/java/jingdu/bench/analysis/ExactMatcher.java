package jingdu.bench.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jingdu.model.ComparedObligation;

/**
 * The plain matcher the aligner is measured beside: two obligations are the same when their texts are equal,
 * or one holds the other, punctuation and spaces left out; pairs taken longest overlap first, one to one.
 */
public final class ExactMatcher implements AlignmentScorer.Matcher {

    @Override
    public List<int[]> links(List<ComparedObligation> older, List<ComparedObligation> newer) {
        record Pair(int older, int newer, double score) {
        }
        List<Pair> pairs = new ArrayList<>();
        String[] b = newer.stream().map(o -> plain(o.text())).toArray(String[]::new);
        for (int i = 0; i < older.size(); i++) {
            String a = plain(older.get(i).text());
            for (int j = 0; j < b.length; j++) {
                if (a.isEmpty() || b[j].isEmpty()) {
                    continue;
                }
                if (a.equals(b[j]) || a.contains(b[j]) || b[j].contains(a)) {
                    pairs.add(new Pair(i, j, (double) Math.min(a.length(), b[j].length()) / Math.max(a.length(), b[j].length())));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::score).reversed());
        boolean[] usedOld = new boolean[older.size()];
        boolean[] usedNew = new boolean[newer.size()];
        List<int[]> out = new ArrayList<>();
        for (Pair p : pairs) {
            if (!usedOld[p.older()] && !usedNew[p.newer()]) {
                usedOld[p.older()] = true;
                usedNew[p.newer()] = true;
                out.add(new int[] {p.older(), p.newer()});
            }
        }
        return out;
    }

    static String plain(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString();
    }
}
