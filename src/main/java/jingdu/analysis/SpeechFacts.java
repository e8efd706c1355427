package jingdu.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a speech says about itself: its title line, the government level it speaks for (全市/我县 → 市/县),
 * the meeting and the date or year, each null when the text does not say.
 */
public record SpeechFacts(String title, String governmentLevel, String meeting, String date) {

    private static final Pattern LEVEL = Pattern.compile("[全我本]([省市州县区乡镇])");
    private static final Pattern MEETING = Pattern.compile(
            "(召开|收听收看了?|参加)(了)?(这次|今天的)?([^，。；：、]{2,40}?(会议|电视电话会|视频会|座谈会|推进会|调度会))");
    private static final Pattern DATE = Pattern.compile("((19|20)[0-9]{2}|20_)年(度)?([0-9]{1,2}月([0-9]{1,2}日)?)?");
    private static final Pattern END = Pattern.compile("[。！？；!?;：:]");
    private static final Pattern ORDINAL = Pattern.compile("^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十0-9]+[）)]|[0-9]+[.、])");

    public static SpeechFacts of(String text) {
        List<TextLayout.Range> paragraphs = TextLayout.paragraphs(text);
        String title = null;
        if (!paragraphs.isEmpty()) {
            String first = paragraphs.get(0).of(text);
            if (first.length() <= 60 && !END.matcher(first).find() && !ORDINAL.matcher(first).find()) {
                title = first;
            }
        }
        return new SpeechFacts(title, governmentLevel(text), meeting(text), date(text));
    }

    private static String governmentLevel(String text) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Matcher m = LEVEL.matcher(text);
        while (m.find()) {
            String level = m.group(1).equals("镇") ? "乡" : m.group(1);
            counts.merge(level, 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static String meeting(String text) {
        Matcher m = MEETING.matcher(text);
        return m.find() ? m.group(4) : null;
    }

    private static String date(String text) {
        Matcher m = DATE.matcher(text);
        return m.find() ? m.group() : null;
    }
}
