package jingdu.ui.reader;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.IndexRange;
import javafx.scene.control.MenuItem;
import javafx.scene.input.MouseButton;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.Node;
import javafx.stage.Popup;
import jingdu.i18n.I18n;
import jingdu.model.Analysis;
import jingdu.model.Level;
import jingdu.model.LevelSuggestion;
import jingdu.model.Note;
import jingdu.model.SectorCatalog;
import jingdu.model.Tag;
import jingdu.model.TagTree;
import jingdu.app.annotate.CorrectedView;
import jingdu.app.Titles;
import jingdu.app.annotate.TagNames;
import jingdu.model.Speech;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.TwoDimensional.Bias;

/**
 * The reading pane: the speech as read-only wrapped text with highlight layers, and a gutter per
 * paragraph holding the user's level chips and the engine's suggestions (click one to accept it).
 */
public final class ReaderView extends BorderPane {

    public static final String AREA_ID = "reader-area";
    /** The gutter's mark for a paragraph holding passage notes. */
    public static final String NOTE_MARK = "chip-passage-note";
    /** Paragraph styles: the speech's title line, and every other paragraph. */
    public static final String TITLE_STYLE = "paragraph-title";
    public static final String BODY_STYLE = "paragraph-body";

    private final I18n i18n;
    private final SectorCatalog sectors;
    private final ReaderArea area = new ReaderArea();
    private final Popup hoverPopup = new Popup();
    private final Label hoverLabel = new Label();

    private Speech speech;
    /** What the reader shows as decided: the engine's analysis with the user's corrections applied. */
    private Analysis analysis;
    /** Where {@link #analysis} came from, for "decided by me" marks; null when it was set as it is. */
    private CorrectedView corrected;
    /** "只看已确认": only what the user decided is drawn (their corrections, tags and notes). */
    private boolean decidedOnly;
    /** {@link #analysis}, or its decided part alone: what is drawn, hovered and navigated. */
    private Analysis shown;
    private Map<Integer, Set<String>> tags = Map.of();
    private TagTree tagTree = TagTree.empty();
    private List<Highlighter.TagSpan> passageTags = List.of();
    private List<Note> notes = List.of();
    private Highlighter.Layers layers = Highlighter.Layers.ALL;
    private FindMatches find = FindMatches.NONE;
    private BiConsumer<Integer, Level> onAcceptSuggestion = (p, l) -> { };
    private BiConsumer<Integer, Level> onRejectSuggestion = (p, l) -> { };

