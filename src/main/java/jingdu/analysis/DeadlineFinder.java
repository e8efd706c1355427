package jingdu.analysis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The deadline (完成时限) a directive states, per ANNOTATION_GUIDE.md section 6: the first span of the sentence
 * that says when, by when or how often the work is done, or null. A small grammar of time expressions:
 * numbers with time units (2020年底前, 6月30日前, 10日内, 每季度至少一次, 后40天), named periods and events from
 * {@code lexicon/deadline-words.tsv} (汛期, 岁末年初, 国庆期间, 春节前后), 限期, 即日起至…, and any short noun
 * phrase before 期间 (外地游客来访期间). Coordinated times stay together (汛期和下半年, 5月至9月). A time is
 * dropped when it sits in a phrase that states no deadline (第一时间, 疫情防控期间, 24小时值班), in a clause that
 * narrates what was done (会议部署了下半年工作), in a reason frame (结合夏季高温等季节特点), in the name of a
 * meeting or document (年初工作会议上), or in an attitude slogan (成绩每天归零的危机意识).
 */
final class DeadlineFinder {

    private static final WordLists WORDS = WordLists.read("/lexicon/deadline-words.tsv",
            "period", "event", "event-suffix", "not-deadline", "frame-open", "frame-close", "narrative",
            "not-perfective", "name-noun", "mindset", "retrospective");
    private static final List<String> NOT_DEADLINE = WORDS.list("not-deadline");
    private static final List<String> FRAME_OPEN = WORDS.list("frame-open");
    private static final List<String> FRAME_CLOSE = WORDS.list("frame-close");
    private static final List<String> NARRATIVE = WORDS.list("narrative");
    private static final List<String> NOT_PERFECTIVE = WORDS.list("not-perfective");
    private static final List<String> NAME_NOUNS = WORDS.list("name-noun");
    private static final List<String> MINDSET = WORDS.list("mindset");
    private static final List<String> RETROSPECTIVE = WORDS.list("retrospective");

    private static final String SP = "[ \\u3000]*";
    /** A count: Arabic or Chinese digits, 半 and 几; {@code *} is a digit masked in published texts. */
    private static final String NUM = SP + "[0-9０-９零〇一二三四五六七八九十百两半几*＊]+" + SP;
    private static final String DIGIT = "[0-9０-９〇零一二三四五六七八九十*＊]";
    private static final String YEAR_HEAD = "(?:" + DIGIT + "{2,4}" + SP + "年度?|[今明本当]年度?)";
    private static final String MONTH = "(?:" + DIGIT + "{1,2}" + SP + "月份?|[本当下次]月)";
    private static final String DAY = DIGIT + "{1,3}" + SP + "[日号]";
    private static final String TEN_DAYS = "(?:中下旬|上中旬|上旬|中旬|下旬|底|末|初)";
    private static final String LIMIT = "(?:之前|以前|之内|以内|之后|以后|前后|前|内|起|开始)";
    private static final String UNIT = "(?:个工作日|工作日|自然日|个星期|星期|个月|小时|分钟|日|天|周|月|年)";
    private static final String QUOTE = "[“”\"‘’'「」『』]*";
    private static final String SEP = "(?:以及|、|和|与|及|暨|至|到|—|－|-|~|～)";

    /** The whole grammar: used where a match may open with a number or a year (2024年, 两个月内, 今年内). */
    private static final Pattern TIME = grammar(alternation(WORDS.list("period")), alternation(WORDS.list("event")));
    /** Characters a number or year opens with: a match starting with one of them is tried with {@link #TIME}. */
    private static final String FULL_START = "0123456789０１２３４５６７８９零〇一二三四五六七八九十百两半几*＊今明本当";
    /** Characters only the fixed forms open with (每, 按, 限期, 即日起, 下周, 后40天, 用两年时间). */
    private static final String FIXED_START = "每按限自从即本当下次周星最未今此为用后";
    /**
     * For every other character a match can open with (the first characters of the named periods and events),
     * the grammar with only the periods and events that open with it: the lexicon alternations are what cost,
     * and each character of a sentence is a possible start.
     */
    private static final Map<Character, Pattern> BY_FIRST = byFirst();
    /**
     * Characters every match contains within its first {@link #ANCHOR_REACH} characters: the time units of the
     * grammar and the last characters of the named periods and event suffixes. Only positions this close
     * before one are tried, which keeps the cost of a sentence near that of one scan.
     */
    private static final BitSet ANCHORS = anchors();
    private static final int ANCHOR_REACH = 12;

