package jingdu.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import jingdu.analysis.Analyzer;
import jingdu.text.TextLayout;
import jingdu.model.Analysis;
import jingdu.model.Obligation;
import jingdu.model.ParagraphInfo;
import jingdu.model.SectorMention;

/** Any text: the engine finishes and every span it reports lies inside the text, start before end. */
class AnalyzerFuzzTest {

    private static final Analyzer ANALYZER = new Analyzer();
    /** Words that steer the fuzzer into the engine's interesting paths. */
    private static final String[] WORDS = {"要", "必须", "不得", "严禁", "鼓励", "一、", "（一）", "一是", "煤矿", "矿山",
        "森林防火", "燃气", "各乡镇", "企业", "。", "；", "\n", "“", "”", "县住建局", "6月底前", "不得不", "管行业必须管安全"};

    @FuzzTest(maxDuration = "15s")
    void analyzeBounded(FuzzedDataProvider data) {
        analyze(data);
    }

    @FuzzTest(maxDuration = "10m")
    void analyzeLong(FuzzedDataProvider data) {
        analyze(data);
    }

    private static void analyze(FuzzedDataProvider data) {
        StringBuilder text = new StringBuilder();
        while (data.remainingBytes() > 0 && text.length() < 4000) {
            if (data.consumeBoolean()) {
                text.append(data.pickValue(WORDS));
            } else {
                text.append(data.consumeString(8));
            }
        }
        String t = TextLayout.normalize(text.toString());
        Analysis a = ANALYZER.analyze(t);
        assertThat(a.text()).isEqualTo(t);
        for (ParagraphInfo p : a.paragraphs()) {
            assertThat(p.start()).isBetween(0, p.end());
            assertThat(p.end()).isLessThanOrEqualTo(t.length());
        }
        for (SectorMention s : a.sectors()) {
            assertThat(s.start()).isBetween(0, s.end() - 1);
            assertThat(s.end()).isLessThanOrEqualTo(t.length());
        }
        for (Obligation o : a.obligations()) {
            assertThat(o.start()).isBetween(0, o.end() - 1);
            assertThat(o.end()).isLessThanOrEqualTo(t.length());
        }
    }
}
