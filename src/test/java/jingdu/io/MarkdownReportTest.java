package jingdu.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jingdu.i18n.I18n;
import jingdu.model.Analysis;
import jingdu.model.ExportFilter;
import jingdu.model.Level;
import jingdu.model.Note;
import jingdu.model.Obligation;
import jingdu.model.ParagraphInfo;
import jingdu.model.SectorMention;
import jingdu.model.Speech;
import jingdu.model.Strength;
import org.junit.jupiter.api.Test;

class MarkdownReportTest {

    private static final String[] LINES = {
        "在全市安全生产工作会议上的讲话",
        "一、思想上要再重视。",
        "各级党委和政府必须严防煤矿瓦斯事故。",
        "（一）要突出抓好重点行业。",
        "企业要在6月底前完成燃气管道和危险化学品隐患整改。",
        "上半年全市形势平稳。",
    };
    private static final String TEXT = String.join("\n", LINES);
    private static final Instant IMPORTED = Instant.parse("2024-03-05T10:00:00Z");

    private static int start(int line) {
        int pos = 0;
        for (int i = 0; i < line; i++) {
            pos += LINES[i].length() + 1;
        }
        return pos;
    }

    private static int at(String term) {
        int i = TEXT.indexOf(term);
        assertThat(i).as(term).isNotNegative();
        return i;
    }

    private static SectorMention mention(String term, String sector) {
        return new SectorMention(at(term), at(term) + term.length(), sector, term);
    }

    private static Analysis analysis() {
        int[] headings = {0, 1, 0, 2, 0, 0};
        List<ParagraphInfo> paragraphs = new java.util.ArrayList<>();
        for (int i = 0; i < LINES.length; i++) {
            paragraphs.add(new ParagraphInfo(i, start(i), start(i) + LINES[i].length(), headings[i], List.of()));
        }
        List<SectorMention> sectors = List.of(
                mention("煤矿", "coal"), mention("瓦斯", "coal"),
                mention("燃气管道", "gas"), mention("危险化学品", "hazchem"),
                mention("形势", "new_sector"));
        List<Obligation> obligations = List.of(
                new Obligation(start(2), start(2) + LINES[2].length(), Strength.MANDATORY, "各级党委和政府", null),
                new Obligation(start(4), start(4) + LINES[4].length(), Strength.REQUIRED, "企业", "6月底前"));
        return new Analysis(TEXT, paragraphs, sectors, obligations);
    }

    private static Speech speech(String title) {
        return new Speech(7, title, "speech_1.txt", TEXT, IMPORTED, LINES.length);
    }

    private static String export(I18n i18n, String title, List<Note> notes, Map<Integer, Set<Level>> tags) {
        return markdown(i18n, speech(title), analysis(), tags, notes);
    }

    private static final I18n ZH = new I18n(Locale.SIMPLIFIED_CHINESE);

    private static String markdown(I18n i18n, Speech speech, Analysis analysis, Map<Integer, Set<Level>> tags,
                                   List<Note> notes) {
        ReportModel model = ReportModel.build(List.of(new SpeechWork(speech, analysis, tags, notes)), ExportFilter.NONE,
                ExportFixtures.SECTORS);
        return new MarkdownReport(new ExportLabels(i18n, ExportFixtures.SECTORS), ZoneOffset.UTC).export(model);
    }

    private static Note note(int line, String body) {
        return new Note(1, 7, start(line), start(line) + LINES[line].length(), LINES[line], body, IMPORTED, IMPORTED);
    }

    @Test
    void allSectionsAppearInOrder() {
        String md = export(ZH, LINES[0], List.of(note(2, "重点：瓦斯。")),
                Map.of(2, EnumSet.of(Level.LEADERSHIP, Level.ENTERPRISE), 4, EnumSet.of(Level.ENTERPRISE)));
        assertThat(md).startsWith("# 在全市安全生产工作会议上的讲话\n");
        assertThat(md).contains(ZH.get("export.source", "speech\\_1.txt", "2024-03-05"));
        assertThat(md).containsSubsequence(
                "## " + ZH.get("export.section.outline"),
                "## " + ZH.get("export.section.tags"),
                "## " + ZH.get("export.section.notes"),
                "## " + ZH.get("export.section.obligations"));
        // outline: headings only, indented by level
        assertThat(md).contains("\n- 一、思想上要再重视。\n  - （一）要突出抓好重点行业。\n");
        assertThat(md).doesNotContain("- 上半年全市形势平稳。");
        // tags: paragraph number (1-based), level names, text
        assertThat(md).contains("- **第 3 段**（党政领导责任、企业主体责任）：" + LINES[2]);
        assertThat(md).contains("- **第 5 段**（企业主体责任）：" + LINES[4]);
        // notes: quote and body
        assertThat(md).contains("> " + LINES[2] + "\n\n*第 3 段*  \n重点：瓦斯。\n");
    }