    /**
     * Group names mark the forms that need a closer look (a bare year or a bare duration). {@code periods} and
     * {@code events} are the alternations tried at the start of a match.
     */
    private static Pattern grammar(String periods, String events) {
        String allEvents = alternation(WORDS.list("event"));
        String suffix = alternation(WORDS.list("event-suffix"));
        return Pattern.compile(
            // 每季度至少一次, 每两周, 每逢节假日, 按月
            "每(?:逢" + allEvents + "|" + "(?:" + NUM + ")?个?(?:半年|年度|年|季度|季|月|旬|周|星期|天|日|工作日|小时|晚|夜))"
                    + "(?:末|底|初)?(?:(?:至少|不少于|最少|不低于)" + NUM + "次)?"
            + "|按(?:月|季度|季|周|旬)(?![份节度])"
            // 限期, 限期30日内
            + "|限[期时](?:" + NUM + UNIT + "(?:之内|以内|内)?)?"
            + "|[自从]?即日起"
            // 2024年6月30日前, 6月底前, 本月底, *月
            + "|(?:" + YEAR_HEAD + SP + ")?" + MONTH + "(?:" + SP + DAY + ")?" + TEN_DAYS + "?" + LIMIT + "?"
            // 2024年汛期, 今年上半年, 年底前, 主汛期到来前
            + (periods == null ? "" : "|(?:" + YEAR_HEAD + SP + ")?" + periods + "(?:" + suffix + ")?")
            // 国庆期间, 春节前后, 国庆和二十大期间
            + (events == null ? "" : "|" + events + "(?:" + QUOTE + SEP + QUOTE + allEvents + ")*" + QUOTE + suffix)
            // 2020年底前, 今年内, 到2025年 (a bare year only after 到/至/在 or opening a clause: checked below)
            + "|(?<year>" + YEAR_HEAD + ")(?:底|末|初)?" + LIMIT + "?"
            // 本周五前, 下周一
            + "|(?:(?:[本下]周|[本下]星期)[一二三四五六日天](?:之前|以前|前)?|(?:周|星期)[一二三四五六日天](?:之前|以前|前))"
            // 15日前, 18时前
            + "|" + DAY + "(?:之前|以前|前|起)"
            + "|" + DIGIT + "{1,2}" + SP + "时(?:之前|以前|前)"
            // 10日内, 两个月内, 后40天, 为期三个月, 用两年时间 (prefix or suffix required: checked below)
            + "|(?<dur>(?<durPrefix>最后|未来|今后|此后|为期|用|后)?" + NUM + "个?" + UNIT
                    + "(?:时间)?(?<durSuffix>之内|以内|内)?)");
    }

    private static BitSet anchors() {
        BitSet out = new BitSet();
        "年月日号天周星季旬时分期限每按起".chars().forEach(out::set);
        for (String list : List.of("period", "event-suffix")) {
            for (String w : WORDS.list(list)) {
                out.set(w.charAt(w.length() - 1));
            }
        }
        return out;
    }

