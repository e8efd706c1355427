package jingdu.analysis;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jingdu.model.Strength;

/**
 * Decides whether one sentence directs someone to act (guide section 3) and how strongly.
 * Works on HanLP words, so 要 in 主要/重要/需要 is no cue, with a few character patterns for what
 * segmentation cannot see (slogans, 容不得). Stateless apart from the per-paragraph {@link Context}.
 */
final class ObligationDetector {

    /** What a detector remembers while it walks the sentences of one paragraph. */
    static final class Context {
        /** Inside an enumeration introduced by a narrative (problems found, aims of the meeting). */
        boolean narrativeList;
        /** Inside an enumeration introduced by a directive (重点整治四类问题：一是…): its items are tasks. */
        boolean taskList;
        /** An earlier sentence of the paragraph directs: a target after it (力争…) is part of the task. */
        boolean directed;
    }

    /** The verdict on a sentence: {@code strength} null when it is no obligation. */
    record Verdict(Strength strength, int modalWord) {
        static final Verdict NONE = new Verdict(null, -1);
    }

    // The word lists live in resources/lexicon/obligation-words.tsv (each list's role is explained there).
    private static final WordLists WORDS = WordLists.read("/lexicon/obligation-words.tsv",
            "narrative", "list-intro-narrative", "lead-skip", "adverbs", "directives", "non-directive",
            "future-before-yao", "speaker-acts", "future-after-yao", "cognition", "frame-adverbs", "yaoqiu-not-after",
            "negators");
    /** Narrative, analysis and evaluation: these words silence the weak cues of a sentence. Plain substrings. */
    private static final List<String> NARRATIVE = WORDS.list("narrative");
    /** Before 一是: an enumeration of facts (问题, 教训), not of tasks. Plain substrings. */
    private static final List<String> LIST_INTRO_NARRATIVE = WORDS.list("list-intro-narrative");
    private static final Set<String> LEAD_SKIP = WORDS.set("lead-skip");
    private static final Set<String> ADVERBS = WORDS.set("adverbs");
    private static final Set<String> DIRECTIVES = WORDS.set("directives");
    private static final Set<String> NON_DIRECTIVE = WORDS.set("non-directive");
    private static final Set<String> FUTURE_BEFORE_YAO = WORDS.set("future-before-yao");
    /** 我要讲/我要特别说一说/我要肯定: the speaker announcing what he says, not a duty of the audience. */
    private static final Set<String> SPEAKER_ACTS = WORDS.set("speaker-acts");
    private static final Set<String> FUTURE_AFTER_YAO = WORDS.set("future-after-yao");
    /** 要看到 / 要明白: the frame of an analysis; a sentence opened by it states a fact. */
    private static final Set<String> COGNITION = WORDS.set("cognition");
    private static final Set<String> FRAME_ADVERBS = WORDS.set("frame-adverbs");
    private static final Set<String> YAOQIU_NOT_AFTER = WORDS.set("yaoqiu-not-after");
    private static final Set<String> NEGATORS = WORDS.set("negators");

