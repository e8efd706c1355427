package jingdu.io;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jingdu.model.Analysis;
import jingdu.model.Level;
import jingdu.model.Note;
import jingdu.model.Obligation;
import jingdu.model.ParagraphInfo;
import jingdu.model.SectorMention;
import jingdu.model.Speech;

/**
 * What every export shows, computed once: per speech the kept paragraphs grouped under the speech's
 * first-level headings, and the task-ledger rows (one per obligation). Word, Excel, CSV, HTML and
 * Markdown only lay this out. Pure: no I/O, no messages.
 */
public final class ReportModel {

    /** The annotation guide's sector order; ids the engine adds later follow, alphabetically. */
    public static final List<String> SECTOR_ORDER = List.of(
            "coal", "noncoal_mine", "hazchem", "fireworks", "road_traffic", "rail_air_water", "construction",
            "gas", "fire", "special_equipment", "industry_trade", "oil_gas_pipeline", "tourism", "forest_fire",
            "natural_disaster", "power_water", "public_health");

    /** A kept paragraph: its text, the user's tags, the engine's suggestions, notes starting in it. */
    public record ParagraphRow(int index, int heading, String text, Set<Level> tags, List<Level> suggested,
                               List<Note> notes, List<String> sectors) {
    }

    /** Paragraphs under one first-level heading; {@code heading} is null for those before the first. */
    public record Section(ParagraphRow heading, List<ParagraphRow> paragraphs) {
    }

    /**
     * One line of the task ledger. {@code levels} are the user's tags of the paragraph, or, when it has
     * none, the engine's suggestions ({@code levelsSuggested} true). {@code notes} overlap the obligation.
     */
    public record ObligationRow(int number, Speech speech, int paragraph, Obligation obligation, String text,
                                List<String> sectors, List<Level> levels, boolean levelsSuggested,
                                List<Note> notes) {
    }

    /** One speech's part of the report. */
    public record SpeechPart(SpeechWork work, List<Section> sections, List<ObligationRow> obligations) {
        public Speech speech() {
            return work.speech();
        }
    }

    private final List<SpeechPart> speeches;
    private final List<ObligationRow> obligations;
    private final ExportFilter filter;

    private ReportModel(List<SpeechPart> speeches, List<ObligationRow> obligations, ExportFilter filter) {
        this.speeches = List.copyOf(speeches);
        this.obligations = List.copyOf(obligations);
        this.filter = filter;
    }

    public List<SpeechPart> speeches() {
        return speeches;
    }

    /** All ledger rows, numbered 1… across speeches. */
    public List<ObligationRow> obligations() {
        return obligations;
    }

    public ExportFilter filter() {
        return filter;
    }

    /**
     * Without a filter the report keeps the paragraphs the user annotated (tagged or noted); with one,
     * every paragraph that matches it, since asking for a level or sector is asking to see those.
     */
    public static ReportModel build(List<SpeechWork> works, ExportFilter filter) {
        List<SpeechPart> parts = new ArrayList<>();
        List<ObligationRow> all = new ArrayList<>();
        for (SpeechWork w : works) {
            Analysis a = w.analysis();
            Spans<SectorMention> mentions = new Spans<>(a.sectors(), SectorMention::start, SectorMention::end);
            List<ParagraphRow> rows = paragraphRows(w, mentions);
            List<Section> sections = sections(rows, filter);
            List<ObligationRow> obligations = new ArrayList<>();
            for (Obligation o : a.obligations()) {
                int p = paragraphAt(a.paragraphs(), o.start());
                if (p < 0) {
                    continue; // an offset outside every paragraph cannot be cited; the engine never makes one
                }
                ParagraphRow row = rows.get(p);
                List<String> sectors = sectorsIn(mentions, o.start(), o.end());
                if (!filter.levelsMatch(row.tags(), row.suggested()) || !filter.sectorsMatch(sectors)) {
                    continue;
                }
                boolean suggested = row.tags().isEmpty();
                List<Level> levels = suggested ? row.suggested() : List.copyOf(row.tags());
                List<Note> notes = w.notes().stream().filter(n -> n.start() < o.end() && n.end() > o.start()).toList();
                ObligationRow r = new ObligationRow(all.size() + 1, w.speech(), p, o,
                        a.text().substring(o.start(), o.end()), sectors, levels, suggested && !levels.isEmpty(), notes);
                obligations.add(r);
                all.add(r);
            }
            parts.add(new SpeechPart(w, sections, obligations));
        }
        return new ReportModel(parts, all, filter);
    }

