package jingdu.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jingdu.text.TextLayout;

/**
 * What a speech says about itself: its title line, the government level it speaks for (全市/我县 → 市/县),
 * the meeting and the date or year, each null when the text does not say.
 */
public record SpeechFacts(String title, String governmentLevel, String meeting, String meetingType, String date) {

    private static final Pattern LEVEL = Pattern.compile("[全我本]([省市州县区乡镇])");
    private static final Pattern MEETING = Pattern.compile(
            "(召开|收听收看了?|参加)(了)?(这次|今天的)?([^，。；：、]{2,40}?(会议|电视电话会|视频会|座谈会|推进会|调度会|现场会|部署会))");
    /** Kinds of meeting, most specific first. */
    private static final String[] TYPES = {"电视电话会议", "电视电话会", "视频会议", "视频会", "全体会议", "全体（扩大）会议",
        "扩大会议", "专题会议", "工作会议", "推进会", "调度会", "现场会", "部署会", "座谈会", "会议"};
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
        String meeting = meeting(text);
        if (meeting == null && title != null) {
            Matcher m = TITLE_MEETING.matcher(title);
            meeting = m.find() ? m.group(1) : null;
        }
        return new SpeechFacts(title, governmentLevel(text), meeting, meetingType(meeting), date(text));
    }

    /** 在全市安全生产工作会议上的讲话 → 全市安全生产工作会议. */
    private static final Pattern TITLE_MEETING = Pattern.compile("在(.{2,40}?(会议|会))上的(讲话|发言|报告|总结讲话)");

    private static String meetingType(String meeting) {
        if (meeting == null) {
            return null;
        }
        for (String t : TYPES) {
            if (meeting.endsWith(t)) {
                return t.startsWith("电视电话") ? "电视电话会议" : t.startsWith("视频") ? "视频会议" : t;
            }
        }
        return null;
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
        while (m.find()) {
            if (!m.group(4).startsWith("的")) { // 召开的一次重要会议 describes, it does not name
                return m.group(4);
            }
        }
        Matcher t = THIS_MEETING.matcher(text);
        return t.find() ? t.group(2) : null;
    }

    /** 这次市安委会全体会议，是…: the meeting named where the speaker points at it. */
    private static final Pattern THIS_MEETING = Pattern.compile(
            "(这次|本次|今天的)([^，。；：、的]{2,30}?(会议|电视电话会|视频会|座谈会|推进会|调度会|现场会|部署会))");

    private static String date(String text) {
        Matcher m = DATE.matcher(text);
        return m.find() ? m.group() : null;
    }
}
