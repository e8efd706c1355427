package jingdu.analysis;

import java.util.List;
import java.util.regex.Pattern;

import jingdu.text.TextLayout;

/**
 * Heading level of a paragraph: 1 for 一、, 2 for （一）, 3 for 1. / 1、 / （1） / 一是 / 第一， when the
 * paragraph is a short heading, or a numbered heading that runs into its paragraph; 0 for body text.
 * A heading that runs into its paragraph (一、风险上要再研判。夏季历来是…) is its first sentence only.
 */
public final class HeadingDetector {

    private static final Pattern LEVEL1 = Pattern.compile("^[一二三四五六七八九十]+、");
    private static final Pattern LEVEL2 = Pattern.compile("^[（(][一二三四五六七八九十]+[）)]");
    private static final Pattern LEVEL3 = Pattern.compile(
            "^([0-9]+[.．、]|[（(][0-9]+[）)]|[一二三四五六七八九十]+[是要]|第[一二三四五六七八九十]+[，,、：:．.])");
    /** A numbered heading (1. / （1）) that runs into its paragraph: not a decimal (1.5) or a year (2023、). */
    private static final Pattern NUMBERED = Pattern.compile("^([0-9]{1,2}[.．、](?![0-9])|[（(][0-9]{1,2}[）)])");
    /** A level-3 marker heads only a short, single-sentence paragraph; longer ones are list items in body text. */
    static final int SHORT = 40;
    /** A run-in numbered heading is a short first sentence; a longer one opens a list item. */
    static final int SHORT_RUN_IN = 30;

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

    /**
     * Level of the paragraph [{@code paragraph}) of {@code text} with its {@code sentences}: as
     * {@link #level(String, int)}, and besides a numbered paragraph whose short first sentence is a
     * heading running into the text after it (1. 强化风险管控。各单位要…).
     */
    public static int level(String text, TextLayout.Range paragraph, List<TextLayout.Range> sentences) {
        String para = paragraph.of(text);
        int level = level(para, sentences.size());
        if (level == 0 && sentences.size() > 1 && NUMBERED.matcher(para).find()) {
            TextLayout.Range first = sentences.get(0);
            char last = text.charAt(first.end() - 1);
            // a heading sentence ends on 。/！, not on ；, which ties list clauses together
            if (first.end() - first.start() <= SHORT_RUN_IN && (last == '。' || last == '！')) {
                return 3;
            }
        }
        return level;
    }

    /**
     * Where the heading of a paragraph of {@code level} ends: the end of its first sentence when more
     * follow, else the paragraph's end; the paragraph's start for body text (level 0).
     */
    public static int headingEnd(TextLayout.Range paragraph, List<TextLayout.Range> sentences, int level) {
        if (level <= 0) {
            return paragraph.start();
        }
        return sentences.size() > 1 ? sentences.get(0).end() : paragraph.end();
    }

    /** True when the paragraph's first sentence opens with a level-1 or level-2 marker. */
    static boolean opensWithMajorMarker(String paragraph) {
        return LEVEL1.matcher(paragraph).find() || LEVEL2.matcher(paragraph).find();
    }
}
