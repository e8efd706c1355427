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

    /**
     * 全市/我县/本区. Not a list of tiers (本省（区、市）, 全省区市: a national text addressing provinces), nor
     * 市场/区域 (全市场, 全区域).
     */
    private static final Pattern LEVEL = Pattern.compile(
            "[全我本]([省市州县区乡镇])(?![场域])(?!区市|[（(]区|[（(]自治区|、?自治区)");
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
            String first = paragraphs.get(0).of(text).strip();
            if (isTitleLine(first)) {
                title = first;
            }
        }
        // the title names this meeting; the body may name another one (收听收看了全国…电视电话会议)
        String meeting = null;
        if (title != null) {
            Matcher m = TITLE_MEETING.matcher(title);
            meeting = m.find() && !isCount(m.group(1)) ? m.group(1) : null;
        }
        if (meeting == null) {
            meeting = meeting(text);
        }
        return new SpeechFacts(title, governmentLevel(text), meeting, meetingType(meeting), date(text, paragraphs));
    }

    /** The longest line that can be a title. */
    public static final int MAX_TITLE = 60;
    /** A sentence ends inside it: a title has no 。！？; a colon or comma may not end it (主送: 各县区：). */
    private static final Pattern SENTENCE_INSIDE = Pattern.compile("[。！？；!?;]");
    private static final Pattern OPEN_END = Pattern.compile("[：:，,、]$");
    /** Salutations are no titles: 同志们, 各位领导、同志们. */
    private static final Pattern SALUTATION = Pattern.compile("^(同志们|各位|尊敬的|大家好)");

    /**
     * Whether a first line reads as a title (在全市安全生产工作会议上的讲话, 关于做好…的通知): short, no sentence
     * ending inside it, not a salutation, a numbered heading or a bare date.
     */
    public static boolean isTitleLine(String line) {
        String t = line.strip();
        return !t.isEmpty() && t.length() <= MAX_TITLE && !SENTENCE_INSIDE.matcher(t).find()
                && !OPEN_END.matcher(t).find() && !SALUTATION.matcher(t).find() && !ORDINAL.matcher(t).find()
                && !DATE_LINE.matcher(t).matches();
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
            // 召开的一次重要会议 describes, 召开了7个专题会议 counts: neither names a meeting
            if (!m.group(4).startsWith("的") && !isCount(m.group(4))) {
                return m.group(4);
            }
        }
        Matcher t = THIS_MEETING.matcher(text);
        while (t.find()) {
            if (!isCount(t.group(2))) {
                return t.group(2);
            }
        }
        Matcher h = HELD.matcher(text);
        while (h.find()) {
            String name = LEAD_TIME.matcher(h.group(1)).replaceFirst("");
            if (name.length() >= 4 && !name.startsWith("的") && !isCount(name)) {
                return name;
            }
        }
        return null;
    }

    /** A report's 全市安全生产工作会议（在市政府）召开. */
    private static final Pattern HELD = Pattern.compile(
            "([^，。；：、！？\\s]{4,40}?(会议|电视电话会|视频会|座谈会|推进会|调度会|现场会|部署会))(在[^，。；]{1,20}?)?(召开|举行)");
    /** A time before a meeting's name: 3月5日上午, 近日, 今天. */
    private static final Pattern LEAD_TIME = Pattern.compile(
            "^([0-9]{1,2}月[0-9]{1,2}日|[0-9]{4}年|近日|日前|今天|昨天|今日|昨日|上午|下午|晚上)+");

    /** 这次市安委会全体会议，是…: the meeting named where the speaker points at it. */
    private static final Pattern THIS_MEETING = Pattern.compile(
            "(这次|本次|今天的)([^，。；：、的]{2,30}?(会议|电视电话会|视频会|座谈会|推进会|调度会|现场会|部署会))");

    /** A count of meetings is no meeting's name: 7个专题会议, 各类会议, 多次调度会. */
    private static final Pattern COUNT = Pattern.compile(
            "^([0-9０-９一二三四五六七八九十两几多数百千余]+[个次场轮批项期]|各类|各种|各级|多次|一系列|系列)");

    private static boolean isCount(String name) {
        return COUNT.matcher(name).find();
    }

    /** Chinese digits of official signatures (二〇二四年三月五日). */
    private static final String CN = "〇零一二三四五六七八九十";
    private static final String DIGITS = "0-9０-９" + CN;
    /** A line that is only a date: a signature or a dateline under the title, 2024年3月5日, （2023年6月12日）. */
    private static final Pattern DATE_LINE = Pattern.compile(
            "[（(【\\[]?\\s*((?:19|20|二〇|二零)[" + DIGITS + "]{2}年[" + DIGITS + "]{1,2}月(?:[" + DIGITS + "]{1,3}日)?)"
                    + "\\s*[）)】\\]]?");
    /** A news dateline: 本报讯（记者 王明）3月5日，… / 新华社北京3月5日电. */
    private static final Pattern DATELINE = Pattern.compile(
            "^[^，。]{0,16}?(讯)[^。]{0,30}?(((19|20)[0-9]{2})年)?([0-9]{1,2}月[0-9]{1,2}日)|"
                    + "^[^，。]{0,16}?(((19|20)[0-9]{2})年)?([0-9]{1,2}月[0-9]{1,2}日)电|"
                    + "^(((19|20)[0-9]{2})年)?([0-9]{1,2}月[0-9]{1,2}日)[，,]"); // a news lead: 6月3日，公司召开…
    /** A year that bounds a period rather than dating the speech: 2015年以来, 到2019年底, 截至2023年. */
    private static final Pattern PERIOD_BEFORE = Pattern.compile("(到|至|截至|截止|自|从)$");
    private static final Pattern PERIOD_AFTER = Pattern.compile("^(以来|底|末|前|以前|之前|至|到|—|-|～|~)");
    /** A day that bounds a task rather than dating the speech: 2025年12月31日前, 2024年7月1日起. */
    private static final Pattern DAY_BOUND_AFTER = Pattern.compile("^(前|以前|之前|起|以来|止|为止|以后|之后|后)");

    /** The signature or dateline when there is one, else the first year that dates something in the body. */
    private static String date(String text, List<TextLayout.Range> paragraphs) {
        for (int i = paragraphs.size() - 1; i >= 0; i--) {
            Matcher m = DATE_LINE.matcher(paragraphs.get(i).of(text).strip());
            if (m.matches()) {
                return arabic(m.group(1));
            }
        }
        for (int i = 0; i < Math.min(3, paragraphs.size()); i++) {
            Matcher m = DATELINE.matcher(paragraphs.get(i).of(text).strip());
            if (m.find()) {
                int at = m.group(1) != null ? 2 : m.group(9) != null ? 6 : 10;
                String year = m.group(at);
                if (year == null && i > 0) { // the title's year dates a dateline that has none
                    Matcher y = DATE.matcher(paragraphs.get(0).of(text));
                    year = y.find() ? y.group(1) + "年" : null;
                }
                return nullToEmpty(year) + m.group(at + 3);
            }
        }
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            boolean bounds = PERIOD_BEFORE.matcher(text.substring(Math.max(0, m.start() - 2), m.start())).find()
                    || (m.group(4) == null ? PERIOD_AFTER : DAY_BOUND_AFTER)
                            .matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 2))).find();
            if (!bounds) {
                return m.group();
            }
        }
        return null;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** 二〇二四年三月十五日 → 2024年3月15日; Arabic and full-width digits pass as digits. */
    static String arabic(String date) {
        StringBuilder out = new StringBuilder();
        StringBuilder number = new StringBuilder();
        for (char c : date.toCharArray()) {
            if (c == '年' || c == '月' || c == '日') {
                out.append(number(number.toString(), c == '年')).append(c);
                number.setLength(0);
            } else {
                number.append(c);
            }
        }
        return out.toString();
    }

    private static String number(String digits, boolean year) {
        StringBuilder plain = new StringBuilder();
        for (char c : digits.toCharArray()) {
            if (c >= '０' && c <= '９') {
                plain.append((char) ('0' + c - '０'));
            } else if (c == '〇' || c == '零') {
                plain.append('0');
            } else if (c == '十') {
                plain.append('十');
            } else if (CN.indexOf(c) > 0) {
                plain.append((char) ('0' + CN.indexOf(c) - 1));
            } else {
                plain.append(c);
            }
        }
        String p = plain.toString();
        if (year || !p.contains("十")) {
            return p.replace("十", "");
        }
        // 十 → 10, 十五 → 15, 二十 → 20, 二十三 → 23
        int at = p.indexOf('十');
        int tens = at == 0 ? 1 : Integer.parseInt(p.substring(0, at));
        int ones = at == p.length() - 1 ? 0 : Integer.parseInt(p.substring(at + 1));
        return Integer.toString(tens * 10 + ones);
    }
}
