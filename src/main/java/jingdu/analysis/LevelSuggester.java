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

    /** {@code level} null: a party that bears no tier's duty (纪委, 新闻媒体), so the acts after it are not a department's. */
    private record Cue(Level level, Scope scope, boolean enterprise, boolean internal) {
        Cue(Level level, Scope scope, boolean enterprise) {
            this(level, scope, enterprise, false);
        }
    }

    /** In an enterprise's own text, units of the enterprise (各车间、班组要…) bear the enterprise's duties. */
    private static final List<String> INTERNAL = NonDirectives.WORDS.list("enterprise-bearer");
    /** In an enterprise's own text, cues naming government keep their tier; all others are the enterprise's. */
    private static final List<String> GOVERNMENT_BODY = NonDirectives.WORDS.list("government-body");
    /** In an enterprise's own text, a department or team of it opening a clause as the duty bearer. */
    private static final Pattern INTERNAL_UNIT = Pattern.compile(
            "(^|[，；：])([\\u4e00-\\u9fa5]{1,6}(部|科|室|处|中心|车间|班组|工段|队))(要|必须|务必|应|负责|牵头)");
    /** A paragraph with no directive speaks of a tier's responsibility only to name its failings (主体责任不落实). */
    private static final List<String> FAILING = List.of("不落实", "不到位", "不力", "不严", "不实", "不够", "不强", "不健全", "不规范", "不扎实",
        "没有", "未能", "未", "缺失", "缺位", "淡薄", "薄弱", "问题", "不足", "欠缺", "松懈", "失职", "失守", "走过场", "流于形式",
        "层层衰减", "悬空", "虚化", "弱化");

    private static final String[] L_ANY = {"党政同责", "一岗双责", "领导责任", "属地管理", "属地责任", "属地为主", "党政领导"};
    private static final String[] S_ANY = {"监管责任", "管行业必须管安全", "三管三必须", "三个必须", "谁主管谁负责", "监管执法",
        "督查暗访", "暗查暗访", "明察暗访"};
    private static final String[] E_ANY = {"主体责任", "责任主体", "全员安全责任制", "全员安全生产责任制", "企业负责", "企业抓落实"};
    private static final String[] L_DIRECTIVE = {"各级", "党委", "县委", "市委", "区委", "州委", "省委", "县政府", "市政府",
        "区政府", "州政府", "省政府", "地方政府", "县（市、区）", "县(市、区)", "县市", "县区", "各县", "各区", "各市", "乡镇",
        "乡（镇", "街道", "管委会", "开发区", "各地区", "各地", "主要领导", "主要负责同志", "主要同志", "分管领导",
        "分管负责同志", "班子成员", "领导班子", "领导干部", "县级领导", "市级领导", "省级领导", "州级领导", "区级领导",
        "组织领导", "党政", "村支书", "村干部", "各村", "包村干部", "包村", "村委会", "村两委", "村组干部", "各社区",
        "村（社区）", "村(社区)", "村居", "镇党委", "镇政府", "乡党委", "乡政府", "村党支部", "镇村干部"};
    private static final String[] S_DIRECTIVE = {"部门", "成员单位", "安委会", "安委办", "安委会办公室", "安监", "应急管理局",
        "监管", "监督", "执法", "督查", "督办", "暗访", "督导", "督促", "监察", "支队", "大队", "局", "厅", "派出所", "交管站",
        "公安机关", "交警", "执法队", "总队", "执法检查", "科室", "局机关", "农业服务中心", "站所", "股室", "股"};
    /** Acts of supervising: a department's duty unless the sentence gives them to another bearer (领导班子成员要带队督导). */
    private static final java.util.Set<String> ACTS = java.util.Set.of("监管", "监督", "执法", "督查", "督办", "暗访", "督导",
        "督促", "监察", "执法检查");
    /**
     * In a paragraph that directs nothing, a bearer opening its clause after 有的/一些/个别 (一是有的企业…, 一些部门…)
     * is a tier whose failings are analysed (guide 4; held-out conventions): the paragraph carries that tier.
     */
    private static final Pattern CRITIQUE_BEFORE = Pattern.compile(
            "([一二三四五六七八九十]+是|其[一二三四五六七八九十])?(有的|有些|一些|个别|少数|部分)");
    /** A clause that tells what was done (通报了, 作了发言) names no one's duty. */
    private static final Pattern PAST = Pattern.compile("(?<![为除])了(?!解)");
    private static final String[] NO_TIER = {"纪委", "纪检", "监委", "新闻媒体", "媒体", "社会", "群众", "舆论", "公众", "人大",
        "政协"};
    /** Before a body in its clause, these make it an object (组织各区县…), a partner or a source, not the duty bearer. */
    private static final Pattern NOT_BEARER_BEFORE = Pattern.compile("按照|根据|依据|遵照|经|向|对|在|会同|联合|配合|协助|报请|组织|督促|指导"
            + "|(?<![做达得受看想感遇提落收回识])到[\\u4e00-\\u9fa5]{0,2}$"); // 到联系乡镇督导: a place visited
    /** …情况请于月底前报市安委办: the body a report goes to. */
    private static final Pattern RECIPIENT_BEFORE = Pattern.compile("(报|报送|上报|报告|抄送|抄报)[省市州县区]?$");
    private static final List<String> NOT_ACT_BEFORE = List.of("按照", "根据", "依据", "遵照", "向", "配合", "协助");
    /** 县委、县政府的要求很明确: a source of requirements. */
    /** …的要求, and a body that relays (市住建局明确要求，…; 国务院安委办近期印发通知，要求…): a source of requirements. */
    private static final Pattern SOURCE_AFTER = Pattern.compile(
            "的(要求|部署|安排|精神|决策|统一|领导|指示|批示|重视)|统一部署|^[^，；：。]{0,4}(要求|强调|指出|印发|下发|提出)");
    /** 各乡镇专职消防队, 镇派出所: a unit inside the place, not its government. */
    private static final Pattern UNIT_AFTER = Pattern.compile(
            "^(?![和及与、])(专职|派出所|卫生院|中心|学校|医院|消防|交管|农业|企业|群众|居民|场|[区市]?[\\u4e00-\\u9fa5]{0,5}?局(?![面势限]))");
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
    /** 鼓励企业…: an advisory duty of the enterprise itself (guide: advisory duties still give a level). */
    private static final Pattern ENCOURAGES = Pattern.compile("鼓励|倡导|提倡");
    private static final Pattern DEPARTMENT_ACTS = Pattern.compile("督促|指导|倒逼|责令|监管|执法|检查|约谈|查处|督导");
    private static final Pattern SUBJECT_FOLLOWS = Pattern.compile(
            "[^，。；：,;:]{0,8}?(要|必须|务必|应当|应|一定要|切实|严格|认真|主动|履行|负责|抓落实|决不能|绝不能|不得|严禁)");
    private static final Pattern ANCHOR = Pattern.compile(
            "(?<![需主重只])要(?![求害素点])|必须|务必|应当|[，；：](?!特别是|尤其是|以及|包括|还有|甚至)");

    private static final AhoCorasickDoubleArrayTrie<Cue> TRIE = new AhoCorasickDoubleArrayTrie<>();
    /**
     * How far the clause rules look around a cue. Real clauses are short (at most 86 characters in the
     * corpora); without the bound a sentence piece with no commas made every cue read the whole piece.
     */
    static final int CLAUSE_WINDOW = 200;

    static {
        TreeMap<String, Cue> map = new TreeMap<>();
        put(map, E_DIRECTIVE, new Cue(Level.ENTERPRISE, Scope.DIRECTIVE, true));
        put(map, S_DIRECTIVE, new Cue(Level.SUPERVISION, Scope.DIRECTIVE, false));
        put(map, L_DIRECTIVE, new Cue(Level.LEADERSHIP, Scope.DIRECTIVE, false));
        put(map, E_ANY, new Cue(Level.ENTERPRISE, Scope.ANY, true));
        put(map, S_ANY, new Cue(Level.SUPERVISION, Scope.ANY, false));
        put(map, L_ANY, new Cue(Level.LEADERSHIP, Scope.ANY, false));
        put(map, NO_TIER, new Cue(null, Scope.ANY, false));
        for (String w : INTERNAL) {
            map.putIfAbsent(w, new Cue(Level.ENTERPRISE, Scope.DIRECTIVE, true, true));
        }
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
        return suggest(sentences, DocumentGenre.SAFETY_SPEECH, true);
    }

    /**
     * {@code genre}: the kind of the whole text; {@code onSafety}: this paragraph (or its section) speaks of
     * work safety. A text on another subject gets levels only where safety is spoken of; an enterprise's own
     * text puts its units (各部门, 分管领导, 班组) on the enterprise tier.
     */
    List<LevelSuggestion> suggest(List<Sentence> sentences, DocumentGenre genre, boolean onSafety) {
        if (!genre.safety() && !onSafety) {
            return List.of();
        }
        boolean anyDirective = false;
        for (Sentence s : sentences) {
            anyDirective |= s.directive();
        }
        Map<Level, Set<String>> cues = new EnumMap<>(Level.class);
        for (Sentence s : sentences) {
            // a report or praise that assigns nothing carries no tier; an analysis of failings does (guide 4)
            boolean narrativeOnly = !anyDirective && !WordLists.containsAny(s.text(), FAILING)
                    && NonDirectives.isReportOrPraise(s.text());
            String t = s.text();
            var hits = new ArrayList<>(TRIE.parseText(t));
            hits.sort((x, y) -> x.begin != y.begin ? Integer.compare(x.begin, y.begin) : Integer.compare(y.end, x.end));
            Level bearer = null; // the level of the last duty bearer named so far in the sentence
            boolean bearerNamed = false;
            int covered = -1;
            for (var hit : hits) {
                Cue cue = hit.value;
                if (cue.internal() && !genre.enterprise() || narrativeOnly && cue.scope() == Scope.ANY) {
                    continue;
                }
                String word = t.substring(hit.begin, hit.end);
                if (hit.end <= covered) {
                    continue; // inside a longer cue (监管 in 监管责任)
                }
                if (!accept(t, word, hit.begin, hit.end)) {
                    continue;
                }
                covered = hit.end;
                boolean act = ACTS.contains(word);
                if (cue.level() == null) {
                    bearer = null;
                    covered = hit.end;
                    bearerNamed = true;
                    continue;
                }
                if (!act && cue.scope() == Scope.DIRECTIVE && !cue.enterprise()) {
                    if (!isBearer(t, hit.begin, hit.end)) {
                        continue;
                    }
                }
                if (act && (bearerNamed && bearer != Level.SUPERVISION
                        || WordLists.containsAny(clauseBefore(t, hit.begin), NOT_ACT_BEFORE))) {
                    continue;
                }
                if (cue.scope() == Scope.DIRECTIVE && !act
                        && (!cue.enterprise() || SUBJECT_FOLLOWS.matcher(t).region(hit.end, t.length()).lookingAt())) {
                    bearerNamed = true;
                    bearer = cue.level();
                }
                if (cue.scope() == Scope.DIRECTIVE && !s.directive() && !anyDirective
                        && CRITIQUE_BEFORE.matcher(clauseBefore(t, hit.begin)).matches()) {
                    add(cues, cue.level(), word); // 一是有的企业老板只算经济账…；有的部门监管还停留在…: failings of a tier
                    continue;
                }
                if (cue.scope() == Scope.DIRECTIVE && (!s.directive()
                        || t.indexOf('了') >= 0 && PAST.matcher(clauseAround(t, hit.begin)).find())) {
                    continue;
                }
                if (cue.enterprise()) {
                    enterprise(t, word, hit.begin, hit.end, cue.scope(), s.directive(), cues);
                } else {
                    add(cues, cue.level(), word.equals("局") || word.equals("厅") || word.equals("股") ? bodyName(t, hit.begin) : word);
                }
            }
        }
        if (genre.enterprise()) {
            for (Sentence s : sentences) {
                Matcher m = s.directive() ? INTERNAL_UNIT.matcher(s.text()) : null;
                if (m != null && m.find()) {
                    add(cues, Level.ENTERPRISE, m.group(2)); // 生产技术部要…
                }
            }
            StringBuilder paragraph = new StringBuilder();
            for (Sentence s : sentences) {
                paragraph.append(s.text());
            }
            toEnterprise(cues, paragraph.toString());
        }
        List<LevelSuggestion> out = new ArrayList<>();
        for (Map.Entry<Level, Set<String>> e : cues.entrySet()) {
            out.add(new LevelSuggestion(e.getKey(), List.copyOf(e.getValue())));
        }
        return out;
    }

    /**
     * In an enterprise's own text: every tier cue that names no government body is the enterprise's, except acts of
     * supervision (执法检查, 监督) where the paragraph names a government body (属地住建部门…执法检查中指出的问题).
     */
    private static void toEnterprise(Map<Level, Set<String>> cues, String paragraph) {
        boolean government = GOVERNMENT_BODY.stream().anyMatch(g -> g.length() > 1 && paragraph.contains(g));
        for (Level level : List.of(Level.LEADERSHIP, Level.SUPERVISION)) {
            Set<String> words = cues.get(level);
            if (words == null) {
                continue;
            }
            for (var it = words.iterator(); it.hasNext(); ) {
                String w = it.next();
                if (GOVERNMENT_BODY.stream().noneMatch(w::contains)
                        && !(level == Level.SUPERVISION && government && ACTS.contains(w))) {
                    it.remove();
                    add(cues, Level.ENTERPRISE, w);
                }
            }
            if (words.isEmpty()) {
                cues.remove(level);
            }
        }
    }

    /** The clause (between ，；：。) that holds position {@code k}. */
    private static String clauseAround(String t, int k) {
        int c = k;
        while (c < t.length() && c - k < CLAUSE_WINDOW && "，,；;：:。！？".indexOf(t.charAt(c)) < 0) {
            c++;
        }
        return clauseBefore(t, k) + t.substring(k, c);
    }

    /** Text of the clause before {@code k}. */
    private static String clauseBefore(String t, int k) {
        int c = k;
        while (c > 0 && k - c < CLAUSE_WINDOW && "，,；;：:。！？".indexOf(t.charAt(c - 1)) < 0) {
            c--;
        }
        return t.substring(c, k);
    }

    /** A body named as the one who acts: not the object of 对/向, a partner (会同), a source (…的要求) or a unit in a place. */
    private static boolean isBearer(String t, int begin, int end) {
        String before = clauseBefore(t, begin);
        if (NOT_BEARER_BEFORE.matcher(before).find() || before.indexOf('报') >= 0 && RECIPIENT_BEFORE.matcher(before).find()) {
            return false;
        }
        int c = end;
        while (c < t.length() && c - end < CLAUSE_WINDOW && "，,；;：:。！？".indexOf(t.charAt(c)) < 0) {
            c++;
        }
        String rest = t.substring(end, c);
        Matcher m = SOURCE_AFTER.matcher(rest);
        if (m.find()) {
            int modal = rest.indexOf('要');
            while (modal >= 0 && rest.startsWith("要求", modal)) {
                modal = rest.indexOf('要', modal + 1);
            }
            if (modal < 0 || m.start() < modal) {
                return false;
            }
        }
        return !UNIT_AFTER.matcher(rest).lookingAt(); // anchored: lookingAt, not a scan of every position
    }


    /** The few cues that depend on their neighbours. */
    private static boolean accept(String t, String word, int begin, int end) {
        char before = begin > 0 ? t.charAt(begin - 1) : ' ';
        char after = end < t.length() ? t.charAt(end) : ' ';
        return switch (word) {
            case "局" -> NOT_BODY_BEFORE.indexOf(before) < 0 && NOT_BODY_AFTER.indexOf(after) < 0 && begin > 0;
            // 危化股要…, 应急救援股和执法大队: a section of a county bureau, not 股份 or 一股劲
            case "股" -> begin > 0 && Character.isLetter(before) && "入控参持炒配送分一老新个屁".indexOf(before) < 0
                    && "要必务应负牵会和、及对在".indexOf(after) >= 0;
            case "县区" -> after != '域'; // 县区域内
            case "安委会" -> !t.startsWith("会议", end) && !t.startsWith("全体会议", end)
                    && !t.substring(end, Math.min(t.length(), end + 5)).contains("精神");
            case "员工", "从业人员" -> SUBJECT_FOLLOWS.matcher(t).region(end, t.length()).lookingAt()
                    && t.substring(end, Math.min(t.length(), end + 5)).matches("^[^，。]{0,4}(要|必须|应).*");
            case "企业" -> !t.startsWith("主要负责人", end) && !t.startsWith("负责", end) && !t.startsWith("抓落实", end);
            case "企业负责" -> !t.startsWith("人", end);
            // 企业是安全生产的责任主体 (not 街道是属地管理的责任主体)
            case "责任主体" -> clauseBefore(t, begin).matches(".*(企业|生产经营单位).*");
            case "职工" -> !t.startsWith("干部", begin - 2) && SUBJECT_FOLLOWS.matcher(t).region(end, t.length()).lookingAt()
                    && t.substring(end, Math.min(t.length(), end + 5)).matches("^[^，。]{0,4}(要|必须|应).*"); // 干部职工: staff
            case "厅" -> begin > 0 && Character.isLetter(before) && "大餐客展门舞".indexOf(before) < 0;
            default -> true;
        };
    }

    /** An enterprise named as the object of a department's duty (督促企业落实…) is a supervision cue instead. */
    private static void enterprise(String t, String word, int begin, int end, Scope scope, boolean directive,
                                   Map<Level, Set<String>> cues) {
        int anchor = Math.max(0, begin - CLAUSE_WINDOW);
        Matcher a = ANCHOR.matcher(t).region(anchor, begin).useTransparentBounds(true);
        while (a.find()) {
            anchor = a.end();
        }
        Matcher g = GOVERNS.matcher(t.substring(anchor, begin));
        if (g.find()) {
            if (ENCOURAGES.matcher(g.group()).matches()) {
                add(cues, Level.ENTERPRISE, g.group() + "…" + word);
                return;
            }
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