    private static Map<Character, Pattern> byFirst() {
        Map<Character, List<String>> periods = new HashMap<>();
        Map<Character, List<String>> events = new HashMap<>();
        for (String w : WORDS.list("period")) {
            periods.computeIfAbsent(w.charAt(0), k -> new ArrayList<>()).add(w);
        }
        for (String w : WORDS.list("event")) {
            events.computeIfAbsent(w.charAt(0), k -> new ArrayList<>()).add(w);
        }
        Set<Character> firsts = new HashSet<>(periods.keySet());
        firsts.addAll(events.keySet());
        for (char c : FIXED_START.toCharArray()) {
            firsts.add(c);
        }
        Map<Character, Pattern> out = new HashMap<>();
        for (char c : firsts) {
            if (FULL_START.indexOf(c) < 0) {
                List<String> p = periods.get(c);
                List<String> e = events.get(c);
                out.put(c, grammar(p == null ? null : alternation(p), e == null ? null : alternation(e)));
            }
        }
        return Map.copyOf(out);
    }

    /**
     * For each character that only named periods and events open with (not a number, a year or a fixed form:
     * 汛, 国, 全), those periods and events. Only they can match where the character is, so the grammar is tried
     * there only when one of them is: most such characters start no time (全面, 重点, 高度).
     */
    private static final Map<Character, String[]> NAMES_BY_FIRST = namesByFirst();

    private static Map<Character, String[]> namesByFirst() {
        Map<Character, List<String>> names = new HashMap<>();
        for (String w : WORDS.list("period")) {
            names.computeIfAbsent(w.charAt(0), k -> new ArrayList<>()).add(w);
        }
        for (String w : WORDS.list("event")) {
            names.computeIfAbsent(w.charAt(0), k -> new ArrayList<>()).add(w);
        }
        Map<Character, String[]> out = new HashMap<>();
        names.forEach((c, words) -> {
            if (FULL_START.indexOf(c) < 0 && FIXED_START.indexOf(c) < 0) {
                out.put(c, words.toArray(new String[0]));
            }
        });
        return Map.copyOf(out);
    }

    /** Every character a match can open with: most characters are none, and are passed over at one look. */
    private static final BitSet STARTS = starts();

    private static BitSet starts() {
        BitSet out = new BitSet();
        FULL_START.chars().forEach(out::set);
        BY_FIRST.keySet().forEach(c -> out.set(c));
        return out;
    }

    /** The grammar's match opening at {@code at} (ending by {@code end}), or null. */
    private static Matcher matchAt(String text, int at, int end) {
        char c = text.charAt(at);
        if (!STARTS.get(c)) {
            return null;
        }
        Pattern p = FULL_START.indexOf(c) >= 0 ? TIME : BY_FIRST.get(c);
        if (p == null) {
            return null;
        }
        String[] names = NAMES_BY_FIRST.get(c);
        if (names != null && !startsWithAny(text, at, names)) {
            return null;
        }
        Matcher m = p.matcher(text).region(at, end);
        return m.lookingAt() && m.end() > at ? m : null;
    }

    private static boolean startsWithAny(String text, int at, String[] words) {
        for (String w : words) {
            if (text.startsWith(w, at)) {
                return true;
            }
        }
        return false;
    }

    /** Words before a year that make a bare one a limit and belong to the deadline (到2025年). */
    private static final Pattern YEAR_PREFIX = Pattern.compile("(?:到|至|截至|截止到|截止|不晚于)$");
    /** Prepositions before a year that make a bare one a time of the work (于2024年完成); not copied. */
    private static final Pattern YEAR_AT = Pattern.compile("(?:在|于)$");
    private static final String RELATIVE_YEAR = "今明本当";
    /** What may join two coordinated times: 、 和 至 …, with quotes around. */
    private static final Pattern GAP = Pattern.compile(QUOTE + "(?:" + SEP + ")?" + QUOTE + SP);
    private static final String CLAUSE_END = "，,；;：:。！？!?\n";
    private static final Set<String> GENERIC_STOP = Set.of("的", "在", "于", "是", "为", "将", "要", "对", "把", "从",
            "自", "等", "和", "及", "与", "或", "这", "此", "该", "其");
    private static final int GENERIC_MAX = 12;
    private static final int NAME_WINDOW = 16;

