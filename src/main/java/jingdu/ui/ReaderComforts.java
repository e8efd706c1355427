package jingdu.ui;

import java.util.function.Consumer;

import jingdu.i18n.I18n;
import jingdu.ui.reader.FindBar;
import jingdu.ui.reader.ReaderView;

/**
 * The reader's comforts: the find bar above the text, zoom (remembered), and moving through the obligations. Their
 * keys (Ctrl+F, F3, Ctrl+= / Ctrl+- / Ctrl+0, J / K, Shift+J / Shift+K, ] / [) are in the window's key map,
 * {@link Commands}.
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
    }

    FindBar findBar() {
        return findBar;
    }

    double fontSize() {
        return fontSize;
    }

    void zoom(double delta) {
        setFontSize(fontSize + delta);
    }

    void resetZoom() {
        setFontSize(Prefs.DEFAULT_FONT_SIZE);
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

    /** The next (or previous) obligation after the caret; the status says when there is none. */
    void obligation(boolean forward) {
        if (reader.analysis() == null) {
            status.accept(i18n.get("reader.analyzing"));
        } else if (!reader.moveObligation(forward)) {
            status.accept(i18n.get(forward ? "comforts.nav.lastObligation" : "comforts.nav.firstObligation"));
        }
    }
}
