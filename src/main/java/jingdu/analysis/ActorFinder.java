package jingdu.analysis;

import java.util.List;
import java.util.Set;

/**
 * The explicit duty bearer of a directive sentence (guide section 6): the subject noun phrase of the first
 * clause that directs someone (各乡镇、各部门和单位要… → 各乡镇、各部门和单位), the addressee of
 * 请X / 希望X / 要引起X的高度重视, or null when the sentence names none (then {@link ActorScope} inherits one).
 * Clauses are read from their start only, so objects (督促企业…), topics (煤矿方面，…) and relayed speakers
 * (总书记强调…) are not taken; a subject must end with a bearer word of {@code lexicon/actor-words.tsv}.
 */
final class ActorFinder {

    private static final WordLists WORDS = WordLists.read("/lexicon/actor-words.tsv",
            "head", "not-head", "bare-not-head", "place", "collective", "lead", "relay", "object-verb", "modifier-verb", "narrative", "narrative-frame", "descriptive", "collective-verb", "modal", "patient-verb");
    private static final List<String> HEADS = WORDS.list("head");
    private static final List<String> NOT_HEADS = WORDS.list("not-head");
    private static final Set<String> BARE_NOT_HEADS = WORDS.set("bare-not-head");
    private static final Set<String> PLACES = WORDS.set("place");
    private static final Set<String> COLLECTIVE = WORDS.set("collective");
    private static final Set<String> LEAD = WORDS.set("lead");
    private static final Set<String> RELAY = WORDS.set("relay");
    private static final Set<String> OBJECT_VERBS = WORDS.set("object-verb");
    private static final Set<String> NARRATIVE = WORDS.set("narrative");
    private static final Set<String> MODALS = WORDS.set("modal");
    private static final Set<String> MODIFIERS = WORDS.set("modifier-verb");
    private static final List<String> NARRATIVE_FRAME = WORDS.list("narrative-frame");
    private static final Set<String> DESCRIPTIVE = WORDS.set("descriptive");
    private static final Set<String> COLLECTIVE_VERBS = WORDS.set("collective-verb");
    private static final Set<String> PATIENT_VERBS = WORDS.set("patient-verb");
    /** Words closing a time clause (回去以后, 到岗后): its subject also acts in the directive that follows. */
    private static final Set<String> TIME_CLAUSE_ENDS = Set.of("以后", "之后", "后", "以前", "之前", "时");
    /** 发改、财政、自然资源等部门要…: short names cut into odd words, coordinated before 等 and a body word. */
    private static final java.util.regex.Pattern LISTED_BODIES = java.util.regex.Pattern.compile(
            "^((?:[\\u4e00-\\u9fa5]{1,6}、)+[\\u4e00-\\u9fa5]{1,6}等(?:部门|单位|机构))(?:也|都|还|要|必须|务必|应)");

    private static final String CLAUSE_END = "，,；;：:。！？!?";
    private static final String INNER_MARKS = "、（）()*＊";
    private static final Set<String> COORDINATORS = Set.of("和", "及", "与", "以及", "或", "或者", "暨", "同");
    private static final Set<String> PRONOUNS = Set.of("各", "各级", "各个", "有关", "相关", "本", "该", "其他", "其它",
            "所有", "全体", "广大", "我们", "大家", "你们", "咱们", "各位", "各类", "每");
    /** One-character endings the segmenter may tag as verbs (市安委/办, 防火办): after a word they end a name. */
    private static final Set<String> ORG_ENDINGS = Set.of("办", "委", "组", "站", "队", "处", "科", "所");
    /** Where a subject's mind is (各村支书心里要有数): the subject is the one before it. */
    private static final Set<String> MINDS = Set.of("心里", "心中", "脑子里", "头脑", "思想上");
    /** Verbs of having that state a fact (安全生产没有局外人): never part of a bearer's name. */
    private static final Set<String> EXISTENTIAL = Set.of("没有", "有", "无", "缺乏", "存在");
    /** Words after a subject that open a condition (新入职员工未经培训，一律不得上岗): the directive follows it. */
    private static final Set<String> CONDITIONS = Set.of("未经", "未", "一旦", "如", "如果", "若", "凡");
    /** Verbs that state a quantity (全年检查企业不少于800家次): their subject is a count, not a bearer. */
    private static final Set<String> QUANTITY_VERBS = Set.of("少于", "多于", "低于", "高于", "超过", "达到", "不少于", "不低于", "不超过");
    private static final Set<String> QUOTES = Set.of("“", "”", "‘", "’", "「", "」", "『", "』", "\"", "'");
    private static final int MAX = 60;
    /** 请X… / 希望X… / 建议X… / 需要X…: X is the addressee. */
    private static final Set<String> ADDRESSING = Set.of("请", "希望", "建议", "需要");
    private static final Set<String> LEADS = Set.of("牵头", "负责", "组织", "统筹", "主抓");
    /** How surely what follows a subject directs it: {@link #directs}. */
    private static final int NONE = 0;
    private static final int WEAK = 1;
    private static final int STRONG = 2;

