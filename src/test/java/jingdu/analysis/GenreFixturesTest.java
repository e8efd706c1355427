package jingdu.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import jingdu.model.Analysis;
import jingdu.model.Level;
import jingdu.model.Obligation;
import jingdu.model.ParagraphInfo;
import jingdu.text.TextLayout;

/**
 * Texts that are not speeches (a notice with its preamble and 主送 line, a 印发 notice with its plan, a news
 * report with quotations and source lines, a company's news, a speech on the economy), written for this test
 * under {@code src/test/resources/jingdu/analysis/genres/}. Each sentence's expected verdict is one character
 * ({@code -} none, {@code r m a}), paragraphs separated by {@code |}; each paragraph's levels by initials.
 */
class GenreFixturesTest {

    private static Analysis analyze(String name) throws IOException {
        try (InputStream in = GenreFixturesTest.class.getResourceAsStream("/jingdu/analysis/genres/" + name)) {
            return Engine.analyze(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** 'r'/'m'/'a'/'-' per sentence, '|' between paragraphs. */
    private static String verdicts(Analysis a) {
        StringBuilder b = new StringBuilder();
        for (TextLayout.Range p : TextLayout.paragraphs(a.text())) {
            if (b.length() > 0) {
                b.append('|');
            }
            for (TextLayout.Range s : TextLayout.sentences(a.text(), p)) {
                Obligation o = a.obligations().stream().filter(x -> x.start() < s.end() && x.end() > s.start())
                        .findFirst().orElse(null);
                b.append(o == null ? '-' : o.strength().name().toLowerCase().charAt(0));
            }
        }
        return b.toString();
    }

    /** Level initials (L, S, E) per paragraph, '-' for none, paragraphs separated by '|'. */
    private static String levels(Analysis a) {
        List<String> out = new ArrayList<>();
        for (ParagraphInfo p : a.paragraphs()) {
            String l = p.levels().stream().map(Level::id).map(id -> id.substring(0, 1).toUpperCase())
                    .collect(Collectors.joining());
            out.add(l.isEmpty() ? "-" : l);
        }
        return String.join("|", out);
    }

    @Test
    void aNoticeDirectsOnlyInItsBody() throws IOException {
        Analysis a = analyze("notice.txt");
        // title, number, 主送 line, preamble, past report, evaluation, a list of problems, 附件, signature, date: none
        assertThat(verdicts(a)).isEqualTo("-|-|-|-|r|--|-|r|r|-m|-r|-|---|r|r|-|-|-");
        // the list of problems blames 部分企业: it carries enterprise (held-out convention for 通报 problem lists)
        assertThat(levels(a)).isEqualTo("-|-|-|-|-|-|-|LS|-|S|L|-|E|-|L|-|-|-");
    }

    @Test
    void aPlanIsIssuedWithoutDutiesButItsRecipientsAreAskedToCarryItOut() throws IOException {
        Analysis a = analyze("plan.txt");
        assertThat(verdicts(a)).isEqualTo("-|-|-|r|-|-|r|m");
        assertThat(levels(a)).isEqualTo("-|-|-|-|-|-|L|S");
    }

    @Test
    void aNewsReportRelaysTheMeetingsDirectivesButNotItsSourcesOrVoices() throws IOException {
        Analysis a = analyze("news.txt");
        assertThat(verdicts(a)).isEqualTo("-|-|-|-|-|-|-|m|r|---|--|-");
        // the praise of 各地各部门 in the report gives no level; the relayed directive does
        assertThat(levels(a)).isEqualTo("-|-|-|-|-|-|-|LS|-|-|-|-");
    }

    @Test
    void aMeetingReportRelaysOnlyWhatTheSpeakerRequired() throws IOException {
        Analysis a = analyze("county-news.txt");
        // the report of who spoke, what was passed on and counted is no duty; 张某某要求，要… and 要求企业立即整改 are
        assertThat(verdicts(a)).isEqualTo("-|--|-|--|rrr|-|r|-|-|-|-");
        assertThat(levels(a)).isEqualTo("-|-|-|-|S|-|-|-|-|-|-");
    }

    @Test
    void aCompanysOwnNewsPutsItsUnitsOnTheEnterpriseTier() throws IOException {
        Analysis a = analyze("company.txt");
        assertThat(verdicts(a)).isEqualTo("-|-|-|-|r|m|r|-");
        assertThat(levels(a)).isEqualTo("-|-|-|-|E|E|E|-");
    }

    @Test
    void anAccidentBulletinTellsTheAccidentsAndThenDirects() throws IOException {
        Analysis a = analyze("bulletin.txt");
        // accident narrative and its failings are no duties; 现提出如下要求 is a preamble; the report back is due
        assertThat(verdicts(a)).isEqualTo("-|-|--|-|--|-|rr|rr|rr|r|-|-|-");
        // the body a report goes to (报市安委办) bears no duty
        assertThat(levels(a)).isEqualTo("-|-|-|-|-|-|L|S|-|L|-|-|-");
    }

    @Test
    void aCompanyNoticeAssignsItsOwnDepartmentsDuties() throws IOException {
        Analysis a = analyze("company-notice.txt");
        // 安全环保部负责…: a division of labour; 各单位于6月底前…: a time limit set
        assertThat(verdicts(a)).isEqualTo("-|-|-|-|-|-|rr|r|r|-|r|-|-");
        assertThat(levels(a)).isEqualTo("-|-|-|-|-|-|E|E|E|-|-|-|-");
    }

    @Test
    void aSpeechOnTheEconomyGetsLevelsOnlyWhereItSpeaksOfSafety() throws IOException {
        Analysis a = analyze("economy.txt");
        assertThat(levels(a)).isEqualTo("-|-|-|-|-|-|-|-|-|-|-|-|LE|-");
        assertThat(DocumentGenre.of(a.text()).safety()).isFalse();
    }
}
