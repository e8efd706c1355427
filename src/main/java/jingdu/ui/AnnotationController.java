package jingdu.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.IndexRange;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.stage.Stage;
import jingdu.app.annotate.AnnotationException;
import jingdu.app.annotate.Annotator;
import jingdu.app.annotate.CorrectedView;
import jingdu.app.Library;
import jingdu.app.annotate.TagNames;
import jingdu.app.undo.Command;
import jingdu.app.undo.Description;
import jingdu.app.undo.ParagraphEditCommand;
import jingdu.app.undo.ParagraphTagCommand;
import jingdu.app.undo.UserTermCommand;
import jingdu.i18n.I18n;
import jingdu.model.Analysis;
import jingdu.model.Level;
import jingdu.model.Note;
import jingdu.model.NoteScope;
import jingdu.model.PassageTag;
import jingdu.model.SectorMention;
import jingdu.model.Speech;
import jingdu.model.Tag;
import jingdu.model.TagTree;
import jingdu.i18n.UserFailure;
import jingdu.ui.notes.NoteDialog;
import jingdu.ui.notes.NoteFilter;
import jingdu.ui.notes.NotesPane;
import jingdu.ui.reader.Highlighter;
import jingdu.ui.reader.Labels;
import jingdu.ui.reader.ReaderView;
import jingdu.ui.tags.TagManager;

/**
 * The annotation actions of the window: keys 1–9 and the tag buttons, notes on passages, paragraphs and
 * the speech, the tag manager, undo and redo. Each action is one {@link Annotator} command; afterwards
 * the reader, notes panel and toolbar are redrawn from the library.
 */
final class AnnotationController {

    static final String UNDO_ID = "action-undo";
    static final String REDO_ID = "action-redo";
    static final String MANAGE_TAGS_ID = "action-manage-tags";

    private final Library library;
    private final Annotator annotator;
    private final I18n i18n;
    private final Stage stage;
    private final Dialogs dialogs;
    private final ReaderView reader;
    private final NotesPane notesPane;
    private final Consumer<String> status;
    private final List<Button> tagButtons = new ArrayList<>();
    private Runnable tagButtonsChanged = () -> { };
    private final Button manageButton;
    private final Button undoButton;
    private final Button redoButton;
    /** Splitting and joining paragraphs (issue 18): its context-menu items, keys and 编辑段落 mode. */
    private final ParagraphEditing paragraphs;
    /** Opens a speech in the window (undo of a change to another speech shows that speech). */
    private Consumer<Long> openSpeech = id -> { };
    private Runnable libraryChanged = () -> { };
    /** The open speech's corrected view, recomputed from the window's kept engine analysis (null: none yet). */
    private Supplier<CorrectedView> corrected = () -> null;
    /** Told each new corrected view, after the reader (legend, status count, the 我的修正 list). */
    private Consumer<CorrectedView> correctedShown = v -> { };
    /** The user's word list changed by an undo or redo: the window has the engine read the speech again. */
    private Runnable wordsChanged = () -> { };

    private Speech current;
    private TagTree tree = TagTree.empty();
    private Map<Integer, Set<String>> tags = Map.of();
    private List<PassageTag> passages = List.of();
    private List<Note> notes = List.of();
    private TagManager manager;

    AnnotationController(Library library, Annotator annotator, I18n i18n, Stage stage, Dialogs dialogs, ReaderView reader,
                         Consumer<String> status) {
        this.library = library;
        this.annotator = annotator;
        this.i18n = i18n;
        this.stage = stage;
        this.dialogs = dialogs;
        this.reader = reader;
        this.status = status;
        this.notesPane = new NotesPane(i18n, n -> reader.jumpToRange(n.start(), n.end()), this::editNote,
                this::deleteNote, this::addSpeechNote);
        this.undoButton = toolButton(UNDO_ID, i18n.get("undo.action"), this::undo);
        this.redoButton = toolButton(REDO_ID, i18n.get("redo.action"), this::redo);
        this.manageButton = toolButton(MANAGE_TAGS_ID, i18n.get("tags.manage"), this::openTagManager);
        reader.onAcceptSuggestion((p, level) -> setTag(List.of(p), level.id(), true));
        this.paragraphs = new ParagraphEditing(annotator, i18n, reader, () -> current, id -> openSpeech.accept(id), status,
                this::describe, this::refresh);
        tree = annotator.tags();
        rebuildTagButtons();
        refreshUndoButtons();
    }

    void onOpenSpeech(Consumer<Long> open) {
        this.openSpeech = open;
    }

    /** Who hears that an undo or redo changed the library's speeches (a merge of duplicates taken back or redone). */
    void onLibraryChanged(Runnable changed) {
        this.libraryChanged = changed;
    }

