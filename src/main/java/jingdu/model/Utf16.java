package jingdu.model;

/**
 * Facts about UTF-16 strings that the library file depends on: SQLite keeps text as UTF-8, where half a
 * surrogate pair (an emoji, a CJK character outside the BMP) cannot be written and silently becomes '?'.
 */
public final class Utf16 {

    private Utf16() {
    }

    /** True when {@code offset} falls between the two halves of a surrogate pair, splitting one character. */
    public static boolean splitsPair(CharSequence text, int offset) {
        return offset > 0 && offset < text.length()
                && Character.isHighSurrogate(text.charAt(offset - 1)) && Character.isLowSurrogate(text.charAt(offset));
    }

    /** Index of the first surrogate that is not half of a pair, or -1 when UTF-8 can hold the whole string. */
    public static int loneSurrogate(CharSequence s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** True when every surrogate is half of a pair (null counts as well formed: there is nothing to lose). */
    public static boolean isWellFormed(CharSequence s) {
        return s == null || loneSurrogate(s) < 0;
    }
}
