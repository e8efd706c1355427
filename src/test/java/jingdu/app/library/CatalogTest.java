package jingdu.app.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import jingdu.app.Library;
import jingdu.app.SpeechDates;
import jingdu.model.Analysis;
import jingdu.model.Collection;
import jingdu.model.LibraryEntry;
import jingdu.model.LibraryFilter;
import jingdu.model.LibraryFilter.Sort;
import jingdu.model.Level;
import jingdu.model.SectorMention;
import jingdu.model.Speech;
import jingdu.model.SpeechMeta;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogTest {

    @TempDir
    Path dir;

    private Library library;
    private Catalog catalog;
    private Speech city;
    private Speech county;
    private Speech plain;

    /** A stand-in engine: "煤矿" is coal, "燃气" is gas; enough to test the cache, not the engine. */
    private static Analysis fakeAnalysis(String text) {
        List<SectorMention> sectors = new java.util.ArrayList<>();
        for (String[] term : new String[][] {{"煤矿", "coal"}, {"燃气", "gas"}}) {
            int at = text.indexOf(term[0]);
            if (at >= 0) {
                sectors.add(new SectorMention(at, at + 2, term[1], term[0]));
            }
        }
        return new Analysis(text, List.of(), sectors, List.of());
    }

    @BeforeEach
    void setUp() throws Exception {
        library = Library.open(dir.resolve("lib.db"));
        catalog = new Catalog(library);
        city = library.importString("在全市安全生产工作会议上的讲话\n2024年3月6日\n全市要抓好燃气安全。全市各部门要落实责任。", "a.txt");
        county = library.importString("县长讲话\n2023年12月\n我县煤矿要整改。", "b.txt");
        plain = library.importString("安全生产要点\n做好工作。", "c.txt");
    }

    @AfterEach
    void tearDown() {
        library.close();
    }

    private List<Long> ids(LibraryFilter f) {
        return catalog.list(f).stream().map(LibraryEntry::id).toList();
    }

    @Test
    void indexingFillsSectorsAndDetailsTheUserLeftEmpty() throws Exception {
        catalog.saveMeta(county.id(), new SpeechMeta("县长讲话", "王县长", null, null, "乡", null, null));
        assertThat(catalog.indexPending(CatalogTest::fakeAnalysis)).isEqualTo(3);
        assertThat(catalog.indexPending(CatalogTest::fakeAnalysis)).isZero(); // cached

        SpeechMeta m = catalog.meta(city.id());
        assertThat(m.govLevel()).isEqualTo("市");
        assertThat(m.date()).isEqualTo("2024-03-06");
        assertThat(m.meeting()).isEqualTo("全市安全生产工作会议"); // from the title line 在全市…会议上的讲话
        assertThat(catalog.repository().sectors(city.id())).containsExactly("gas");
        // what the user typed is kept
        SpeechMeta c = catalog.meta(county.id());
        assertThat(c.govLevel()).isEqualTo("乡");
        assertThat(c.speaker()).isEqualTo("王县长");
        assertThat(c.date()).isEqualTo("2023-12");
    }

    @Test
    void detailsSaveAndReloadFromANewConnection() throws Exception {
        catalog.saveMeta(plain.id(), new SpeechMeta("  新标题 ", "李局长", "2024.5.1", "某市应急管理局", "市", "汛期调度会", " "));
        library.close();
        library = Library.open(dir.resolve("lib.db"));
        catalog = new Catalog(library);
        assertThat(catalog.meta(plain.id()))
                .isEqualTo(new SpeechMeta("新标题", "李局长", "2024-05-01", "某市应急管理局", "市", "汛期调度会", null));
        assertThat(library.find(plain.id()).orElseThrow().title()).isEqualTo("新标题");
    }

    @Test
    void aBlankTitleIsRefusedAndChangesNothing() throws Exception {
        String before = catalog.meta(plain.id()).title();
        assertThatThrownBy(() -> catalog.rename(plain.id(), "   "))
                .isInstanceOf(CatalogException.class).hasMessageContaining("comforts.error.blankTitle");
        assertThat(catalog.meta(plain.id()).title()).isEqualTo(before);
        catalog.rename(plain.id(), "改名后");
        assertThat(library.list()).anyMatch(s -> s.title().equals("改名后"));
    }

    @Test
    void sortsByImportDateSpeechDateAndTitle() throws Exception {
        catalog.indexPending(CatalogTest::fakeAnalysis);
        assertThat(ids(LibraryFilter.ALL)).containsExactly(plain.id(), county.id(), city.id());
        assertThat(ids(LibraryFilter.ALL.withSort(Sort.SPEECH_DATE))).containsExactly(city.id(), county.id(), plain.id());
        // pinyin order: 安 (an) < 县 (xian) < 在 (zai)
        assertThat(ids(LibraryFilter.ALL.withSort(Sort.TITLE))).containsExactly(plain.id(), county.id(), city.id());
    }

    @Test
    void filtersByYearOfTheSpeechElseOfItsImport() throws Exception {
        catalog.indexPending(CatalogTest::fakeAnalysis);
        String importYear = String.valueOf(java.time.Year.now());
        assertThat(ids(LibraryFilter.ALL.withYear("2024"))).containsExactly(city.id());
        assertThat(ids(LibraryFilter.ALL.withYear("2023"))).containsExactly(county.id());
        assertThat(ids(LibraryFilter.ALL.withYear(importYear))).containsExactly(plain.id());
        assertThat(catalog.repository().years()).containsExactly(importYear, "2024", "2023");
        assertThat(LibraryFilter.ALL.withYear("2024").withSector("gas").active()).isEqualTo(2);
    }

    @Test
    void filtersByLevelOfGovernmentSectorTagAndCollection() throws Exception {
        catalog.indexPending(CatalogTest::fakeAnalysis);
        assertThat(ids(LibraryFilter.ALL.withGovLevel("县"))).containsExactly(county.id());
        assertThat(ids(LibraryFilter.ALL.withSector("coal"))).containsExactly(county.id());
        assertThat(catalog.repository().sectorsInUse()).containsExactly("coal", "gas");
        assertThat(catalog.repository().govLevels()).containsExactly("县", "市");

        library.tags().set(plain.id(), List.of(1), Level.ENTERPRISE, true);
        assertThat(ids(LibraryFilter.ALL.withTag(Level.ENTERPRISE))).containsExactly(plain.id());
        assertThat(ids(LibraryFilter.ALL.withTag(Level.LEADERSHIP))).isEmpty();

        Collection flood = catalog.createCollection("汛期");
        catalog.addToCollection(flood.id(), city.id());
        catalog.addToCollection(flood.id(), county.id());
        catalog.addToCollection(flood.id(), county.id()); // twice is once
        assertThat(ids(LibraryFilter.ALL.withCollection(flood.id()))).containsExactly(county.id(), city.id());
        assertThat(ids(LibraryFilter.ALL.withCollection(flood.id()).withGovLevel("市"))).containsExactly(city.id());
        catalog.removeFromCollection(flood.id(), county.id());
        assertThat(ids(LibraryFilter.ALL.withCollection(flood.id()))).containsExactly(city.id());
    }

    @Test
    void collectionsAreCreatedRenamedAndDeletedWithoutTouchingSpeeches() throws Exception {
        Collection a = catalog.createCollection("省级讲话");
        assertThatThrownBy(() -> catalog.createCollection("省级讲话")).isInstanceOf(CatalogException.class)
                .hasMessageContaining("duplicateCollection");
        assertThatThrownBy(() -> catalog.createCollection(" ")).isInstanceOf(CatalogException.class);
        catalog.addToCollection(a.id(), city.id());
        catalog.renameCollection(a.id(), "省市讲话");
        assertThat(catalog.collections()).extracting(Collection::name).containsExactly("省市讲话");
        assertThat(catalog.collectionsOf(city.id())).extracting(Collection::name).containsExactly("省市讲话");
        catalog.deleteCollection(a.id());
        assertThat(catalog.collections()).isEmpty();
        assertThat(library.list()).hasSize(3);
    }

    @Test
    void deleteHidesTheSpeechAndRestoreBringsItBackWithItsWork() throws Exception {
        library.tags().set(city.id(), List.of(0), Level.LEADERSHIP, true);
        library.addNote(city.id(), 0, 2, "批注");
        catalog.delete(city.id());
        assertThat(library.list()).extracting(s -> s.id()).doesNotContain(city.id());
        assertThat(ids(LibraryFilter.ALL)).doesNotContain(city.id());
        assertThat(library.speeches().count()).isEqualTo(2);
        assertThatThrownBy(() -> catalog.delete(city.id())).isInstanceOf(CatalogException.class);

        catalog.restore(city.id());
        assertThat(ids(LibraryFilter.ALL)).contains(city.id());
        assertThat(library.tags().forSpeech(city.id())).containsKey(0);
        assertThat(library.notes().forSpeech(city.id())).hasSize(1);
        assertThatThrownBy(() -> catalog.restore(city.id())).isInstanceOf(CatalogException.class);
    }

    @Test
    void purgeRemovesOnlyWhatWasDeletedLongEnoughAgo() throws Exception {
        catalog.delete(county.id());
        assertThat(catalog.purgeOld()).isZero(); // deleted just now: still restorable
        assertThat(catalog.repository().purgeDeletedBefore(Instant.now().plusSeconds(1))).isEqualTo(1);
        assertThat(library.find(county.id())).isEmpty();
        assertThat(library.find(city.id())).isPresent();
    }

    @Test
    void datesAreReadInTheCommonForms() {
        assertThat(SpeechDates.normalize("2024年3月6日")).isEqualTo("2024-03-06");
        assertThat(SpeechDates.normalize("2024年12月")).isEqualTo("2024-12");
        assertThat(SpeechDates.normalize("2024年")).isEqualTo("2024");
        assertThat(SpeechDates.normalize("2024-3-6")).isEqualTo("2024-03-06");
        assertThat(SpeechDates.normalize("2024/13/1")).isEqualTo("2024/13/1");
        assertThat(SpeechDates.normalize("去年冬天")).isEqualTo("去年冬天");
        assertThat(SpeechDates.normalize("  ")).isNull();
    }
}