    /** Rows grouped by sector in the guide's order; obligations naming no sector under the key "". */
    public static Map<String, List<ObligationRow>> bySector(List<ObligationRow> rows) {
        Set<String> extra = new TreeSet<>();
        rows.forEach(r -> r.sectors().stream().filter(s -> !SECTOR_ORDER.contains(s)).forEach(extra::add));
        List<String> order = new ArrayList<>(SECTOR_ORDER);
        order.addAll(extra);
        order.add("");
        Map<String, List<ObligationRow>> out = new LinkedHashMap<>();
        for (String sector : order) {
            List<ObligationRow> list = rows.stream()
                    .filter(r -> sector.isEmpty() ? r.sectors().isEmpty() : r.sectors().contains(sector)).toList();
            if (!list.isEmpty()) {
                out.put(sector, list);
            }
        }
        return out;
    }

    /**
     * Obligations per sector and level. An obligation counts once in each of its sectors and levels;
     * {@code null} as level stands for "no level".
     */
    public static Map<String, Map<Level, Integer>> countsBySectorAndLevel(List<ObligationRow> rows) {
        Map<String, Map<Level, Integer>> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<ObligationRow>> e : bySector(rows).entrySet()) {
            Map<Level, Integer> counts = new LinkedHashMap<>();
            for (Level l : Level.values()) {
                counts.put(l, 0);
            }
            counts.put(null, 0);
            for (ObligationRow r : e.getValue()) {
                if (r.levels().isEmpty()) {
                    counts.merge(null, 1, Integer::sum);
                }
                r.levels().forEach(l -> counts.merge(l, 1, Integer::sum));
            }
            out.put(e.getKey(), counts);
        }
        return out;
    }

    private static List<ParagraphRow> paragraphRows(SpeechWork w, Spans<SectorMention> mentions) {
        Analysis a = w.analysis();
        List<ParagraphRow> rows = new ArrayList<>();
        Map<Integer, List<Note>> notesByParagraph = new LinkedHashMap<>();
        for (Note n : w.notes()) {
            int p = paragraphAt(a.paragraphs(), n.start());
            notesByParagraph.computeIfAbsent(p, k -> new ArrayList<>()).add(n);
        }
        for (ParagraphInfo p : a.paragraphs()) {
            Set<Level> tags = w.tags().getOrDefault(p.index(), Set.of());
            rows.add(new ParagraphRow(p.index(), p.heading(), a.text().substring(p.start(), p.end()),
                    tags.isEmpty() ? Set.of() : EnumSet.copyOf(tags), p.levels(),
                    List.copyOf(notesByParagraph.getOrDefault(p.index(), List.of())),
                    sectorsIn(mentions, p.start(), p.end())));
        }
        return rows;
    }

    private static List<Section> sections(List<ParagraphRow> rows, ExportFilter filter) {
        List<Section> out = new ArrayList<>();
        ParagraphRow heading = null;
        List<ParagraphRow> kept = new ArrayList<>();
        for (ParagraphRow r : rows) {
            if (r.heading() == 1) {
                addSection(out, heading, kept);
                heading = r;
                kept = new ArrayList<>();
            }
            boolean annotated = !r.tags().isEmpty() || !r.notes().isEmpty();
            boolean matches = filter.levelsMatch(r.tags(), r.suggested()) && filter.sectorsMatch(r.sectors());
            if (matches && (annotated || !filter.isEmpty())) {
                kept.add(r);
            }
        }
        addSection(out, heading, kept);
        return out;
    }

    private static void addSection(List<Section> out, ParagraphRow heading, List<ParagraphRow> kept) {
        if (!kept.isEmpty()) {
            out.add(new Section(heading, List.copyOf(kept)));
        }
    }

    /** Index of the paragraph containing {@code offset}, or the one after the gap it falls in; -1 if none. */
    static int paragraphAt(List<ParagraphInfo> paragraphs, int offset) {
        // paragraphs are in text order, so the test holds from some paragraph on: a binary search, not a scan per row
        int lo = 0;
        int hi = paragraphs.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            ParagraphInfo p = paragraphs.get(mid);
            if (offset < p.end() || offset <= p.start()) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        if (lo < paragraphs.size()) {
            return paragraphs.get(lo).index();
        }
        return paragraphs.isEmpty() ? -1 : paragraphs.get(paragraphs.size() - 1).index();
    }

    private static List<String> sectorsIn(Spans<SectorMention> mentions, int start, int end) {
        Set<String> found = new LinkedHashSet<>();
        for (SectorMention m : mentions.overlapping(start, end)) {
            found.add(m.sector());
        }
        List<String> ordered = new ArrayList<>();
        SECTOR_ORDER.stream().filter(found::contains).forEach(ordered::add);
        found.stream().filter(s -> !SECTOR_ORDER.contains(s)).sorted().forEach(ordered::add);
        return ordered;
    }
}
