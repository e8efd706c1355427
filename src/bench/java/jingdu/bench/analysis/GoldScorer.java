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
 * Duty bearer and deadline are scored on gold obligations the engine also marks, from the obligation span
 * overlapping the sentence most, compared without whitespace and punctuation; gold files without actor
 * labels are left out of these two figures.
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
        /** Gold files with actor labels. */
        public int slotFiles;
        /** Matched obligations in those files, and how many have the right / any predicted actor. */
        public int slotSentences;
        public int actorRight;
        public int actorPredicted;
        /** A predicted deadline is right when it and the gold one contain each other one way or the other. */
        public final Count deadlines = new Count();

        public double strengthAccuracy() {
            return strengthSeen == 0 ? 0.0 : (double) strengthRight / strengthSeen;
        }

        public double actorAccuracy() {
            return slotSentences == 0 ? 0.0 : (double) actorRight / slotSentences;
        }

        public double actorCoverage() {
            return slotSentences == 0 ? 0.0 : (double) actorPredicted / slotSentences;
        }

        /** Actor and deadline figures, as eval_analysis.py prints them. */
        public String slots() {
            if (slotFiles == 0) {
                return "actors/deadlines: no gold file has actor labels";
            }
            return String.format("actors acc=%.3f coverage=%.3f (ok=%d predicted=%d n=%d) | deadlines %s",
                    actorAccuracy(), actorCoverage(), actorRight, actorPredicted, slotSentences, deadlines);
        }

        public String summary() {
            String slotFigures = slotFiles == 0 ? "actorAcc=n/a deadlineF1=n/a"
                    : String.format("actorAcc=%.3f deadlineF1=%.3f", actorAccuracy(), deadlines.f1());
            return String.format("obligationF1=%.3f sectorF1=%.3f levelF1=%.3f strengthAcc=%.3f errors=%d %s",
                    obligations.f1(), sectors.f1(), levels.f1(), strengthAccuracy(), errors.size(), slotFigures);
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
        boolean slots = false;
        for (JsonElement e : gold.getAsJsonArray("sentences")) {
            JsonObject g = e.getAsJsonObject();
            slots |= g.has("actor") && g.has("obligation") && !g.get("obligation").isJsonNull();
        }
        if (slots) {
            result.slotFiles++;
        }
        for (JsonElement e : gold.getAsJsonArray("sentences")) {
            JsonObject g = e.getAsJsonObject();
            String key = g.get("p").getAsInt() + "." + g.get("s").getAsInt();
            Located l = located.get(key);
            if (l == null || !l.text().equals(g.get("text").getAsString())) {
                result.errors.add(file + ": sentence " + key + " not aligned");
                continue;
            }
            Strength best = null;
            Obligation top = null;
            int topOverlap = 0;
            for (Obligation o : a.obligations()) {
                int ov = overlap(l.start(), l.end(), o.start(), o.end());
                if (ov >= 2 && (best == null || o.strength().strongerThan(best))) {
                    best = o.strength();
                }
                if (ov >= 2 && ov > topOverlap) {
                    top = o;
                    topOverlap = ov;
                }
            }
            String goldStrength = g.get("obligation").isJsonNull() ? null : g.get("obligation").getAsString();
            result.obligations.add(goldStrength != null ? Set.of(key) : Set.of(), best != null ? Set.of(key) : Set.of());
            if (goldStrength != null && best != null) {
                result.strengthSeen++;
                if (best.id().equals(goldStrength)) {
                    result.strengthRight++;
                }
                if (slots && g.has("actor")) {
                    scoreSlots(g, top, result);
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

    private static void scoreSlots(JsonObject g, Obligation top, Result result) {
        String goldActor = norm(string(g, "actor"));
        String predActor = norm(top.actor());
        result.slotSentences++;
        if (java.util.Objects.equals(goldActor, predActor)) {
            result.actorRight++;
        }
        if (predActor != null) {
            result.actorPredicted++;
        }
        String gd = norm(string(g, "deadline"));
        String pd = norm(top.deadline());
        if (gd != null && pd != null && (gd.contains(pd) || pd.contains(gd))) {
            result.deadlines.tp++;
        } else {
            result.deadlines.fp += pd != null ? 1 : 0;
            result.deadlines.fn += gd != null ? 1 : 0;
        }
    }

    private static String string(JsonObject g, String key) {
        JsonElement e = g.get(key);
        return e == null || e.isJsonNull() || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString() ? null : e.getAsString();
    }

    /** The string without whitespace and punctuation (Unicode categories P*), or null when nothing is left. */
    static String norm(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        s.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && !isPunctuation(c))
                .forEach(b::appendCodePoint);
        return b.length() == 0 ? null : b.toString();
    }

    private static boolean isPunctuation(int c) {
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    private static int overlap(int a0, int a1, int b0, int b1) {
        return Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
    }
}
