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
            if (part.sections().isEmpty()) {
                md.append('\n').append(labels.get("export.none")).append('\n');
            }
            for (Section section : part.sections()) {
                md.append('\n').append(h).append("# ").append(MarkdownText.line(sectionTitle(section))).append("\n\n");
                for (ParagraphRow p : section.paragraphs()) {
                    paragraph(md, p);
                }
            }
            md.append('\n').append(h).append("# ").append(labels.get("export.section.obligations")).append('\n');
            obligations(md, h + "##", part.obligations());
        }
        return md.toString();
    }

    String source(Speech s) {
        return labels.get("export.source", s.sourceName(), DATE.format(s.importedAt().atZone(zone)));
    }

    String sectionTitle(Section section) {
        return section.heading() == null ? labels.get("export.report.preamble") : section.heading().text();
    }

    private void paragraph(StringBuilder md, ParagraphRow p) {
        String levels = levelText(labels, p);
        md.append("- **").append(labels.paragraph(p.index())).append("**");
        if (!levels.isEmpty()) {
            md.append(labels.get("export.details", levels));
        }
        md.append(' ').append(MarkdownText.line(p.text())).append('\n');
        for (Note n : p.notes()) {
            md.append('\n').append(indent(MarkdownText.quote(n.quote()))).append("\n\n");
            md.append(indent(MarkdownText.block(labels.get("export.report.note", n.body())))).append("\n\n");
        }
    }

    /** The user's levels, or the engine's marked as suggested; shared with the other text formats. */
    static String levelText(ExportLabels labels, ParagraphRow p) {
        return p.tags().isEmpty() ? labels.levels(p.suggested(), true) : labels.levels(new ArrayList<>(p.tags()), false);
    }

    private static String indent(String block) {
        return "  " + block.replace("\n", "\n  ");
    }

    private void obligations(StringBuilder md, String h, List<ObligationRow> rows) {
        Map<String, List<ObligationRow>> bySector = ReportModel.bySector(rows);
        if (bySector.isEmpty()) {
            md.append('\n').append(labels.get("export.none")).append('\n');
        }
        for (Map.Entry<String, List<ObligationRow>> e : bySector.entrySet()) {
            md.append('\n').append(h).append(' ').append(MarkdownText.line(labels.sector(e.getKey()))).append("\n\n");
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
