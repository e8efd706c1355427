package jingdu.ui;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import jingdu.app.annotate.AnnotationException;
import jingdu.app.annotate.Annotator;
import jingdu.app.undo.Description;
import jingdu.app.undo.ParagraphEditCommand;
import jingdu.i18n.I18n;
import jingdu.i18n.UserFailure;
import jingdu.model.Speech;
import jingdu.ui.reader.ReaderArea;
import jingdu.ui.reader.ReaderView;
import org.fxmisc.richtext.Caret;
import org.fxmisc.richtext.model.TwoDimensional.Bias;
import org.fxmisc.richtext.model.TwoDimensional.Position;

/**
 * Splitting and joining paragraphs in the reader (issue 18), for speeches that arrived as one block or PDFs
 * that broke a paragraph. Two ways, neither of which a reader can set off by accident:
 * <ul>
 *   <li>the reader's context menu: 在此处分段 (at the place clicked, or the caret for Shift+F10 / the menu
 *   key) and 与下一段合并;</li>
 *   <li>an explicit 编辑段落 mode ({@link #TOGGLE}, or the menu's check item), framed in the reader and
 *   announced in the status line, in which Enter splits at the caret, Backspace at a paragraph's start joins
 *   it with the one before, Delete at its end joins the next, and Esc ends the mode. Outside it, Enter,
 *   Backspace and Delete do nothing to the text (the reader is read-only).</li>
 * </ul>
 * Each edit is one undoable {@link Annotator} command; the window then reopens the speech (its text changed,
 * so the engine reads it again) and puts the caret and the view back where the user was.
 */
final class ParagraphEditing {

    /** Starts and ends the 编辑段落 mode (for the window's menu bar and the F1 list). */
    static final KeyCombination TOGGLE = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    static final String SPLIT_ID = "menu-split-paragraph";
    static final String JOIN_ID = "menu-join-paragraph";
    static final String MODE_ID = "menu-edit-paragraphs";
    /** The reader's style class while the mode is on (a frame around the text). */
    static final String EDITING_CLASS = "paragraph-editing";

    private final Annotator annotator;
    private final I18n i18n;
    private final ReaderView reader;
    private final Supplier<Speech> current;
    private final Consumer<Long> reopen;
    private final Consumer<String> status;
    private final Function<Description, String> describe;
    private final Runnable changed;
    private boolean editing;
    /** Where the context menu was asked for: the place clicked, or the caret for the keyboard. */
    private int menuPlace;

