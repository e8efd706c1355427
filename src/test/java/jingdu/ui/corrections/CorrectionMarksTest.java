package jingdu.ui.corrections;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jingdu.app.Engines;
import jingdu.app.annotate.CorrectedView;
import jingdu.i18n.I18n;
import jingdu.model.Analysis;
import jingdu.model.Correction;
import jingdu.model.CorrectionKind;
import jingdu.model.Level;
import jingdu.model.LevelSuggestion;
import jingdu.model.Obligation;
import jingdu.model.ParagraphInfo;
import jingdu.model.SectorMention;
import jingdu.model.Strength;
import jingdu.ui.reader.FindMatches;
import jingdu.ui.reader.Highlighter;
import jingdu.ui.reader.HoverText;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;

/** The corrected view as the reader draws and lists it: framed decided marks, who decided, the 我的修正 rows. */
class CorrectionMarksTest {

    private static final I18n ZH = new I18n(Locale.SIMPLIFIED_CHINESE);
    //                                   0123456789012345678901
    private static final String TEXT = "各乡镇要加强煤矿安全检查。燃气企业必须整改。";

    private static Analysis engine() {
        return new Analysis(TEXT,
                List.of(new ParagraphInfo(0, 0, TEXT.length(), 0,
                        List.of(new LevelSuggestion(Level.ENTERPRISE, List.of("企业"))))),
                List.of(new SectorMention(6, 8, "coal", "煤矿"), new SectorMention(13, 15, "gas", "燃气")),
                List.of(new Obligation(0, 13, Strength.REQUIRED, "各乡镇", null), new Obligation(13, 22, Strength.MANDATORY)));
    }

    private static Correction correction(long id, CorrectionKind kind, int start, int end, String value, int minute) {
        return new Correction(id, 1, kind, start, end, TEXT.substring(start, end), value,
                Instant.parse("2026-05-01T08:00:00Z").plusSeconds(60L * minute));
    }

    private static List<Collection<String>> perChar(StyleSpans<Collection<String>> spans) {
        List<Collection<String>> out = new ArrayList<>();
        for (StyleSpan<Collection<String>> s : spans) {
            for (int i = 0; i < s.getLength(); i++) {
                out.add(s.getStyle());
            }
        }
        return out;
    }

    @Test
    void whatTheUserDecidedIsFramedAndHoverSaysWhoDecided() {
        CorrectedView view = CorrectedView.apply(engine(), List.of(
                correction(1, CorrectionKind.SET_ACTOR, 0, 13, "各乡镇党委政府", 0),
                correction(2, CorrectionKind.SET_SECTOR, 13, 15, "hazchem", 1)));
        List<Collection<String>> chars = perChar(Highlighter.compute(TEXT.length(), view.analysis(), List.of(), List.of(),
                Highlighter.Layers.ALL, FindMatches.NONE, Engines.builtInSectors(), view.decided()));
        assertThat(chars.get(2)).contains(Highlighter.OBLIGATION, Highlighter.DECIDED);
        assertThat(chars.get(7)).contains("sector-coal", Highlighter.DECIDED); // inside the decided task
        assertThat(chars.get(14)).contains("sector-hazchem", Highlighter.DECIDED);
        assertThat(chars.get(18)).contains(Highlighter.OBLIGATION).doesNotContain(Highlighter.DECIDED);

        String mine = HoverText.at(2, view.analysis(), List.of(), List.of(), Highlighter.Layers.ALL,
                Engines.builtInSectors(), view, ZH);
        assertThat(mine).contains("责任主体：各乡镇党委政府").contains("判定：我");
        String engines = HoverText.at(18, view.analysis(), List.of(), List.of(), Highlighter.Layers.ALL,
                Engines.builtInSectors(), view, ZH);
        assertThat(engines).contains("判定：引擎").doesNotContain("判定：我");
    }

    @Test
    void onlyWhatTheUserDecidedIsLeftInTheConfirmedView() {
        CorrectedView view = CorrectedView.apply(engine(), List.of(
                correction(1, CorrectionKind.SET_STRENGTH, 13, 22, "advisory", 0)));
        Analysis decided = view.decidedOnly();
        assertThat(decided.obligations()).singleElement().satisfies(o -> {
            assertThat(o.start()).isEqualTo(13);
            assertThat(o.strength()).isEqualTo(Strength.ADVISORY);
        });
        assertThat(decided.sectors()).isEmpty();
        assertThat(decided.paragraphs().get(0).suggestions()).as("no engine suggestions").isEmpty();
        assertThat(decided.text()).isEqualTo(TEXT);
    }

    @Test
    void rowsAreNewestFirstInWordsWithTheOnesNeedingALookFlagged() {
        List<Correction> all = List.of(
                correction(1, CorrectionKind.SET_ACTOR, 0, 13, null, 0),
                correction(2, CorrectionKind.SET_SECTOR, 13, 15, "hazchem", 5),
                correction(3, CorrectionKind.REJECT_LEVEL, 0, 22, "enterprise", 3),
                correction(4, CorrectionKind.DISMISS_OBLIGATION, 13, 22, null, 4),
                correction(5, CorrectionKind.ADD_OBLIGATION, 0, 5, "mandatory", 1));
        List<CorrectionRows.Row> rows = CorrectionRows.of(all, Map.of(1L, "讲话甲"), List.of(3L), Engines.builtInSectors(),
                ZH, ZoneId.of("Asia/Shanghai"));
        assertThat(rows).as("needing a look first, then newest first").extracting(r -> r.correction().id())
                .containsExactly(3L, 2L, 4L, 5L, 1L);
        assertThat(rows.get(2).value()).isEqualTo("—");
        assertThat(rows.get(0)).satisfies(r -> {
            assertThat(r.value()).isEqualTo("企业主体责任");
            assertThat(r.needsLook()).isTrue();
        });
        assertThat(rows.get(1)).satisfies(r -> {
            assertThat(r.kind()).isEqualTo("行业");
            assertThat(r.value()).isEqualTo("危险化学品");
            assertThat(r.quote()).isEqualTo("燃气");
            assertThat(r.speech()).isEqualTo("讲话甲");
            assertThat(r.when()).isEqualTo("2026-05-01 16:05");
            assertThat(r.needsLook()).isFalse();
        });
        assertThat(rows.get(3).value()).startsWith("必须");
        assertThat(rows.get(4).value()).as("a duty bearer cleared").isEqualTo("无");
        assertThat(CorrectionRows.count(5, 1, ZH)).isEqualTo("修正 5 · 需要核对 1");
        assertThat(CorrectionRows.count(3, 0, new I18n(Locale.ENGLISH))).isEqualTo("Corrections 3");
        assertThat(CorrectionRows.shorten("一".repeat(50))).hasSize(CorrectionRows.QUOTE_MAX + 1).endsWith("…");
    }
}