    /** The explicit bearer of the sentence text[start, end), or null. */
    String find(String text, Tokens tk, int start, int end) {
        int first = tk.firstAtOrAfter(start);
        int last = first;
        while (last < tk.size && tk.start[last] < end) {
            last++;
        }
        // a subject with a modal (各乡镇要…) wins over one with a bare verb (农村地区赶集…，各乡镇要…)
        for (int pass = STRONG; pass >= WEAK; pass--) {
            for (int c = first; c < last; c = nextClause(tk, c, last)) {
                String found = inClause(text, tk, first, c, last, pass);
                if (found != null) {
                    if (pass == STRONG && firstModal(tk, c, last).equals("将")) {
                        // 市局今年将举办培训班，各县区局要按时选派…: the directive's own subject, not the announcer
                        for (int d = nextClause(tk, c, last); d < last; d = nextClause(tk, d, last)) {
                            String other = inClause(text, tk, first, d, last, STRONG);
                            if (other != null && !firstModal(tk, d, last).equals("将")) {
                                return other;
                            }
                        }
                    }
                    return found;
                }
            }
        }
        return null;
    }

    /** The first modal word of the clause starting at {@code c}, or "". */
    private static String firstModal(Tokens tk, int c, int last) {
        for (int k = c; k < last && !isClauseEnd(tk.word[k]); k++) {
            if (MODALS.contains(tk.word[k])) {
                return tk.word[k];
            }
        }
        return "";
    }

    /** Index of the first word of the clause after the one starting at {@code c}. */
    private static int nextClause(Tokens tk, int c, int last) {
        int i = c;
        while (i < last && !isClauseEnd(tk.word[i])) {
            i++;
        }
        while (i < last && (isClauseEnd(tk.word[i]) || QUOTES.contains(tk.word[i]))) {
            i++;
        }
        return Math.max(i, c + 1);
    }

    private static boolean isClauseEnd(String w) {
        return w.length() == 1 && CLAUSE_END.indexOf(w.charAt(0)) >= 0;
    }

    private String inClause(String text, Tokens tk, int first, int c, int last, int pass) {
        int i = skipLead(tk, c, last);
        if (i >= last) {
            return null;
        }
        int a = i;
        while (a + 1 < last && tk.nature[a].startsWith("d") && !MODALS.contains(tk.word[a])) {
            a++; // 都需要我们…
        }
        if (ADDRESSING.contains(tk.word[a]) && (a == i || tk.word[a].equals("需要"))) {
            i = a;
        } else if ((tk.word[i].equals("我") || tk.word[i].equals("我们")) && i + 1 < last) {
            // 我希望大家… / 我们建议各街道…: the speaker's own wish names the addressee
            int b = i + 1;
            while (b + 1 < last && tk.nature[b].startsWith("d") && !MODALS.contains(tk.word[b])) {
                b++;
            }
            if (ADDRESSING.contains(tk.word[b]) && !tk.word[b].equals("需要")) {
                i = b;
            }
        }
        String w = tk.word[i];
        if (w.equals("让") && c == first && i + 1 < last && COLLECTIVE.contains(tk.word[i + 1]) && pass == STRONG) {
            return tk.word[i + 1]; // 让我们…奋力完成… (opening the sentence; not …，让大家引以为戒)
        }
        if (ADDRESSING.contains(w)) {
            // the addressee is the longest bearer the phrase starts with: 建议各县市区整合/vn 资源
            for (int e = nounPhrase(tk, i + 1, last); e > i + 1; e--) {
                if (isBearer(text, tk, i + 1, e)) {
                    return phrase(text, tk, i + 1, e);
                }
            }
            return null;
        }
        if (w.equals("由") && pass == STRONG) {
            // 由县应急局牵头，… : the body that leads the work
            int e = nounPhrase(tk, i + 1, last);
            return e > i + 1 && e < last && LEADS.contains(tk.word[e]) && isBearer(text, tk, i + 1, e)
                    ? phrase(text, tk, i + 1, e) : null;
        }
        if (w.equals("要求") && c > first && pass == STRONG && i + 1 < last && speakerClause(text, tk, first, c)) {
            // 国务院安委会办公室近期印发通知，要求各类企业在年底前…: the addressee of the relayed requirement
            int f = nounPhrase(tk, i + 1, last);
            return f > i + 1 && isBearer(text, tk, i + 1, f) ? phrase(text, tk, i + 1, f) : null;
        }
        if (RELAY.contains(w) && i + 1 < last && (QUOTES.contains(tk.word[i + 1]) || isClauseEnd(tk.word[i + 1]))) {
            i = skipLead(tk, i + 1, last); // 要求“各地区和有关部门要… : the addressee follows
            if (i >= last) {
                return null;
            }
        }
        int e = nounPhrase(tk, i, last);
        if (pass == STRONG && (e == i || !isBearer(text, tk, i, e)) && listOpens(text, tk.start[i])) {
            java.util.regex.Matcher listed = LISTED_BODIES.matcher(text.substring(tk.start[i], Math.min(text.length(), tk.start[i] + MAX)));
            if (listed.lookingAt()) {
                return listed.group(1);
            }
        }
        if (pass == STRONG && (e == i || !isBearer(text, tk, i, e))) {
            int v = verbInitialName(text, tk, i, last);
            if (v > i) {
                return phrase(text, tk, i, v); // 涉氨制冷企业要…
            }
        }
        if (pass == STRONG && e > i && e + 1 < last && isBearer(text, tk, i, e)) {
            int v = e;
            while (v < last && (tk.nature[v].startsWith("d") || tk.nature[v].equals("t")) && !MODALS.contains(tk.word[v])) {
                v++; // 县里今年还要求…
            }
            if (v + 1 < last && tk.word[v].equals("要求")) {
                // 县里还要求各乡镇对…登记: a body hands down a requirement, its addressee acts
                int f = nounPhrase(tk, v + 1, last);
                if (f > v + 1 && isBearer(text, tk, v + 1, f)) {
                    return phrase(text, tk, v + 1, f);
                }
            }
        }
        if (e > i && isBearer(text, tk, i, e) && directs(tk, i, e, last) == pass
                && (pass == STRONG || !pastFrame(text, tk.start[first], tk.start[i]) && !DESCRIPTIVE.contains(tk.word[i]))) {
            int from = joinedStart(text, tk, c, i);
            return phrase(text, tk, from, e);
        }
        if (pass == STRONG && COLLECTIVE.contains(w) && i + 2 < last && tk.word[i + 1].equals("的")) {
            // 我们的监管方式也要跟着变: the collective whose way of working must change (a possessor of a state, as in
            // 企业节前节后安全也要抓紧, is no bearer: only 我们/大家 are taken so)
            int f = nounPhrase(tk, i + 2, last);
            if (f > i + 2 && directs(tk, i + 2, f, last) == STRONG) {
                return w;
            }
        }
        if (pass == STRONG) {
            String organiser = organiser(text, tk, i, last);
            if (organiser != null) {
                return organiser;
            }
        }
        return pass == STRONG ? raisedConcern(text, tk, i, last) : null;
    }

