package jingdu.ui.reader;

import java.util.ArrayList;
import java.util.List;

import jingdu.app.Engines;
import jingdu.app.annotate.CorrectedView;
import jingdu.i18n.I18n;
import jingdu.model.Analysis;
import jingdu.model.Note;
import jingdu.model.Obligation;
import jingdu.model.SectorCatalog;
import jingdu.model.SectorMention;

/** What the reader says about the character under the mouse: its sectors, obligation strength, notes. */
public final class HoverText {

    private HoverText() {
    }

    /** With the built-in sectors only (tests). */
    public static String at(int offset, Analysis analysis, List<Note> notes, Highlighter.Layers layers, I18n i18n) {
        return at(offset, analysis, notes, List.of(), layers, Engines.builtInSectors(), i18n);
    }

    public static String at(int offset, Analysis analysis, List<Note> notes, List<Highlighter.TagSpan> passageTags,
                            Highlighter.Layers layers, SectorCatalog sectors, I18n i18n) {
        return at(offset, analysis, notes, passageTags, layers, sectors, null, i18n);
    }

    /**
     * With who decided each mark: {@code corrected} (the view the analysis came from) says which the user
     * decided (我); the others are the engine's (引擎). Null: say nothing about it.
     */
    public static String at(int offset, Analysis analysis, List<Note> notes, List<Highlighter.TagSpan> passageTags,
                            Highlighter.Layers layers, SectorCatalog sectors, CorrectedView corrected, I18n i18n) {
        List<String> lines = new ArrayList<>();
        for (Highlighter.TagSpan t : passageTags) {
            if (t.start() <= offset && offset < t.end()) {
                lines.add(i18n.get("tags.hover", t.name()));
            }
        }
        if (analysis != null && layers.sectors()) {
            for (SectorMention s : analysis.sectors()) {
                if (s.start() <= offset && offset < s.end()) {
                    lines.add(i18n.get("reader.hover.sector", s.term(), Labels.sector(sectors, i18n, s.sector())));
                    decidedBy(corrected, s.start(), s.end(), i18n, lines);
                }
            }
        }
        if (analysis != null && layers.obligations()) {
            for (Obligation o : analysis.obligations()) {
                if (o.start() <= offset && offset < o.end()) {
                    lines.add(i18n.get("reader.hover.obligation", i18n.get("strength." + o.strength().id())));
                    if (o.actor() != null) {
                        lines.add(i18n.get("reader.hover.actor", o.actor()));
                    }
                    if (o.deadline() != null) {
                        lines.add(i18n.get("reader.hover.deadline", o.deadline()));
                    }
                    decidedBy(corrected, o.start(), o.end(), i18n, lines);
                }
            }
        }
        if (layers.notes()) {
            for (Note n : notes) {
                if (n.scope() == jingdu.model.NoteScope.PASSAGE && n.start() <= offset && offset < n.end()) {
                    lines.add(i18n.get("reader.hover.note", n.body()));
                }
            }
        }
        return String.join("\n", lines);
    }

    private static void decidedBy(CorrectedView corrected, int start, int end, I18n i18n, List<String> lines) {
        if (corrected != null) {
            lines.add(i18n.get("reader.hover.decidedBy", i18n.get(corrected.decidedByUser(start, end)
                    ? "reader.hover.decidedBy.me" : "reader.hover.decidedBy.engine")));
        }
    }
}
