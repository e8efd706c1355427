package jingdu.ui.reader;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jingdu.app.Engines;
import jingdu.app.annotate.CorrectedView;
import jingdu.text.TextLayout;
import jingdu.model.Analysis;
import jingdu.model.Note;
import jingdu.model.NoteScope;
import jingdu.model.Obligation;
import jingdu.model.ParagraphInfo;
import jingdu.model.SectorCatalog;
import jingdu.model.SectorMention;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Highlighting as one pure function: (text length, analysis, notes, visible layers) → style spans,
 * applied by the view in a single {@code setStyleSpans}. No JavaFX nodes here, so it tests fast.
 */
public final class Highlighter {

    /** Which layers the user has switched on. */
    public record Layers(boolean sectors, boolean obligations, boolean notes) {
        public static final Layers ALL = new Layers(true, true, true);
    }

    public static final String SECTOR = "sector";
    public static final String OBLIGATION = "obligation";
    public static final String NOTE = "note";
    public static final String HEADING = "heading";
    public static final String PASSAGE_TAG = "passage-tag";
    /** An obligation or sector mark the user decided (corrected or added), not the engine: a dotted frame. */
    public static final String DECIDED = "decided";
    /**
     * A body paragraph's first character, drawn two characters in from the margin ({@link FirstLineIndent} says
     * which; {@link ReaderArea} draws it). A class of its own, so that character is a run of its own.
     */
    public static final String INDENT_LEAD = "indent-lead";

    /** A passage tag as the reader draws it: its range, palette colour and name (for hover). */
    public record TagSpan(int start, int end, String colour, String name) {
    }

    public static String tagColourClass(String colour) {
        return "tag-colour-" + colour;
    }

    public static String noteColourClass(String colour) {
        return "note-colour-" + colour;
    }
    public static final String FIND_MATCH = "find-match";
    public static final String FIND_CURRENT = "find-current";

    private Highlighter() {
    }

    public static String strengthClass(String strengthId) {
        return "obligation-" + strengthId;
    }

    /** The shorter forms know the built-in sectors only: for tests and benches. */
    public static StyleSpans<Collection<String>> compute(int length, Analysis analysis, List<Note> notes, Layers layers) {
        return compute(length, analysis, notes, List.of(), layers, FindMatches.NONE);
    }

    /** With the user's passage tags as a layer. */
    public static StyleSpans<Collection<String>> compute(int length, Analysis analysis, List<Note> notes,
                                                         List<TagSpan> passageTags, Layers layers) {
        return compute(length, analysis, notes, passageTags, layers, FindMatches.NONE);
    }

    /** With the find bar's matches as a layer. */
    public static StyleSpans<Collection<String>> compute(int length, Analysis analysis, List<Note> notes, Layers layers,
                                                         FindMatches find) {
        return compute(length, analysis, notes, List.of(), layers, find);
    }

    public static StyleSpans<Collection<String>> compute(int length, Analysis analysis, List<Note> notes,
                                                         List<TagSpan> passageTags, Layers layers, FindMatches find) {
        return compute(length, analysis, notes, passageTags, layers, find, Engines.builtInSectors());
    }

    /**
     * All layers: passage tags, and the find bar's matches on top ({@code find-match}, {@code find-current});
     * each sector term gets {@code sector} plus its catalogue class, its colour ({@code sector-other} for an unknown id).
     */
    public static StyleSpans<Collection<String>> compute(int length, Analysis analysis, List<Note> notes,
                                                         List<TagSpan> passageTags, Layers layers, FindMatches find,
                                                         SectorCatalog sectors) {
        return compute(length, analysis, notes, passageTags, layers, find, sectors, Set.of());
    }

    /**
     * With the marks the user decided ({@code decided}: spans of obligations and sector terms they corrected or
     * added) framed by {@link #DECIDED}, so they look different from the engine's.
     */
    public static StyleSpans<Collection<String>> compute(int length, Analysis analysis, List<Note> notes,
                                                         List<TagSpan> passageTags, Layers layers, FindMatches find,
                                                         SectorCatalog sectors, Set<CorrectedView.Span> decided) {
        return compute(length, analysis, notes, passageTags, layers, find, sectors, decided, new int[0]);
    }