    // Fixed slogans and words whose cue characters are no cue (guide: 管行业必须管安全, 三管三必须, 四个一律, 容不得).
    static final Pattern MASK = Pattern.compile(
            "管[^，。；、“”\"]{1,6}必须管安全|三管三必须|[三四五六]个必须|[三四五六]个一律|千篇一律|令行禁止|不得不|不得已|不得而知|不得了"
            + "|[容恨怪舍由免少巴顾要了记说算见晓来]不得"
            // 必须清醒认识到…: a frame for analysis, not a duty
            + "|(必须|务必)(清醒地?|深刻地?)?(认识到|看到)"
            // 这是我们必须面对的问题: a modal inside a noun's modifier
            + "|必须(面对|回答|解决|正视|承担|考虑|破解)的");
    /** The mandatory cues; {@link #mandatoryCues} finds them without a matcher (a test pins the two together). */
    static final Pattern MANDATORY = Pattern.compile(
            "必须|务必|严禁|不得|一律|坚决|(?<![拒杜断隔谢根])绝不|(?<![解判表否裁处对先取议自])决不|禁止|(?<![握看找抓摸说拿吃估测算])不准(?!确)|绝对不"); // 掌握不准: "not accurately", no ban
    private static final Pattern ORDINAL = Pattern.compile(
            "^(同志们[，,])?(第?[一二三四五六七八九十]+[是要]|第[一二三四五六七八九十]+[，,、：:．.]|[一二三四五六七八九十]+、"
            + "|[（(][一二三四五六七八九十0-9]+[）)]|[0-9]+[、.．]|首先|其次|再次|最后)");
    private static final Pattern HEADING_12 = Pattern.compile("^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])");
    /** The speaker announcing his points: 讲三点意见, 强调几点. */
    static final Pattern ANNOUNCE = Pattern.compile(
            "(讲|谈|强调|提)[一二三四五六七八九十几两]点|[一二三四五六七八九十几两]点(意见|看法|要求)[。：:]"
            + "|(讲|说|谈)(一下|一说|一讲|一谈|几句|两句)");
    private static final Pattern CONDITIONAL = Pattern.compile("^(如果|假如|倘若|要是)");
    /** A sentence that ends on a shortcoming (不到位, 薄弱): a problem list, not a task. Matched on the tail only. */
    private static final Pattern PROBLEM_END = Pattern.compile(
            "(不[\\u4e00-\\u9fa5]{1,3}|薄弱|淡薄|缺失|滞后|不足|较多|突出|频发|严峻|复杂|较差|偏低|欠缺)[。；;！]?");
    /** 也不能忽视, 一刻也不能松懈: a prohibition of carelessness is a duty without a listed cue. */
    private static final Pattern CARELESS = Pattern.compile(
            "(不能|不可)(有)?(丝毫|半点|一丝|任何)?(的)?(忽视|放松|松懈|马虎|大意|懈怠|掉以轻心|麻痹|松劲|疏忽|轻视|等闲视之)");
    /** 每周至少下村督查一次: a frequency prescribed to someone is a duty assignment. */
    private static final Pattern FREQUENCY = Pattern.compile("(每[天日周月旬季年]|每季度|每半年)(至少|不少于)");
    /** Addressees that may open an imperative clause without a modal: 镇里, 各地, 各部门. */
    private static final Pattern BEARER = Pattern.compile("[镇乡县市区村省州]里|各.{1,6}|.{0,4}(部门|单位|乡镇|街道)");
    /** 安全环保部负责…, 区住建局牵头…: a notice's division of labour assigns duties without a modal. */
    private static final Pattern ASSIGNED = Pattern.compile(
            "(^|[，；：])[^，。；：]{0,12}?(部|局|办|委|组|中心|单位|部门|车间|科|科室|队|站|所|班组|乡镇|街道|政府)(负责|牵头)(?!人|同志)");
    /** 于6月底前报送: a time limit set for the addressees (not 于…前后, not 已于). */
    private static final Pattern DUE = Pattern.compile(
            "(?<!已)于[0-9０-９一二三四五六七八九十]{1,4}(年[0-9０-９一二三四五六七八九十]{1,2})?月(份|[0-9０-９一二三四五六七八九十]{1,3}日|底|末|中旬|上旬|下旬)?(前|之前)(?!后)");
    /** 二是有的部门检查走马观花: some of a group described, a critique, not a task (weak cues only). */
    private static final Pattern SOME_OF = Pattern.compile(
            "^(第?[一二三四五六七八九十]+是|其[一二三四五六七八九十][，,]?)?(有的|有些|一些|个别|少数)");
    private static final Pattern ADVISORY_LEAD = Pattern.compile("^(同志们[，,])?(希望|建议|鼓励|倡导|提倡)");

    private static final Set<String> PUNCT = Set.of("，", ",", "；", ";", "：", ":", "。", "！", "？", "!", "?");
    private static final Set<String> OPEN_QUOTES = Set.of("“", "\"", "”", "‘", "’", "、");