    private record Span(int start, int end) {
    }

    /** Without words: for callers that have none (the grammar still applies; the word tests are skipped). */
    String find(String text, int start, int end) {
        return find(text, null, start, end);
    }

    /** The deadline of the sentence {@code text[start, end)}, or null; {@code tokens} cover it (may be null). */
    String find(String text, Tokens tokens, int start, int end) {
        List<Span> masked = masked(text, start, end);
        Span best = null;
        int anchor = Integer.MAX_VALUE; // the nearest anchor at or after i
        int[] nextAnchor = new int[end - start];
        for (int i = end - 1; i >= start; i--) {
            if (ANCHORS.get(text.charAt(i))) {
                anchor = i;
            }
            nextAnchor[i - start] = anchor;
        }
        for (int i = start; i < end && best == null; i++) {
            if (nextAnchor[i - start] - i > ANCHOR_REACH) {
                continue;
            }
            Matcher m = matchAt(text, i, end);
            if (m != null) {
                best = accept(text, tokens, start, end, m, masked);
            }
        }
        Span generic = generic(text, tokens, start, end, masked, best == null ? end : best.start());
        if (generic != null) {
            best = generic;
        }
        if (best == null) {
            return null;
        }
        int from = best.start();
        int to = extend(text, tokens, best.end(), end, masked);
        if (from > start && "“\"‘「".indexOf(text.charAt(from - 1)) >= 0 && closesQuote(text, from, to)) {
            from--; // “双节”期间 keeps its opening quote
        }
        return text.substring(from, to);
    }

