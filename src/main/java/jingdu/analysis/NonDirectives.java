package jingdu.analysis;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Text around a speech's body that directs nobody although it may hold cue words: the title and filing
 * lines of a notice or a news page, a notice's preamble, evaluations (这是…的重要举措), reports of a past
 * period and the quoted voices of workers or villagers in a news report. Word lists in
 * {@code lexicon/genre-words.tsv}. Stateless.
 */
final class NonDirectives {

    static final WordLists WORDS = WordLists.read("/lexicon/genre-words.tsv",
            "meta-label", "title-kind", "preamble", "evaluation", "past-opener", "lay-speaker", "report", "result-adverb", "task-opener", "report-or-praise",
            "enterprise-self", "enterprise-unit", "enterprise-organizer", "enterprise-meeting", "government", "safety", "safety-other", "enterprise-bearer",
            "government-body");

    private static final Pattern META = Pattern.compile(
            "^[【\\[（(]?\\s*(" + alternation(WORDS.list("meta-label")) + ")\\s*[：:】\\]]"
            + "|^【?字号|[〔\\[［【（(]\\s*[0-9０-９]{4}\\s*[〕\\]］】）)]\\s*[0-9０-９]+\\s*号\\s*$"
            // a byline on its own (not 本报讯（记者…）日前，… which goes on to report)
            + "|^(本报|本台|本网)?(讯|电)?[（(]?\\s*(记者|通讯员)[^）)。，]{1,30}[）)]?\\s*$");
    /** 关于…的通知 as a whole sentence without an end mark (a document title; 《》 around it or not). */
    private static final Pattern TITLE = Pattern.compile(
            "^《?[^。；！？，]{0,40}关于[^。；！？]{2,80}的(" + alternation(WORDS.list("title-kind")) + ")》?\\s*$");
    private static final List<String> PREAMBLE = WORDS.list("preamble");
    private static final Pattern EVALUATION = Pattern.compile(
            "是[^，；：。]{0,40}的[^，；：。的]{0,6}(" + alternation(WORDS.list("evaluation")) + ")(之一)?[。！；]?[”’」』）)]*$");
    private static final List<String> REPORT = WORDS.list("report");
    private static final List<String> REPORT_OR_PRAISE = WORDS.list("report-or-praise");
    private static final List<String> TASK_OPENERS = java.util.stream.Stream.concat(
            WORDS.list("task-opener").stream(), WORDS.list("result-adverb").stream()).toList();
    /** …不断强化。 at the end of the sentence, with a subject before it and no 把/将 moving an object ahead. */
    private static final Pattern RESULT = Pattern.compile(
            "^[^，；：。把将]*[\\u4e00-\\u9fa5]{2}[^，；：。把将]*?(" + alternation(WORDS.list("result-adverb"))
            + ")[\\u4e00-\\u9fa5]{1,2}[。；;！]?$");
    private static final Pattern LIST_MARKER = Pattern.compile(
            "^([一二三四五六七八九十]+是|第[一二三四五六七八九十]+、|[（(]?[一二三四五六七八九十0-9]+[）)、.．])");
    /** 企业负责人表示，将立即组织整改: a promise reported, not a duty handed down. */
    private static final Pattern PROMISE = Pattern.compile("(表示|承诺|表态)[，,：:]?(将|会|一定会)");
    private static final Pattern PAST_OPENER = Pattern.compile(
            "^(" + alternation(WORDS.list("past-opener")) + ")[^，,。；]{0,12}[，,]");
    /** Results counted after 共/累计 (共开展检查46次, 累计整治隐患5600余处): a report, not a task. */
    private static final Pattern COUNTED = Pattern.compile(
            "((?<![公总])共(?![同享建治抓管识商赢用性])|累计|先后|合计|总计|共计)[^，。；]{0,14}?"
            + "[0-9０-９一二三四五六七八九十百千万两.]+(余|多)?(次|项|起|处|家|个|人次|人|名|万元|亿元|元|台|辆|条|场|期|批|户|份|座|所|公里)");
    /** Verbs of saying, in the order the attribution patterns try them. */
    private static final List<String> SAYING = List.of("说", "表示", "介绍", "坦言", "感慨", "感叹", "笑着说", "告诉记者", "对记者说",
            "谈道", "说道");
    /** The attribution after a quotation: “…”钢筋工老刘说。 / “…”一名村民告诉记者。 */
    private static final Pattern ATTRIBUTION_AFTER = Pattern.compile(
            "^[^“”。！？\\n]{0,20}?(" + String.join("|", SAYING) + ")[。，,：:]");
    /** The speaker before a quotation in the same sentence: 村民老王说：“…” */
    static final Pattern ATTRIBUTION_BEFORE = Pattern.compile(
            "([^，。！？：“”]{1,20}?)(" + String.join("|", SAYING) + ")[：:，,]?\\s*“");
    private static final Pattern LAY = Pattern.compile(alternation(WORDS.list("lay-speaker"))
            // 老刘, 小何: how reports name people from the ground
            + "|(老|小)[\\u4e00-\\u9fa5]$|[\\u4e00-\\u9fa5]师傅");
    /** An official introduced before 他说 makes the quotation a relayed directive. */
    private static final Pattern OFFICIAL = Pattern.compile("书记|[省市县区州镇乡]长|局长|厅长|部长|主任|负责人|主席|总理|总经理|董事长");
    private static final Pattern PRONOUN = Pattern.compile("^(他们|她们|他|她)[\\u4e00-\\u9fa5]{0,3}$");