    Verdict detect(String text, int start, int end, Tokens tk, boolean headingSentence, Context ctx) {
        String s = text.substring(start, end);
        if (NonDirectives.isMetaLine(s) || NonDirectives.isLayQuote(text, start, end)) {
            return Verdict.NONE; // 原标题：…, 关于…的通知, “…”钢筋工老刘说。
        }
        int preamble = NonDirectives.afterPreamble(s);
        if (preamble > 0 && firstModal(tk, tk.firstAtOrAfter(start), tk.firstAtOrAfter(start + preamble), start + preamble) >= 0) {
            preamble = 0; // 各地要按照以下要求…: the directive comes before the phrase
        }
        if (preamble > 0) {
            // 经…同意，现将…印发给你们，请认真贯彻执行: only the part after the preamble can direct
            start += preamble;
            s = text.substring(start, end);
            if (!hasLetter(s)) {
                return Verdict.NONE;
            }
        }
        String masked = mask(s);
        boolean ordinal = ORDINAL.matcher(s).lookingAt();
        int yishi = s.indexOf("一是");
        if (yishi >= 0 && (ordinal || yishi > 0 && "：:".indexOf(s.charAt(yishi - 1)) >= 0)) {
            int k = s.indexOf("一是");
            String intro = s.substring(0, k);
            // 重点整治四类问题：一是… lists tasks; 暴露出的问题：一是… lists facts
            ctx.narrativeList = k > 0 && (WordLists.containsAny(intro, LIST_INTRO_NARRATIVE) || isNarrative(intro))
                    && !hasClauseInitialDirective(tk, tk.firstAtOrAfter(start), tk.firstAtOrAfter(start + k), false, true);
            ctx.taskList = k > 0 && !ctx.narrativeList && !isNarrative(intro)
                    && hasClauseInitialDirective(tk, tk.firstAtOrAfter(start), tk.firstAtOrAfter(start + k), false, true);
        }
        int first = tk.firstAtOrAfter(start);
        int last = tk.firstAtOrAfter(end);
        int modal = firstModal(tk, first, last, end);
        int mandatory = mandatoryCues(masked);
        if (mandatory != NO_CUE) {
            if (modal < 0 && mandatory == ONLY_JIANJUE && (hasPastParticle(tk, first, last) || NonDirectives.isPastReport(s))) {
                return Verdict.NONE; // 坚决打赢了…攻坚战: a manner told of a past act
            }
            return new Verdict(Strength.MANDATORY, modal);
        }
        if (modal >= 0 || hasStrongCue(s, tk, first, last)) {
            return new Verdict(Strength.REQUIRED, modal);
        }
        if (opensWithFrame(tk, first, last)) {
            return Verdict.NONE; // 要清醒看到，… / 大家要明白一个道理：…
        }
        // From here on the cues are weak: a narrative, a condition or a list of problems silences them.
        boolean listItem = ordinal && !headingSentence;
        boolean careless = s.indexOf('不') >= 0 && CARELESS.matcher(s).find();
        if (listItem && ctx.narrativeList || !careless && endsOnProblem(s) && (listItem || !headingSentence)
                && !hasClauseInitialDirective(tk, first, last, false, true)) {
            return Verdict.NONE;
        }
        if (isNarrative(s) || CONDITIONAL.matcher(s).lookingAt() || hasPastParticle(tk, first, last)
                || NonDirectives.isEvaluation(s) || NonDirectives.isPastReport(s) || announces(tk, first, last)
                || SOME_OF.matcher(s).lookingAt()) {
            return Verdict.NONE;
        }
        if (ADVISORY_LEAD.matcher(s).find()) {
            return new Verdict(Strength.ADVISORY, -1);
        }
        if (headingSentence && HEADING_12.matcher(s).find()) {
            // an imperative heading opens on its verb (（一）全面开展…); a topic label on a noun (（二）山洪和地质灾害防御)
            return opensWithVerb(tk, first, last) ? new Verdict(Strength.REQUIRED, -1) : Verdict.NONE;
        }
        if (s.indexOf('于') >= 0 && DUE.matcher(s).find() || (s.indexOf("负责") >= 0 || s.indexOf("牵头") >= 0)
                && ASSIGNED.matcher(s).find()) {
            return new Verdict(Strength.REQUIRED, -1);
        }
        if (careless || listItem && ctx.taskList || s.indexOf('每') >= 0 && FREQUENCY.matcher(s).find() || hasWeakCue(s, tk, first, last) || hasClauseInitialDirective(tk, first, last, ordinal, false)) {
            return new Verdict(Strength.REQUIRED, -1);
        }
        if (hasAdvisoryCue(tk, first, last)) {
            return new Verdict(Strength.ADVISORY, -1);
        }
        if (ctx.directed && s.startsWith("力争")) {
            return new Verdict(Strength.REQUIRED, -1); // …要延链补链。力争全年新增规上企业10家: the task's target
        }
        return Verdict.NONE;
    }

