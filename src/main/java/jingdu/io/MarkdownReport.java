package jingdu.io;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jingdu.io.ReportModel.ObligationRow;
import jingdu.io.ReportModel.ParagraphRow;
import jingdu.io.ReportModel.Section;
import jingdu.io.ReportModel.SpeechPart;
import jingdu.model.Note;
import jingdu.model.PassageTag;
import jingdu.model.Tag;
import jingdu.model.Speech;

/**
 * The report as Markdown, for one speech or several: per speech its sections with the kept paragraphs,
 * their levels and notes, then the obligations by sector. All user text goes through {@link MarkdownText}.
 */
public final class MarkdownReport {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private final ExportLabels labels;
    private final ZoneId zone;

    public MarkdownReport(ExportLabels labels, ZoneId zone) {
        this.labels = labels;
        this.zone = zone;
    }

    /** The first slice's layout per speech (outline, levels, notes, obligations by sector), one level down for several. */
    public String export(ReportModel model) {
        StringBuilder md = new StringBuilder();
        boolean several = model.speeches().size() != 1;
        String h = several ? "##" : "#";
        if (several) {
            md.append("# ").append(labels.get("export.report.title")).append("\n");
        }
        for (SpeechPart part : model.speeches()) {
            Speech s = part.speech();
            md.append(several ? "\n" : "").append(h).append(' ').append(MarkdownText.line(s.title())).append("\n\n");
            md.append(MarkdownText.line(source(s))).append("\n");
            section(md, h, "export.section.outline");
            int headings = 0;
            for (var p : part.work().analysis().paragraphs()) {
                if (p.heading() > 0) {
                    md.append("  ".repeat(p.heading() - 1)).append("- ")
                            .append(MarkdownText.line(p.headingText(part.work().analysis().text()))).append('\n');
                    headings++;
                }
            }
            none(md, headings);
            List<ParagraphRow> kept = part.sections().stream().flatMap(x -> x.paragraphs().stream()).toList();
            section(md, h, "export.section.tags");
            int tagged = 0;
            for (ParagraphRow p : kept) {
                String levels = levelText(labels, p);
                if (!levels.isEmpty()) {
                    md.append("- ").append(labels.get("export.tagLine", String.valueOf(p.index() + 1), levels,
                            MarkdownText.line(afterOutline(p)))).append('\n');
                    tagged++;
                }
            }
            none(md, tagged);
            section(md, h, "export.section.notes");
            int notes = 0;
            for (ParagraphRow p : kept) {
                for (Note n : p.notes()) {
                    md.append(notes++ > 0 ? "\n" : "").append(MarkdownText.quote(n.quote())).append("\n\n");
                    md.append('*').append(labels.paragraph(p.index())).append("*  \n");
                    md.append(MarkdownText.block(n.body())).append('\n');
                }
            }
            none(md, notes);
            userWork(md, h, part, kept);
            section(md, h, "export.section.obligations");
            obligations(md, h + "##", model, part.obligations());
        }
        return md.toString();
    }

    /**
     * The user's own tags by paragraph, the passage tags and the notes on the whole speech; each section only
     * when there is something in it, so a speech annotated with levels alone reads as before.
     */
    private void userWork(StringBuilder md, String h, SpeechPart part, List<ParagraphRow> kept) {
        UserTags user = part.work().user();
        List<String> tagLines = new ArrayList<>();
        List<String> passageLines = new ArrayList<>();
        for (ParagraphRow p : kept) {
            List<Tag> own = part.userTags(p.index());
            if (!own.isEmpty()) {
                tagLines.add("- " + labels.get("export.tagLine", String.valueOf(p.index() + 1),
                        MarkdownText.line(labels.tagPaths(user, own)), MarkdownText.line(afterOutline(p))));
            }
            for (PassageTag t : part.passageTags(p.index())) {
                passageLines.add("- " + labels.get("export.passageTagLine", String.valueOf(p.index() + 1),
                        MarkdownText.line(part.quote(t)), MarkdownText.line(labels.tagPath(user, t.tagId()))));
            }
        }
        if (!tagLines.isEmpty()) {
            section(md, h, "export.section.userTags");
            tagLines.forEach(l -> md.append(l).append('\n'));
        }
        if (!passageLines.isEmpty()) {
            section(md, h, "export.section.passageTags");
            passageLines.forEach(l -> md.append(l).append('\n'));
        }
        if (!part.speechNotes().isEmpty()) {
            section(md, h, "export.section.speechNotes");
            boolean first = true;
            for (Note n : part.speechNotes()) {
                md.append(first ? "" : "\n").append(MarkdownText.block(n.body())).append('\n');
                first = false;
            }
        }
    }

    private void section(StringBuilder md, String h, String key) {
        md.append('\n').append(h).append("# ").append(labels.get(key)).append("\n\n");
    }

    private void none(StringBuilder md, int items) {
        if (items == 0) {
            md.append(labels.get("export.none")).append('\n');
        }
    }

    String source(Speech s) {
        return labels.get("export.source", s.sourceName(), DATE.format(s.importedAt().atZone(zone)));
    }

    /** A section's title: its first-level heading only, not the text that runs on after it. */
    String sectionTitle(Section section) {
        return section.heading() == null ? labels.get("export.report.preamble") : section.heading().headingText();
    }

    /**
     * A paragraph's text where its heading is already printed (the outline, a section title): a run-in
     * heading's body only, so no text is printed twice; a whole-line heading stays as it is, being all there is.
     */
    static String afterOutline(ParagraphRow p) {
        String body = p.body();
        return p.heading() > 0 && !body.isEmpty() ? body : p.text();
    }

    /** The user's levels, or the engine's marked as suggested; shared with the other text formats. */
    static String levelText(ExportLabels labels, ParagraphRow p) {
        return p.tags().isEmpty() ? labels.levels(p.suggested(), true) : labels.levels(new ArrayList<>(p.tags()), false);
    }

    private static String indent(String block) {
        return "  " + block.replace("\n", "\n  ");
    }

    private void obligations(StringBuilder md, String h, ReportModel model, List<ObligationRow> rows) {
        Map<String, List<ObligationRow>> bySector = model.bySector(rows);
        none(md, bySector.size());
        boolean first = true;
        for (Map.Entry<String, List<ObligationRow>> e : bySector.entrySet()) {
            md.append(first ? "" : "\n").append(h).append(' ').append(MarkdownText.line(labels.sector(e.getKey()))).append("\n\n");
            first = false;
            for (ObligationRow r : e.getValue()) {
                md.append("- **").append(labels.strength(r.obligation().strength())).append("** ")
                        .append(MarkdownText.line(r.text()));
                md.append(labels.get("export.details", MarkdownText.line(details(labels, r)))).append('\n');
            }
        }
    }

    /** Actor, deadline, levels and source of a ledger row as one parenthetical. */
    static String details(ExportLabels labels, ObligationRow r) {
        List<String> extra = new ArrayList<>();
        if (r.obligation().actor() != null) {
            extra.add(labels.get("export.actor", r.obligation().actor()));
        }
        if (r.obligation().deadline() != null) {
            extra.add(labels.get("export.deadline", r.obligation().deadline()));
        }
        if (!r.levels().isEmpty()) {
            extra.add(labels.levels(r.levels(), r.levelsSuggested()));
        }
        extra.add(labels.source(r.speech(), r.paragraph()));
        return String.join(labels.get("export.detailSeparator"), extra);
    }
}
