package jingdu.io;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.ToIntFunction;

import jingdu.io.ReportModel.ObligationRow;
import jingdu.io.ReportModel.ParagraphRow;
import jingdu.io.ReportModel.Section;
import jingdu.io.ReportModel.SpeechPart;
import jingdu.model.Analysis;
import jingdu.model.Level;
import jingdu.model.Note;
import jingdu.model.PassageTag;
import jingdu.model.Tag;
import jingdu.model.Obligation;
import jingdu.model.ParagraphInfo;
import jingdu.model.SectorCatalog;
import jingdu.model.SectorMention;
import jingdu.text.Spans;

/**
 * The report as one self-contained HTML file: inline CSS in the app's colours, highlights as in the
 * reader (sector fills, obligation underlines, note marks), print rules for A4. Every piece of user or
 * speech text is escaped, so a note containing markup shows as text.
 */
public final class HtmlExporter {

    private final ExportLabels labels;
    private final MarkdownReport words;
    private final CssPalette palette;

    public HtmlExporter(ExportLabels labels, ZoneId zone, CssPalette palette) {
        this.labels = labels;
        this.words = new MarkdownReport(labels, zone);
        this.palette = palette;
    }

    public String export(ReportModel model) {
        boolean several = model.speeches().size() != 1;
        String title = several ? labels.get("export.report.title") : model.speeches().get(0).speech().title();
        StringBuilder h = new StringBuilder(8192);
        h.append("<!DOCTYPE html>\n<html lang=\"").append(escape(labels.i18n().locale().toLanguageTag()))
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(escape(title)).append("</title>\n<style>\n")
                .append(css()).append("</style>\n</head>\n<body>\n");
        if (several) {
            h.append("<h1 class=\"report-title\">").append(escape(title)).append("</h1>\n");
        }
        for (SpeechPart part : model.speeches()) {
            speech(h, model, part, several);
        }
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    private void speech(StringBuilder h, ReportModel model, SpeechPart part, boolean several) {
        String tag = several ? "h2" : "h1";
        String sub = several ? "h3" : "h2";
        h.append("<article class=\"speech\">\n<").append(tag).append(" class=\"speech-title\">")
                .append(escape(part.speech().title())).append("</").append(tag).append(">\n");
        h.append("<p class=\"source\">").append(escape(words.source(part.speech()))).append("</p>\n");
        if (part.sections().isEmpty()) {
            h.append("<p class=\"none\">").append(escape(labels.get("export.none"))).append("</p>\n");
        }
        Analysis a = part.work().analysis();
        Highlights marks = new Highlights(a.text(), new Spans<>(a.sectors(), SectorMention::start, SectorMention::end),
                new Spans<>(a.obligations(), Obligation::start, Obligation::end), part.work().notes(), model.sectors());
        for (Section section : part.sections()) {
            h.append("<section>\n<").append(sub).append('>').append(escape(words.sectionTitle(section)))
                    .append("</").append(sub).append(">\n");
            for (ParagraphRow p : section.paragraphs()) {
                boolean titled = section.heading() != null && section.heading().index() == p.index();
                paragraph(h, a, marks, p, titled, part);
            }
            h.append("</section>\n");
        }
        if (!part.speechNotes().isEmpty()) {
            h.append("<section class=\"speech-notes\">\n<").append(sub).append('>')
                    .append(escape(labels.get("export.section.speechNotes"))).append("</").append(sub).append(">\n");
            for (Note n : part.speechNotes()) {
                h.append("<blockquote class=\"note\"><div class=\"note-body\">").append(escape(n.body()))
                        .append("</div></blockquote>\n");
            }
            h.append("</section>\n");
        }
        h.append("<section class=\"obligations\">\n<").append(sub).append('>')
                .append(escape(labels.get("export.section.obligations"))).append("</").append(sub).append(">\n");
        Map<String, List<ObligationRow>> bySector = model.bySector(part.obligations());
        if (bySector.isEmpty()) {
            h.append("<p class=\"none\">").append(escape(labels.get("export.none"))).append("</p>\n");
        }
        for (Map.Entry<String, List<ObligationRow>> e : bySector.entrySet()) {
            String cls = e.getKey().isEmpty() ? SectorCatalog.OTHER_CLASS : model.sectors().styleClass(e.getKey());
            h.append("<h4><span class=\"swatch ").append(cls).append("\"></span>")
                    .append(escape(labels.sector(e.getKey()))).append("</h4>\n<ol>\n");
            for (ObligationRow r : e.getValue()) {
                String strength = r.obligation().strength().id();
                h.append("<li><span class=\"strength strength-").append(strength).append("\">")
                        .append(escape(labels.strength(r.obligation().strength()))).append("</span> ")
                        .append("<span class=\"ob-").append(strength).append("\">").append(escape(r.text()))
                        .append("</span> <span class=\"details\">")
                        .append(escape(labels.get("export.details", MarkdownReport.details(labels, r))))
                        .append("</span>");
                for (Note n : r.notes()) {
                    h.append("<div class=\"note-body\">").append(escape(n.body())).append("</div>");
                }
                h.append("</li>\n");
            }
            h.append("</ol>\n");
        }
        h.append("</section>\n</article>\n");
    }

    /** {@code titled}: the paragraph's heading is the section title above it, so only its body is shown. */
    private void paragraph(StringBuilder h, Analysis a, Highlights marks, ParagraphRow p, boolean titled,
                           SpeechPart part) {
        ParagraphInfo info = a.paragraphs().get(p.index());
        h.append("<div class=\"para\" id=\"p").append(p.index() + 1).append("\">\n<div class=\"meta\">")
                .append(escape(labels.paragraph(p.index())));
        if (p.tags().isEmpty()) {
            for (Level l : p.suggested()) {
                h.append(" <span class=\"chip suggested chip-").append(l.id()).append("\">")
                        .append(escape(labels.level(l) + labels.get("export.suggested"))).append("</span>");
            }
        } else {
            for (Level l : new TreeSet<>(p.tags())) {
                h.append(" <span class=\"chip chip-").append(l.id()).append("\">").append(escape(labels.level(l)))
                        .append("</span>");
            }
        }
        for (Tag t : part.userTags(p.index())) {
            h.append(" <span class=\"chip chip-user\">").append(escape(labels.tagPath(part.work().user(), t)))
                    .append("</span>");
        }
        h.append("</div>\n");
        int body = info.headingEnd();
        while (body < info.end() && Character.isWhitespace(a.text().charAt(body))) {
            body++;
        }
        boolean wholeHeading = p.heading() > 0 && !info.runIn();
        // a whole-line heading already shown as the section title keeps only its chips and notes here
        if (!titled || body < info.end()) {
            paragraphText(h, marks, info, titled, wholeHeading, body);
        }
        for (PassageTag t : part.passageTags(p.index())) {
            h.append("<div class=\"passage-tag\"><span class=\"quote\">").append(escape(part.quote(t)))
                    .append("</span> <span class=\"chip chip-user\">")
                    .append(escape(labels.tagPath(part.work().user(), t.tagId()))).append("</span></div>\n");
        }
        for (Note n : p.notes()) {
            h.append("<blockquote class=\"note\"><div class=\"quote\">").append(escape(n.quote()))
                    .append("</div><div class=\"note-body\">").append(escape(n.body())).append("</div></blockquote>\n");
        }
        h.append("</div>\n");
    }

    /**
     * The paragraph's text: after its heading when that is the section title above ({@code titled}), else
     * whole, with a run-in heading in bold on its own.
     */
    private static void paragraphText(StringBuilder h, Highlights marks, ParagraphInfo info, boolean titled,
                                      boolean wholeHeading, int body) {
        h.append("<p class=\"text").append(wholeHeading && !titled ? " heading" : "").append("\">");
        if (titled) {
            marks.append(h, body, info.end());
        } else if (info.runIn()) {
            h.append("<span class=\"heading-lead\">");
            marks.append(h, info.start(), info.headingEnd());
            h.append("</span>");
            marks.append(h, info.headingEnd(), info.end());
        } else {
            marks.append(h, info.start(), info.end());
        }
        h.append("</p>\n");
    }

    /** A speech's highlights, indexed once so each paragraph finds its own without scanning the speech's. */
    private record Highlights(String text, Spans<SectorMention> sectors, Spans<Obligation> obligations, List<Note> notes,
                              SectorCatalog catalog) {

        /**
         * Cuts [start, end) at every highlight boundary and gives each piece the classes that cover it: one
         * flat run of spans, like the reader's style spans, so nothing needs nesting. A piece takes the first
         * sector and the first obligation (in the analysis's order) that cover it.
         */
        void append(StringBuilder h, int start, int end) {
            List<SectorMention> inSectors = sectors.overlapping(start, end);
            List<Obligation> inObligations = obligations.overlapping(start, end);
            List<Note> marked = notes.stream().filter(n -> n.start() < end && n.end() > start).toList();
            TreeSet<Integer> cutSet = new TreeSet<>(List.of(start, end));
            inSectors.forEach(m -> addCuts(cutSet, m.start(), m.end(), start, end));
            inObligations.forEach(o -> addCuts(cutSet, o.start(), o.end(), start, end));
            marked.forEach(n -> addCuts(cutSet, n.start(), n.end(), start, end));
            int[] cuts = cutSet.stream().mapToInt(Integer::intValue).toArray();
            int pieces = cuts.length - 1;
            SectorMention[] sector = firstCovering(inSectors, SectorMention::start, SectorMention::end, cuts, new SectorMention[pieces]);
            Obligation[] obligation = firstCovering(inObligations, Obligation::start, Obligation::end, cuts, new Obligation[pieces]);
            Note[] note = firstCovering(marked, Note::start, Note::end, cuts, new Note[pieces]);
            for (int k = 0; k < pieces; k++) {
                List<String> classes = new ArrayList<>();
                if (sector[k] != null) {
                    classes.add("sector " + catalog.styleClass(sector[k].sector()));
                }
                if (obligation[k] != null) {
                    classes.add("ob-" + obligation[k].strength().id());
                }
                if (note[k] != null) {
                    classes.add("note-mark");
                }
                String piece = escape(text.substring(cuts[k], cuts[k + 1]));
                if (classes.isEmpty()) {
                    h.append(piece);
                } else {
                    h.append("<span class=\"").append(String.join(" ", classes)).append("\">").append(piece).append("</span>");
                }
            }
        }

        /**
         * For each piece between {@code cuts}, the first range of {@code ranges} covering it. Each piece is
         * given once ({@code next} skips the pieces already given), so the cost is the pieces plus the ranges.
         */
        private static <T> T[] firstCovering(List<T> ranges, ToIntFunction<T> startOf, ToIntFunction<T> endOf,
                                             int[] cuts, T[] out) {
            int[] next = new int[out.length + 1];
            for (int k = 0; k < next.length; k++) {
                next[k] = k;
            }
            for (T r : ranges) {
                int from = Arrays.binarySearch(cuts, Math.max(cuts[0], startOf.applyAsInt(r)));
                int to = Arrays.binarySearch(cuts, Math.min(cuts[cuts.length - 1], endOf.applyAsInt(r)));
                for (int k = unassigned(next, from); k < to; k = unassigned(next, k + 1)) {
                    out[k] = r;
                    next[k] = k + 1;
                }
            }
            return out;
        }

        /** The first piece at or after {@code k} not yet given a range (path-halving union-find). */
        private static int unassigned(int[] next, int k) {
            while (next[k] != k) {
                next[k] = next[next[k]];
                k = next[k];
            }
            return k;
        }
    }

    private static void addCuts(TreeSet<Integer> cuts, int s, int e, int start, int end) {
        cuts.add(Math.max(start, s));
        cuts.add(Math.min(end, e));
    }

    private String css() {
        StringBuilder c = new StringBuilder(":root {\n");
        palette.colours().forEach((name, colour) -> c.append("  --jd-").append(name).append(": ").append(colour).append(";\n"));
        c.append("}\n");
        c.append("""
                body { font-family: "FangSong", "仿宋", "仿宋_GB2312", "STFangsong", "Noto Serif CJK SC", serif;
                  font-size: 16pt; line-height: 1.75; color: var(--jd-text); background: white;
                  max-width: 46em; margin: 2em auto; padding: 0 1em; }
                h1 { font-family: "方正小标宋简体", "FZXiaoBiaoSong-B05S", "STZhongsong", "SimSun", "宋体", "Noto Serif CJK SC", serif;
                  font-size: 22pt; font-weight: normal; text-align: center; line-height: 1.4; }
                h2, h4 { font-family: "SimHei", "黑体", "Noto Sans CJK SC", sans-serif; font-weight: normal; font-size: 16pt; }
                h3 { font-family: "KaiTi", "楷体", "楷体_GB2312", "STKaiti", "Noto Serif CJK SC", serif; font-size: 16pt; }
                .source { font-family: "KaiTi", "楷体", "STKaiti", serif; text-align: center; color: var(--jd-muted); }
                .para { margin: 0 0 1em 0; }
                .meta { font-size: 11pt; color: var(--jd-muted); }
                .text { text-indent: 2em; margin: 0.2em 0; }
                .text.heading { font-weight: bold; text-indent: 0; }
                .heading-lead { font-weight: bold; }
                .chip { font-size: 10pt; color: white; border-radius: 8px; padding: 0 6px; }
                .chip.suggested { background: white; border: 1px dashed; }
                .chip-user { background: var(--jd-muted); }
                .sector { border-radius: 2px; }
                .sector-other, .sector { background: var(--jd-sector-other); }
                .ob-mandatory { text-decoration: underline solid var(--jd-mandatory) 2.5px; text-underline-offset: 3px; }
                .ob-required { text-decoration: underline solid var(--jd-required) 1.5px; text-underline-offset: 3px; }
                .ob-advisory { text-decoration: underline dashed var(--jd-advisory) 1.5px; text-underline-offset: 3px; }
                .note-mark { background: var(--jd-note); border-bottom: 1px solid var(--jd-note-border); }
                blockquote.note { margin: 0.3em 0 0.3em 2em; padding: 0.2em 0.8em; border-left: 4px solid var(--jd-note-border);
                  background: #fffbea; font-family: "KaiTi", "楷体", "STKaiti", serif; font-size: 14pt; }
                .quote { color: var(--jd-muted); }
                .note-body { white-space: pre-wrap; }
                .strength { font-size: 11pt; font-weight: bold; }
                .strength-mandatory { color: var(--jd-mandatory); }
                .strength-required { color: var(--jd-required); }
                .strength-advisory { color: var(--jd-advisory); }
                .details { font-size: 12pt; color: var(--jd-muted); }
                .swatch { display: inline-block; width: 0.8em; height: 0.8em; margin-right: 0.4em; border: 1px solid var(--jd-border); }
                .none { color: var(--jd-muted); }
                @media print {
                  @page { size: A4; margin: 37mm 26mm 35mm 28mm; }
                  body { max-width: none; margin: 0; padding: 0; font-size: 14pt; }
                  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
                  h1, h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
                  .para, li, blockquote { break-inside: avoid; page-break-inside: avoid; }
                  article.speech + article.speech { break-before: page; page-break-before: always; }
                  a { color: inherit; text-decoration: none; }
                }
                """);
        for (Level l : Level.values()) {
            c.append(".chip-").append(l.id()).append(" { background: var(--jd-").append(l.id()).append("); }\n");
            c.append(".chip.suggested.chip-").append(l.id()).append(" { background: white; color: var(--jd-")
                    .append(l.id()).append("); border-color: var(--jd-").append(l.id()).append("); }\n");
        }
        palette.colours().keySet().stream().filter(n -> n.startsWith("sector-"))
                .forEach(n -> c.append('.').append(n).append(" { background: var(--jd-").append(n).append("); }\n"));
        return c.toString();
    }

    /** Escapes text for element content and double- or single-quoted attributes. */
    public static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(ch);
            }
        }
        return b.toString();
    }
}