    private Runnable tasksChanged = () -> { };

    /** Who hears that an undo or redo changed the task board (a task's state or progress): the board reloads. */
    void onTasksChanged(Runnable changed) {
        this.tasksChanged = changed;
    }

    /** How the corrected view is recomputed after a change, undo or redo, and who else hears of it. */
    void correctionsFrom(Supplier<CorrectedView> recompute, Consumer<CorrectedView> shown, Runnable wordsChanged) {
        this.corrected = recompute;
        this.correctedShown = shown;
        this.wordsChanged = wordsChanged;
    }

    /**
     * After a correction (or its withdrawal): the undo buttons, and the reader from the recomputed view —
     * restyled once, only the gutters whose suggestions changed rebuilt.
     */
    void afterCorrection() {
        refreshUndoButtons();
        CorrectedView view = current == null ? null : corrected.get();
        if (view != null) {
            reader.setCorrected(view);
            updateFilterContext(view.analysis());
            correctedShown.accept(view);
        }
    }

    NotesPane notesPane() {
        return notesPane;
    }

    Annotator annotator() {
        return annotator;
    }

    /** Splitting and joining paragraphs: for the window's menu bar ({@link ParagraphEditing#TOGGLE}) and tests. */
    ParagraphEditing paragraphs() {
        return paragraphs;
    }

    /** The toolbar's tag buttons (the first nine tags, keys 1–9), rebuilt when the tags change. */
    List<Button> tagButtons() {
        return List.copyOf(tagButtons);
    }

    Button manageTagsButton() {
        return manageButton;
    }

    List<Button> undoButtons() {
        return List.of(undoButton, redoButton);
    }

    /** Told after the tag buttons were rebuilt (a tag added, renamed, moved or deleted). */
    void onTagButtonsChanged(Runnable r) {
        this.tagButtonsChanged = r;
    }

    /** The names of the tags keys 1–9 apply, in key order. */
    List<String> keyedTagNames() {
        return tree.keyed().stream().map(t -> TagNames.display(i18n, t)).toList();
    }

    /** Key {@code n} (1–9): the n-th tag in tree order, when there is one. */
    void applyKeyedTag(int n) {
        List<Tag> keyed = tree.keyed();
        if (n >= 1 && n <= keyed.size()) {
            applyTag(keyed.get(n - 1).id());
        }
    }