    @Test
    void obligationsAreGroupedBySectorInGuideOrder() {
        String md = export(ZH, "t", List.of(), Map.of());
        String obligations = md.substring(md.indexOf("## " + ZH.get("export.section.obligations")));
        // coal before hazchem before gas (guide order), unknown ids last
        String coal = "煤矿";
        String hazchem = "危险化学品";
        String gas = "城镇燃气";
        assertThat(obligations).containsSubsequence("### " + coal, "### " + hazchem, "### " + gas);
        assertThat(obligations).contains("- **必须** " + LINES[2] + "（责任主体：各级党委和政府；《t》第3段）\n");
        assertThat(obligations).contains("- **要求** " + LINES[4] + "（责任主体：企业；时限：6月底前；《t》第5段）\n");
        // the obligation about coal is listed once under coal (two mentions), not under gas
        String coalSection = obligations.substring(obligations.indexOf("### " + coal), obligations.indexOf("### " + hazchem));
        assertThat(coalSection).containsOnlyOnce(LINES[2]).doesNotContain(LINES[4]);
        // a sector mentioned only outside obligations gets no section
        assertThat(obligations).doesNotContain("new\\_sector").doesNotContain("new_sector");
    }

    @Test
    void emptySectionsSayNone() {
        Analysis bare = new Analysis(TEXT, List.of(), List.of(), List.of());
        String md = markdown(ZH, speech("t"), bare, Map.of(), List.of());
        assertThat(md.split(java.util.regex.Pattern.quote(ZH.get("export.none")), -1)).hasSize(5);
    }

    @Test
    void userTextCannotBecomeMarkupOrHtml() {
        Note evil = new Note(2, 7, start(1), start(1) + 2, "# 引文\n> 假引用", "# 不是标题\n<script>alert('x')</script> & *粗* _斜_ `代码` [链接](http://x)\n- 不是列表\n1. 不是编号\n    不是代码块",
                IMPORTED, IMPORTED);
        String md = export(ZH, "# 标题 <b>", List.of(evil), Map.of());
        assertThat(md).startsWith("# \\# 标题 &lt;b&gt;\n");
        assertThat(md).doesNotContain("<script>").doesNotContain("<b>");
        assertThat(md).contains("&lt;script&gt;alert('x')&lt;/script&gt; &amp; \\*粗\\* \\_斜\\_ \\`代码\\` \\[链接\\](http://x)");
        assertThat(md).contains("\n\\# 不是标题  \n");
        assertThat(md).contains("> \\# 引文  \n> &gt; 假引用\n");
        assertThat(md).contains("  \n\\- 不是列表  \n1\\. 不是编号  \n不是代码块\n");
        // no line produced from user text is a heading other than the title and our sections
        assertThat(md.lines().filter(l -> l.startsWith("#")).toList())
                .allMatch(l -> l.startsWith("# \\#") || l.startsWith("## ") || l.startsWith("### "));
    }

    @Test
    void englishLabels() {
        I18n en = new I18n(Locale.ENGLISH);
        String md = export(en, "t", List.of(), Map.of(2, EnumSet.of(Level.SUPERVISION)));
        assertThat(md).contains("## Outline").contains("## Notes").contains("**Mandatory**")
                .contains("- **Paragraph 3** (Departmental supervision responsibility): " + LINES[2])
                .contains("(Actor: 企业; Deadline: 6月底前; t, paragraph 5)").doesNotContain("**必须**").doesNotContain("（Actor");
    }

    @Test
    void userSectorsHeadTheirObligationsByNameInTheCataloguesOrder() {
        String md = new MarkdownReport(ExportFixtures.portLabels(ZH), ZoneOffset.UTC)
                .export(ExportFixtures.portModel(ExportFilter.NONE));
        String obligations = md.substring(md.indexOf("## " + ZH.get("export.section.obligations")));
        assertThat(obligations).containsSubsequence("### 煤矿", "### 港口", "### 校园安全")
                .doesNotContain("### port").doesNotContain("### campus");
        I18n en = new I18n(Locale.ENGLISH);
        assertThat(new MarkdownReport(ExportFixtures.portLabels(en), ZoneOffset.UTC)
                .export(ExportFixtures.portModel(ExportFilter.NONE))).containsSubsequence("### Coal mines", "### Ports", "### Campus safety");
    }
}