    public ReaderView(I18n i18n, SectorCatalog sectors) {
        this.i18n = i18n;
        this.sectors = sectors;
        getStyleClass().add("reader");
        area.setId(AREA_ID);
        area.getStyleClass().add("reader-area");
        area.setEditable(false);
        area.setWrapText(true);
        area.setParagraphGraphicFactory(this::gutter);
        area.setMouseOverTextDelay(Duration.ofMillis(350));
        hoverLabel.getStyleClass().add("hover-popup");
        hoverLabel.setWrapText(true);
        hoverLabel.setMaxWidth(360);
        hoverPopup.getContent().add(hoverLabel);
        hoverPopup.setAutoHide(true);
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> {
            String text = hoverText(e.getCharacterIndex());
            if (!text.isEmpty()) {
                hoverLabel.setText(text);
                hoverPopup.show(area, e.getScreenPosition().getX() + 12, e.getScreenPosition().getY() + 16);
            }
        });
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> hoverPopup.hide());
        setCenter(new VirtualizedScrollPane<>(area));
    }

    public ReaderArea area() {
        return area;
    }

    /** The sectors this reader labels and colours. */
    public SectorCatalog sectors() {
        return sectors;
    }

    /** What hovering the character at {@code offset} shows ("" for nothing). */
    public String hoverText(int offset) {
        return HoverText.at(offset, shown, notes, passageTags, layers, sectors, corrected, i18n);
    }

    public Speech speech() {
        return speech;
    }

    public Analysis analysis() {
        return analysis;
    }

    /** The corrected view the reader shows, or null when its analysis was given without one. */
    public CorrectedView corrected() {
        return corrected;
    }

    /** What is drawn: the analysis, or only its user-decided part in the "只看已确认" view. */
    public Analysis shown() {
        return shown;
    }

    public void onAcceptSuggestion(BiConsumer<Integer, Level> handler) {
        this.onAcceptSuggestion = handler;
    }

    /** The × on a dashed suggestion chip (or its menu's 拒绝此建议). */
    public void onRejectSuggestion(BiConsumer<Integer, Level> handler) {
        this.onRejectSuggestion = handler;
    }

    /** Shows the text at once; highlights follow when the analysis arrives. */
    public void show(Speech speech, TagTree tagTree, Map<Integer, Set<String>> tags, List<Highlighter.TagSpan> passageTags,
                     List<Note> notes) {
        this.speech = speech;
        this.analysis = null;
        this.corrected = null;
        this.shown = null;
        this.tagTree = tagTree;
        this.tags = tags;
        this.passageTags = passageTags;
        this.notes = notes;
        this.find = FindMatches.NONE;
        // paragraph looks as paragraph styles, so the text and every offset stay as they are
        area.replace(0, area.getLength(), ReadOnlyStyledDocument.fromString(speech.text(), List.of(BODY_STYLE),
                List.<String>of(), area.getSegOps()));
        if (Titles.isTitleLine(area.getParagraph(0).getText())) {
            area.setParagraphStyle(0, List.of(TITLE_STYLE));
        }
        area.moveTo(0);
        area.requestFollowCaret();
        area.showParagraphAtTop(0);
        restyle();
    }

    /** An analysis shown as it is (no corrections known). */
    public void setAnalysis(Analysis analysis) {
        this.analysis = analysis;
        this.corrected = null;
        useCorrected(null);
        restyle();
        refreshVisibleGutters();
    }

    /**
     * The speech as the user decided it: restyled once, and only the gutters whose suggestions changed are
     * rebuilt (a rejected chip). The first view of a speech rebuilds the visible ones.
     */
    public void setCorrected(CorrectedView view) {
        Analysis before = shown;
        useCorrected(view);
        restyle();
        if (before == null) {
            refreshVisibleGutters();
        } else {
            refreshChangedGutters(before, shown);
        }
    }

    /** "只看已确认": hides the engine's marks and suggestions the user has not decided on. */
    public void setDecidedOnly(boolean on) {
        if (on == decidedOnly) {
            return;
        }
        decidedOnly = on;
        useCorrected(corrected);
        restyle();
        refreshVisibleGutters();
    }

    public boolean decidedOnly() {
        return decidedOnly;
    }

    private void useCorrected(CorrectedView view) {
        if (view == null) {
            shown = decidedOnly && analysis != null ? CorrectedView.of(analysis).decidedOnly() : analysis;
            return;
        }
        corrected = view;
        analysis = view.analysis();
        shown = decidedOnly ? view.decidedOnly() : analysis;
    }

    /** The gutters on screen whose suggestions differ; those off screen are drawn from the new view when shown. */
    private void refreshChangedGutters(Analysis before, Analysis after) {
        if (area.getVisibleParagraphs().isEmpty() || after == null) {
            return;
        }
        int last = Math.min(Math.min(area.lastVisibleParToAllParIndex(), area.getParagraphs().size() - 1),
                after.paragraphs().size() - 1);
        for (int p = Math.max(0, area.firstVisibleParToAllParIndex()); p <= last; p++) {
            boolean same = before != null && p < before.paragraphs().size()
                    && before.paragraphs().get(p).suggestions().equals(after.paragraphs().get(p).suggestions());
            if (!same) {
                area.recreateParagraphGraphic(p);
            }
        }
    }

    /** New paragraph tags; only the gutters of {@code changedParagraphs} are rebuilt. */
    public void setTags(Map<Integer, Set<String>> tags, Collection<Integer> changedParagraphs) {
        this.tags = tags;
        for (int p : changedParagraphs) {
            if (p >= 0 && p < area.getParagraphs().size()) {
                area.recreateParagraphGraphic(p);
            }
        }
    }

    /** Everything annotation-related at once (after undo/redo or a tag-set edit): tags, passages, notes. */
    public void setAnnotations(TagTree tagTree, Map<Integer, Set<String>> tags, List<Highlighter.TagSpan> passageTags,
                               List<Note> notes) {
        setAnnotations(tagTree, tags, passageTags, notes, null);
    }

    /** The same, with the corrections recomputed ({@code view}; null keeps the analysis): one restyle for both. */
    public void setAnnotations(TagTree tagTree, Map<Integer, Set<String>> tags, List<Highlighter.TagSpan> passageTags,
                               List<Note> notes, CorrectedView view) {
        if (view != null) {
            useCorrected(view);
        }
        this.tagTree = tagTree;
        this.tags = tags;
        this.passageTags = passageTags;
        this.notes = notes;
        restyle();
        refreshVisibleGutters();
    }

    public void setNotes(List<Note> notes) {
        this.notes = notes;
        restyle();
        refreshVisibleGutters();
    }

    public void setPassageTags(List<Highlighter.TagSpan> passageTags) {
        this.passageTags = passageTags;
        restyle();
    }

    /** [start, end) of a paragraph in the text. */
    public IndexRange paragraphRange(int paragraph) {
        int start = area.getAbsolutePosition(paragraph, 0);
        return new IndexRange(start, start + area.getParagraph(paragraph).length());
    }

    /** The selection when it is non-empty, inside one paragraph and shorter than it: a passage; else null. */
    public IndexRange selectedPassage() {
        IndexRange sel = area.getSelection();
        if (sel.getLength() == 0) {
            return null;
        }
        List<Integer> paragraphs = selectedParagraphs();
        if (paragraphs.size() != 1) {
            return null;
        }
        IndexRange whole = paragraphRange(paragraphs.get(0));
        boolean all = sel.getStart() <= whole.getStart() && sel.getEnd() >= whole.getEnd();
        return all ? null : sel;
    }

    public void setLayers(Highlighter.Layers layers) {
        this.layers = layers;
        restyle();
    }

    public Highlighter.Layers layers() {
        return layers;
    }

    /** The paragraphs the selection touches, or the caret's paragraph when nothing is selected. */
    public List<Integer> selectedParagraphs() {
        IndexRange sel = area.getSelection();
        if (sel.getLength() == 0) {
            return List.of(area.getCurrentParagraph());
        }
        int first = area.offsetToPosition(sel.getStart(), Bias.Forward).getMajor();
        int last = area.offsetToPosition(sel.getEnd(), Bias.Backward).getMajor();
        List<Integer> out = new ArrayList<>();
        for (int p = first; p <= last; p++) {
            out.add(p);
        }
        return out;
    }

    public void jumpToParagraph(int paragraph) {
        area.moveTo(paragraph, 0);
        area.showParagraphAtTop(paragraph);
        area.requestFocus();
    }

    public void jumpToRange(int start, int end) {
        int length = area.getLength();
        area.selectRange(Math.min(start, length), Math.min(end, length));
        area.showParagraphAtCenter(area.offsetToPosition(Math.min(start, length), Bias.Forward).getMajor());
        area.requestFocus();
    }

    /** Shows the find bar's matches as a highlight layer and brings the current one into view. */
    public void setFind(FindMatches find) {
        this.find = find;
        restyle();
        FindMatches.Match m = find.current();
        if (m != null) {
            area.selectRange(m.start(), m.end());
            area.showParagraphAtCenter(area.offsetToPosition(m.start(), Bias.Forward).getMajor());
        }
    }

    /** The reader's font size in px (zoom); headings scale with it. */
    public void setFontSize(double px) {
        area.setStyle("-fx-font-size: " + px + "px;");
    }

    /** J / K: moves the caret to the paragraph {@code delta} away and shows it. */
    public void moveParagraph(int delta) {
        int target = ReaderNavigation.paragraph(area.getCurrentParagraph(), delta, area.getParagraphs().size());
        area.moveTo(target, 0);
        area.showParagraphInViewport(target);
    }

    /** Shift+J / Shift+K: selects the next or previous obligation; false when there is none that way. */
    public boolean moveObligation(boolean forward) {
        if (shown == null) {
            return false;
        }
        List<jingdu.model.Obligation> sorted = shown.obligations().stream()
                .sorted(java.util.Comparator.comparingInt(jingdu.model.Obligation::start)).toList();
        int i = ReaderNavigation.obligation(sorted, area.getSelection().getStart(), forward);
        if (i < 0) {
            return false;
        }
        jingdu.model.Obligation o = sorted.get(i);
        area.selectRange(o.start(), Math.min(o.end(), area.getLength()));
        area.showParagraphInViewport(area.offsetToPosition(o.start(), Bias.Forward).getMajor());
        return true;
    }

    private void restyle() {
        if (speech == null) {
            return;
        }
        int length = area.getLength();
        boolean titleLine = area.getParagraphs().size() > 0
                && area.getParagraph(0).getParagraphStyle().contains(TITLE_STYLE);
        area.setStyleSpans(0, Highlighter.compute(length, shown, notes, passageTags, layers, find, sectors,
                corrected == null ? Set.of() : corrected.decided(), FirstLineIndent.leads(area.getText(), titleLine, shown)));
    }

    /**
     * Rebuilds the gutters on screen. Only those: asking RichTextFX for a paragraph's graphic creates its
     * cell, and a cell for each of a long document's thousands of paragraphs takes seconds; cells made
     * later, as the user scrolls, read the current tags and analysis anyway.
     */
    private void refreshVisibleGutters() {
        if (area.getVisibleParagraphs().isEmpty()) {
            return;
        }
        int last = Math.min(area.lastVisibleParToAllParIndex(), area.getParagraphs().size() - 1);
        for (int p = Math.max(0, area.firstVisibleParToAllParIndex()); p <= last; p++) {
            area.recreateParagraphGraphic(p);
        }
    }

    private Node gutter(int paragraph) {
        List<Gutter.Passage> passages = new ArrayList<>();
        int start = 0;
        if (paragraph < area.getParagraphs().size()) {
            // passage notes get a mark too, beside the line each starts on: their words may sit under a sector's colour
            start = area.getAbsolutePosition(paragraph, 0);
            for (Note n : NoteMarks.passageNotes(notes, start, start + area.getParagraph(paragraph).length())) {
                passages.add(new Gutter.Passage(Math.max(start, n.start()), n));
            }
        }
        Gutter box = new Gutter(area, start, passages, this::passageMark);
        Set<String> mine = tags.getOrDefault(paragraph, Set.of());
        for (Tag tag : tagTree.inOrder()) {
            if (mine.contains(tag.id())) {
                box.getChildren().add(tagChip(tag));
            }
        }
        if (shown != null && paragraph < shown.paragraphs().size()) {
            for (LevelSuggestion s : shown.paragraphs().get(paragraph).suggestions()) {
                if (!mine.contains(s.level().id())) {
                    box.getChildren().add(suggestionChip(paragraph, s));
                }
            }
        }
        List<String> paragraphNotes = NoteMarks.paragraphNotes(notes, paragraph).stream().map(Note::body).toList();
        if (!paragraphNotes.isEmpty()) {
            Label marker = new Label(i18n.get("notes.paragraphMarker"));
            marker.getStyleClass().addAll("chip", "chip-note");
            marker.setTooltip(new Tooltip(String.join("\n", paragraphNotes)));
            box.getChildren().add(marker);
        }
        return box;
    }

    /** The gutter's mark for the passage notes that start on one line. */
    private Label passageMark(List<Note> passages) {
        Label mark = new Label(i18n.get("notes.passageMarker", passages.size()));
        mark.getStyleClass().addAll("chip", "chip-note", NOTE_MARK);
        mark.setTooltip(new Tooltip(String.join("\n", passages.stream()
                .map(n -> i18n.get("notes.passageMarker.tooltip", n.quote(), n.body())).toList())));
        return mark;
    }

    private Label tagChip(Tag tag) {
        Label chip = new Label(TagNames.chip(i18n, tag));
        chip.getStyleClass().addAll("chip", "chip-" + tag.id(), Highlighter.tagColourClass(tag.colour()));
        chip.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        chip.setTooltip(new Tooltip(TagNames.display(i18n, tag)));
        return chip;
    }

    private Label suggestionChip(int paragraph, LevelSuggestion s) {
        Label chip = new Label(Labels.levelShort(i18n, s.level()) + "?");
        chip.getStyleClass().addAll("chip", "chip-suggested", "chip-" + s.level().id());
        chip.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // "企业?" in full, never "企…"
        String cues = s.cues().isEmpty() ? "" : "\n" + i18n.get("reader.suggestion.cues", String.join("、", s.cues()));
        chip.setTooltip(new Tooltip(i18n.get("reader.suggestion.tooltip", Labels.level(i18n, s.level())) + cues));
        chip.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                onAcceptSuggestion.accept(paragraph, s.level());
            }
            e.consume();
        });
        Label reject = new Label("×");
        reject.getStyleClass().add("chip-reject");
        reject.setTooltip(new Tooltip(i18n.get("reader.suggestion.reject")));
        reject.setOnMouseClicked(e -> {
            onRejectSuggestion.accept(paragraph, s.level());
            e.consume();
        });
        chip.setGraphic(reject);
        chip.setContentDisplay(ContentDisplay.RIGHT);
        MenuItem accept = new MenuItem(i18n.get("reader.suggestion.accept"));
        accept.setOnAction(e -> onAcceptSuggestion.accept(paragraph, s.level()));
        MenuItem rejectItem = new MenuItem(i18n.get("reader.suggestion.reject"));
        rejectItem.setId("menu-reject-suggestion");
        rejectItem.setOnAction(e -> onRejectSuggestion.accept(paragraph, s.level()));
        chip.setContextMenu(new ContextMenu(accept, rejectItem));
        return chip;
    }
}
