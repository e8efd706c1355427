package jingdu.app.tasks;

import jingdu.model.Unit;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Suggests which of the user's units a duty bearer (责任主体, ANNOTATION_GUIDE.md §6) means. Names are compared at
 * four depths, each scoring less: as written (1.0), without the government-level prefix (县住建局 = 住建局, 县委宣传部 =
 * 宣传部; 0.95, both exact), with full names shortened by a table of common bodies (住房和城乡建设局 = 住建局; 0.9), and by
 * their core word without the kind of body (住建部门 = 住建局, 应急、住建等部门 → 应急, 住建; 0.8). A bearer that names
 * people of a unit (县住建局主要负责同志) suggests the unit 0.1 lower and never exact, and so does a body at every level
 * (各级安委办 → 县安委会办公室). Other bearers naming a group (各部门, 各乡镇) are matched only to the user's group units.
 * 安监 (the name before the 2018 reform) is read as 应急.
 */
public final class UnitMatcher {

    /** Full names of common government bodies and their usual short forms, longest first when applied. */
    private static final Map<String, String> SHORT_FORMS = shortForms();

    private static Map<String, String> shortForms() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("住房和城乡建设", "住建");
        m.put("住房城乡建设", "住建");
        m.put("应急管理", "应急");
        m.put("安全生产监督管理", "应急");
        m.put("安监", "应急"); // 2018
        m.put("市场监督管理", "市场监管");
        m.put("自然资源和规划", "自然资源");
        m.put("国土资源", "自然资源");
        m.put("交通运输", "交通");
        m.put("生态环境", "环保");
        m.put("环境保护", "环保");
        m.put("农业农村", "农业");
        m.put("农业和农村", "农业");
        m.put("文化广电和旅游", "文旅");
        m.put("文化广电旅游", "文旅");
        m.put("文化和旅游", "文旅");
        m.put("文化旅游", "文旅");
        m.put("教育和体育", "教体");
        m.put("教育体育", "教体");
        m.put("卫生健康", "卫健");
        m.put("卫生和计划生育", "卫健");
        m.put("人力资源和社会保障", "人社");
        m.put("人力资源社会保障", "人社");
        m.put("工业和信息化", "工信");
        m.put("经济和信息化", "经信");
        m.put("发展和改革", "发改");
        m.put("发展改革", "发改");
        m.put("林业和草原", "林草");
        // bodies the 2018 reform merged into a new one, still named in older speeches
        m.put("林业", "林草");
        m.put("国土", "自然资源");
        m.put("卫生", "卫健");
        m.put("质量技术监督", "市场监管");
        m.put("质监", "市场监管");
        m.put("工商", "市场监管");
        m.put("食品药品监督管理", "市场监管");
        m.put("食药监", "市场监管");
        m.put("城市管理综合执法", "城管");
        m.put("城市管理", "城管");
        m.put("消防救援", "消防");
        m.put("人民政府", "政府");
        m.put("安全生产委员会办公室", "安委办");
        m.put("安委会办公室", "安委办");
        m.put("安全生产委员会", "安委会");
        Map<String, String> sorted = new LinkedHashMap<>();
        m.entrySet().stream().sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length())
                .reversed()).forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    // a place and level before the body (湟源县, 县委); not the 市 of 市场监管局 or the 乡 of 乡村振兴局; 县政府办公室
    // keeps 政府 so that it stays apart from 县委办公室
    private static final Pattern LEVEL = Pattern.compile(
            "^.{0,6}?(?:自治区|自治州|自治县|地区|街道|省|市|州|盟|县|区|旗|镇|乡)(?:委(?=..))?"
                    + "(?![场村容直属级域长委]|政(?!法|协|务))(?=..)");
    private static final Pattern BODY = Pattern.compile(
            "(?:部门|委员会|办公室|中心|大队|支队|中队|单位|机关|系统|局|委|办|厅|部|所|站|队|院|会|处|科)$");
    private static final Pattern PEOPLE = Pattern.compile(
            "的?(?:党政主要负责人|主要负责同志|主要负责人|主要同志|主要领导|分管领导|负责同志|负责人|班子成员|领导班子"
                    + "|领导干部|工作人员|干部职工|全体干部|一把手|副?(?:局长|主任|部长|队长|书记))$");
    private static final Pattern EVERY_LEVEL = Pattern.compile("^各(?:级|地)");
    private static final Pattern PUNCTUATION = Pattern.compile("[、，,；;/]");
    private static final Pattern CONJUNCTION = Pattern.compile("以及|和|及|与|并");
    private static final Pattern GROUP = Pattern.compile(
            "^各|各级|有关|相关|成员单位|所有|全体|[县市区州]直|职能部门|主管部门|^行业部门|负有.*职责|属地|生产经营单位");

    private final List<Unit> units;

    public UnitMatcher(List<Unit> units) {
        this.units = List.copyOf(units);
    }

    /**
     * Units a duty-bearer text may mean, best first (empty when none fits); the user confirms. A bearer naming
     * several bodies (县应急局、县住建局) suggests each.
     */
    public List<UnitSuggestion> suggest(String bearer) {
        if (bearer == null || bearer.isBlank()) {
            return List.of();
        }
        String whole = clean(bearer);
        List<String> parts = new ArrayList<>();
        parts.add(whole);
        for (String part : PUNCTUATION.split(whole)) {
            // 和 inside a full name (住房和城乡建设局) does not join two bodies; split where it still stands once shortened
            String shortened = shorten(part);
            List<String> pieces = CONJUNCTION.matcher(shortened).find()
                    ? List.of(CONJUNCTION.split(shortened)) : List.of(part);
            for (String piece : pieces) {
                // 应急、住建、交通等部门: the last body word belongs to all; 等 and what follows it go
                String p = piece.replaceFirst("等.*$", "");
                if (!p.isEmpty() && !parts.contains(p)) {
                    parts.add(p);
                }
            }
        }
        Map<Unit, UnitSuggestion> best = new LinkedHashMap<>();
        Map<Unit, Integer> order = new LinkedHashMap<>();
        String shortWhole = shorten(whole);
        for (String part : parts) {
            int at = shortWhole.indexOf(shorten(part));
            int position = at < 0 ? Integer.MAX_VALUE : at;
            String unpeopled = PEOPLE.matcher(part).replaceFirst("");
            boolean people = !unpeopled.equals(part) && !unpeopled.isEmpty();
            String text = people ? unpeopled : part;
            boolean group = isGroupPart(text);
            consider(text, group, people, position, best, order);
            // 各级安委办: the body at every level, so the user's own one among them
            Matcher everyLevel = EVERY_LEVEL.matcher(text);
            if (group && everyLevel.find() && !isGroupPart(text.substring(everyLevel.end()))) {
                consider(text.substring(everyLevel.end()), false, true, position, best, order);
            }
        }
        return best.values().stream()
                .sorted(Comparator.comparingDouble(UnitSuggestion::score).reversed()
                        .thenComparing(s -> order.get(s.unit()))
                        .thenComparing(s -> s.unit().name()))
                .toList();
    }

    private void consider(String text, boolean group, boolean penalized, int position,
                          Map<Unit, UnitSuggestion> best, Map<Unit, Integer> order) {
        if (text.isEmpty()) {
            return;
        }
        for (Unit unit : units) {
            if (unit.group() != group) {
                continue;
            }
            UnitSuggestion s = match(unit, text, penalized);
            if (s == null) {
                continue;
            }
            UnitSuggestion old = best.get(unit);
            if (old == null || s.score() > old.score()) {
                best.put(unit, s);
            }
            order.merge(unit, position, Math::min);
        }
    }

    /** True for a bearer that names a group, not one unit: 各部门, 各单位, 各乡镇（街道）, 各地, 有关部门, 相关单位; also
     * when a group stands among named units (县应急局和各乡镇), since the user must then share the task out. */
    public static boolean isGroup(String bearer) {
        if (bearer == null || bearer.isBlank()) {
            return false;
        }
        for (String part : PUNCTUATION.split(shorten(clean(bearer)))) {
            for (String piece : CONJUNCTION.split(part)) {
                if (isGroupPart(PEOPLE.matcher(piece).replaceFirst(""))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isGroupPart(String part) {
        return !part.isEmpty() && GROUP.matcher(part).find();
    }

    /** How well the part names the unit, or null; penalized (people of it, 各级X) loses 0.1 and is never exact. */
    private static UnitSuggestion match(Unit unit, String part, boolean penalized) {
        double penalty = penalized ? 0.1 : 0.0;
        UnitSuggestion best = null;
        List<String> keys = new ArrayList<>();
        keys.add(unit.name());
        keys.addAll(unit.aliases());
        for (String key : keys) {
            String k = clean(key);
            if (k.isEmpty()) {
                continue;
            }
            double score;
            boolean exact = false;
            if (k.equals(part)) {
                score = 1.0;
                exact = true;
            } else if (withoutLevel(k).equals(withoutLevel(part))) {
                score = 0.95;
                exact = true;
            } else if (withoutLevel(shorten(k)).equals(withoutLevel(shorten(part)))) {
                score = 0.9;
            } else if (unit.group() && (k.contains(part) || part.contains(k))) {
                score = 0.7; // 各乡镇 ↔ 各乡镇（街道）, 各级各部门 ↔ 各部门
            } else if (sameCore(k, part)) {
                score = 0.8;
            } else {
                continue;
            }
            UnitSuggestion s = new UnitSuggestion(unit, score - penalty, exact && !penalized);
            if (best == null || s.score() > best.score()) {
                best = s;
            }
        }
        return best;
    }

    private static boolean sameCore(String a, String b) {
        String ca = core(a);
        return ca.length() >= 2 && ca.indexOf('*') < 0 && ca.equals(core(b));
    }

    /** The body's own words: short form, no level prefix, no kind of body (县住房和城乡建设局 → 住建). */
    static String core(String name) {
        String s = withoutLevel(shorten(name));
        String stripped = BODY.matcher(s).replaceFirst("");
        return stripped.length() >= 2 ? stripped : s;
    }

    static String withoutLevel(String name) {
        String s = name;
        for (int i = 0; i < 3; i++) {
            String next = LEVEL.matcher(s).replaceFirst("");
            if (next.equals(s)) {
                break;
            }
            s = next;
        }
        return s;
    }

    static String shorten(String name) {
        String s = name;
        for (Map.Entry<String, String> e : SHORT_FORMS.entrySet()) {
            s = s.replace(e.getKey(), e.getValue());
        }
        return s;
    }

    /** Half-width, no spaces, brackets dropped but their words kept (各乡（镇、街道） → 各乡镇街道). */
    static String clean(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (char c : s.toCharArray()) {
            if (c == '(' || c == '[' || c == '【' || c == '〔') {
                depth++;
            } else if (c == ')' || c == ']' || c == '】' || c == '〕') {
                depth = Math.max(0, depth - 1);
            } else if (!(depth > 0 && (c == '、' || c == ',' || c == '，'))) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
