package jingdu.bench.analysis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import jingdu.analysis.ObligationAligner;
import jingdu.analysis.SpeechAnalyzer;
import jingdu.model.Analysis;
import jingdu.model.ComparedObligation;
import jingdu.model.Obligation;
import jingdu.model.ParagraphInfo;
import jingdu.model.SectorMention;
import jingdu.text.TextLayout;

/**
 * Scores an obligation matcher against labelled speech pairs ({@code NN-name/old.txt, new.txt, links.tsv}; a line
 * of links.tsv is {@code old_quote<TAB>new_quote} continued, {@code -<TAB>new_quote} new, {@code old_quote<TAB>-}
 * no longer mentioned). The engine marks both texts; each gold quote is mapped to the engine obligation holding it
 * (quotes no obligation holds are counted and left out). A predicted link is right when a continued gold line maps
 * to its two obligations; precision is over the predicted links touching a gold-mapped obligation, recall over the
 * continued gold lines whose both quotes map. New and dropped lines are right when the matcher leaves that
 * obligation unlinked.
 */
public final class AlignmentScorer {

    /** A matcher under test: links as {older index, newer index}, one to one. */
    @FunctionalInterface
    public interface Matcher {
        List<int[]> links(List<ComparedObligation> older, List<ComparedObligation> newer);
    }

    /** The aligner of the app as a {@link Matcher}. */
    public static Matcher of(ObligationAligner aligner) {
        return (older, newer) -> aligner.links(older, newer).stream().map(l -> new int[] {l.older(), l.newer()}).toList();
    }

    /** Totals over a set of pairs. */
    public static final class Result {
        public int pairs;
        public int correct;
        public int predicted;
        public int gold;
        public int unmapped;
        public int quotes;
        public int otherRight;
        public int other;
        public final List<String> misses = new ArrayList<>();

        public double precision() {
            return predicted == 0 ? 1 : (double) correct / predicted;
        }

        public double recall() {
            return gold == 0 ? 1 : (double) correct / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        /** Share of new and dropped gold lines left unlinked. */
        public double newDroppedAccuracy() {
            return other == 0 ? 1 : (double) otherRight / other;
        }

        @Override
        public String toString() {
            return String.format("pairs=%d P=%.3f R=%.3f F1=%.3f (links right %d of %d predicted, %d gold) "
                            + "new/dropped acc=%.3f (%d/%d) quotes unmapped=%d/%d",
                    pairs, precision(), recall(), f1(), correct, predicted, gold, newDroppedAccuracy(), otherRight, other,
                    unmapped, quotes);
        }
    }

    /** One labelled pair read and marked by the engine. */
    public record Case(String name, String oldText, String newText, List<ComparedObligation> older,
                       List<ComparedObligation> newer, List<String[]> lines) {
    }

    private AlignmentScorer() {
    }

    /** The pairs under {@code dir} (each a folder holding old.txt, new.txt, links.tsv), in name order. */
    public static List<Case> load(Path dir, SpeechAnalyzer engine) throws IOException {
        List<Path> folders;
        try (Stream<Path> s = Files.list(dir)) {
            folders = s.filter(p -> Files.isRegularFile(p.resolve("links.tsv"))).sorted().toList();
        }
        List<Case> out = new ArrayList<>();
        for (Path f : folders) {
            String oldText = TextLayout.normalize(Files.readString(f.resolve("old.txt"), StandardCharsets.UTF_8));
            String newText = TextLayout.normalize(Files.readString(f.resolve("new.txt"), StandardCharsets.UTF_8));
            List<String[]> lines = new ArrayList<>();
            for (String line : Files.readAllLines(f.resolve("links.tsv"), StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length >= 2) {
                    lines.add(new String[] {cols[0].strip(), cols[1].strip()});
                }
            }
            out.add(new Case(f.getFileName().toString(), oldText, newText, obligations(engine.analyze(oldText), 1),
                    obligations(engine.analyze(newText), 2), lines));
        }
        return out;
    }

