package jingdu.app;

import java.nio.file.Path;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import jingdu.analysis.Analyzer;
import jingdu.analysis.SpeechFacts;
import jingdu.io.ImportException;
import jingdu.io.TextDecoder;
import jingdu.text.Spans;
import jingdu.text.TextLayout;
import jingdu.model.Analysis;
import jingdu.model.LevelSuggestion;
import jingdu.model.Obligation;
import jingdu.model.ParagraphInfo;
import jingdu.model.SectorMention;

/**
 * The {@code analyze --json} contract (see README): offsets are Java String indices into "text",
 * end exclusive. Fields may be added, never renamed.
 */
public final class AnalysisJson {

    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    private AnalysisJson() {
    }

    public static String write(Analysis a) {
        return GSON.toJson(toJson(a));
    }

    /** The analysis with a "facts" object (title, governmentLevel, meeting, meetingType, date; absent when unstated). */
    /**
     * {@code analyze --json FILE}: the file read as the importer reads a .txt (encoding detected), analysed by
     * the built-in engine, or with {@code userLexicon} on top when not null.
     */
    public static String ofFile(Path file, Path userLexicon) throws ImportException {
        String text = TextDecoder.read(file).text();
        Analyzer engine = userLexicon != null
                ? Analyzer.withUserLexicon(userLexicon) : new Analyzer();
        return write(engine.analyze(text), SpeechFacts.of(text));
    }

    public static String write(Analysis a, SpeechFacts facts) {
        JsonObject root = toJson(a);
        JsonObject f = new JsonObject();
        f.addProperty("title", facts.title());
        f.addProperty("governmentLevel", facts.governmentLevel());
        f.addProperty("meeting", facts.meeting());
        f.addProperty("meetingType", facts.meetingType());
        f.addProperty("date", facts.date());
        root.add("facts", f);
        return GSON.toJson(root);
    }

    /** The sector ids mentioned inside [start, end), sorted. */
    private static JsonArray sectorSet(Spans<SectorMention> mentions, int start, int end) {
        JsonArray out = new JsonArray();
        mentions.overlapping(start, end).stream().map(SectorMention::sector).distinct().sorted().forEach(out::add);
        return out;
    }

    public static JsonObject toJson(Analysis a) {
        JsonObject root = new JsonObject();
        root.addProperty("text", a.text());
        Spans<SectorMention> mentions = new Spans<>(a.sectors(), SectorMention::start, SectorMention::end);
        JsonArray paragraphs = new JsonArray();
        for (ParagraphInfo p : a.paragraphs()) {
            JsonObject o = new JsonObject();
            o.addProperty("start", p.start());
            o.addProperty("end", p.end());
            JsonArray levels = new JsonArray();
            JsonObject cues = new JsonObject();
            for (LevelSuggestion s : p.suggestions()) {
                levels.add(s.level().id());
                JsonArray words = new JsonArray();
                s.cues().forEach(words::add);
                cues.add(s.level().id(), words);
            }
            o.add("levels", levels);
            o.add("cues", cues);
            o.addProperty("heading", p.heading());
            if (p.heading() > 0) {
                o.addProperty("headingEnd", p.headingEnd()); // the heading is [start, headingEnd)
            }
            o.add("sectors", sectorSet(mentions, p.start(), p.end()));
            paragraphs.add(o);
        }
        root.add("paragraphs", paragraphs);
        JsonArray sentences = new JsonArray();
        for (ParagraphInfo p : a.paragraphs()) {
            for (TextLayout.Range r : TextLayout.sentences(a.text(), new TextLayout.Range(p.start(), p.end()))) {
                JsonObject o = new JsonObject();
                o.addProperty("start", r.start());
                o.addProperty("end", r.end());
                o.addProperty("paragraph", p.index());
                o.add("sectors", sectorSet(mentions, r.start(), r.end()));
                sentences.add(o);
            }
        }
        root.add("sentences", sentences);
        JsonArray sectors = new JsonArray();
        for (SectorMention s : a.sectors()) {
            JsonObject o = new JsonObject();
            o.addProperty("start", s.start());
            o.addProperty("end", s.end());
            o.addProperty("sector", s.sector());
            o.addProperty("term", s.term());
            sectors.add(o);
        }
        root.add("sectors", sectors);
        JsonArray obligations = new JsonArray();
        for (Obligation ob : a.obligations()) {
            JsonObject o = new JsonObject();
            o.addProperty("start", ob.start());
            o.addProperty("end", ob.end());
            o.addProperty("strength", ob.strength().id());
            if (ob.actor() != null) {
                o.addProperty("actor", ob.actor());
            }
            if (ob.deadline() != null) {
                o.addProperty("deadline", ob.deadline());
            }
            obligations.add(o);
        }
        root.add("obligations", obligations);
        return root;
    }
}
