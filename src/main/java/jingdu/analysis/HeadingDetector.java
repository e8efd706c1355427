package jingdu.analysis;

import java.util.regex.Pattern;

/**
 * Heading level of a paragraph: 1 for 一、, 2 for （一）, 3 for 1. / 1、 / （1） / 一是 / 第一， when the
 * paragraph is a short heading; 0 for body text.
 */
public final class HeadingDetector {

    private static final Pattern LEVEL1 = Pattern.compile("^[一二三四五六七八九十]+、");
    private static final Pattern LEVEL2 = Pattern.compile("^[（(][一二三四五六七八九十]+[）)]");
    private static final Pattern LEVEL3 = Pattern.compile(
            "^([0-9]+[.．、]|[（(][0-9]+[）)]|[一二三四五六七八九十]+[是要]|第[一二三四五六七八九十]+[，,、：:．.])");
    /** A level-3 marker heads only a short, single-sentence paragraph; longer ones are list items in body text. */
    static final int SHORT = 40;

    private HeadingDetector() {
    }

    /** {@code paragraph} is the stripped paragraph text, {@code sentences} its sentence count. */
    public static int level(String paragraph, int sentences) {
        if (LEVEL1.matcher(paragraph).find()) {
            return 1;
        }
        if (LEVEL2.matcher(paragraph).find()) {
            return 2;
        }
        if (LEVEL3.matcher(paragraph).find() && sentences == 1 && paragraph.length() <= SHORT) {
            return 3;
        }
        return 0;
    }

    /** True when the paragraph's first sentence opens with a level-1 or level-2 marker. */
    static boolean opensWithMajorMarker(String paragraph) {
        return LEVEL1.matcher(paragraph).find() || LEVEL2.matcher(paragraph).find();
    }
}
