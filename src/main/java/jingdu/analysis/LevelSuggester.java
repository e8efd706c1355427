package jingdu.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jingdu.model.Level;
import jingdu.model.LevelSuggestion;

/**
 * Responsibility levels of a paragraph (guide section 4). Words naming a tier's responsibility
 * (党政同责, 监管责任, 主体责任) count in any sentence; duty bearers (各乡镇, 各部门, 企业) count in directive
 * sentences only, and an enterprise governed by a department (督促企业…, 对企业…) is that department's duty.
 */
final class LevelSuggester {

    private static final Pattern L_ANY = Pattern.compile("党政同责|一岗双责|领导责任|属地管理|属地责任|属地为主|党政领导");
    private static final Pattern S_ANY = Pattern.compile(
            "监管责任|管行业必须管安全|三管三必须|三个必须|谁主管谁负责|监管执法|执法检查|督查暗访|暗查暗访|明察暗访");
    private static final Pattern E_ANY = Pattern.compile("主体责任|全员安全(生产)?责任制|企业负责|企业抓落实");
    private static final Pattern L_DIRECTIVE = Pattern.compile(
            "各级|党委|[县市区州省]委|[县市区州省]政府|地方政府|县（市、区）|县\\(市、区\\)|县市|县区(?!域)|各县|各区|各市|乡镇|乡（镇"
            + "|街道|管委会|开发区|各地区|各地|主要领导|主要负责同志|主要同志|分管领导|分管负责同志|班子成员|领导班子|领导干部"
            + "|[县市省州区]级领导|组织领导|党政");
    private static final Pattern S_DIRECTIVE = Pattern.compile(
            "部门|成员单位|安委会(?!会议|全体会议|[^，。]{0,3}精神)|安委办|安委会办公室|安监|应急管理局|监管|监督|执法|督查|督办|暗访|督导"
            + "|督促|监察|支队|大队|(?<!格|大|布|结|全|开|当|棋|时|政|药|邮|赌|饭|骗)局(?![面部势限])");
    private static final Pattern E_DIRECTIVE = Pattern.compile(
            "企业主要负责人|企业|生产经营单位|施工单位|经营单位|用人单位|建设单位|(职工|员工|从业人员)(?=.{0,4}(要|必须|应))");
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

    /** A sentence of the paragraph with the detector's verdict. */
    record Sentence(String text, boolean directive) {
    }

    List<LevelSuggestion> suggest(List<Sentence> sentences) {
        Map<Level, Set<String>> cues = new EnumMap<>(Level.class);
        for (Sentence s : sentences) {
            String t = s.text();
            collect(L_ANY, t, Level.LEADERSHIP, cues);
            collect(S_ANY, t, Level.SUPERVISION, cues);
            collectEnterprise(E_ANY, t, cues, false);
            if (s.directive()) {
                collect(L_DIRECTIVE, t, Level.LEADERSHIP, cues);
                collect(S_DIRECTIVE, t, Level.SUPERVISION, cues);
                collectEnterprise(E_DIRECTIVE, t, cues, true);
            }
        }
        List<LevelSuggestion> out = new ArrayList<>();
        for (Map.Entry<Level, Set<String>> e : cues.entrySet()) {
            out.add(new LevelSuggestion(e.getKey(), List.copyOf(e.getValue())));
        }
        return out;
    }

    private static void collect(Pattern p, String t, Level level, Map<Level, Set<String>> cues) {
        Matcher m = p.matcher(t);
        while (m.find()) {
            String word = m.group();
            if (level == Level.SUPERVISION && word.equals("局")) {
                word = bodyName(t, m.start());
            }
            cues.computeIfAbsent(level, k -> new LinkedHashSet<>()).add(word);
        }
    }

    /** An enterprise named as the object of a department's duty (督促企业落实…) is a supervision cue instead. */
    private static void collectEnterprise(Pattern p, String t, Map<Level, Set<String>> cues, boolean directive) {
        Matcher m = p.matcher(t);
        while (m.find()) {
            int anchor = 0;
            Matcher a = ANCHOR.matcher(t).region(0, m.start());
            while (a.find()) {
                anchor = a.end();
            }
            String before = t.substring(anchor, m.start());
            Matcher g = GOVERNS.matcher(before);
            if (g.find()) {
                if (DEPARTMENT_ACTS.matcher(g.group()).matches() && (directive || p == E_ANY)) {
                    cues.computeIfAbsent(Level.SUPERVISION, k -> new LinkedHashSet<>()).add(g.group() + "…" + m.group());
                }
                continue;
            }
            if (p == E_DIRECTIVE && !isSubject(t, m.start(), m.end())) {
                continue;
            }
            cues.computeIfAbsent(Level.ENTERPRISE, k -> new LinkedHashSet<>()).add(m.group());
        }
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

    /** 住建局 rather than 局: up to four characters of the body's name before it. */
    private static String bodyName(String t, int k) {
        int s = k;
        while (s > 0 && k - s < 4 && Character.isLetter(t.charAt(s - 1)) || s > 0 && t.charAt(s - 1) == '*') {
            s--;
        }
        return t.substring(s, k + 1);
    }
}