    /** Result statements are short single clauses. */
    static final int RESULT_MAX = 40;

    private NonDirectives() {
    }

    static String alternation(List<String> words) {
        StringBuilder b = new StringBuilder();
        // longest first, so 责任编辑 wins over 编辑
        words.stream().sorted((x, y) -> y.length() - x.length()).forEach(w -> {
            if (b.length() > 0) {
                b.append('|');
            }
            b.append(Pattern.quote(w));
        });
        return b.toString();
    }

    /** A title, source, filing or date line of a notice or news page (the whole sentence {@code s}). */
    static boolean isMetaLine(String s) {
        String t = s.strip();
        // every alternative of META is anchored at the start except the document number, which ends the line
        // with 号: lookingAt plus one find on the line's end instead of a find at every position
        if (META.matcher(t).lookingAt()) {
            return true;
        }
        if (t.endsWith("号") && META.matcher(t).useAnchoringBounds(false).region(Math.max(0, t.length() - 40), t.length()).find()) {
            return true;
        }
        return t.indexOf("关于") >= 0 && TITLE.matcher(t).matches();
    }

    /**
     * Where the directive part of a notice's sentence starts: after its last preamble phrase
     * (经…同意，现将…印发给你们，|请认真贯彻执行。), or 0 when the sentence has none.
     */
    static int afterPreamble(String s) {
        int at = 0;
        for (String p : PREAMBLE) {
            if (s.indexOf(p) < 0) {
                continue; // the quick forward search first: most sentences hold no preamble phrase
            }
            int k = s.lastIndexOf(p);
            if (k >= 0 && k + p.length() > at) {
                at = k + p.length();
            }
        }
        return at;
    }

    /** 这是…的重要举措, …是…的重要保障: a definition or evaluation. */
    static boolean isEvaluation(String s) {
        return s.indexOf('是') >= 0 && EVALUATION.matcher(s).find();
    }

    /** A report of a past period, of counted results or of results reached (去年，…; 共开展检查46次; 执法力度持续加大). */
    static boolean isPastReport(String s) {
        for (String w : REPORT) {
            if (s.contains(w)) {
                return true;
            }
        }
        // each pattern only where the first characters of its alternatives are (most sentences have none)
        return PAST_OPENER.matcher(s).lookingAt() || hasAnyChar(s, COUNTED_FIRST) && COUNTED.matcher(s).find()
                || hasAnyChar(s, PROMISE_FIRST) && PROMISE.matcher(s).find() || isResult(s);
    }

    /** The first characters of COUNTED's and PROMISE's alternatives. */
    private static final String COUNTED_FIRST = "共累先合总";
    private static final String PROMISE_FIRST = "表承";
    private static final List<String> RESULT_ADVERBS = WORDS.list("result-adverb");

