package jingdu.ui;

import java.util.OptionalLong;
import java.util.prefs.Preferences;

/** Preferences (language, last speech, window bounds) in java.util.prefs; the user's work stays in SQLite. */
public final class Prefs {

    private final Preferences node;

    public Prefs(Preferences node) {
        this.node = node;
    }

    /** The user node, or another one named by {@code -Djingdu.prefs=…} (tests keep theirs apart). */
    public static Prefs user() {
        return new Prefs(Preferences.userRoot().node(System.getProperty("jingdu.prefs", "jingdu")));
    }

    public String language() {
        return node.get("language", "zh");
    }

    public void setLanguage(String language) {
        node.put("language", language);
    }

    public OptionalLong lastSpeech(String dbKey) {
        long id = node.getLong("lastSpeech." + Integer.toHexString(dbKey.hashCode()), -1);
        return id < 0 ? OptionalLong.empty() : OptionalLong.of(id);
    }

    public void setLastSpeech(String dbKey, long id) {
        node.putLong("lastSpeech." + Integer.toHexString(dbKey.hashCode()), id);
    }

    public double[] windowBounds() {
        return new double[] {node.getDouble("window.x", Double.NaN), node.getDouble("window.y", Double.NaN),
                node.getDouble("window.w", 1280), node.getDouble("window.h", 800)};
    }

    public void setWindowBounds(double x, double y, double w, double h) {
        node.putDouble("window.x", x);
        node.putDouble("window.y", y);
        node.putDouble("window.w", w);
        node.putDouble("window.h", h);
    }
}