    /** The engine's obligations of a text as the comparison sees them (sectors: those mentioned inside). */
    public static List<ComparedObligation> obligations(Analysis a, long speechId) {
        List<ComparedObligation> out = new ArrayList<>();
        for (Obligation o : a.obligations()) {
            Set<String> sectors = new LinkedHashSet<>();
            for (SectorMention m : a.sectors()) {
                if (m.start() < o.end() && m.end() > o.start()) {
                    sectors.add(m.sector());
                }
            }
            int paragraph = 0;
            for (ParagraphInfo p : a.paragraphs()) {
                if (p.start() <= o.start()) {
                    paragraph = p.index();
                }
            }
            out.add(new ComparedObligation(speechId, paragraph, o.start(), o.end(), a.text().substring(o.start(), o.end()),
                    o.strength(), List.copyOf(sectors), o.actor(), o.deadline()));
        }
        return out;
    }

    public static Result score(List<Case> cases, Matcher matcher) {
        Result r = new Result();
        for (Case c : cases) {
            score(c, matcher, r);
        }
        return r;
    }

    private static void score(Case c, Matcher matcher, Result r) {
        r.pairs++;
        Set<Long> gold = new HashSet<>();
        Set<Integer> goldOld = new HashSet<>();
        Set<Integer> goldNew = new HashSet<>();
        List<Integer> wantNew = new ArrayList<>();
        List<Integer> wantDropped = new ArrayList<>();
        for (String[] line : c.lines()) {
            boolean hasOld = !line[0].equals("-");
            boolean hasNew = !line[1].equals("-");
            int i = hasOld ? holder(c.oldText(), c.older(), line[0], r) : -1;
            int j = hasNew ? holder(c.newText(), c.newer(), line[1], r) : -1;
            if (i >= 0) {
                goldOld.add(i);
            }
            if (j >= 0) {
                goldNew.add(j);
            }
            if (hasOld && hasNew) {
                if (i >= 0 && j >= 0) {
                    gold.add(key(i, j));
                }
            } else if (hasNew && j >= 0) {
                wantNew.add(j);
            } else if (hasOld && i >= 0) {
                wantDropped.add(i);
            }
        }
        r.gold += gold.size();
        Set<Integer> linkedOld = new HashSet<>();
        Set<Integer> linkedNew = new HashSet<>();
        for (int[] l : matcher.links(c.older(), c.newer())) {
            linkedOld.add(l[0]);
            linkedNew.add(l[1]);
            if (!goldOld.contains(l[0]) && !goldNew.contains(l[1])) {
                continue; // neither side was labelled: not counted
            }
            r.predicted++;
            if (gold.contains(key(l[0], l[1]))) {
                r.correct++;
            } else {
                r.misses.add(c.name() + " wrong: " + c.older().get(l[0]).text() + " => " + c.newer().get(l[1]).text());
            }
        }
        for (int i : wantDropped) {
            r.other++;
            if (!linkedOld.contains(i)) {
                r.otherRight++;
            }
        }
        for (int j : wantNew) {
            r.other++;
            if (!linkedNew.contains(j)) {
                r.otherRight++;
            }
        }
        for (long g : gold) {
            int i = (int) (g >> 32);
            int j = (int) g;
            if (!linkedOld.contains(i) || !linkedNew.contains(j)) {
                r.misses.add(c.name() + " missed: " + c.older().get(i).text() + " => " + c.newer().get(j).text());
            }
        }
    }

    /** Index of the obligation holding the quote's first occurrence, or -1 (counted as unmapped). */
    private static int holder(String text, List<ComparedObligation> obligations, String quote, Result r) {
        r.quotes++;
        int at = text.indexOf(quote);
        if (at >= 0) {
            for (int k = 0; k < obligations.size(); k++) {
                ComparedObligation o = obligations.get(k);
                if (o.start() <= at && at + quote.length() <= o.end()) {
                    return k;
                }
            }
        }
        r.unmapped++;
        return -1;
    }

    private static long key(int i, int j) {
        return ((long) i << 32) | (j & 0xffffffffL);
    }
}