    private static boolean hasAnyChar(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }


    /** A sentence that tells what was done or praises it (今年以来…认真落实…, 取得明显成效). */
    static boolean isReportOrPraise(String s) {
        for (String w : REPORT_OR_PRAISE) {
            if (s.contains(w)) {
                return true;
            }
        }
        return isPastReport(s);
    }

    /** One clause, a subject and an adverb before its final verb (二是执法力度持续加大。). */
    private static boolean isResult(String s) {
        String c = s.strip();
        int semicolon = c.indexOf('；');
        if (c.length() > RESULT_MAX || c.indexOf('，') >= 0 || c.indexOf('：') >= 0
                || semicolon >= 0 && semicolon < c.length() - 1) {
            return false;
        }
        if (!WordLists.containsAny(c, RESULT_ADVERBS)) {
            return false; // RESULT needs one (and a list marker cut off the start cannot make one)
        }
        c = LIST_MARKER.matcher(c).replaceFirst("");
        for (String w : TASK_OPENERS) {
            if (c.startsWith(w)) {
                return false;
            }
        }
        return RESULT.matcher(c).find();
    }

    /**
     * A sentence that quotes a worker, villager or other person who directs nobody, as news reports do:
     * “…”钢筋工老刘说。 (attribution after the quote, possibly in the next sentence) or 村民说：“…”.
     * {@code text} is the whole document, the sentence is {@code [start, end)}.
     */
    static boolean isLayQuote(String text, int start, int end) {
        String s = text.substring(start, end).strip();
        int open = s.indexOf('“');
        if (open < 0) {
            return false;
        }
        if (open > 0) {
            String speaker = speakerBefore(s, open);
            return speaker != null && isLay(speaker, text, start);
        }
        int close = s.lastIndexOf('”');
        if (close < 0) {
            return false;
        }
        // the attribution follows the closing quote, in this sentence or at the start of the next one
        int from = start + text.substring(start, end).indexOf('“') + close + 1;
        int to = Math.min(text.length(), from + 40);
        int nl = text.indexOf('\n', from);
        if (nl >= 0 && nl < to) {
            to = nl;
        }
        var m = ATTRIBUTION_AFTER.matcher(text.substring(from, to));
        return m.find() && isLay(m.group().substring(0, m.start(1)), text, start);
    }

    /**
     * The speaker of {@code s}'s first quote, at {@code open}, named before it in the sentence (村民老王说：“…”), or
     * null. Only a match that ends at the quote counts, so only the few characters before it are read, and only
     * when a verb of saying ends right there, before an optional colon or comma and spaces: most quotes are
     * slogans (两个确保), and the pattern is then not tried.
     */
    static String speakerBefore(String s, int open) {
        int p = open;
        while (p > 0 && isRegexSpace(s.charAt(p - 1))) {
            p--;
        }
        if (!endsWithSaying(s, p) && !(p > 0 && "：:，,".indexOf(s.charAt(p - 1)) >= 0 && endsWithSaying(s, p - 1))) {
            return null;
        }
        var m = ATTRIBUTION_BEFORE.matcher(s).region(Math.max(0, open - 40), open + 1);
        return m.find() ? m.group(1) : null;
    }

    /** What {@code \s} matches in a pattern (no Unicode flag): ASCII whitespace only, not U+3000. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static boolean endsWithSaying(String s, int end) {
        for (String v : SAYING) {
            if (end >= v.length() && s.startsWith(v, end - v.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLay(String speaker, String text, int start) {
        String who = speaker.replaceAll("^[，,。\\s]+|[在也还又则]+$", "");
        if (LAY.matcher(who).find()) {
            return true;
        }
        if (PRONOUN.matcher(who).matches()) {
            // 他说: whoever the paragraph introduced before the quote
            int p = text.lastIndexOf('\n', start - 1) + 1;
            String before = text.substring(Math.max(p, start - 200), start);
            return LAY.matcher(before).find() && !OFFICIAL.matcher(before).find();
        }
        return false;
    }
}
