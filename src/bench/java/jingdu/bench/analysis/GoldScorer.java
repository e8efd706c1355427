package jingdu.bench.analysis;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import jingdu.analysis.SpeechAnalyzer;
import jingdu.model.Analysis;
import jingdu.model.Obligation;
import jingdu.model.ParagraphInfo;
import jingdu.model.SectorMention;
import jingdu.model.Strength;
import jingdu.text.TextLayout;

/**
 * The rules of shared/tools/eval_analysis.py in Java, for the bench and the regression test: a gold
 * sentence is an obligation when an obligation span overlaps it by 2+ characters, its sectors are those
 * of overlapping sector spans, a paragraph's levels those of the paragraph entry overlapping it most.
 */
public final class GoldScorer {

    /** True/false positives and negatives of one measure. */
    public static final class Count {
        public int tp;
        public int fp;
        public int fn;

        void add(Set<?> gold, Set<?> pred) {
            for (Object g : gold) {
                if (pred.contains(g)) {
                    tp++;
                } else {
                    fn++;
                }
            }
            for (Object p : pred) {
                if (!gold.contains(p)) {
                    fp++;
                }
            }
        }

        public double precision() {
            return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format("P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)", precision(), recall(), f1(), tp, fp, fn);
        }
    }

    /** Totals over a gold directory. */
    public static final class Result {
        public final Count obligations = new Count();
        public final Count sectors = new Count();
        public final Count levels = new Count();
        public int strengthSeen;
        public int strengthRight;
        public final List<String> errors = new ArrayList<>();

        public double strengthAccuracy() {
            return strengthSeen == 0 ? 0.0 : (double) strengthRight / strengthSeen;
        }

        public String summary() {
            return String.format("obligationF1=%.3f sectorF1=%.3f levelF1=%.3f strengthAcc=%.3f errors=%d",
                    obligations.f1(), sectors.f1(), levels.f1(), strengthAccuracy(), errors.size());
        }
    }

    private GoldScorer() {
    }

    public static Result score(SpeechAnalyzer analyzer, Path goldDir, Path corpusDir) throws IOException {
        Result result = new Result();
        List<Path> golds;
        try (Stream<Path> s = Files.list(goldDir)) {
            golds = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path g : golds) {
            JsonObject gold;
            try (Reader r = Files.newBufferedReader(g, StandardCharsets.UTF_8)) {
                gold = JsonParser.parseReader(r).getAsJsonObject();
            }
            String name = gold.get("file").getAsString();
            Path speech = find(corpusDir, name);
            if (speech == null) {
                result.errors.add(name + ": not under " + corpusDir);
                continue;
            }
            String text = TextLayout.normalize(Files.readString(speech, StandardCharsets.UTF_8));
            scoreFile(gold, analyzer.analyze(text), result);
        }
        return result;
    }

    static Path find(Path corpusDir, String name) throws IOException {
        try (Stream<Path> s = Files.walk(corpusDir)) {
            return s.filter(p -> p.getFileName().toString().equals(name)).findFirst().orElse(null);
        }
    }

    private record Located(int start, int end, String text) {
    }

    static void scoreFile(JsonObject gold, Analysis a, Result result) {
        String text = a.text();
        Map<String, Located> located = new HashMap<>();
        Map<Integer, int[]> paraRanges = new HashMap<>();
        List<TextLayout.Range> paragraphs = TextLayout.paragraphs(text);
        for (int p = 0; p < paragraphs.size(); p++) {
            List<TextLayout.Range> sentences = TextLayout.sentences(text, paragraphs.get(p));
            for (int s = 0; s < sentences.size(); s++) {
                TextLayout.Range r = sentences.get(s);
                located.put(p + "." + s, new Located(r.start(), r.end(), r.of(text)));
                paraRanges.merge(p, new int[] {r.start(), r.end()},
                        (x, y) -> new int[] {Math.min(x[0], y[0]), Math.max(x[1], y[1])});
            }
        }
        String file = gold.get("file").getAsString();
        for (JsonElement e : gold.getAsJsonArray("sentences")) {
            JsonObject g = e.getAsJsonObject();
            String key = g.get("p").getAsInt() + "." + g.get("s").getAsInt();
            Located l = located.get(key);
            if (l == null || !l.text().equals(g.get("text").getAsString())) {
                result.errors.add(file + ": sentence " + key + " not aligned");
                continue;
            }
            Strength best = null;
            for (Obligation o : a.obligations()) {
                if (overlap(l.start(), l.end(), o.start(), o.end()) >= 2 && (best == null || o.strength().strongerThan(best))) {
                    best = o.strength();
                }
            }
            String goldStrength = g.get("obligation").isJsonNull() ? null : g.get("obligation").getAsString();
            result.obligations.add(goldStrength != null ? Set.of(key) : Set.of(), best != null ? Set.of(key) : Set.of());
            if (goldStrength != null && best != null) {
                result.strengthSeen++;
                if (best.id().equals(goldStrength)) {
                    result.strengthRight++;
                }
            }
            Set<String> goldSectors = new HashSet<>();
            for (JsonElement x : g.getAsJsonArray("sectors")) {
                goldSectors.add(x.getAsString());
            }
            Set<String> predSectors = new HashSet<>();
            for (SectorMention m : a.sectors()) {
                if (overlap(l.start(), l.end(), m.start(), m.end()) >= 1) {
                    predSectors.add(m.sector());
                }
            }
            result.sectors.add(goldSectors, predSectors);
        }
        for (JsonElement e : gold.getAsJsonArray("paragraphs")) {
            JsonObject g = e.getAsJsonObject();
            int p = g.get("p").getAsInt();
            int[] range = paraRanges.get(p);
            if (range == null) {
                result.errors.add(file + ": paragraph " + p + " missing");
                continue;
            }
            ParagraphInfo best = null;
            int bestOverlap = 0;
            for (ParagraphInfo x : a.paragraphs()) {
                int ov = overlap(range[0], range[1], x.start(), x.end());
                if (ov > bestOverlap) {
                    best = x;
                    bestOverlap = ov;
                }
            }
            Set<String> goldLevels = new HashSet<>();
            JsonArray levels = g.getAsJsonArray("levels");
            for (JsonElement x : levels) {
                goldLevels.add(x.getAsString());
            }
            Set<String> predLevels = new HashSet<>();
            if (best != null) {
                best.levels().forEach(l -> predLevels.add(l.id()));
            }
            result.levels.add(goldLevels, predLevels);
        }
    }

    private static int overlap(int a0, int a1, int b0, int b1) {
        return Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
    }
}
