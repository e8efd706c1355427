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

    // ---- reader comforts: zoom, theme, layout, recent speeches ----

    public static final double DEFAULT_FONT_SIZE = 17;

    public double readerFontSize() {
        return node.getDouble("reader.fontSize", DEFAULT_FONT_SIZE);
    }

    public void setReaderFontSize(double px) {
        node.putDouble("reader.fontSize", px);
    }

    /** The Word report's 发文单位 as last typed in the export dialog; "" when never. */
    public String reportIssuer() {
        return node.get("reportIssuer", "");
    }

    public void setReportIssuer(String issuer) {
        node.put("reportIssuer", issuer == null ? "" : issuer.strip());
    }

    /**
     * The report title, ledger title and date last typed for one speech (or "several" for a multi-speech
     * export), keyed by a short digest of it; empty strings when never. Titles belong to a speech, the
     * 发文单位 to the user, so only the latter is shared by all exports.
     */
    public String[] exportTitles(String speechKey) {
        String k = "exportTitles." + Integer.toHexString(speechKey.hashCode()) + ".";
        return new String[] {node.get(k + "report", ""), node.get(k + "ledger", ""), node.get(k + "date", "")};
    }

    public void setExportTitles(String speechKey, String report, String ledger, String date) {
        String k = "exportTitles." + Integer.toHexString(speechKey.hashCode()) + ".";
        node.put(k + "report", clip(report));
        node.put(k + "ledger", clip(ledger));
        node.put(k + "date", clip(date));
    }

    private static String clip(String s) {
        String t = s == null ? "" : s.strip();
        // java.util.prefs refuses values over MAX_VALUE_LENGTH; a title that long is not worth remembering
        return t.length() > Preferences.MAX_VALUE_LENGTH / 2 ? "" : t;
    }

    /** Whether the Word report last printed its markers (【必须】, 【第 6 段｜…】). */
    public boolean reportMarkers() {
        return node.getBoolean("reportMarkers", false);
    }

    public void setReportMarkers(boolean markers) {
        node.putBoolean("reportMarkers", markers);
    }

    /** "light" or "dark". */
    public String theme() {
        return node.get("theme", "light");
    }

    public void setTheme(String theme) {
        node.put("theme", theme);
    }

    public boolean maximized() {
        return node.getBoolean("window.maximized", false);
    }

    public void setMaximized(boolean maximized) {
        node.putBoolean("window.maximized", maximized);
    }

    /** Divider positions of the named split pane, or null when none were saved. */
    public double[] dividers(String pane) {
        String saved = node.get("dividers." + pane, "");
        if (saved.isEmpty()) {
            return null;
        }
        try {
            return java.util.Arrays.stream(saved.split(",")).mapToDouble(Double::parseDouble).toArray();
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public void setDividers(String pane, double[] positions) {
        node.put("dividers." + pane, java.util.Arrays.stream(positions).mapToObj(Double::toString)
                .collect(java.util.stream.Collectors.joining(",")));
    }

    /** Ids of the speeches opened last in this library, newest first, at most {@code RECENT_MAX}. */
    public java.util.List<Long> recentSpeeches(String dbKey) {
        String saved = node.get("recent." + Integer.toHexString(dbKey.hashCode()), "");
        java.util.List<Long> out = new java.util.ArrayList<>();
        for (String part : saved.split(",")) {
            try {
                out.add(Long.parseLong(part.strip()));
            } catch (NumberFormatException e) {
                // an empty or damaged entry: skip it
            }
        }
        return out;
    }

    public static final int RECENT_MAX = 10;

    public void addRecentSpeech(String dbKey, long id) {
        java.util.List<Long> ids = new java.util.ArrayList<>(recentSpeeches(dbKey));
        ids.remove(id);
        ids.add(0, id);
        node.put("recent." + Integer.toHexString(dbKey.hashCode()), ids.stream().limit(RECENT_MAX)
                .map(String::valueOf).collect(java.util.stream.Collectors.joining(",")));
    }

    /** The reader's "只看已确认" view: only what the user decided is drawn. */
    public boolean decidedOnly() {
        return node.getBoolean("reader.decidedOnly", false);
    }

    public void setDecidedOnly(boolean on) {
        node.putBoolean("reader.decidedOnly", on);
    }

    /** Whether a sector correction holds for this place or every speech: "ask" (the default), "here", "everywhere". */
    public String sectorScope() {
        return node.get("correct.sectorScope", "ask");
    }

    public void setSectorScope(String scope) {
        node.put("correct.sectorScope", scope);
    }
}