    /** The span holds a closing quote but not its opening one. */
    private static boolean closesQuote(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '“' || c == '‘' || c == '「') {
                return false;
            }
            if (c == '”' || c == '’' || c == '」' || c == '"') {
                return true;
            }
        }
        return false;
    }

    /** The span of a grammar match when it states a deadline, else null. */
    private static Span accept(String text, Tokens tokens, int start, int end, Matcher m, List<Span> masked) {
        int s = m.start();
        int e = m.end();
        // trailing spaces of a count belong to the text after it
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (m.group("year") != null) {
            Matcher p = YEAR_PREFIX.matcher(text).region(start, s);
            boolean prefixed = p.find() && startsWord(tokens, p.start());
            // a bare calendar year (2025年) is a time only after 到/至/在 or opening a clause (2024年，各地要…),
            // not inside a noun phrase (2023年度考核); 今年/明年 are one unless the clause is about them (今年是…)
            boolean relative = RELATIVE_YEAR.indexOf(m.group().charAt(0)) >= 0;
            if (bareYear(m) && (relative ? e < end && "是来".indexOf(text.charAt(e)) >= 0 || text.charAt(s) == '当'
                    : !prefixed && !YEAR_AT.matcher(text).region(start, s).find() && !opensClause(text, start, s))) {
                return null;
            }
            if (prefixed) {
                s = p.start();
            }
        }
        if (bareDuration(m)) {
            return null;
        }
        // 每年的雨情: 每 as a determiner of a noun, not how often work is done
        if (text.charAt(s) == '每' && e < end && text.charAt(e) == '的') {
            return null;
        }
        Span span = new Span(s, e);
        return stated(text, tokens, start, end, span, masked) ? span : null;
    }

    /** Whether only spaces stand between the start of the clause and {@code at}. */
    private static boolean opensClause(String text, int start, int at) {
        int i = at;
        while (i > start && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i == start || CLAUSE_END.indexOf(text.charAt(i - 1)) >= 0;
    }

    /** 2025年, 今年: a year with no 底/前/内 after it. */
    private static boolean bareYear(Matcher m) {
        return m.group("year") != null && m.end("year") == m.end();
    }

    /** 三年, 24小时: a count of time with neither 后/为期 before nor 内 after it states no limit. */
    private static boolean bareDuration(Matcher m) {
        return m.group("dur") != null && m.group("durPrefix") == null && m.group("durSuffix") == null;
    }

    /** The first short noun phrase before 期间 (外地游客来访期间) that starts before {@code before}. */
    private static Span generic(String text, Tokens tokens, int start, int end, List<Span> masked, int before) {
        if (tokens == null) {
            return null;
        }
        // searched inside the sentence only: an indexOf over the rest of a long text per sentence is quadratic
        String sentence = text.substring(start, end);
        for (int r = sentence.indexOf("期间"); r >= 0; r = sentence.indexOf("期间", r + 1)) {
            int q = start + r;
            int w = tokens.firstAtOrAfter(q);
            int from = q;
            if (w >= tokens.size || tokens.start[w] != q) {
                // HanLP may cut X期/间 (高峰期/间): the word ending in 期 is part of the period's name
                w--;
                if (w < 0 || tokens.end(w) != q + 1 || tokens.nature[w].startsWith("v") || tokens.start[w] < start) {
                    continue;
                }
                from = tokens.start[w];
            }
            for (int k = w - 1; k >= 0 && tokens.start[k] >= start; k--) {
                String word = tokens.word[k];
                String nature = tokens.nature[k];
                boolean stop = nature.startsWith("w") || nature.startsWith("p") || nature.startsWith("u")
                        || nature.startsWith("d") || nature.startsWith("r") || nature.startsWith("c")
                        || (nature.startsWith("v") && word.length() >= 2) || GENERIC_STOP.contains(word)
                        || q - tokens.start[k] > GENERIC_MAX || CLAUSE_END.indexOf(word.charAt(0)) >= 0;
                if (stop) {
                    break;
                }
                from = tokens.start[k];
            }
            Span span = new Span(from, q + 2);
            if (from < q && from < before && stated(text, tokens, start, end, span, masked)) {
                return span;
            }
        }
        return null;
    }

    /** Coordinated or adjacent times stay together: 汛期和下半年, *月、*月, 5月至9月, 每月10日前. */
    private static int extend(String text, Tokens tokens, int at, int end, List<Span> masked) {
        while (at < end) {
            Matcher gap = GAP.matcher(text).region(at, end);
            int from = gap.lookingAt() ? gap.end() : at;
            Matcher next = from < end ? matchAt(text, from, end) : null;
            if (next == null) {
                return at;
            }
            int e = next.end();
            while (e > from && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (bareYear(next) && !Character.isDigit(text.charAt(from)) || bareDuration(next) || overlapsAny(masked, from, e) || !startsWord(tokens, from)) {
                return at;
            }
            at = e;
        }
        return at;
    }

    /** Whether the time {@code span} of the sentence {@code [start, end)} states when the directed work is done. */
    private static boolean stated(String text, Tokens tokens, int start, int end, Span span, List<Span> masked) {
        if (overlapsAny(masked, span.start(), span.end()) || !startsWord(tokens, span.start())) {
            return false;
        }
        int cs = span.start();
        while (cs > start && CLAUSE_END.indexOf(text.charAt(cs - 1)) < 0) {
            cs--;
        }
        int ce = span.end();
        while (ce < end && CLAUSE_END.indexOf(text.charAt(ce)) < 0) {
            ce++;
        }
        String clause = text.substring(cs, ce);
        return !narrative(clause) && !announcement(clause, tokens, cs, ce) && !inFrame(text, cs, span.start())
                && !WordLists.containsAny(text.substring(cs, span.start()), RETROSPECTIVE) && !namesSomething(text, tokens, span.end(), ce)
                && !inSlogan(text, span.end(), ce);
    }

    /**
     * A clause that announces what the speaker's body will do (市局今年将举办培训班，…; 8月份公司将对装置进行检修，…):
     * 将/d as an adverb of the future after a noun (the body), with no modal in the clause. Its time is no deadline
     * of the directive.
     */
    private static boolean announcement(String clause, Tokens tokens, int cs, int ce) {
        if (tokens == null || clause.indexOf('将') < 0 || WordLists.containsAny(clause, DIRECTIVE_WORDS)) {
            return false;
        }
        int first = tokens.firstAtOrAfter(cs);
        for (int k = first; k < tokens.size && tokens.start[k] < ce; k++) {
            if (tokens.word[k].equals("将") && tokens.nature[k].equals("d")) {
                // a body announces (市局今年将…, 公司将…), not 8月15日前将情况报… (将 = 把 after a limit)
                int b = k - 1;
                while (b >= first && (tokens.nature[b].equals("t") || tokens.nature[b].startsWith("d"))) {
                    b--;
                }
                return b >= first && tokens.nature[b].startsWith("n");
            }
        }
        return false;
    }

    private static final List<String> DIRECTIVE_WORDS = List.of("要", "必须", "务必", "应当", "须", "确保", "请", "严禁", "不得");

    /** A clause that reports what was done: 部署了, 刚才, 以来. */
    private static boolean narrative(String clause) {
        if (WordLists.containsAny(clause, NARRATIVE)) {
            return true;
        }
        String rest = clause;
        for (String w : NOT_PERFECTIVE) {
            rest = rest.replace(w, "");
        }
        return rest.indexOf('了') >= 0;
    }

    /** After 结合/针对/事关 in the clause, with no 特点/实际 closing the frame before the time. */
    private static boolean inFrame(String text, int clauseStart, int at) {
        String before = text.substring(clauseStart, at);
        int open = -1;
        for (String w : FRAME_OPEN) {
            open = Math.max(open, before.lastIndexOf(w));
        }
        if (open < 0) {
            return false;
        }
        for (String w : FRAME_CLOSE) {
            if (before.indexOf(w, open) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** The time modifies the name of a meeting or document: 年初安全生产工作会议上 (no verb before the name). */
    private static boolean namesSomething(String text, Tokens tokens, int from, int clauseEnd) {
        int limit = Math.min(clauseEnd, from + NAME_WINDOW);
        int name = -1;
        String window = from < limit ? text.substring(from, limit) : ""; // never the rest of a long text
        for (String w : NAME_NOUNS) {
            int i = window.indexOf(w);
            if (i >= 0 && (name < 0 || from + i < name)) {
                name = from + i;
            }
        }
        if (name < 0) {
            return false;
        }
        if (tokens != null) {
            for (int k = tokens.firstAtOrAfter(from); k < tokens.size && tokens.start[k] < name; k++) {
                if (tokens.nature[k].startsWith("v") && !tokens.nature[k].equals("vn")) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Inside the relative clause of an attitude noun: …成绩每天归零的危机意识. */
    private static boolean inSlogan(String text, int from, int clauseEnd) {
        String rest = text.substring(from, clauseEnd);
        if (rest.indexOf('的') < 0) {
            return false;
        }
        for (String w : MINDSET) {
            if (rest.endsWith(w)) {
                return true;
            }
        }
        return false;
    }


    private static boolean startsWord(Tokens tokens, int at) {
        return tokens == null || tokens.isBoundary(at);
    }

    /** Where the phrases that state no deadline (第一时间, 疫情防控期间) occur in the sentence. */
    private static List<Span> masked(String text, int start, int end) {
        List<Span> out = new ArrayList<>();
        String s = text.substring(start, end);
        for (String w : NOT_DEADLINE) {
            for (int i = s.indexOf(w); i >= 0; i = s.indexOf(w, i + 1)) {
                out.add(new Span(start + i, start + i + w.length()));
            }
        }
        return out;
    }

    private static boolean overlapsAny(List<Span> spans, int start, int end) {
        for (Span s : spans) {
            if (s.start() < end && start < s.end()) {
                return true;
            }
        }
        return false;
    }

    /** The words of a list as one regular-expression alternation, longest first (so 主汛期 wins over 汛期). */
    private static String alternation(List<String> words) {
        return words.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .collect(Collectors.joining("|", "(?:", ")"));
    }
}
