package jingdu.ui.reader;

import java.util.List;

import jingdu.model.Obligation;

/** Where J / K and Shift+J / Shift+K go: pure functions of the caret position and the analysis. */
public final class ReaderNavigation {

    private ReaderNavigation() {
    }

    /** The paragraph {@code delta} steps from {@code current}, kept inside [0, count). */
    public static int paragraph(int current, int delta, int count) {
        if (count <= 0) {
            return 0;
        }
        return Math.max(0, Math.min(count - 1, current + delta));
    }

    /**
     * The index of the obligation after (forward) or before (backward) the caret, or -1 when there is
     * none that way. "After" means starting past the caret; the obligation the caret is at the start
     * of counts as the current one, so pressing again moves on.
     */
    public static int obligation(List<Obligation> obligations, int caret, boolean forward) {
        if (forward) {
            for (int i = 0; i < obligations.size(); i++) {
                if (obligations.get(i).start() > caret) {
                    return i;
                }
            }
        } else {
            for (int i = obligations.size() - 1; i >= 0; i--) {
                if (obligations.get(i).start() < caret) {
                    return i;
                }
            }
        }
        return -1;
    }
}