    /** With the first characters of the paragraphs to indent ({@code leads}, offsets) marked {@link #INDENT_LEAD}. */
    public static StyleSpans<Collection<String>> compute(int length, Analysis analysis, List<Note> notes,
                                                         List<TagSpan> passageTags, Layers layers, FindMatches find,
                                                         SectorCatalog sectors, Set<CorrectedView.Span> decided,
                                                         int[] leads) {
        // boundary → style classes that open (+1) or close (-1) there; a sweep keeps counts of the open ones
        TreeMap<Integer, List<Change>> changes = new TreeMap<>();
        if (analysis != null) {
            for (ParagraphInfo p : analysis.paragraphs()) {
                if (p.heading() > 0) {
                    TextLayout.Range lead = headingLead(analysis.text(), p);
                    add(changes, lead.start(), lead.end(), length, HEADING, HEADING + "-" + p.heading());
                }
            }
        }
        if (analysis != null && layers.obligations()) {
            for (Obligation o : analysis.obligations()) {
                add(changes, o.start(), o.end(), length, OBLIGATION, strengthClass(o.strength().id()));
                if (decided.contains(new CorrectedView.Span(o.start(), o.end()))) {
                    add(changes, o.start(), o.end(), length, DECIDED);
                }
            }
        }
        if (layers.notes()) {
            for (Note n : notes) {
                // paragraph and speech notes are marked in the gutter, not painted over their text
                if (n.scope() == NoteScope.PASSAGE) {
                    if (n.colour() == null) {
                        add(changes, n.start(), n.end(), length, NOTE);
                    } else {
                        add(changes, n.start(), n.end(), length, NOTE, noteColourClass(n.colour()));
                    }
                }
            }
        }
        for (TagSpan t : passageTags) {
            add(changes, t.start(), t.end(), length, PASSAGE_TAG, tagColourClass(t.colour()));
        }
        if (analysis != null && layers.sectors()) {
            for (SectorMention s : analysis.sectors()) {
                add(changes, s.start(), s.end(), length, SECTOR, sectors.styleClass(s.sector()));
                if (decided.contains(new CorrectedView.Span(s.start(), s.end()))) {
                    add(changes, s.start(), s.end(), length, DECIDED);
                }
            }
        }
        for (int i = 0; i < find.size(); i++) {
            FindMatches.Match m = find.matches().get(i);
            if (i == find.currentIndex()) {
                add(changes, m.start(), m.end(), length, FIND_MATCH, FIND_CURRENT);
            } else {
                add(changes, m.start(), m.end(), length, FIND_MATCH);
            }
        }
        for (int lead : leads) {
            add(changes, lead, lead + 1, length, INDENT_LEAD);
        }
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        Map<String, Integer> open = new TreeMap<>();
        int pos = 0;
        for (Map.Entry<Integer, List<Change>> e : changes.entrySet()) {
            int at = e.getKey();
            if (at > pos) {
                spans.add(classes(open), at - pos);
                pos = at;
            }
            for (Change c : e.getValue()) {
                open.merge(c.styleClass, c.delta, Integer::sum);
                if (open.get(c.styleClass) <= 0) {
                    open.remove(c.styleClass);
                }
            }
        }
        if (length > pos || pos == 0) {
            spans.add(Collections.emptyList(), length - pos);
        }
        return spans.create();
    }

    /** The part of a heading paragraph shown as a heading: the analysis's heading span (a run-in heading's first sentence). */
    static TextLayout.Range headingLead(String text, ParagraphInfo p) {
        return new TextLayout.Range(p.start(), p.headingEnd());
    }

    private record Change(String styleClass, int delta) {
    }

    private static void add(TreeMap<Integer, List<Change>> changes, int start, int end, int length, String... classes) {
        int s = Math.max(0, start);
        int e = Math.min(length, end);
        if (s >= e) {
            return;
        }
        for (String c : classes) {
            changes.computeIfAbsent(s, k -> new ArrayList<>()).add(new Change(c, 1));
            changes.computeIfAbsent(e, k -> new ArrayList<>()).add(new Change(c, -1));
        }
    }

    /** Sorted, so equal sets are equal lists and adjacent spans merge. */
    private static Collection<String> classes(Map<String, Integer> open) {
        return open.isEmpty() ? Collections.emptyList() : List.copyOf(open.keySet());
    }
}
