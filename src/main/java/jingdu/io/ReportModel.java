package jingdu.io;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jingdu.model.Analysis;
import jingdu.model.ExportFilter;
import jingdu.model.Level;
import jingdu.model.Note;
import jingdu.model.Obligation;
import jingdu.model.PassageTag;
import jingdu.model.Tag;
import jingdu.model.ParagraphInfo;
import jingdu.model.SectorCatalog;
import jingdu.model.SectorMention;
import jingdu.model.Speech;
import jingdu.text.Spans;

/**
 * What every export shows, computed once: per speech the kept paragraphs grouped under the speech's
 * first-level headings, and the task-ledger rows (one per obligation). Word, Excel, CSV, HTML and
 * Markdown only lay this out. Pure: no I/O, no messages.
 */
public final class ReportModel {

    /**
     * A kept paragraph: its text, the user's tags, the engine's suggestions, notes starting in it. A heading
     * paragraph's heading is the first {@code headingLength} characters of its text: all of it, or the first
     * sentence of a heading that runs into its paragraph.
     */
    public record ParagraphRow(int index, int heading, String text, int headingLength, Set<Level> tags,
                               List<Level> suggested, List<Note> notes, List<String> sectors) {

        /** The heading's text; empty for body text. */
        public String headingText() {
            return text.substring(0, headingLength);
        }

        /** The text after the heading (all of a body paragraph); empty for a heading that is the whole paragraph. */
        public String body() {
            return text.substring(headingLength).strip();
        }
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

        /** The user's own tags (not the levels) on the paragraph, in tree order. */
        public List<Tag> userTags(int paragraph) {
            return work.user().userTagsOn(paragraph);
        }

        /** Tags on passages starting in the paragraph, in text order. */
        public List<PassageTag> passageTags(int paragraph) {
            return work.user().knownPassageTags().stream()
                    .filter(t -> paragraphAt(work.analysis().paragraphs(), t.start()) == paragraph).toList();
        }

        /** Notes on the whole speech, which belong to no paragraph. */
        public List<Note> speechNotes() {
            return work.user().speechNotes();
        }

        /** The passage's text, or "" when the offsets do not fit the text. */
        public String quote(PassageTag t) {
            String text = work.speech().text();
            return t.start() >= 0 && t.end() <= text.length() && t.start() <= t.end()
                    ? text.substring(t.start(), t.end()) : "";
        }
    }

    private final List<SpeechPart> speeches;
    private final List<ObligationRow> obligations;
    private final ExportFilter filter;
    private final SectorCatalog sectors;

    private ReportModel(List<SpeechPart> speeches, List<ObligationRow> obligations, ExportFilter filter,
                        SectorCatalog sectors) {
        this.speeches = List.copyOf(speeches);
        this.obligations = List.copyOf(obligations);
        this.filter = filter;
        this.sectors = sectors;
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

    /** The sectors the report was built with: their order here, their colour in HTML. */
    public SectorCatalog sectors() {
        return sectors;
    }

    /**
     * Without a filter the report keeps the paragraphs the user annotated (tagged or noted); with one,
     * every paragraph that matches it, since asking for a level or sector is asking to see those. Sectors
     * are listed in the catalogue's order everywhere.
     */
    public static ReportModel build(List<SpeechWork> works, ExportFilter filter, SectorCatalog sectors) {
        List<SpeechPart> parts = new ArrayList<>();
        List<ObligationRow> all = new ArrayList<>();
        for (SpeechWork w : works) {
            Analysis a = w.analysis();
            Spans<SectorMention> mentions = new Spans<>(a.sectors(), SectorMention::start, SectorMention::end);
            List<ParagraphRow> rows = paragraphRows(w, mentions, sectors);
            List<Section> sections = sections(rows, filter, userAnnotated(w));
            List<ObligationRow> obligations = new ArrayList<>();
            for (Obligation o : a.obligations()) {
                int p = paragraphAt(a.paragraphs(), o.start());
                if (p < 0) {
                    continue; // an offset outside every paragraph cannot be cited; the engine never makes one
                }
                ParagraphRow row = rows.get(p);
                List<String> named = sectorsIn(mentions, o.start(), o.end(), sectors);
                if (!filter.levelsMatch(row.tags(), row.suggested()) || !filter.sectorsMatch(named)) {
                    continue;
                }
                boolean suggested = row.tags().isEmpty();
                List<Level> levels = suggested ? row.suggested() : List.copyOf(row.tags());
                List<Note> notes = w.notes().stream().filter(n -> n.start() < o.end() && n.end() > o.start()).toList();
                ObligationRow r = new ObligationRow(all.size() + 1, w.speech(), p, o,
                        a.text().substring(o.start(), o.end()), named, levels, suggested && !levels.isEmpty(), notes);
                obligations.add(r);
                all.add(r);
            }
            parts.add(new SpeechPart(w, sections, obligations));
        }
        return new ReportModel(parts, all, filter, sectors);
    }

    /** Rows grouped by sector in the catalogue's order; obligations naming no sector under the key "", last. */
    public Map<String, List<ObligationRow>> bySector(List<ObligationRow> rows) {
        List<String> order = new ArrayList<>(sectors.sorted(rows.stream().flatMap(r -> r.sectors().stream()).toList()));
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
    public Map<String, Map<Level, Integer>> countsBySectorAndLevel(List<ObligationRow> rows) {
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

    private static List<ParagraphRow> paragraphRows(SpeechWork w, Spans<SectorMention> mentions, SectorCatalog sectors) {
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
                    p.headingEnd() - p.start(), tags.isEmpty() ? Set.of() : EnumSet.copyOf(tags), p.levels(),
                    List.copyOf(notesByParagraph.getOrDefault(p.index(), List.of())),
                    sectorsIn(mentions, p.start(), p.end(), sectors)));
        }
        return rows;
    }

    /** Paragraphs carrying one of the user's own tags or a passage tag: annotated, so kept like tagged ones. */
    private static Set<Integer> userAnnotated(SpeechWork w) {
        Set<Integer> out = new java.util.HashSet<>();
        for (ParagraphInfo p : w.analysis().paragraphs()) {
            if (!w.user().userTagsOn(p.index()).isEmpty()) {
                out.add(p.index());
            }
        }
        for (PassageTag t : w.user().knownPassageTags()) {
            out.add(paragraphAt(w.analysis().paragraphs(), t.start()));
        }
        return out;
    }

    private static List<Section> sections(List<ParagraphRow> rows, ExportFilter filter, Set<Integer> userAnnotated) {
        List<Section> out = new ArrayList<>();
        ParagraphRow heading = null;
        List<ParagraphRow> kept = new ArrayList<>();
        for (ParagraphRow r : rows) {
            if (r.heading() == 1) {
                addSection(out, heading, kept);
                heading = r;
                kept = new ArrayList<>();
            }
            boolean annotated = !r.tags().isEmpty() || !r.notes().isEmpty() || userAnnotated.contains(r.index());
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

    private static List<String> sectorsIn(Spans<SectorMention> mentions, int start, int end, SectorCatalog sectors) {
        Set<String> found = new LinkedHashSet<>();
        for (SectorMention m : mentions.overlapping(start, end)) {
            found.add(m.sector());
        }
        return sectors.sorted(found);
    }
}