    /**
     * {@code reopen} shows the speech again and has the engine read it; {@code changed} runs after every
     * edit (the undo buttons); {@code status} and {@code describe} report it.
     */
    ParagraphEditing(Annotator annotator, I18n i18n, ReaderView reader, Supplier<Speech> current, Consumer<Long> reopen,
                     Consumer<String> status, Function<Description, String> describe, Runnable changed) {
        this.annotator = annotator;
        this.i18n = i18n;
        this.reader = reader;
        this.current = current;
        this.reopen = reopen;
        this.status = status;
        this.describe = describe;
        this.changed = changed;
        ReaderArea area = reader.area();
        area.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> menuPlace = e.isKeyboardTrigger()
                ? area.getCaretPosition() : area.hit(e.getX(), e.getY()).getInsertionIndex());
        area.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
    }

    boolean editing() {
        return editing;
    }

    void toggle() {
        setEditing(!editing);
    }

    void setEditing(boolean on) {
        if (on == editing) {
            return;
        }
        editing = on;
        if (on) {
            reader.getStyleClass().add(EDITING_CLASS);
        } else {
            reader.getStyleClass().remove(EDITING_CLASS);
        }
        // the read-only reader hides its caret; where Enter will cut must be seen
        reader.area().getCaretSelectionBind().getUnderlyingCaret()
                .setShowCaret(on ? Caret.CaretVisibility.ON : Caret.CaretVisibility.AUTO);
        status.accept(i18n.get(on ? "paragraphs.editing" : "paragraphs.editingOff"));
    }

    /** The context menu's items, for the place it was asked for. */
    List<MenuItem> menuItems() {
        ReaderArea area = reader.area();
        int place = Math.min(Math.max(0, menuPlace), area.getLength());
        Position at = area.offsetToPosition(place, Bias.Backward);
        int length = at.getMajor() < area.getParagraphs().size() ? area.getParagraph(at.getMajor()).length() : 0;
        MenuItem split = new MenuItem(i18n.get("menu.splitParagraph"));
        split.setId(SPLIT_ID);
        split.setDisable(current.get() == null || at.getMinor() <= 0 || at.getMinor() >= length);
        split.setOnAction(e -> split(at.getMajor(), at.getMinor()));
        MenuItem join = new MenuItem(i18n.get("menu.joinParagraph"));
        join.setId(JOIN_ID);
        join.setDisable(current.get() == null || at.getMajor() >= area.getParagraphs().size() - 1);
        join.setOnAction(e -> join(at.getMajor()));
        CheckMenuItem mode = new CheckMenuItem(i18n.get("menu.editParagraphs"));
        mode.setId(MODE_ID);
        mode.setSelected(editing);
        mode.setAccelerator(TOGGLE);
        mode.setOnAction(e -> setEditing(mode.isSelected()));
        return List.of(split, join, mode);
    }

    /** Enter, Backspace, Delete and Esc while editing; the keys for the context menu note the caret. */
    private void key(KeyEvent e) {
        ReaderArea area = reader.area();
        if (e.getCode() == KeyCode.CONTEXT_MENU || e.getCode() == KeyCode.F10 && e.isShiftDown()) {
            menuPlace = area.getSelection().getLength() > 0 ? area.getSelection().getStart() : area.getCaretPosition();
            return;
        }
        if (!editing || e.isControlDown() || e.isAltDown() || e.isMetaDown() || e.isShiftDown()) {
            return;
        }
        int p = area.getCurrentParagraph();
        int column = area.getCaretColumn();
        switch (e.getCode()) {
            case ENTER -> {
                if (area.getSelection().getLength() > 0) {
                    status.accept(i18n.get("paragraphs.caretFirst"));
                } else {
                    split(p, column);
                }
            }
            case BACK_SPACE -> {
                if (column == 0 && area.getSelection().getLength() == 0) {
                    if (p == 0) {
                        status.accept(i18n.get("paragraphs.first"));
                    } else {
                        join(p - 1);
                    }
                }
            }
            case DELETE -> {
                if (column == area.getParagraph(p).length() && area.getSelection().getLength() == 0) {
                    if (p >= area.getParagraphs().size() - 1) {
                        status.accept(i18n.get("paragraphs.last"));
                    } else {
                        join(p);
                    }
                }
            }
            case ESCAPE -> setEditing(false);
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** Splits paragraph {@code paragraph} at {@code column}; the caret goes to the start of the second half. */
    void split(int paragraph, int column) {
        Speech speech = current.get();
        if (speech == null) {
            return;
        }
        run(() -> annotator.splitParagraph(speech.id(), paragraph, column), paragraph + 1, 0);
    }

    /** Joins paragraph {@code paragraph} with the next; the caret goes where they meet. */
    void join(int paragraph) {
        Speech speech = current.get();
        if (speech == null) {
            return;
        }
        int column = reader.area().getParagraph(paragraph).length();
        run(() -> annotator.joinParagraphs(speech.id(), paragraph), paragraph, column);
    }

    /**
     * After an undo or redo of a split or join: the speech is shown again, the caret where the paragraphs
     * were cut or joined.
     */
    void afterStep(ParagraphEditCommand c, boolean undo) {
        ParagraphEditCommand.Applied a = c.applied();
        int caret = a == null ? 0 : undo == c.split() ? a.from() : a.from() + a.inserted().length();
        Speech open = current.get();
        int top = open != null && open.id() == c.speechId() ? firstVisible() : -1;
        reopen.accept(c.speechId());
        ReaderArea area = reader.area();
        area.moveTo(Math.min(caret, area.getLength()));
        restoreView(top, area.getCurrentParagraph());
    }

    @FunctionalInterface
    private interface Edit {
        ParagraphEditCommand run() throws AnnotationException;
    }

    private void run(Edit edit, int caretParagraph, int caretColumn) {
        int top = firstVisible();
        ParagraphEditCommand done;
        try {
            done = edit.run();
        } catch (AnnotationException e) {
            status.accept(e.localized(i18n));
            return;
        } catch (UserFailure e) {
            status.accept(i18n.get("store.failed") + " " + e.localized(i18n));
            return;
        }
        reopen.accept(done.speechId());
        ReaderArea area = reader.area();
        int p = Math.min(caretParagraph, area.getParagraphs().size() - 1);
        area.moveTo(p, Math.min(caretColumn, area.getParagraph(p).length()));
        restoreView(top, p);
        changed.run();
        status.accept(describe.apply(done.description()));
    }

    private int firstVisible() {
        ReaderArea area = reader.area();
        return area.getVisibleParagraphs().isEmpty() ? -1 : area.firstVisibleParToAllParIndex();
    }

    /** The same paragraph at the top as before the edit, with the caret's paragraph in view. */
    private void restoreView(int top, int caretParagraph) {
        ReaderArea area = reader.area();
        if (top >= 0 && top < area.getParagraphs().size() && top <= caretParagraph) {
            area.showParagraphAtTop(top);
        }
        area.showParagraphInViewport(caretParagraph);
        area.requestFocus();
    }
}