    /**
     * The sentence's first clause (up to word {@code c}) names a body or person that speaks or acts without
     * a modal (省委主要领导多次作出批示，… / 国务院安委会办公室印发通知，…): what follows relays its words.
     */
    private static boolean speakerClause(String text, Tokens tk, int first, int c) {
        int i = skipLead(tk, first, c);
        int e = nounPhrase(tk, i, c);
        if (e == i || COLLECTIVE.contains(tk.word[i]) || !(isBearer(text, tk, i, e) || tk.nature[i].startsWith("nr"))) {
            return false;
        }
        boolean relays = false;
        for (int k = e; k < c; k++) {
            if (MODALS.contains(tk.word[k])) {
                return false;
            }
            relays |= RELAY.contains(tk.word[k]) || NARRATIVE.contains(tk.word[k]);
        }
        String rest = text.substring(tk.start[e], tk.start[c]);
        for (String r : RELAY) {
            relays |= r.length() > 1 && rest.contains(r); // 印/v 发/v 通知: the segmenter may cut the verb
        }
        for (String r : ISSUING) {
            relays |= rest.contains(r);
        }
        return relays; // not 县住建局加大对…的检查，要求施工单位…: a directive of its own, whose 要求 has an object
    }

    /**
     * A relayed directive that names no addressee (总书记还多次指出，要…; 他强调，要…; 省委主要领导作出批示，要求把…):
     * its bearer is null, not inherited. True when the sentence opens with a speaker (a name, a body or 他/她)
     * and a relaying verb that no bearer follows. Call it only when {@link #find} found no bearer.
     */
    boolean unaddressedRelay(String text, Tokens tk, int start, int end) {
        int first = tk.firstAtOrAfter(start);
        int last = first;
        while (last < tk.size && tk.start[last] < end) {
            last++;
        }
        int i = skipLead(tk, first, last);
        if (i >= last) {
            return false;
        }
        int k = i;
        if (tk.word[i].equals("他") || tk.word[i].equals("她")) {
            k = i + 1;
        } else if (tk.nature[i].startsWith("nr")) {
            while (k < last && (tk.nature[k].startsWith("nr") || k == i + 1 && tk.nature[k].equals("nz"))) {
                k++; // 赵/nr 建华/nz
            }
        } else {
            k = nounPhrase(tk, i, last);
            if (k == i || COLLECTIVE.contains(tk.word[i]) || !isBearer(text, tk, i, k)) {
                return false;
            }
        }
        while (k < last && (tk.nature[k].startsWith("d") || tk.nature[k].equals("m")) && !MODALS.contains(tk.word[k])) {
            k++; // 还, 多次, 再次
        }
        if (k < last && (tk.word[k].equals("作出") || tk.word[k].equals("做出"))) {
            while (k < last && !isClauseEnd(tk.word[k])) {
                k++; // 作出批示，要求…
            }
            k++;
        }
        if (k >= last || !SPEECH_RELAYS.contains(tk.word[k])) {
            return false;
        }
        int a = k + 1;
        while (a < last && (isClauseEnd(tk.word[a]) || QUOTES.contains(tk.word[a]))) {
            a++;
        }
        // the directive follows at once (指出，要… / 要求把…); a list after 要求：一是… keeps the paragraph's bearer
        return a < last && (MODALS.contains(tk.word[a]) || tk.word[a].equals("把"));
    }