    private static Button toolButton(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void rebuildTagButtons() {
        List<Node> buttons = new ArrayList<>();
        int key = 1;
        for (Tag t : tree.keyed()) {
            Button b = toolButton("action-tag-" + t.id(), TagNames.display(i18n, t), () -> applyTag(t.id()));
            b.getStyleClass().addAll("tag-button", "chip-" + t.id(), Highlighter.tagColourClass(t.colour()));
            b.setTooltip(new Tooltip(i18n.get("tags.keyTooltip", key++, TagNames.display(i18n, t))));
            buttons.add(b);
        }
        tagButtons.clear();
        buttons.forEach(b -> tagButtons.add((Button) b));
        tagButtonsChanged.run();
    }

    /** Context-menu items for the first nine tags, the paragraph note and paragraph splitting, rebuilt each time the menu opens. */
    List<MenuItem> menuItems() {
        List<MenuItem> items = new ArrayList<>();
        int key = 1;
        for (Tag t : tree.keyed()) {
            MenuItem item = new MenuItem(i18n.get("menu.toggleLevel", TagNames.display(i18n, t)));
            item.setId("menu-tag-" + t.id());
            item.setAccelerator(new KeyCodeCombination(KeyCode.valueOf("DIGIT" + key++)));
            item.setOnAction(e -> applyTag(t.id()));
            items.add(item);
        }
        MenuItem paragraphNote = new MenuItem(i18n.get("notes.paragraphNote"));
        paragraphNote.setId("menu-paragraph-note");
        paragraphNote.setOnAction(e -> addParagraphNote());
        items.add(paragraphNote);
        items.add(new javafx.scene.control.SeparatorMenuItem());
        items.addAll(paragraphs.menuItems());
        return items;
    }

    // ---- loading -------------------------------------------------------------------------------

    /** Shows a speech's text and annotations in the reader and notes panel. */
    void show(Speech speech) {
        current = speech;
        load();
        reader.show(speech, tree, tags, spans(), notes);
        notesPane.setNotes(notes);
        updateFilterContext(null);
    }

    void setAnalysis(Analysis analysis) {
        updateFilterContext(analysis);
    }

    private void load() {
        tree = annotator.tags();
        tags = library.paragraphTagIds(current.id());
        passages = library.passageTags(current.id());
        notes = library.notes(current.id());
    }

    private List<Highlighter.TagSpan> spans() {
        List<Highlighter.TagSpan> out = new ArrayList<>();
        for (PassageTag p : passages) {
            tree.find(p.tagId()).ifPresent(t ->
                    out.add(new Highlighter.TagSpan(p.start(), p.end(), t.colour(), TagNames.display(i18n, t))));
        }
        return out;
    }

    /** Redraws everything annotation-related from the library. */
    void refresh() {
        rebuildTagButtons();
        refreshUndoButtons();
        if (current == null) {
            return;
        }
        load();
        CorrectedView view = corrected.get(); // an undo may have been of a correction: one restyle for both
        reader.setAnnotations(tree, tags, spans(), notes, view);
        notesPane.setNotes(notes);
        updateFilterContext(reader.analysis());
        if (manager != null) {
            manager.reload(null);
        }
        if (view != null) {
            correctedShown.accept(view);
        }
    }

    private void updateFilterContext(Analysis analysis) {
        if (current == null) {
            return;
        }
        List<Integer> starts = new ArrayList<>();
        for (int p = 0; p < reader.area().getParagraphs().size(); p++) {
            starts.add(reader.area().getAbsolutePosition(p, 0));
        }
        List<SectorMention> sectors = analysis == null ? List.of() : analysis.sectors();
        Map<String, String> tagNames = new LinkedHashMap<>();
        for (Tag t : tree.inOrder()) {
            tagNames.put(t.id(), "  ".repeat(tree.depth(t)) + TagNames.display(i18n, t));
        }
        Map<String, String> sectorNames = new LinkedHashMap<>();
        reader.sectors().sorted(sectors.stream().map(SectorMention::sector).toList())
                .forEach(s -> sectorNames.put(s, Labels.sector(reader.sectors(), i18n, s)));
        notesPane.setContext(new NoteFilter.Context(tree, tags, passages, sectors, starts), tagNames, sectorNames);
    }

    void refreshUndoButtons() {
        Optional<Description> u = annotator.nextUndo();
        Optional<Description> r = annotator.nextRedo();
        undoButton.setDisable(u.isEmpty());
        redoButton.setDisable(r.isEmpty());
        undoButton.setTooltip(new Tooltip(u.map(d -> i18n.get("undo.tooltip", describe(d))).orElse(i18n.get("undo.nothing"))));
        redoButton.setTooltip(new Tooltip(r.map(d -> i18n.get("redo.tooltip", describe(d))).orElse(i18n.get("redo.nothing"))));
    }

    private String describe(Description d) {
        return i18n.get(d.key(), d.argArray());
    }

    // ---- tags ----------------------------------------------------------------------------------

    /**
     * Keys 1–9 and the tag buttons: a selection inside one paragraph (not the whole of it) gets a passage tag;
     * otherwise the paragraphs the selection or caret touch get the tag, or lose it when all have it.
     */
    void applyTag(String tagId) {
        if (current == null) {
            return;
        }
        IndexRange passage = reader.selectedPassage();
        guarded(() -> {
            if (passage != null) {
                var cmd = annotator.togglePassageTag(current.id(), passage.getStart(), passage.getEnd(), tagId);
                status.accept(describe(cmd.description()));
            } else {
                List<Integer> paragraphs = reader.selectedParagraphs();
                annotator.toggleParagraphTag(current.id(), paragraphs, tagId)
                        .ifPresent(cmd -> status.accept(describe(cmd.description())));
            }
        });
        refresh();
    }

    /** Adds or removes a tag on paragraphs (accepting a suggestion, or the window's public level toggle). */
    void setTag(List<Integer> paragraphs, String tagId, boolean present) {
        if (current == null) {
            return;
        }
        guarded(() -> annotator.setParagraphTag(current.id(), paragraphs, tagId, present)
                .map(ParagraphTagCommand::description).ifPresent(d -> status.accept(describe(d))));
        refresh();
    }

    void toggleLevel(Level level) {
        applyTag(level.id());
    }

    void openTagManager() {
        manager = new TagManager(annotator, i18n, stage, this::refresh, dialogs::confirm);
        manager.stage().setOnHidden(e -> manager = null);
        manager.show();
    }

    /** The open tag manager, for tests. */
    TagManager tagManager() {
        return manager;
    }

    // ---- notes ---------------------------------------------------------------------------------

    void addNote() {
        if (current == null) {
            return;
        }
        IndexRange sel = reader.area().getSelection();
        if (sel.getLength() == 0) {
            status.accept(i18n.get("note.selectFirst"));
            return;
        }
        String quote = "“" + reader.area().getText(sel.getStart(), sel.getEnd()) + "”";
        javafx.geometry.Bounds passage = onScreen(sel.getStart(), sel.getEnd());
        NoteDialog.show(i18n, stage, i18n.get("note.dialog.add"), quote, "", null, passage).ifPresent(r -> {
            if (guarded(() -> annotator.addPassageNote(current.id(), sel.getStart(), sel.getEnd(), r.body(), r.colour()))) {
                status.accept(i18n.get("note.added"));
            }
            refresh();
        });
    }

    void addParagraphNote() {
        if (current == null) {
            return;
        }
        int p = reader.area().getCurrentParagraph();
        IndexRange range = reader.paragraphRange(p);
        String quote = i18n.get("notes.scope.paragraph", p + 1, reader.area().getText(range.getStart(), range.getEnd()));
        NoteDialog.show(i18n, stage, i18n.get("notes.paragraphNote"), quote, "", null,
                onScreen(range.getStart(), range.getEnd())).ifPresent(r -> {
            if (guarded(() -> annotator.addParagraphNote(current.id(), p, range.getStart(), range.getEnd(), r.body(), r.colour()))) {
                status.accept(i18n.get("note.added"));
            }
            refresh();
        });
    }

    void addSpeechNote() {
        if (current == null) {
            return;
        }
        NoteDialog.show(i18n, stage, i18n.get("notes.speechNote"), i18n.get("notes.scope.speech"), "", null)
                .ifPresent(r -> {
                    if (guarded(() -> annotator.addSpeechNote(current.id(), r.body(), r.colour()))) {
                        status.accept(i18n.get("note.added"));
                    }
                    refresh();
                });
    }

    private void editNote(Note note) {
        boolean shown = current != null && note.speechId() == current.id() && note.scope() != NoteScope.SPEECH;
        NoteDialog.show(i18n, stage, i18n.get("note.dialog.edit"), note.quote(), note.body(), note.colour(),
                shown ? onScreen(note.start(), note.end()) : null)
                .ifPresent(r -> {
                    if (guarded(() -> annotator.editNote(note, r.body(), r.colour()))) {
                        status.accept(i18n.get("note.updated"));
                    }
                    refresh();
                });
    }

    /** Where [start, end) of the shown speech is on screen, for the note box to stay clear of; null when not shown. */
    private javafx.geometry.Bounds onScreen(int start, int end) {
        int length = reader.area().getLength();
        if (start < 0 || end > length || start >= end) {
            return null;
        }
        return reader.area().getCharacterBoundsOnScreen(start, end).orElse(null);
    }

    private void deleteNote(Note note) {
        String q = note.quote().isEmpty() ? note.body() : note.quote();
        if (!dialogs.confirm(i18n.get("note.confirmDelete", q.length() > 30 ? q.substring(0, 30) + "…" : q))) {
            return;
        }
        if (guarded(() -> annotator.deleteNote(note))) {
            status.accept(i18n.get("note.deleted"));
        }
        refresh();
    }

    // ---- undo ----------------------------------------------------------------------------------

    void undo() {
        step(true);
    }

    void redo() {
        step(false);
    }

    private void step(boolean undo) {
        try {
            Optional<Command> done = undo ? annotator.undo() : annotator.redo();
            if (done.isEmpty()) {
                status.accept(i18n.get(undo ? "undo.nothing" : "redo.nothing"));
            } else {
                Command c = done.get();
                if (c instanceof ParagraphEditCommand edit) {
                    paragraphs.afterStep(edit, undo); // the text changed: shown again, and read again by the engine
                }
                status.accept(i18n.get(undo ? "undo.done" : "redo.done", describe(c.description())));
                if (c instanceof jingdu.app.undo.SpeechMergeCommand) {
                    libraryChanged.run();
                }
                if (c instanceof jingdu.app.undo.TaskEditCommand || c instanceof jingdu.app.undo.TaskProgressCommand) {
                    tasksChanged.run(); // the board shows it; the reader stays on its speech
                } else if (c instanceof ParagraphEditCommand) {
                    // shown already
                } else if (c.speechId() >= 0 && (current == null || c.speechId() != current.id())) {
                    openSpeech.accept(c.speechId());
                } else if (c instanceof UserTermCommand) {
                    wordsChanged.run();
                }
            }
        } catch (UserFailure e) {
            dialogs.error(i18n.get("store.failed"), e.localized(i18n));
        }
        refresh();
    }

    @FunctionalInterface
    private interface Action {
        void run() throws AnnotationException;
    }

    /** Runs the action; false (with the reason shown) when it was refused or could not be saved. */
    private boolean guarded(Action action) {
        try {
            action.run();
            return true;
        } catch (AnnotationException e) {
            status.accept(e.localized(i18n));
        } catch (UserFailure e) {
            dialogs.error(i18n.get("store.failed"), e.localized(i18n));
        }
        return false;
    }
}
