package jingdu.ui;

import javafx.scene.control.SplitPane;

/** Remembers where the user left a split pane's dividers, by name, in the preferences. */
final class LayoutMemory {

    private LayoutMemory() {
    }

    /** Restores saved positions (else the defaults) and saves every later move. */
    static void remember(Prefs prefs, String name, SplitPane pane, double... defaults) {
        double[] saved = prefs.dividers(name);
        boolean usable = saved != null && saved.length == defaults.length;
        if (usable) {
            for (double d : saved) {
                usable &= d > 0.02 && d < 0.98;
            }
        }
        pane.setDividerPositions(usable ? saved : defaults);
        for (SplitPane.Divider d : pane.getDividers()) {
            d.positionProperty().addListener((obs, old, now) -> prefs.setDividers(name, pane.getDividerPositions()));
        }
    }
}
