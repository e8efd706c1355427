package jingdu.app.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import jingdu.analysis.NewPhraseFinder;
import jingdu.app.Library;
import jingdu.app.library.Catalog;
import jingdu.i18n.I18n;
import jingdu.model.NewPhrase;
import jingdu.model.Speech;
import jingdu.model.SpeechMeta;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewWordingTest {

    /** Sentences both speeches say. */
    private static final String SHARED = String.join("\n",
            "同志们：今天召开全市安全生产工作会议，主要任务是总结去年工作，分析当前形势，部署今年重点任务。",
            "一、压实安全生产责任。各级党委政府要严格落实党政同责、一岗双责，企业要落实安全生产主体责任。",
            "二、深化隐患排查治理。各部门要加强监管执法，对重大事故隐患实行挂牌督办，坚决防范化解重大风险。",
            "三、强化应急救援能力建设。要完善应急预案，加强应急演练，提高应急处置能力，确保人民群众生命财产安全。",
            "四、加强燃气安全管理。城市燃气企业要开展自查自改，住房城乡建设部门要加强督促检查。");

    /** Phrases only the newer speech says, each between punctuation marks so that it is the whole phrase. */
    private static final List<String> PLANTED = List.of("新质生产力", "数智化转型", "隐患排查治理闭环", "一件事全链条");

    private static final String NEWER = SHARED + "\n" + String.join("\n",
            "五、推动安全生产“数智化转型”。要以新质生产力赋能安全监管，新质生产力是今年的着力点。",
            "要形成“隐患排查治理闭环”，做到发现、整改、复查、销号，隐患排查治理闭环管理要落到实处。",
            "要推行“一件事全链条”监管，一件事全链条要覆盖审批、监管、执法各环节。",
            "各部门要加强监管执法，坚决防范化解重大风险，数智化转型要有实效。");

    @TempDir
    Path dir;

    private Library library;
    private Catalog catalog;
    private NewWording newWording;

    @BeforeEach
    void setUp() {
        library = Library.open(dir.resolve("lib.db"));
        catalog = new Catalog(library);
        newWording = new NewWording(library, catalog, new NewPhraseFinder());
    }

    @AfterEach
    void tearDown() {
        library.close();
    }

    private Speech add(String text, String date) throws Exception {
        Speech s = library.importString(text, "s.txt");
        if (date != null) {
            SpeechMeta m = catalog.meta(s.id());
            catalog.saveMeta(s.id(), new SpeechMeta(m.title(), m.speaker(), date, m.place(), m.govLevel(), m.meeting(), m.source()));
        }
        return s;
    }

    @Test
    void plantedPhrasesComeFirstWithTheirSentencesAndNothingTheOlderSpeechSays() throws Exception {
        Speech older = add(SHARED, "2023-03-01");
        Speech newer = add(NEWER, "2024-03-01");

        List<NewPhrase> found = newWording.find(newer.id(), 50);

        List<String> phrases = found.stream().map(NewPhrase::phrase).toList();
        assertThat(phrases).containsAll(PLANTED);
        assertThat(phrases.subList(0, PLANTED.size())).containsExactlyInAnyOrderElementsOf(PLANTED);
        for (NewPhrase p : found) {
            assertThat(older.text()).as(p.phrase()).doesNotContain(p.phrase());
            assertThat(newer.text().substring(p.start(), p.end())).isEqualTo(p.phrase());
            assertThat(p.sentence()).contains(p.phrase());
            assertThat(newer.text().indexOf(p.phrase())).isEqualTo(p.start());
            assertThat(p.count()).isPositive();
        }
        NewPhrase closedLoop = found.stream().filter(p -> p.phrase().equals("隐患排查治理闭环")).findFirst().orElseThrow();
        assertThat(closedLoop.count()).isEqualTo(2);
        assertThat(closedLoop.sentence()).startsWith("要形成“隐患排查治理闭环”");
        // a shorter new phrase that only occurs inside a longer one is left out
        assertThat(phrases).doesNotContain("闭环", "治理闭环", "生产力");
        // shared wording, however it is cut, is not new
        assertThat(phrases).noneMatch(p -> p.contains("监管执法") || p.contains("应急演练") || p.contains("主体责任"));
        assertThat(found).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
    }

    @Test
    void theLimitIsRespected() throws Exception {
        add(SHARED, "2023-03-01");
        Speech newer = add(NEWER, "2024-03-01");

        assertThat(newWording.find(newer.id(), 2)).hasSize(2)
                .isEqualTo(newWording.find(newer.id(), 50).subList(0, 2));
        assertThatThrownBy(() -> newWording.find(newer.id(), 0)).isInstanceOf(NewWordingException.class)
                .satisfies(e -> assertThat(((NewWordingException) e).localized(new I18n(java.util.Locale.ENGLISH)))
                        .contains("0"));
    }

    @Test
    void onlyEarlierSpeechesCountAndDatesComeBeforeImportOrder() throws Exception {
        add(SHARED, "2023-03-01");
        // imported before the newer speech but dated after it: it does not hide the newer speech's wording
        add(SHARED + "\n新质生产力是发展的关键。", "2024-06-01");
        Speech newer = add(NEWER, "2024-03-01");
        // imported later and undated: by import order it is later too
        add(SHARED + "\n数智化转型。", null);

        List<String> phrases = newWording.find(newer.id(), 50).stream().map(NewPhrase::phrase).toList();

        assertThat(phrases).contains("新质生产力", "数智化转型");
    }

    @Test
    void anEarlierSpeechThatSaysItMakesItOld() throws Exception {
        Speech first = add(SHARED + "\n推动数智化转型。", null);
        Speech newer = add(NEWER, null);

        List<String> phrases = newWording.find(newer.id(), 50).stream().map(NewPhrase::phrase).toList();

        assertThat(phrases).doesNotContain("数智化转型").contains("新质生产力");
        // the first speech has nothing earlier: all of its phrases are new
        assertThat(newWording.find(first.id(), 500)).isNotEmpty();
    }

    private static jingdu.model.LibraryEntry entry(long id, String date, int importedDay) {
        java.time.Instant imported = java.time.Instant.parse("2025-01-01T00:00:00Z").plus(java.time.Duration.ofDays(importedDay));
        return new jingdu.model.LibraryEntry(new jingdu.model.SpeechSummary(id, "t", imported, 1),
                new SpeechMeta("t", null, date, null, null, null, null));
    }

    @Test
    void datesDecideAsFarAsBothSayElseTheImportOrderDoes() {
        // dated: the date decides, whatever the import order
        assertThat(NewWording.isEarlier(entry(2, "2023-12-31", 5), entry(1, "2024-01-01", 1))).isTrue();
        assertThat(NewWording.isEarlier(entry(1, "2024-01-01", 1), entry(2, "2023-12-31", 5))).isFalse();
        assertThat(NewWording.isEarlier(entry(2, "2023", 5), entry(1, "2024-03-06", 1))).isTrue();
        // the same year as far as the less precise one says, or a date that is not one: imported first is earlier
        assertThat(NewWording.isEarlier(entry(1, "2024", 1), entry(2, "2024-03-06", 2))).isTrue();
        assertThat(NewWording.isEarlier(entry(2, "2024-03-06", 2), entry(1, "2024", 1))).isFalse();
        assertThat(NewWording.isEarlier(entry(1, "去年春天", 1), entry(2, "2020-01-01", 2))).isTrue();
        assertThat(NewWording.isEarlier(entry(1, null, 3), entry(2, "2020-01-01", 2))).isFalse();
        // same import instant: the lower id was imported first
        assertThat(NewWording.isEarlier(entry(1, null, 1), entry(2, null, 1))).isTrue();
        assertThat(NewWording.isEarlier(entry(2, null, 1), entry(1, null, 1))).isFalse();
    }

    @Test
    void anUnknownOrDeletedSpeechIsRefusedClearly() throws Exception {
        Speech s = add(SHARED, null);
        assertThatThrownBy(() -> newWording.find(s.id() + 100, 10)).isInstanceOf(NewWordingException.class)
                .satisfies(e -> {
                    NewWordingException x = (NewWordingException) e;
                    assertThat(x.key()).isEqualTo("newWording.error.noSpeech");
                    assertThat(x.localized(new I18n(java.util.Locale.SIMPLIFIED_CHINESE))).contains("找不到编号为");
                });
        catalog.delete(s.id());
        assertThatThrownBy(() -> newWording.find(s.id(), 10)).isInstanceOf(NewWordingException.class);
    }
}
