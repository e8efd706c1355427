package jingdu.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;

import jingdu.model.Level;
import jingdu.model.LevelSuggestion;

/**
 * Responsibility levels of a paragraph (guide section 4). Words naming a tier's responsibility
 * (党政同责, 监管责任, 主体责任) count in any sentence; duty bearers (各乡镇, 各部门, 企业) count in directive
 * sentences only, and an enterprise governed by a department (督促企业…, 对企业…) is that department's duty.
 * Cue words are found with one Aho-Corasick pass per sentence.
 */
final class LevelSuggester {

    /** Where a cue counts: in any sentence, or only in a directive one. */
    private enum Scope { ANY, DIRECTIVE }

    private record Cue(Level level, Scope scope, boolean enterprise) {
    }

    private static final String[] L_ANY = {"党政同责", "一岗双责", "领导责任", "属地管理", "属地责任", "属地为主", "党政领导"};
    private static final String[] S_ANY = {"监管责任", "管行业必须管安全", "三管三必须", "三个必须", "谁主管谁负责", "监管执法",
        "执法检查", "督查暗访", "暗查暗访", "明察暗访"};
    private static final String[] E_ANY = {"主体责任", "全员安全责任制", "全员安全生产责任制", "企业负责", "企业抓落实"};
    private static final String[] L_DIRECTIVE = {"各级", "党委", "县委", "市委", "区委", "州委", "省委", "县政府", "市政府",
        "区政府", "州政府", "省政府", "地方政府", "县（市、区）", "县(市、区)", "县市", "县区", "各县", "各区", "各市", "乡镇",
        "乡（镇", "街道", "管委会", "开发区", "各地区", "各地", "主要领导", "主要负责同志", "主要同志", "分管领导",
        "分管负责同志", "班子成员", "领导班子", "领导干部", "县级领导", "市级领导", "省级领导", "州级领导", "区级领导",
        "组织领导", "党政"};
    private static final String[] S_DIRECTIVE = {"部门", "成员单位", "安委会", "安委办", "安委会办公室", "安监", "应急管理局",
        "监管", "监督", "执法", "督查", "督办", "暗访", "督导", "督促", "监察", "支队", "大队", "局"};
    private static final String[] E_DIRECTIVE = {"企业主要负责人", "企业", "生产经营单位", "施工单位", "经营单位", "用人单位",
        "建设单位", "职工", "员工", "从业人员"};
    /** Words ending in 局 that name no government body. */
    private static final String NOT_BODY_BEFORE = "格大布结全开当棋时政药邮赌饭骗";
    private static final String NOT_BODY_AFTER = "面部势限";

    /** Verbs (and prepositions) that make the enterprise after them an object of someone else's duty. */
    private static final Pattern GOVERNS = Pattern.compile(
            "督促|指导|引导|推动|倒逼|帮助|帮扶|责令|服务|对|针对|检查|打击|查处|关闭|清理|掌握|严格|突出|深入|加大|约谈"
            + "|曝光|整治|宣传|教育|培训|核查|取缔|处罚|停产|注销|扶持|支持|聚焦|盯紧|紧盯|排查|推进|鼓励|组织|督导|联系"
            + "|抓好|抓实|做好|到|把");
    private static final Pattern DEPARTMENT_ACTS = Pattern.compile("督促|指导|倒逼|责令|监管|执法|检查|约谈|查处|督导");
    private static final Pattern SUBJECT_FOLLOWS = Pattern.compile(
            "[^，。；：,;:]{0,8}?(要|必须|务必|应当|应|一定要|切实|严格|认真|主动|履行|负责|抓落实)");
    private static final Pattern ANCHOR = Pattern.compile(
            "(?<![需主重只])要(?![求害素点])|必须|务必|应当|[，；：](?!特别是|尤其是|以及|包括|还有|甚至)");

    private static final AhoCorasickDoubleArrayTrie<Cue> TRIE = new AhoCorasickDoubleArrayTrie<>();

    static {
        TreeMap<String, Cue> map = new TreeMap<>();
        put(map, E_DIRECTIVE, new Cue(Level.ENTERPRISE, Scope.DIRECTIVE, true));
        put(map, S_DIRECTIVE, new Cue(Level.SUPERVISION, Scope.DIRECTIVE, false));
        put(map, L_DIRECTIVE, new Cue(Level.LEADERSHIP, Scope.DIRECTIVE, false));
        put(map, E_ANY, new Cue(Level.ENTERPRISE, Scope.ANY, true));
        put(map, S_ANY, new Cue(Level.SUPERVISION, Scope.ANY, false));
        put(map, L_ANY, new Cue(Level.LEADERSHIP, Scope.ANY, false));
        TRIE.build(map);
    }