    /** 一是, 二是 … as one word. */
    static boolean isOrdinalShi(String w) {
        int n = w.length();
        if (n < 2 || w.charAt(n - 1) != '是') {
            return false;
        }
        for (int i = 0; i < n - 1; i++) {
            if ("一二三四五六七八九十".indexOf(w.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    static boolean isNarrative(String sentence) {
        // 警示教育 is a task (an education campaign), not 警示 looking back
        String s = sentence.contains("警示教育") ? sentence.replace("警示教育", "教育") : sentence;
        if (WordLists.containsAny(s, NARRATIVE)) {
            return true;
        }
        if (announcesPoints(s)) {
            return true;
        }
        int n = s.length();
        char lastChar = n > 0 ? s.charAt(n - 1) : ' ';
        char before = n > 1 ? s.charAt(n - 2) : ' ';
        return lastChar == '？' || lastChar == '?' || (lastChar == '”' || lastChar == '’') && (before == '？' || before == '?');
    }

    /**
     * {@link #ANNOUNCE} in {@code s}. Each of its forms has a count before 点 (三点, 几点) or a count after 讲/说/谈
     * (讲一下, 说几句); the pattern is tried only where one is (重点 and 说明 are neither).
     */
    static boolean announcesPoints(String s) {
        boolean may = false;
        for (int i = 0; i + 1 < s.length() && !may; i++) {
            char c = s.charAt(i);
            char next = s.charAt(i + 1);
            may = next == '点' && COUNTS.indexOf(c) >= 0 || (c == '讲' || c == '说' || c == '谈') && "一几两".indexOf(next) >= 0;
        }
        return may && ANNOUNCE.matcher(s).find();
    }

    private static final String COUNTS = "一二三四五六七八九十几两";


    private static boolean endsOnProblem(String s) {
        int from = Math.max(0, s.length() - 6);
        Matcher m = PROBLEM_END.matcher(s).region(from, s.length());
        while (m.find()) {
            if (m.end() == s.length()) {
                return true;
            }
        }
        return false;
    }

    private static final int NO_CUE = 0;
    /** Every mandatory cue is 坚决, an adverb of manner. */
    private static final int ONLY_JIANJUE = 1;
    private static final int OTHER_CUE = 2;

    /**
     * The mandatory cues of {@code s} as {@link #MANDATORY}'s {@code find()} meets them, one after the other:
     * {@link #NO_CUE}, {@link #ONLY_JIANJUE} or {@link #OTHER_CUE}. Written out by hand: the pattern tried its
     * eleven alternatives at every character of every sentence, and most sentences have none of their first
     * characters.
     */
    static int mandatoryCues(String s) {
        int found = NO_CUE;
        int n = s.length();
        for (int i = 0; i < n; ) {
            int len = mandatoryCueAt(s, i);
            if (len == 0) {
                i++;
                continue;
            }
            if (s.charAt(i) != '坚') {
                return OTHER_CUE;
            }
            found = ONLY_JIANJUE;
            i += len;
        }
        return found;
    }

    /** Length of {@link #MANDATORY}'s match starting at {@code i} (its alternatives in their order), or 0. */
    private static int mandatoryCueAt(String s, int i) {
        switch (s.charAt(i)) {
            case '必':
                return s.startsWith("必须", i) ? 2 : 0;
            case '务':
                return s.startsWith("务必", i) ? 2 : 0;
            case '严':
                return s.startsWith("严禁", i) ? 2 : 0;
            case '不':
                if (s.startsWith("不得", i)) {
                    return 2;
                }
                return s.startsWith("不准", i) && !s.startsWith("确", i + 2)
                        && (i == 0 || "握看找抓摸说拿吃估测算".indexOf(s.charAt(i - 1)) < 0) ? 2 : 0;
            case '一':
                return s.startsWith("一律", i) ? 2 : 0;
            case '坚':
                return s.startsWith("坚决", i) ? 2 : 0;
            case '绝':
                if (s.startsWith("绝不", i) && (i == 0 || "拒杜断隔谢根".indexOf(s.charAt(i - 1)) < 0)) {
                    return 2;
                }
                return s.startsWith("绝对不", i) ? 3 : 0;
            case '决':
                return s.startsWith("决不", i) && (i == 0 || "解判表否裁处对先取议自".indexOf(s.charAt(i - 1)) < 0) ? 2 : 0;
            case '禁':
                return s.startsWith("禁止", i) ? 2 : 0;
            default:
                return 0;
        }
    }

    /** The words one of which every alternative of MASK holds. */
    private static final String[] MASK_CUES = {"必须", "一律", "禁止", "不得", "务必"};
    /** How far before its cue word a match of MASK can start: 管 and six characters (管行业领域必须管安全). */
    private static final int MASK_REACH = 7;

    static String mask(String s) {
        // most sentences hold no cue word (任务 and 服务 are no 务必) and are not searched at all; the others only
        // from just before their first cue word, where the first match can start
        int cue = -1;
        for (String w : MASK_CUES) {
            int k = s.indexOf(w);
            if (k >= 0 && (cue < 0 || k < cue)) {
                cue = k;
            }
        }
        if (cue < 0) {
            return s;
        }
        Matcher m = MASK.matcher(s).region(Math.max(0, cue - MASK_REACH), s.length());
        if (!m.find()) {
            return s;
        }
        StringBuilder b = new StringBuilder(s);
        do {
            for (int i = m.start(); i < m.end(); i++) {
                b.setCharAt(i, '□');
            }
        } while (m.find());
        return b.toString();
    }

    /** Index of the first modal word (要/应/应当/必须/务必/一定要) in the sentence, or -1. */
    private static int firstModal(Tokens tk, int first, int last, int end) {
        for (int i = first; i < last && tk.start[i] < end; i++) {
            String w = tk.word[i];
            if (w.equals("要") && isModalYao(tk, i, first, last)) {
                return i;
            }
            if ((w.equals("必须") || w.equals("务必") || w.equals("必须要")) && framesAnalysis(tk, i, last)) {
                continue;
            }
            if (w.equals("必须") && i + 2 < last && tk.word[i + 2].equals("的") && tk.nature[i + 1].startsWith("v")) {
                continue; // 我们必须面对的问题: inside a modifier
            }
            if ((w.equals("应") || w.equals("应当") || w.equals("应该")) && !isModalYing(tk, i, first, last)) {
                continue;
            }
            if (w.equals("应") || w.equals("应当") || w.equals("应该") || w.equals("必须") || w.equals("务必")
                    || w.equals("必须要") || w.equals("一定要") || w.equals("要求") && isVerbYaoqiu(tk, i, first, last)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isModalYao(Tokens tk, int i, int first, int last) {
        if (i > first && FUTURE_BEFORE_YAO.contains(tk.word[i - 1])) {
            return false;
        }
        if (i + 1 < last && SPEAKER_ACTS.contains(tk.word[i + 1]) && speakerBefore(tk, i, first)) {
            return false;
        }
        return !framesAnalysis(tk, i, last) && i + 1 < last && !PUNCT.contains(tk.word[i + 1]);
    }

    /** 我要…, 我还要…: the speaker himself. */
    private static boolean speakerBefore(Tokens tk, int i, int first) {
        int k = i - 1;
        while (k >= first && (tk.word[k].equals("还") || tk.word[k].equals("再") || tk.word[k].equals("也")
                || tk.word[k].equals("就") || tk.word[k].equals("这里"))) {
            k--;
        }
        return k >= first && tk.word[k].equals("我");
    }

    /** 应 as a modal needs a verb after it: not 叫应 (a term), 应说, or 应 before a quote or a stop. */
    private static boolean isModalYing(Tokens tk, int i, int first, int last) {
        if (i + 1 >= last || PUNCT.contains(tk.word[i + 1]) || OPEN_QUOTES.contains(tk.word[i + 1])
                || tk.word[i + 1].equals("说")) {
            return false;
        }
        return !(i > first && (tk.word[i - 1].equals("叫") || tk.word[i - 1].equals("呼") || tk.word[i - 1].equals("响")));
    }

    /** 要清醒看到…, 大家要明白…: a modal that frames a statement of fact. */
    private static boolean opensWithFrame(Tokens tk, int first, int last) {
        for (int i = first; i < last; i++) {
            String w = tk.word[i];
            if (w.equals("要") || w.equals("一定要") || w.equals("必须")) {
                int k = i + 1;
                while (k < last && FRAME_ADVERBS.contains(tk.word[k])) {
                    k++;
                }
                if (k < last && COGNITION.contains(tk.word[k])) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Skips an enumeration marker at a clause start: （一） / (2) / 3、 / 四、 / 第二，. */
    private static int skipMarker(Tokens tk, int j, int last) {
        int k = j;
        if (k < last && (tk.word[k].equals("（") || tk.word[k].equals("("))) {
            k++;
        }
        if (k < last && tk.nature[k].startsWith("m") && !isOrdinalShi(tk.word[k])) {
            int m = k + 1;
            if (m < last && (tk.word[m].equals("）") || tk.word[m].equals(")") || tk.word[m].equals("、")
                    || tk.word[m].equals("．") || tk.word[m].equals(".") || tk.word[m].equals("，"))) {
                return m + 1;
            }
        }
        return j;
    }

    /** An imperative heading: its first clause opens (after marker, connectives, adverbs) on a verb. */
    private static boolean opensWithVerb(Tokens tk, int first, int last) {
        for (int i = first; i < last; ) {
            if (clauseOpensWithVerb(tk, i == first ? skipMarker(tk, i, last) : i, last)) {
                return true;
            }
            while (i < last && !PUNCT.contains(tk.word[i])) {
                i++;
            }
            i++;
        }
        return false;
    }

    private static boolean clauseOpensWithVerb(Tokens tk, int start, int last) {
        int j = start;
        while (j < last && (LEAD_SKIP.contains(tk.word[j]) || tk.nature[j].equals("t"))) {
            j++; // 今年重点抓好…: a time before the verb
        }
        int adverbs = 0;
        boolean verbalAdverb = false;
        while (j < last && !DIRECTIVES.contains(tk.word[j]) && adverbs < 4
                && (ADVERBS.contains(tk.word[j]) || tk.nature[j].equals("ad") || tk.nature[j].equals("d")
                || tk.nature[j].equals("uv") || tk.nature[j].equals("a") && j + 1 < last
                && (tk.nature[j + 1].equals("uv") || tk.nature[j + 1].equals("v")))) {
            verbalAdverb |= tk.nature[j].equals("v") && j + 1 < last && tk.nature[j + 1].startsWith("n");
            j++; // 全面, 毫不松懈地, 清醒(认识)
            adverbs++;
        }
        if (verbalAdverb) {
            return true; // （一）加快/v 项目建设: the listed adverb is the heading's verb
        }
        if (j >= last || PUNCT.contains(tk.word[j])) {
            return false;
        }
        String w = tk.word[j];
        boolean nominal = j + 1 < last && (tk.word[j + 1].equals("的") || tk.word[j + 1].equals("是"));
        if (nominal) {
            return false;
        }
        String n = tk.nature[j];
        return DIRECTIVES.contains(w)
                || (n.equals("v") || n.equals("vd") || n.equals("vi") || n.equals("vl") || n.equals("vf"))
                && !NON_DIRECTIVE.contains(w);
    }

    /** 要召开 (future), 要清醒看到 / 必须清醒地认识到 (a frame for analysis): no duty. */
    private static boolean framesAnalysis(Tokens tk, int i, int last) {
        int k = i + 1;
        while (k < last && FRAME_ADVERBS.contains(tk.word[k])) {
            k++;
        }
        return k < last && FUTURE_AFTER_YAO.contains(tk.word[k]);
    }

    /** 要求 as a verb that hands down a requirement (会议要求：…, 要求各单位…), not the noun. */
    private static boolean isVerbYaoqiu(Tokens tk, int i, int first, int last) {
        if (i + 1 >= last) {
            return false;
        }
        String next = tk.word[i + 1];
        if (next.equals("：") || next.equals(":")) {
            return true;
        }
        if (PUNCT.contains(next) || next.equals("”") || next.startsWith("更") || next.equals("越来越") || next.equals("和")
                || next.equals("与") || next.equals("、") || next.equals("是") || next.equals("的")) {
            return false;
        }
        if (i > first && YAOQIU_NOT_AFTER.contains(tk.word[i - 1])) {
            return false;
        }
        for (int j = i - 1; j >= first && !PUNCT.contains(tk.word[j]); j--) {
            String w = tk.word[j];
            if (w.equals("按照") || w.equals("根据") || w.equals("按") || w.equals("遵照") || w.equals("对照") || w.equals("提出")) {
                return false;
            }
        }
        return true;
    }

    /**
     * 市安委办将适时组织…: the issuer announcing its own measure (a subject of names, then 将), not a direction
     * to the audience. Only weak cues are silenced by it; 市安委会将…，…要约谈 keeps its modal.
     */
    private static boolean announces(Tokens tk, int first, int last) {
        int k = first;
        while (k < last && (tk.nature[k].startsWith("n") || tk.nature[k].equals("j") || tk.word[k].equals("、"))) {
            k++;
        }
        return k > first && k < last && tk.word[k].equals("将") && !tk.nature[k].startsWith("p");
    }

    private static boolean hasStrongCue(String s, Tokens tk, int first, int last) {
        for (int i = first; i < last; i++) {
            if (tk.word[i].equals("让") && i + 1 < last && (i == first || i == first + 2 && tk.word[first].equals("同志们"))
                    && (tk.word[i + 1].equals("我们") || tk.word[i + 1].equals("咱们") || tk.word[i + 1].equals("大家"))) {
                return true; // 让我们…奋力完成全年目标任务: a call on the audience
            }
            if (tk.word[i].equals("需要") && i + 1 < last
                    && (tk.word[i + 1].equals("我们") || tk.word[i + 1].startsWith("大家") || tk.word[i + 1].startsWith("各"))) {
                return true; // 都需要我们…解决
            }
            if (tk.word[i].equals("请") && i + 1 < last) {
                String n = tk.word[i + 1];
                if (n.startsWith("大家") || n.startsWith("各") || n.startsWith("同志") || n.startsWith("你们")
                        || n.startsWith("有关") || n.startsWith("相关") || n.startsWith("全")) {
                    return true;
                }
                // a notice's 请认真贯彻执行 / 请于月底前报送: the addressees are the notice's recipients
                if (n.equals("于") || n.equals("结合") || n.equals("按照") || ADVERBS.contains(n) || DIRECTIVES.contains(n)
                        || tk.nature[i + 1].equals("ad")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasPastParticle(Tokens tk, int first, int last) {
        for (int i = first; i < last; i++) {
            String n = tk.nature[i];
            if (n.equals("ul") || n.equals("ule") || n.equals("uguo")) {
                return true;
            }
            if (tk.word[i].equals("已") && i + 1 < last && tk.nature[i + 1].startsWith("v") && !modifierAhead(tk, i + 1, last)) {
                return true; // 各部门已建立联合执法机制; not 对已排查出的隐患
            }
        }
        return false;
    }

    /** A 的 before the clause ends: the verb at {@code from} is inside a modifier. */
    private static boolean modifierAhead(Tokens tk, int from, int last) {
        for (int k = from; k < last && !PUNCT.contains(tk.word[k]); k++) {
            if (tk.word[k].equals("的")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean negated(Tokens tk, int i, int first) {
        return i > first && NEGATORS.contains(tk.word[i - 1]);
    }

    private static boolean hasWeakCue(String s, Tokens tk, int first, int last) {
        for (int i = first; i < last; i++) {
            String w = tk.word[i];
            switch (w) {
                case "切实", "确保", "督促", "加强", "强化", "严格执行", "严格落实" -> {
                    if (!negated(tk, i, first)) {
                        return true;
                    }
                }
                case "严格" -> {
                    if (!negated(tk, i, first) && !(i > first && tk.word[i - 1].startsWith("更"))
                            && i + 1 < last && !PUNCT.contains(tk.word[i + 1])) {
                        return true;
                    }
                }
                case "落实", "落实好" -> {
                    if (!negated(tk, i, first) && i + 1 < last && !PUNCT.contains(tk.word[i + 1])
                            && !tk.word[i + 1].equals("、") && !tk.word[i + 1].startsWith("不")
                            && !tk.word[i + 1].equals("难")) {
                        return true;
                    }
                }
                default -> {
                }
            }
        }
        return false;
    }



    /**
     * True when a clause opens with an imperative: (connective) (adverbs) directive-verb. With
     * {@code anyVerb}, any verb opening a clause counts (ordinal items: 第一，…，需要高度警惕).
     */
    private static boolean hasClauseInitialDirective(Tokens tk, int first, int last, boolean anyVerb,
                                                     boolean directivesOnly) {
        int i = first;
        while (i < last) {
            int j = i;
            // an ordinal opening: 一是 / 一 是 / 第一 ，
            if (j + 1 < last && tk.nature[j].startsWith("m") && tk.word[j + 1].equals("是")) {
                j += 2;
            } else if (j < last && isOrdinalShi(tk.word[j])) {
                j++;
            } else {
                j = skipMarker(tk, j, last);
            }
            while (j < last && LEAD_SKIP.contains(tk.word[j])) {
                j++;
            }
            // 镇里实行…, 各地加强…: an addressee as subject, then the directive verb itself
            boolean subject = j + 1 < last && BEARER.matcher(tk.word[j]).matches() && tk.nature[j].startsWith("n")
                    || j + 1 < last && tk.word[j].equals("各") && tk.nature[j + 1].startsWith("n");
            if (subject) {
                int k = tk.word[j].equals("各") ? j + 2 : j + 1;
                while (k < last && (ADVERBS.contains(tk.word[k]) || tk.nature[k].equals("ad")) && !DIRECTIVES.contains(tk.word[k])) {
                    k++;
                }
                if (k < last && DIRECTIVES.contains(tk.word[k]) && !(k + 1 < last && tk.word[k + 1].equals("的"))) {
                    return true;
                }
            }
            int adverbs = 0;
            boolean verbalAdverb = false; // 加快/v 项目建设: a listed adverb that HanLP reads as the verb itself
            while (j < last && (ADVERBS.contains(tk.word[j]) || tk.nature[j].equals("ad"))
                    && !DIRECTIVES.contains(tk.word[j]) && adverbs < 4) {
                verbalAdverb |= tk.nature[j].equals("v") && j + 1 < last && tk.nature[j + 1].startsWith("n");
                j++;
                adverbs++;
            }
            if (anyVerb && verbalAdverb) {
                return true;
            }
            if (j < last && (tk.word[j].equals("对") || tk.word[j].equals("对于") || tk.word[j].equals("针对"))
                    && directiveInClause(tk, j + 1, last)) {
                return true; // 二是对重大隐患实行挂牌督办
            }
            if (j < last && !PUNCT.contains(tk.word[j])) {
                String w = tk.word[j];
                boolean nominal = j + 1 < last && (tk.word[j + 1].equals("的") || tk.word[j + 1].equals("是"));
                if (DIRECTIVES.contains(w) && !nominal) {
                    return true;
                }
                boolean verb = tk.nature[j].startsWith("v") && !tk.nature[j].equals("vn") && !NON_DIRECTIVE.contains(w);
                if (!directivesOnly && verb && !nominal && (adverbs > 0 || anyVerb)) {
                    return true;
                }
            }
            // next clause
            while (i < last && !PUNCT.contains(tk.word[i])) {
                i++;
            }
            i++;
        }
        return false;
    }

    private static boolean directiveInClause(Tokens tk, int from, int last) {
        for (int k = from; k < last && !PUNCT.contains(tk.word[k]); k++) {
            if (DIRECTIVES.contains(tk.word[k]) && !negated(tk, k, from)
                    && !(k + 1 < last && (tk.word[k + 1].equals("的") || tk.word[k + 1].equals("是")))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasAdvisoryCue(Tokens tk, int first, int last) {
        for (int i = first; i < last; i++) {
            String w = tk.word[i];
            String next = i + 1 < last ? tk.word[i + 1] : "。";
            String prev = i > first ? tk.word[i - 1] : "";
            switch (w) {
                case "鼓励", "提倡", "倡导" -> {
                    return true;
                }
                case "建议" -> {
                    if (!PUNCT.contains(next) && !prev.equals("的") && !prev.equals("了") && !prev.equals("提出")) {
                        return true;
                    }
                }
                case "希望" -> {
                    if (next.startsWith("大家") || next.startsWith("各") || next.startsWith("同志") || next.startsWith("你们")) {
                        return true;
                    }
                }
                case "可" -> {
                    // 各地可结合实际…: a permission; not 不可, 即可, 才可
                    if (!PUNCT.contains(next) && tk.nature[i + 1 < last ? i + 1 : i].startsWith("v")
                            && !prev.equals("不") && !prev.equals("即") && !prev.equals("才") && !prev.equals("就")
                            && !prev.equals("便") && !prev.equals("亦") && !prev.equals("尚")) {
                        return true;
                    }
                }
                case "可以" -> {
                    // 是可以避免的, 到可以松口气的时候: possibility, not a permission given
                    if (!next.equals("说") && !next.startsWith("看") && !next.equals("避免") && !next.equals("不惜") && !prev.equals("是")
                            && !prev.equals("到") && !prev.equals("就") && !prev.equals("没有")) {
                        return true;
                    }
                }
                default -> {
                }
            }
        }
        return false;
    }
}
