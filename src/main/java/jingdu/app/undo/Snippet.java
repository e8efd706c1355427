package jingdu.app.undo;

/** A short one-line excerpt for descriptions. */
final class Snippet {

    private static final int MAX = 12;

    private Snippet() {
    }

    static String of(String text) {
        String t = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return t.length() <= MAX ? t : t.substring(0, MAX) + "…";
    }
}
