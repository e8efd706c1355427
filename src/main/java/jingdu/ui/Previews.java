package jingdu.ui;

/** Where the quick first reading of a long document stops: a few screens' worth, at a paragraph's end. */
final class Previews {

    /** Texts up to this length are read whole at once (a 5,000-character speech takes a few milliseconds). */
    static final int WHOLE = 40_000;
    /** About ten screens of a maximised reader. */
    static final int PREVIEW = 12_000;

    private Previews() {
    }

    /** The end of the preview in {@code text}: its length when short, else the first line break after PREVIEW. */
    static int end(String text) {
        if (text.length() <= WHOLE) {
            return text.length();
        }
        int nl = text.indexOf('\n', PREVIEW);
        return nl < 0 || nl >= WHOLE ? PREVIEW : nl;
    }
}
