package jingdu.bench.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jingdu.analysis.SpeechAnalyzer;
import jingdu.model.Analysis;
import jingdu.model.Level;
import jingdu.model.LevelSuggestion;
import jingdu.model.Obligation;
import jingdu.model.ParagraphInfo;
import jingdu.model.SectorMention;
import jingdu.model.Strength;
import jingdu.text.TextLayout;

/**
 * The plain keyword-list baseline the engine is measured against: the guide's typical terms and cue
 * words matched as bare substrings, no segmentation, no context rules.
 */
public final class KeywordBaseline implements SpeechAnalyzer {

    private static final Map<String, String[]> SECTOR_TERMS = new LinkedHashMap<>();
    private static final String[] MANDATORY = {"必须", "务必", "严禁", "不得", "一律", "坚决", "绝不", "决不", "禁止"};
    private static final String[] REQUIRED = {"要", "应", "应当", "切实", "确保", "严格", "督促", "落实"};
    private static final String[] ADVISORY = {"鼓励", "提倡", "倡导", "可以", "建议"};
    private static final Map<Level, String[]> LEVEL_CUES = new LinkedHashMap<>();

    static {
        SECTOR_TERMS.put("coal", new String[] {"煤矿", "煤炭企业", "井下", "瓦斯", "冲击地压", "采掘", "探放水", "冒顶"});
        SECTOR_TERMS.put("noncoal_mine", new String[] {"非煤矿山", "地下矿山", "露天采石场", "尾矿库", "金矿", "盗采", "洗洞",
            "以探代采"});
        SECTOR_TERMS.put("hazchem", new String[] {"危险化学品", "危化品", "重大危险源", "硝酸铵", "氰化钠", "两重点一重大", "化工"});
        SECTOR_TERMS.put("fireworks", new String[] {"烟花爆竹", "民用爆炸物品", "爆炸物品"});
        SECTOR_TERMS.put("road_traffic", new String[] {"道路交通", "交通运输", "两客一危", "三超一疲劳", "客运", "校车", "货车",
            "农村三轮车", "超速超载", "酒后驾驶"});
        SECTOR_TERMS.put("rail_air_water", new String[] {"航空器", "民航", "铁路", "水上交通", "渔业船舶", "港口"});
        SECTOR_TERMS.put("construction", new String[] {"建筑施工", "建筑工地", "施工单位", "在建项目", "深基坑", "脚手架", "高边坡",
            "起重设备", "施工升降机", "自建房"});
        SECTOR_TERMS.put("gas", new String[] {"城镇燃气", "燃气", "燃气管道", "燃气场站", "加气站", "液化石油气"});
        SECTOR_TERMS.put("fire", new String[] {"消防", "火灾", "防火", "人员密集场所", "高层建筑", "九小场所", "三合一", "生命通道"});
        SECTOR_TERMS.put("special_equipment", new String[] {"特种设备", "电梯", "锅炉", "压力容器", "起重机械"});
        SECTOR_TERMS.put("industry_trade", new String[] {"工贸", "冶金", "有色", "铝加工", "粉尘涉爆", "高温熔融金属", "煤气作业",
            "食品制造", "纺织"});
        SECTOR_TERMS.put("oil_gas_pipeline", new String[] {"油气输送管道", "油气管道", "长输管线", "油气储备"});
        SECTOR_TERMS.put("tourism", new String[] {"旅游", "景区", "景点", "游客", "游乐设施", "节庆赛事", "大型群众性活动", "踩踏"});
        SECTOR_TERMS.put("forest_fire", new String[] {"森林防火", "森林草原火灾", "进山入林", "林区", "秸秆焚烧"});
        SECTOR_TERMS.put("natural_disaster", new String[] {"防汛", "汛期", "强降雨", "洪水", "地质灾害", "泥石流", "山体滑坡",
            "雨雪冰冻", "灾害性天气", "地震"});
        SECTOR_TERMS.put("power_water", new String[] {"电力", "水利", "水库"});
        SECTOR_TERMS.put("public_health", new String[] {"疫情", "疫情防控", "隔离点", "方舱医院"});
        LEVEL_CUES.put(Level.LEADERSHIP, new String[] {"党委政府", "各级党委和政府", "各县（市、区）", "乡镇", "街道", "园区管委会",
            "主要领导", "主要负责同志", "班子成员", "领导干部", "党政同责", "一岗双责", "属地管理"});
        LEVEL_CUES.put(Level.SUPERVISION, new String[] {"各部门", "行业主管部门", "监管部门", "安委会", "安委办", "住建局", "公安局",
            "应急管理局", "交通运输部门", "市场监管局", "管行业必须管安全", "三管三必须", "执法检查", "督查暗访"});
        LEVEL_CUES.put(Level.ENTERPRISE, new String[] {"企业", "生产经营单位", "施工单位", "企业主要负责人", "员工", "职工",
            "主体责任", "全员安全责任制"});
    }

    @Override
    public Analysis analyze(String text) {
        List<ParagraphInfo> paragraphs = new ArrayList<>();
        List<SectorMention> sectors = new ArrayList<>();
        List<Obligation> obligations = new ArrayList<>();
        int index = 0;
        for (TextLayout.Range p : TextLayout.paragraphs(text)) {
            for (TextLayout.Range s : TextLayout.sentences(text, p)) {
                String sentence = s.of(text);
                for (Map.Entry<String, String[]> e : SECTOR_TERMS.entrySet()) {
                    for (String term : e.getValue()) {
                        for (int k = sentence.indexOf(term); k >= 0; k = sentence.indexOf(term, k + term.length())) {
                            sectors.add(new SectorMention(s.start() + k, s.start() + k + term.length(), e.getKey(), term));
                        }
                    }
                }
                Strength strength = containsAny(sentence, MANDATORY) ? Strength.MANDATORY
                        : containsAny(sentence, REQUIRED) ? Strength.REQUIRED
                        : containsAny(sentence, ADVISORY) ? Strength.ADVISORY : null;
                if (strength != null) {
                    obligations.add(new Obligation(s.start(), s.end(), strength));
                }
            }
            String para = p.of(text);
            List<LevelSuggestion> levels = new ArrayList<>();
            for (Map.Entry<Level, String[]> e : LEVEL_CUES.entrySet()) {
                List<String> cues = new ArrayList<>();
                for (String cue : e.getValue()) {
                    if (para.contains(cue)) {
                        cues.add(cue);
                    }
                }
                if (!cues.isEmpty()) {
                    levels.add(new LevelSuggestion(e.getKey(), cues));
                }
            }
            paragraphs.add(new ParagraphInfo(index++, p.start(), p.end(), 0, levels));
        }
        return new Analysis(text, paragraphs, sectors, obligations);
    }

    private static boolean containsAny(String s, String[] words) {
        for (String w : words) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