    /** Verbs by which a body issues a document whose requirement a sentence then relays (下发通知，要求…). */
    private static final Set<String> ISSUING = Set.of("下发", "发布", "出台", "印发", "发出");

    /** Verbs by which a higher authority's directive is relayed (not 部署, 召开: they narrate). */
    private static final Set<String> SPEECH_RELAYS = Set.of("强调", "指出", "要求", "明确要求", "强调指出", "重申", "指示", "批示");

    /** What LISTED_BODIES needs first: a 、 after one to six characters (发改、…); most clauses have none. */
    private static boolean listOpens(String text, int at) {
        for (int k = at + 1; k <= at + 6 && k < text.length(); k++) {
            if (text.charAt(k) == '、') {
                return true;
            }
        }
        return false;
    }

    /**
     * End of a short bearer name that opens with a verb (涉氨制冷企业, 进城务工人员) when a modal follows it
     * directly, else {@code i}: without the modal such words are a predicate (掌握企业人员…).
     */
    private static int verbInitialName(String text, Tokens tk, int i, int last) {
        String w = tk.word[i];
        if (OBJECT_VERBS.contains(w) || MODALS.contains(w) || RELAY.contains(w) || NARRATIVE.contains(w)) {
            return i;
        }
        int verbs = 0;
        int k = i;
        // 粉尘涉爆、有限空间作业企业必须…: short coordinated names may hold an adjective
        while (k < last && k < i + 9 && !MODALS.contains(tk.word[k])) {
            String n = tk.nature[k];
            if (n.startsWith("v") && !n.equals("vn")) {
                verbs++;
            } else if (!(n.startsWith("n") || n.equals("vn") || n.equals("ng") || n.equals("j")
                    || k > i && (n.equals("a") || tk.word[k].equals("、")))) {
                return i;
            }
            k++;
        }
        return k > i + 1 && k < last && MODALS.contains(tk.word[k]) && verbs <= 2 && isBearer(text, tk, i, k) ? k : i;
    }

