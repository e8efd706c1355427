package jingdu.analysis;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The duty bearer of a directive: the subject before its modal (各乡镇、各部门和单位要… → 各乡镇、各部门和单位),
 * recognised by HanLP organisation tags or government-body endings; null when none is stated.
 */
final class ActorFinder {

    private static final Pattern BEARER = Pattern.compile(
            "(局|委|办|办公室|部门|单位|乡镇|乡（镇|街道）|街道|管委会|政府|党委|企业|公司|负责人|负责同志|主要同志|领导|干部"
            + "|班子|成员|队伍|大队|支队|中心|站|组|大家|我们|同志|职工|员工|县（市、区）|县市\\(开发区\\)|县市（开发区）"
            + "|县区|开发区|园区|各级|各地|各县|人员|社会)\\)?$");
    private static final Set<String> LEAD = Set.of("同时", "此外", "另外", "特别是", "尤其是", "同志们", "当前", "目前",
            "现在", "下一步", "今后", "首先", "其次", "最后", "一方面", "另一方面", "因此", "为此", "对此", "所以", "“", "、");
    private static final Set<String> TRAIL = Set.of("切实", "认真", "一定", "都", "也", "还", "进一步", "更", "更加", "务必",
            "必须", "要", "坚决", "要切实", "同样", "则", "就", "首先", "始终", "真正", "主动", "立即", "尤其", "再");
    private static final Set<String> PUNCT = Set.of("，", ",", "；", ";", "：", ":", "。", "！", "？", "!", "?");
    private static final int MAX = 40;
    /** One-character endings the segmenter may tag as verbs (市安委/办): after a word they end a body's name. */
    private static final Set<String> ORG_ENDINGS = Set.of("办", "委", "组", "站", "队", "处", "科", "所");
    private static final Pattern ORDINAL = Pattern.compile(
            "^([（(][一二三四五六七八九十0-9]+[）)]|[一二三四五六七八九十]+[、是要]|第[一二三四五六七八九十]+[，,、：:]?|[0-9]+[.．、])");

    /** Subject before token {@code modal}, or null. */
    String find(String text, Tokens tk, int sentenceStart, int modal) {
        if (modal < 0) {
            return null;
        }
        int first = tk.firstAtOrAfter(sentenceStart);
        int from = modal;
        while (from > first && !PUNCT.contains(tk.word[from - 1])) {
            from--;
        }
        int to = modal;
        while (to > from && TRAIL.contains(tk.word[to - 1])) {
            to--;
        }
        while (from < to && (LEAD.contains(tk.word[from]) || tk.nature[from].equals("m") && from + 1 < to
                && tk.word[from + 1].equals("是") || ObligationDetector.isOrdinalShi(tk.word[from]))) {
            from += tk.word[from].equals("是") || !tk.nature[from].equals("m") ? 1 : 2;
        }
        if (from >= to) {
            return null;
        }
        String w0 = tk.word[from];
        if (w0.equals("对") || w0.equals("对于") || w0.equals("在") || w0.equals("按照") || w0.equals("针对")
                || w0.equals("根据") || w0.equals("从") || w0.equals("以") || w0.equals("为")) {
            return null;
        }
        String phrase = ORDINAL.matcher(text.substring(tk.start[from], tk.end(to - 1))).replaceFirst("").strip();
        if (phrase.isEmpty() || phrase.length() > MAX) {
            return null;
        }
        boolean org = false;
        for (int i = from; i < to; i++) {
            if (tk.nature[i].startsWith("nt") || tk.nature[i].equals("nis")) {
                org = true;
            }
            if (tk.isVerb(i) && !tk.nature[i].equals("vn") && !(i > from && ORG_ENDINGS.contains(tk.word[i]))) {
                return null; // a clause, not a noun phrase: 做好…工作要… has no named bearer
            }
        }
        return org || BEARER.matcher(phrase).find() ? phrase : null;
    }

    /** 请大家… / 希望大家…: the addressee. */
    String addressee(String sentence) {
        int k = sentence.indexOf("请大家");
        if (k < 0) {
            k = sentence.indexOf("希望大家");
        }
        return k >= 0 ? "大家" : null;
    }
}
