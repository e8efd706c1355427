package jingdu.io;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jingdu.i18n.I18n;
import jingdu.model.Analysis;
import jingdu.model.Level;
import jingdu.model.Note;
import jingdu.model.Obligation;
import jingdu.model.ParagraphInfo;
import jingdu.model.SectorMention;
import jingdu.model.Speech;

/**
 * One speech's reading notes as Markdown: title, outline, tagged paragraphs, notes, and the
 * obligations grouped by sector. Pure: same input, same output; no files, no database.
 */
public final class MarkdownExporter {

    /** The annotation guide's sector order; ids the engine adds later follow, alphabetically. */
    public static final List<String> SECTOR_ORDER = List.of(
            "coal", "noncoal_mine", "hazchem", "fireworks", "road_traffic", "rail_air_water", "construction",
            "gas", "fire", "special_equipment", "industry_trade", "oil_gas_pipeline", "tourism", "forest_fire",
            "natural_disaster", "power_water", "public_health");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private final I18n i18n;
    private final ZoneId zone;

    public MarkdownExporter(I18n i18n, ZoneId zone) {
        this.i18n = i18n;
        this.zone = zone;
    }

    public MarkdownExporter(I18n i18n) {
        this(i18n, ZoneId.systemDefault());
    }

    /** {@code analysis} must be the analysis of {@code speech.text()}: its offsets index that text. */
    public String export(Speech speech, Analysis analysis, Map<Integer, Set<Level>> tags, List<Note> notes) {
        String text = analysis.text();
        StringBuilder md = new StringBuilder();
        md.append("# ").append(MarkdownText.line(speech.title())).append("\n\n");
        md.append(MarkdownText.line(i18n.get("export.source", speech.sourceName(),
                DATE.format(speech.importedAt().atZone(zone))))).append("\n");
        outline(md, text, analysis.paragraphs());
        tagged(md, text, analysis.paragraphs(), tags);
        notes(md, speech.text(), notes);
        obligations(md, text, analysis);
        return md.toString();
    }

    private void outline(StringBuilder md, String text, List<ParagraphInfo> paragraphs) {
        section(md, "export.section.outline");
        int items = 0;
        for (ParagraphInfo p : paragraphs) {
            if (p.heading() > 0) {
                md.append("  ".repeat(p.heading() - 1)).append("- ")
                        .append(MarkdownText.line(text.substring(p.start(), p.end()))).append('\n');
                items++;
            }
        }
        none(md, items);
    }

    private void tagged(StringBuilder md, String text, List<ParagraphInfo> paragraphs, Map<Integer, Set<Level>> tags) {
        section(md, "export.section.tags");
        int items = 0;
        for (Integer index : new TreeSet<>(tags.keySet())) {
            Set<Level> levels = tags.get(index);
            if (levels == null || levels.isEmpty() || index < 0 || index >= paragraphs.size()) {
                continue; // a tag on a paragraph the text no longer has is not worth failing the export
            }
            ParagraphInfo p = paragraphs.get(index);
            String names = levels.stream().sorted()
                    .map(l -> i18n.get("export.level." + l.id()))
                    .collect(Collectors.joining(i18n.get("export.separator")));
            md.append("- ").append(i18n.get("export.tagLine", String.valueOf(index + 1), names,
                    MarkdownText.line(text.substring(p.start(), p.end())))).append('\n');
            items++;
        }
        none(md, items);
    }

    private void notes(StringBuilder md, String speechText, List<Note> notes) {
        section(md, "export.section.notes");
        boolean first = true;
        for (Note n : notes) {
            if (!first) {
                md.append('\n');
            }
            first = false;
            md.append(MarkdownText.quote(n.quote())).append("\n\n");
            md.append("*").append(i18n.get("export.paragraph",
                    String.valueOf(paragraphOf(speechText, n.start()) + 1))).append("*  \n");
            md.append(MarkdownText.block(n.body())).append('\n');
        }
        none(md, notes.size());
    }

    private void obligations(StringBuilder md, String text, Analysis analysis) {
        section(md, "export.section.obligations");
        Map<String, List<Obligation>> bySector = new LinkedHashMap<>();
        for (String sector : sectorOrder(analysis.sectors())) {
            List<Obligation> list = new ArrayList<>();
            for (Obligation o : analysis.obligations()) {
                if (mentions(analysis.sectors(), o, sector)) {
                    list.add(o);
                }
            }
            if (!list.isEmpty()) {
                bySector.put(sector, list);
            }
        }
        for (Map.Entry<String, List<Obligation>> e : bySector.entrySet()) {
            md.append("\n### ").append(MarkdownText.line(sectorName(e.getKey()))).append("\n\n");
            for (Obligation o : e.getValue()) {
                md.append("- **").append(i18n.get("export.strength." + o.strength().id())).append("** ")
                        .append(MarkdownText.line(text.substring(o.start(), o.end())));
                List<String> extra = new ArrayList<>();
                if (o.actor() != null) {
                    extra.add(i18n.get("export.actor", MarkdownText.line(o.actor())));
                }
                if (o.deadline() != null) {
                    extra.add(i18n.get("export.deadline", MarkdownText.line(o.deadline())));
                }
                if (!extra.isEmpty()) {
                    md.append(i18n.get("export.details", String.join(i18n.get("export.detailSeparator"), extra)));
                }
                md.append('\n');
            }
        }
        none(md, bySector.size());
    }

    private static List<String> sectorOrder(List<SectorMention> mentions) {
        List<String> order = new ArrayList<>(SECTOR_ORDER);
        mentions.stream().map(SectorMention::sector).filter(s -> !SECTOR_ORDER.contains(s))
                .collect(Collectors.toCollection(TreeSet::new)).forEach(order::add);
        return order;
    }

    private static boolean mentions(List<SectorMention> mentions, Obligation o, String sector) {
        for (SectorMention m : mentions) {
            if (m.sector().equals(sector) && m.start() < o.end() && m.end() > o.start()) {
                return true;
            }
        }
        return false;
    }

    private String sectorName(String id) {
        String key = "sector." + id;
        return i18n.has(key) ? i18n.get(key) : id;
    }

    /** Canonical text has one paragraph per line, so the paragraph is the number of line breaks before. */
    private static int paragraphOf(String speechText, int offset) {
        int end = Math.max(0, Math.min(offset, speechText.length()));
        int count = 0;
        for (int i = 0; i < end; i++) {
            if (speechText.charAt(i) == '\n') {
                count++;
            }
        }
        return count;
    }

    private void section(StringBuilder md, String key) {
        md.append("\n## ").append(i18n.get(key)).append("\n\n");
    }

    private void none(StringBuilder md, int items) {
        if (items == 0) {
            md.append(i18n.get("export.none")).append('\n');
        }
    }
}