    /** The sentence before the subject sets it in the past (今年以来，…; 刚才，…). */
    private static boolean pastFrame(String text, int from, int to) {
        String before = text.substring(from, to);
        for (String w : NARRATIVE_FRAME) {
            if (before.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Skips connectives, time words, ordinals, quotes and 同志们 before a clause's subject. */
    private static int skipLead(Tokens tk, int i, int last) {
        while (i < last) {
            String w = tk.word[i];
            String n = tk.nature[i];
            if (LEAD.contains(w) || QUOTES.contains(w) || n.equals("t") || ObligationDetector.isOrdinalShi(w)
                    || w.equals("——") || w.equals("—") || isPeriod(w)) {
                i++;
            } else if (n.equals("f") && i > 0 && tk.nature[i - 1].equals("t")) {
                i++; // 年底/t 前/f
            } else if (i + 1 < last && isPeriod(tk.word[i + 1]) && tk.nature[i + 1].equals("f")) {
                i += 2; // 节日期间各单位要…
            } else if (isOrdinal(tk, i, last)) {
                i = afterOrdinal(tk, i, last);
            } else {
                return i;
            }
        }
        return i;
    }

    /** A period before the subject (主汛期各级防指要…): not part of it. */
    private static boolean isPeriod(String w) {
        return w.length() >= 2 && (w.endsWith("期") || w.endsWith("期间"));
    }

    /** 一要 / 第一 / （一） / 1. at a clause start. */
    private static boolean isOrdinal(Tokens tk, int i, int last) {
        String w = tk.word[i];
        if (w.equals("（") || w.equals("(")) {
            return i + 2 < last && tk.nature[i + 1].startsWith("m") && (tk.word[i + 2].equals("）") || tk.word[i + 2].equals(")"));
        }
        if (w.startsWith("第") && w.length() >= 2 && "一二三四五六七八九十".indexOf(w.charAt(1)) >= 0 && w.length() <= 3) {
            return true;
        }
        if (tk.nature[i].startsWith("m") && i + 1 < last) {
            String n = tk.word[i + 1];
            return (n.equals("要") || n.equals("是")) && "一二三四五六七八九十".indexOf(w.charAt(0)) >= 0
                    || n.equals("．") || n.equals(".") || n.equals("、");
        }
        return false;
    }

    private static int afterOrdinal(Tokens tk, int i, int last) {
        String w = tk.word[i];
        if (w.equals("（") || w.equals("(")) {
            return i + 3;
        }
        if (w.startsWith("第")) {
            return i + 1;
        }
        return i + 2; // 一要 / 一是 / 1. / 一、

    }

    /**
     * End (exclusive) of the noun phrase starting at word {@code i}: nouns, 各/有关 and other determiners,
     * numbers, 的 modifiers, coordination (、和及), 特别是/尤其是 appositions, brackets and 等; a verb only
     * inside a 的 relative clause (负有监管职责的部门) or as part of a body's name (安监部门, 分管领导).
     */
    private static int nounPhrase(Tokens tk, int i, int last) {
        int j = i;
        while (j < last) {
            String w = tk.word[j];
            String n = tk.nature[j];
            if (isClauseEnd(w) || j > i && (isPeriod(w) || w.startsWith("每") || MINDS.contains(w))) {
                break; // 病险水库主汛期一律…: the period is no part of the name
            }
            if (j > i && (w.equals("特别是") || w.equals("尤其是"))) {
                j++;
                continue;
            }
            if (j > i && (w.equals("特别") || w.equals("尤其")) && j + 1 < last && tk.word[j + 1].equals("是")) {
                j += 2;
                continue;
            }
            if (n.startsWith("w")) {
                if (w.length() == 1 && INNER_MARKS.indexOf(w.charAt(0)) >= 0) {
                    j++;
                    continue;
                }
                break;
            }
            if (n.startsWith("m") && !(j + 1 < last && (tk.nature[j + 1].equals("q") || tk.nature[j + 1].startsWith("n")))) {
                break; // a number counts only before a measure word or noun (8个检查组), not 整/m 合/v
            }
            if (n.startsWith("n") || n.equals("j") || n.equals("vn") || n.equals("b") || n.equals("a") && (j > i || w.length() == 1 || adjectiveOfHead(tk, j, last))
                    || n.startsWith("m") || n.equals("q") || n.equals("f") || n.equals("s") || n.equals("x")
                    || n.equals("an") || n.equals("ng")) {
                j++;
                continue;
            }
            if (n.equals("l") && j + 1 < last && (tk.nature[j + 1].startsWith("n") || tk.word[j + 1].equals("、")
                    || tk.word[j + 1].equals("等"))) {
                j++; // 自然资源/l 部门
                continue;
            }
            if (n.startsWith("r") && (PRONOUNS.contains(w) || COLLECTIVE.contains(w) || w.startsWith("各"))) {
                j++;
                continue;
            }
            if (j > i && (w.equals("的") || w.equals("之") || w.equals("等") || COORDINATORS.contains(w))) {
                j++;
                continue;
            }
            if (n.startsWith("v") && !w.equals("是") && !EXISTENTIAL.contains(w)) {
                if (j > i && ORG_ENDINGS.contains(w)) {
                    j++;
                    continue;
                }
                if (!MODALS.contains(w) && !RELAY.contains(w) && (relativeClause(tk, j, last)
                        || !OBJECT_VERBS.contains(w) && (j > i || MODIFIERS.contains(w) || abbreviation(tk, j, last))
                        && modifiesHead(tk, j, last))) {
                    j++;
                    continue;
                }
            }
            break;
        }
        // a phrase never ends in 的 or a coordinator; 等 only after a name
        while (j > i && (tk.word[j - 1].equals("的") || COORDINATORS.contains(tk.word[j - 1])
                || tk.word[j - 1].equals("、"))) {
            j--;
        }
        return j;
    }

    /** The verb at {@code j} opens a relative clause closed by 的 before any adverb, preposition or mark. */
    private static boolean relativeClause(Tokens tk, int j, int last) {
        for (int k = j + 1; k < last && k < j + 12; k++) {
            String w = tk.word[k];
            String n = tk.nature[k];
            if (w.equals("的")) {
                return true;
            }
            if (isClauseEnd(w) || n.startsWith("d") || n.startsWith("p") || n.startsWith("w") || MODALS.contains(w)
                    || n.startsWith("u") || n.startsWith("c")) {
                return false;
            }
        }
        return false;
    }

    /**
     * The verb at {@code j} is followed directly by at most two nouns that end in a bearer word (安监部门,
     * 主要负责同志); at a phrase's start only listed modifiers count (分管领导), so 掌握企业人员… is no name.
     */
    private static boolean modifiesHead(Tokens tk, int j, int last) {
        if (tk.word[j].length() > 2) {
            return false;
        }
        for (int k = j + 1; k < last && k < j + 3; k++) {
            String n = tk.nature[k];
            if (k == j + 1 && abbreviation(tk, j, last)) {
                continue;
            }
            if (!(n.startsWith("n") || n.equals("vn") || n.equals("ng") || n.equals("j"))) {
                return false;
            }
            if (endsWithHead(tk.word[k]) && (k + 1 >= last || !tk.nature[k + 1].startsWith("n"))) {
                return true;
            }
        }
        return false;
    }

    /** An adjective right before a bearer word opens a name (病险水库, 小型企业), not a verb-like one (突出重点…). */
    private static boolean adjectiveOfHead(Tokens tk, int j, int last) {
        return j + 1 < last && tk.nature[j + 1].startsWith("n") && endsWithHead(tk.word[j + 1]);
    }

    /** Two one-character words cut from a body's short name (住/v 建/v 部门): the first of them at {@code j}. */
    private static boolean abbreviation(Tokens tk, int j, int last) {
        return tk.word[j].length() == 1 && j + 2 < last && tk.word[j + 1].length() == 1
                && (tk.nature[j + 1].startsWith("v") || tk.nature[j + 1].equals("ng")) && endsWithHead(tk.word[j + 2]);
    }

    private static boolean endsWithHead(String s) {
        if (NOT_HEAD_ENDINGS.endsAny(s)) {
            return false;
        }
        return HEAD_ENDINGS.endsAny(s) || COLLECTIVE.contains(s);
    }

    private static final Endings HEAD_ENDINGS = new Endings(HEADS);
    private static final Endings NOT_HEAD_ENDINGS = new Endings(NOT_HEADS);

    /**
     * Words filed by their last character: whether a string ends with any of them, trying only those that
     * end as it does (a phrase is tested against the 160 bearer words many times per sentence).
     */
    private static final class Endings {
        /** The distinct last characters, sorted; {@code words[k]} end with {@code last[k]}. */
        private final char[] last;
        private final String[][] words;
        private final boolean empty;

        Endings(List<String> list) {
            java.util.TreeMap<Character, List<String>> by = new java.util.TreeMap<>();
            boolean e = false;
            for (String w : list) {
                if (w.isEmpty()) {
                    e = true;
                } else {
                    by.computeIfAbsent(w.charAt(w.length() - 1), k -> new java.util.ArrayList<>()).add(w);
                }
            }
            empty = e;
            last = new char[by.size()];
            words = new String[by.size()][];
            int k = 0;
            for (var entry : by.entrySet()) {
                last[k] = entry.getKey();
                words[k++] = entry.getValue().toArray(new String[0]);
            }
        }

        boolean endsAny(String s) {
            if (empty) {
                return true;
            }
            if (s.isEmpty()) {
                return false;
            }
            int k = java.util.Arrays.binarySearch(last, s.charAt(s.length() - 1));
            if (k < 0) {
                return false;
            }
            for (String w : words[k]) {
                if (s.endsWith(w)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The words i..e-1 name a duty bearer: they end (before 等 or a bracketed alternative) with a bearer word. */
    private static boolean isBearer(String text, Tokens tk, int i, int e) {
        String p = phrase(text, tk, i, e);
        if (p == null) {
            return false;
        }
        if (tk.nature[e - 1].startsWith("nt")) {
            return true; // a body the segmenter knows (lexicon/bodies.txt): 防指, 安委办
        }
        if (p.endsWith("等")) {
            p = p.substring(0, p.length() - 1);
        }
        int open = Math.max(p.lastIndexOf('（'), p.lastIndexOf('('));
        if (open > 0 && (p.endsWith("）") || p.endsWith(")"))) {
            String inner = p.substring(open + 1, p.length() - 1);
            String outer = p.substring(0, open);
            return isBearerText(outer) || isBearerText(inner);
        }
        return isBearerText(p);
    }

    private static boolean isBearerText(String p) {
        if (p.isEmpty() || BARE_NOT_HEADS.contains(p)) {
            return false;
        }
        if (p.endsWith("项目") && (p.startsWith("新建") || p.startsWith("拟建") || p.startsWith("新上"))) {
            return false; // 新建化工项目必须进入园区: a planned project is a thing, not its operator (各在建项目要…)
        }
        if (p.startsWith("各") && p.length() > 1 && p.length() <= 5
                && p.substring(1).codePoints().allMatch(c -> PLACES.contains(Character.toString(c)))) {
            return true; // 各县, 各县市区
        }
        return endsWithHead(p);
    }

    private static String phrase(String text, Tokens tk, int i, int e) {
        if (e <= i) {
            return null;
        }
        String p = text.substring(tk.start[i], tk.end(e - 1));
        return p.length() > MAX ? null : p;
    }

    /**
     * What follows the subject i..e-1 makes it the subject of a directive: a modal in its clause (各部门对…决不能…),
     * a bare directive verb (县住建局加大…) unless the clause narrates or relays, 是 (领导干部是…“领头羊”，要…),
     * or a clause break after which the directive goes on (…生产经营单位，立即行动).
     */
    private static int directs(Tokens tk, int i, int e, int last) {
        boolean collective = e - i == 1 && COLLECTIVE.contains(tk.word[i]);
        int clauseEnd = e;
        while (clauseEnd < last && !isClauseEnd(tk.word[clauseEnd])) {
            clauseEnd++;
        }
        int k = e;
        if (k < clauseEnd && tk.nature[k].equals("t")) {
            int t = k;
            while (t < clauseEnd && (tk.nature[t].equals("t") || tk.nature[t].equals("f"))) {
                t++;
            }
            if (t < clauseEnd && (tk.nature[t].startsWith("n") || tk.nature[t].equals("an") || tk.nature[t].equals("vn"))) {
                return NONE; // 企业节前节后安全也要抓紧: the subject is the state, 企业 only its possessor
            }
        }
        if (clauseEnd > e && tk.word[clauseEnd - 1].equals("的") && clauseEnd < last && !isClauseEnd(tk.word[e])) {
            return NONE; // 企业未经审批擅自动火的，一律…: a topic naming whom the directive is about
        }
        if (k < clauseEnd && CONDITIONS.contains(tk.word[k]) && !tk.word[clauseEnd - 1].equals("的")
                && clauseEnd + 1 < last && MODALS.contains(tk.word[skipAdverbs(tk, clauseEnd + 1, last)])) {
            return STRONG; // 新入职员工未经三级安全教育，一律不得上岗: the condition's subject is the directive's
        }
        boolean frequency = false;
        while (k < clauseEnd && (tk.nature[k].startsWith("d") || tk.nature[k].equals("ad") || isFrequency(tk, k))
                && !MODALS.contains(tk.word[k])) {
            if (NARRATIVE.contains(tk.word[k])) {
                return NONE;
            }
            frequency |= tk.word[k].startsWith("每");
            k += tk.word[k].equals("每") && k + 1 < clauseEnd ? 2 : 1; // 每月至少带队检查, 每/r 季度/n
        }
        if (frequency && k < clauseEnd && !MODALS.contains(tk.word[k])) {
            return STRONG; // 班子成员每周至少下村督查一次: a frequency prescribed to the subject is its duty
        }
        if (k < clauseEnd && RELAY.contains(tk.word[k])) {
            return NONE; // 总书记强调… / 会议要求…: the speaker
        }
        for (int m = e; m < clauseEnd; m++) {
            String w = tk.word[m];
            if (MODALS.contains(w)) {
                int v = m + 1;
                while (v < clauseEnd && (tk.nature[v].startsWith("d") || tk.nature[v].equals("ad")) && !MODALS.contains(tk.word[v])) {
                    v++;
                }
                return v < clauseEnd && PATIENT_VERBS.contains(tk.word[v]) && !objectAfter(tk, v, clauseEnd)
                        ? NONE : STRONG; // 机构和人员要配齐配强, but 管委会要配齐监管人员 staffs someone else
            }
            if (NARRATIVE.contains(w)) {
                return NONE;
            }
        }
        if (k == clauseEnd) {
            // the subject ends its clause: the next clause carries the directive, or joins another subject
            if (clauseEnd + 1 >= last || !opensPredicate(tk, clauseEnd + 1, last)) {
                return NONE;
            }
            return MODALS.contains(tk.word[skipAdverbs(tk, clauseEnd + 1, last)]) ? STRONG : WEAK;
        }
        String w = tk.word[k];
        String n = tk.nature[k];
        if (QUANTITY_VERBS.contains(w)) {
            return NONE;
        }
        if (n.startsWith("v") && clauseEnd - 1 > k && TIME_CLAUSE_ENDS.contains(tk.word[clauseEnd - 1])
                && clauseEnd + 1 < last && MODALS.contains(tk.word[skipAdverbs(tk, clauseEnd + 1, last)])
                && !NARRATIVE.contains(w) && !RELAY.contains(w)) {
            return STRONG; // 大家回去以后，要把…传达到每一户: the subject of the time clause goes on to the directive
        }
        if (w.equals("是")) {
            // 领导干部是…“领头羊”，要…: only when a later clause goes on with a modal of its own; 主要负责人是
            // 第一责任人，… alone states a fact
            return collective || !modalClauseAfter(tk, clauseEnd, last) ? NONE : WEAK;
        }
        if (LEADS.contains(w) && k + 1 == clauseEnd) {
            return WEAK; // 市住建局牵头，组织各区县…
        }
        if (n.startsWith("v") && collective && COLLECTIVE_VERBS.contains(w) && k + 1 < clauseEnd) {
            return WEAK; // 我们还鼓励企业…
        }
        if (n.startsWith("v") && !collective && k + 1 < clauseEnd) {
            return WEAK; // 县*局加大对…的检查; a verb ending its clause tells a state (进山的人增多，…)
        }
        if (n.startsWith("p") || n.equals("t")) {
            // 市安委会的暗查暗访组在…的同时，要代表… : a modal opens the next clause
            return clauseEnd < last && MODALS.contains(tk.word[skipAdverbs(tk, clauseEnd + 1, last)]) ? STRONG : NONE;
        }
        return NONE;
    }

    /** A noun follows the verbs from {@code v} in the clause: they have an object, so their subject acts. */
    private static boolean objectAfter(Tokens tk, int v, int clauseEnd) {
        for (int k = v + 1; k < clauseEnd; k++) {
            if (tk.nature[k].startsWith("n") && !tk.nature[k].equals("nz") || tk.nature[k].equals("vn")) {
                return true;
            }
        }
        return false;
    }

    /** 每月, 每周, 每/r 季度, 至少: how often the subject acts, between it and its verb. */
    private static boolean isFrequency(Tokens tk, int k) {
        return tk.word[k].startsWith("每") || tk.word[k].equals("至少");
    }

    /** A clause after {@code from} opens (after adverbs) with a modal: 领导干部是…，要…. */
    private static boolean modalClauseAfter(Tokens tk, int from, int last) {
        for (int c = from; c < last; c++) {
            if (isClauseEnd(tk.word[c]) && c + 1 < last && MODALS.contains(tk.word[skipAdverbs(tk, c + 1, last)])) {
                return true;
            }
        }
        return false;
    }

    private static int skipAdverbs(Tokens tk, int k, int last) {
        while (k < last - 1 && tk.nature[k].startsWith("d") && !MODALS.contains(tk.word[k])) {
            k++;
        }
        return Math.min(k, last - 1);
    }

    /** The clause at {@code k} goes on with a directive: adverb, modal or verb first (立即行动, 要…). */
    private static boolean opensPredicate(Tokens tk, int k, int last) {
        if (k >= last) {
            return false;
        }
        int m = skipAdverbs(tk, k, last);
        String w = tk.word[m];
        String n = tk.nature[m];
        if (NARRATIVE.contains(w) || RELAY.contains(w)) {
            return false;
        }
        return MODALS.contains(w) || n.startsWith("d") || n.startsWith("v") && !n.equals("vn") || k < m;
    }

    /**
     * Start of the subject when the clause before it is a bearer phrase of its own: 各县主要同志、班子成员，
     * 各部门的主要领导要… keeps both parts. {@code i} is the subject's first word, {@code c} its clause's.
     */
    private int joinedStart(String text, Tokens tk, int c, int i) {
        if (i != c || c == 0 || !tk.word[c - 1].equals("，") && !tk.word[c - 1].equals(",")) {
            return i;
        }
        int b = c - 1;
        while (b > 0 && !isClauseEnd(tk.word[b - 1])) {
            b--;
        }
        int e = nounPhrase(tk, b, c - 1);
        return e == c - 1 && isBearer(text, tk, b, e) && tk.start[b] >= 0 && !isLeadOnly(tk, b, e) ? b : i;
    }

    private static boolean isLeadOnly(Tokens tk, int b, int e) {
        return e - b == 1 && LEAD.contains(tk.word[b]);
    }

    /**
     * 县安委办组织的督查暗访要常态化: the body that runs the activity a directive is about, when the clause
     * opens with [bearer][verb]的… and goes on to a modal.
     */
    private static String organiser(String text, Tokens tk, int i, int last) {
        int k = i + 1;
        while (k < last && (tk.nature[k].startsWith("n") || tk.word[k].equals("、"))) {
            k++;
        }
        if (k + 1 >= last || !tk.nature[k].startsWith("v") || !tk.word[k + 1].equals("的")
                || COLLECTIVE.contains(tk.word[i]) || !isBearer(text, tk, i, k)) {
            return null;
        }
        for (int m = k + 2; m < last && !isClauseEnd(tk.word[m]); m++) {
            if (NARRATIVE.contains(tk.word[m])) {
                return null;
            }
            if (MODALS.contains(tk.word[m])) {
                return phrase(text, tk, i, k);
            }
        }
        return null;
    }

    /** …要引起X的高度重视 → X. */
    private static String raisedConcern(String text, Tokens tk, int i, int last) {
        for (int k = i; k < last && !isClauseEnd(tk.word[k]); k++) {
            if (tk.word[k].equals("引起") && k + 1 < last) {
                int e = nounPhrase(tk, k + 1, last);
                // the phrase swallowed 的: find X before 的高度重视 / 的重视
                for (int d = k + 1; d < e; d++) {
                    if (tk.word[d].equals("的") && d + 1 < last && (tk.word[d + 1].equals("高度") || tk.word[d + 1].equals("重视")
                            || tk.word[d + 1].equals("高度重视"))) {
                        return isBearer(text, tk, k + 1, d) ? phrase(text, tk, k + 1, d) : null;
                    }
                }
                if (e < last && tk.word[e].equals("的") && e + 1 < last && (tk.word[e + 1].startsWith("高度") || tk.word[e + 1].equals("重视"))) {
                    return isBearer(text, tk, k + 1, e) ? phrase(text, tk, k + 1, e) : null;
                }
                return null;
            }
        }
        return null;
    }
}
