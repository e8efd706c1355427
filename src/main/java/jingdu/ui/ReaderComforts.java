package jingdu.ui;

import java.util.function.Consumer;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;
import jingdu.i18n.I18n;
import jingdu.ui.reader.FindBar;
import jingdu.ui.reader.ReaderView;

/**
 * The reader's comforts, wired in one place: the find bar above the text (Ctrl+F, F3), zoom
 * (Ctrl+= / Ctrl+- / Ctrl+0, remembered), J / K through paragraphs, Shift+J / Shift+K (or ] / [)
 * through obligations, and F1 for the list of keys.
 */
final class ReaderComforts {

    static final double MIN_FONT = 11;
    static final double MAX_FONT = 36;
    private static final double STEP = 2;

    private final I18n i18n;
    private final Prefs prefs;
    private final ReaderView reader;
    private final FindBar findBar;
    private final Consumer<String> status;
    private double fontSize;

    ReaderComforts(I18n i18n, Prefs prefs, ReaderView reader, Consumer<String> status) {
        this.i18n = i18n;
        this.prefs = prefs;
        this.reader = reader;
        this.status = status;
        this.findBar = new FindBar(i18n, reader);
        reader.setTop(findBar);
        fontSize = clamp(prefs.readerFontSize());
        reader.setFontSize(fontSize);
        reader.area().addEventFilter(KeyEvent.KEY_PRESSED, this::navigationKey);
    }

    FindBar findBar() {
        return findBar;
    }

    double fontSize() {
        return fontSize;
    }

    void installAccelerators(Scene scene, Window owner) {
        var acc = scene.getAccelerators();
        acc.put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), findBar::open);
        acc.put(new KeyCodeCombination(KeyCode.F3), findBar::next);
        acc.put(new KeyCodeCombination(KeyCode.F3, KeyCombination.SHIFT_DOWN), findBar::previous);
        for (KeyCode in : new KeyCode[] {KeyCode.EQUALS, KeyCode.PLUS, KeyCode.ADD}) {
            acc.put(new KeyCodeCombination(in, KeyCombination.SHORTCUT_DOWN), () -> zoom(+STEP));
        }
        for (KeyCode out : new KeyCode[] {KeyCode.MINUS, KeyCode.SUBTRACT}) {
            acc.put(new KeyCodeCombination(out, KeyCombination.SHORTCUT_DOWN), () -> zoom(-STEP));
        }
        for (KeyCode reset : new KeyCode[] {KeyCode.DIGIT0, KeyCode.NUMPAD0}) {
            acc.put(new KeyCodeCombination(reset, KeyCombination.SHORTCUT_DOWN), this::resetZoom);
        }
        acc.put(new KeyCodeCombination(KeyCode.F1), () -> showShortcuts(owner));
    }

    void zoom(double delta) {
        setFontSize(fontSize + delta);
    }

    void resetZoom() {
        setFontSize(Prefs.DEFAULT_FONT_SIZE);
    }

    void showShortcuts(Window owner) {
        ShortcutsDialog.create(i18n, owner).show();
    }

    private void setFontSize(double px) {
        fontSize = clamp(px);
        reader.setFontSize(fontSize);
        prefs.setReaderFontSize(fontSize);
        status.accept(i18n.get("comforts.zoom.status", Math.round(fontSize * 100 / Prefs.DEFAULT_FONT_SIZE)));
    }

    private static double clamp(double px) {
        return Math.max(MIN_FONT, Math.min(MAX_FONT, px));
    }

    private void navigationKey(KeyEvent e) {
        if (e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
            return;
        }
        KeyCode code = e.getCode();
        boolean shift = e.isShiftDown();
        if (code == KeyCode.J || code == KeyCode.K) {
            boolean forward = code == KeyCode.J;
            if (shift) {
                obligation(forward);
            } else {
                reader.moveParagraph(forward ? 1 : -1);
            }
            e.consume();
        } else if (code == KeyCode.CLOSE_BRACKET || code == KeyCode.OPEN_BRACKET) {
            obligation(code == KeyCode.CLOSE_BRACKET);
            e.consume();
        }
    }

    private void obligation(boolean forward) {
        if (reader.analysis() == null) {
            status.accept(i18n.get("reader.analyzing"));
        } else if (!reader.moveObligation(forward)) {
            status.accept(i18n.get(forward ? "comforts.nav.lastObligation" : "comforts.nav.firstObligation"));
        }
    }
}
