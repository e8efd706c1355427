package jingdu.app;

import java.util.regex.Pattern;

/** A speech's title: its first line when that reads as a heading, else the file name. */
final class Titles {

    private static final int MAX_TITLE = 60;
    /** A first line that ends a sentence or opens an address (同志们：) is not a title. */
    private static final Pattern NOT_A_TITLE = Pattern.compile(".*[。！？；：:，,]$|^同志们.*");

    private Titles() {
    }

    static String of(String canonicalText, String fileName) {
        int nl = canonicalText.indexOf('\n');
        String first = (nl < 0 ? canonicalText : canonicalText.substring(0, nl)).strip();
        if (!first.isEmpty() && first.length() <= MAX_TITLE && !NOT_A_TITLE.matcher(first).matches()) {
            return first;
        }
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