    private static void put(Map<String, Cue> map, String[] words, Cue cue) {
        for (String w : words) {
            map.put(w, cue);
        }
    }

    /** A sentence of the paragraph with the detector's verdict. */
    record Sentence(String text, boolean directive) {
    }

    List<LevelSuggestion> suggest(List<Sentence> sentences) {
        Map<Level, Set<String>> cues = new EnumMap<>(Level.class);
        for (Sentence s : sentences) {
            String t = s.text();
            for (var hit : TRIE.parseText(t)) {
                Cue cue = hit.value;
                if (cue.scope() == Scope.DIRECTIVE && !s.directive()) {
                    continue;
                }
                String word = t.substring(hit.begin, hit.end);
                if (!accept(t, word, hit.begin, hit.end)) {
                    continue;
                }
                if (cue.enterprise()) {
                    enterprise(t, word, hit.begin, hit.end, cue.scope(), s.directive(), cues);
                } else {
                    add(cues, cue.level(), word.equals("局") ? bodyName(t, hit.begin) : word);
                }
            }
        }
        List<LevelSuggestion> out = new ArrayList<>();
        for (Map.Entry<Level, Set<String>> e : cues.entrySet()) {
            out.add(new LevelSuggestion(e.getKey(), List.copyOf(e.getValue())));
        }
        return out;
    }

    /** The few cues that depend on their neighbours. */
    private static boolean accept(String t, String word, int begin, int end) {
        char before = begin > 0 ? t.charAt(begin - 1) : ' ';
        char after = end < t.length() ? t.charAt(end) : ' ';
        return switch (word) {
            case "局" -> NOT_BODY_BEFORE.indexOf(before) < 0 && NOT_BODY_AFTER.indexOf(after) < 0 && begin > 0;
            case "县区" -> after != '域'; // 县区域内
            case "安委会" -> !t.startsWith("会议", end) && !t.startsWith("全体会议", end)
                    && !t.substring(end, Math.min(t.length(), end + 5)).contains("精神");
            case "职工", "员工", "从业人员" -> SUBJECT_FOLLOWS.matcher(t).region(end, t.length()).lookingAt()
                    && t.substring(end, Math.min(t.length(), end + 5)).matches("^[^，。]{0,4}(要|必须|应).*");
            case "企业" -> !t.startsWith("主要负责人", end) && !t.startsWith("负责", end) && !t.startsWith("抓落实", end);
            default -> true;
        };
    }

    /** An enterprise named as the object of a department's duty (督促企业落实…) is a supervision cue instead. */
    private static void enterprise(String t, String word, int begin, int end, Scope scope, boolean directive,
                                   Map<Level, Set<String>> cues) {
        int anchor = 0;
        Matcher a = ANCHOR.matcher(t).region(0, begin);
        while (a.find()) {
            anchor = a.end();
        }
        Matcher g = GOVERNS.matcher(t.substring(anchor, begin));
        if (g.find()) {
            if (DEPARTMENT_ACTS.matcher(g.group()).matches() && (directive || scope == Scope.ANY)) {
                add(cues, Level.SUPERVISION, g.group() + "…" + word);
            }
            return;
        }
        if (scope == Scope.DIRECTIVE && !isSubject(t, begin, end)) {
            return;
        }
        add(cues, Level.ENTERPRISE, word);
    }

    /**
     * An enterprise is a duty bearer when it is the subject: a modal or a duty verb follows it in its clause
     * (各部门和企业要…, 企业主要负责人必须…), or it closes a clause of addressees (各部门及生产经营单位，立即行动).
     */
    private static boolean isSubject(String t, int start, int end) {
        if (SUBJECT_FOLLOWS.matcher(t).region(end, t.length()).lookingAt()) {
            return true;
        }
        if (end < t.length() && "，,".indexOf(t.charAt(end)) >= 0) {
            int c = start;
            while (c > 0 && "，,；;：:。".indexOf(t.charAt(c - 1)) < 0) {
                c--;
            }
            return t.startsWith("各", c);
        }
        return false;
    }

    private static void add(Map<Level, Set<String>> cues, Level level, String word) {
        cues.computeIfAbsent(level, k -> new LinkedHashSet<>()).add(word);
    }

    /** 住建局 rather than 局: up to four characters of the body's name before it. */
    private static String bodyName(String t, int k) {
        int s = k;
        while (s > 0 && k - s < 4 && (Character.isLetter(t.charAt(s - 1)) || t.charAt(s - 1) == '*')) {
            s--;
        }
        return t.substring(s, k + 1);
    }
}
