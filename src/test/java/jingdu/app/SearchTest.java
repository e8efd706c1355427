package jingdu.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jingdu.app.search.Search;
import jingdu.app.search.SearchHit;
import jingdu.app.search.SearchPage;
import jingdu.app.search.SearchQuery;
import jingdu.model.Level;
import jingdu.model.Note;
import jingdu.model.Speech;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchTest {

    private static final String COAL = "关于煤矿安全的讲话\n一、煤矿企业要严防瓦斯爆炸。\n各乡镇要落实属地责任，排查燃气管道隐患。";
    private static final String ROAD = "道路交通安全讲话\n春运期间要严查客车超员。\n企业要落实主体责任。";

    @TempDir
    Path dir;

    private Path file;
    private Library library;
    private Search search;

    @BeforeEach
    void open() {
        file = dir.resolve("lib.db");
        library = Library.open(file);
        search = new Search(library);
    }

    @AfterEach
    void close() {
        library.close();
    }

    private Speech add(String text, String name) throws Exception {
        return library.importString(text, name);
    }

    private List<SearchHit> find(String q) {
        return search.search(SearchQuery.of(q)).hits();
    }

    @Test
    void findsTermsOfEveryLengthWithTheHitMarkedAndLocated() throws Exception {
        Speech coal = add(COAL, "coal.txt");
        for (String term : List.of("瓦", "瓦斯", "瓦斯爆", "严防瓦斯爆炸", "属地责任")) {
            List<SearchHit> hits = find(term);
            assertThat(hits).as(term).singleElement().satisfies(h -> {
                assertThat(h.speechId()).isEqualTo(coal.id());
                assertThat(h.hitText()).isEqualTo(term);
                assertThat(coal.text().substring(h.start(), h.end())).isEqualTo(term);
                assertThat(h.isNote()).isFalse();
            });
        }
        assertThat(find("瓦").get(0).paragraph()).isEqualTo(1);
        assertThat(find("燃气").get(0).paragraph()).isEqualTo(2);
        assertThat(find("瓦斯煤矿")).isEmpty(); // both bigrams occur, never next to each other
        assertThat(find("鑫")).isEmpty();
    }

    @Test
    void severalTermsMustAllOccurInTheSameParagraph() throws Exception {
        add(COAL, "coal.txt");
        assertThat(find("煤矿 瓦斯")).hasSize(1);
        assertThat(find("企 瓦斯")).hasSize(1);
        assertThat(find("瓦斯 燃气")).isEmpty();
        assertThat(find("  ")).isEmpty();
    }

    @Test
    void snippetShowsContextAroundTheHitAndIsCutWithEllipses() throws Exception {
        String para = "甲".repeat(50) + "隐患排查" + "乙".repeat(50);
        add("标题\n" + para, "long.txt");
        SearchHit h = find("隐患排查").get(0);
        assertThat(h.snippet()).isEqualTo("…" + "甲".repeat(Search.CONTEXT) + "隐患排查" + "乙".repeat(Search.CONTEXT) + "…");
        assertThat(h.hitText()).isEqualTo("隐患排查");
    }

    @Test
    void caseAndFullWidthAreFolded() throws Exception {
        Speech s = add("标题\n落实ＧＢ／Ｔ 9704 与 Safety 要求。", "latin.txt");
        assertThat(find("gb/t")).singleElement().satisfies(h -> assertThat(h.hitText()).isEqualTo("ＧＢ／Ｔ"));
        assertThat(find("SAFETY")).hasSize(1);
        assertThat(find("9704")).hasSize(1);
        assertThat(find("t 9704")).hasSize(1); // two terms
        assertThat(s.id()).isPositive();
    }

    @Test
    void notesAreFoundByBodyAndQuoteAndStayInStepWithEdits() throws Exception {
        Speech coal = add(COAL, "coal.txt");
        int start = coal.text().indexOf("瓦斯爆炸");
        Note n = library.addNote(coal.id(), start, start + 4, "重点督办事项");
        assertThat(find("督办")).singleElement().satisfies(h -> {
            assertThat(h.isNote()).isTrue();
            assertThat(h.noteId()).isEqualTo(n.id());
            assertThat(h.start()).isEqualTo(start);
            assertThat(h.end()).isEqualTo(start + 4);
            assertThat(h.paragraph()).isEqualTo(1);
            assertThat(h.hitText()).isEqualTo("督办");
        });
        assertThat(find("瓦斯爆炸")).hasSize(2); // the paragraph and the note's quote
        library.notes().updateBody(n.id(), "改为挂牌整治");
        assertThat(find("督办")).isEmpty();
        assertThat(find("挂牌")).hasSize(1);
        library.notes().delete(n.id());
        assertThat(find("挂牌")).isEmpty();
        assertThat(find("瓦斯爆炸")).hasSize(1);
    }

    @Test
    void theIndexSurvivesReopeningAndFollowsNewImports() throws Exception {
        Speech coal = add(COAL, "coal.txt");
        library.addNote(coal.id(), 0, 2, "备忘一则");
        library.close();
        library = Library.open(file);
        search = new Search(library);
        assertThat(find("瓦斯")).hasSize(1);
        assertThat(find("备忘")).hasSize(1);
        add(ROAD, "road.txt");
        assertThat(find("客车")).hasSize(1);
        assertThat(find("企业")).hasSize(2);
    }

    @Test
    void rowsWrittenAroundTheIndexAreCaughtUpAndDeletesFollowTriggers() throws Exception {
        Speech coal = add(COAL, "coal.txt");
        library.database().inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                // as a migration or an older build would: rows the repositories never saw
                s.execute("DELETE FROM search_doc");
                s.execute("INSERT INTO note(speech_id, start_offset, end_offset, quote, body, created_at, updated_at)"
                        + " VALUES (" + coal.id() + ", 0, 2, '关于', '旁路写入的批注', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')");
            }
            return null;
        });
        assertThat(find("瓦斯")).hasSize(1);
        assertThat(find("旁路")).hasSize(1);
        library.database().inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("DELETE FROM speech WHERE id = " + coal.id());
            }
            return null;
        });
        assertThat(find("瓦斯")).isEmpty();
        assertThat(find("旁路")).isEmpty();
        assertThat(countRows("search_doc")).isZero();
    }

    @Test
    void aLibraryFromBeforeTheIndexIsMigratedAndIndexedOnFirstSearch() throws Exception {
        library.close();
        Path old = dir.resolve("old.db");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + old); Statement s = c.createStatement()) {
            // schema version 1, as the first release wrote it
            s.execute("CREATE TABLE speech (id INTEGER PRIMARY KEY, title TEXT NOT NULL, source_name TEXT NOT NULL,"
                    + " text TEXT NOT NULL, imported_at TEXT NOT NULL, paragraph_count INTEGER NOT NULL)");
            s.execute("CREATE TABLE paragraph_tag (speech_id INTEGER NOT NULL REFERENCES speech(id) ON DELETE CASCADE,"
                    + " paragraph INTEGER NOT NULL, level TEXT NOT NULL, created_at TEXT NOT NULL, PRIMARY KEY (speech_id, paragraph, level))");
            s.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, speech_id INTEGER NOT NULL REFERENCES speech(id) ON DELETE CASCADE,"
                    + " start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL, quote TEXT NOT NULL, body TEXT NOT NULL,"
                    + " created_at TEXT NOT NULL, updated_at TEXT NOT NULL)");
            s.execute("CREATE INDEX note_speech ON note(speech_id, start_offset)");
            s.execute("INSERT INTO speech VALUES (1, '旧讲话', 'old.txt', '旧讲话\n要严防瓦斯事故。', '2024-05-01T08:00:00Z', 2)");
            s.execute("INSERT INTO note VALUES (1, 1, 5, 7, '严防', '老批注内容', '2024-05-01T08:00:00Z', '2024-05-01T08:00:00Z')");
            s.execute("PRAGMA user_version = 1");
        }
        library = Library.open(old);
        search = new Search(library);
        assertThat(library.database().tables()).contains("search_doc", "search_sector");
        assertThat(find("瓦斯")).singleElement().satisfies(h -> assertThat(h.start()).isEqualTo(7));
        assertThat(find("老批注")).singleElement().satisfies(h -> assertThat(h.isNote()).isTrue());
        assertThat(search.search(SearchQuery.of("瓦斯").withDates(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 1))).hits()).hasSize(1);
        assertThat(search.search(SearchQuery.of("瓦斯").withDates(LocalDate.of(2024, 5, 3), null)).hits()).isEmpty();
    }

    private int countRows(String table) {
        return library.database().read(c -> {
            try (Statement s = c.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM " + table)) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    @Test
    void queryOperatorsAndSqlAreSearchedAsPlainText() throws Exception {
        List<String> hostile = List.of("\"", "AND(", "*", "NEAR(", "'; DROP TABLE speech; --", ")", "OR", "a:b", "^x", "{x}");
        StringBuilder text = new StringBuilder("特殊字符\n");
        for (String h : hostile) {
            text.append("前文").append(h).append("后文\n");
        }
        add(text.toString().strip(), "odd.txt");
        add(COAL, "coal.txt");
        for (String h : hostile) {
            List<SearchHit> hits = find(h);
            assertThat(hits).as(h).isNotEmpty();
            assertThat(hits).as(h).allSatisfy(x -> assertThat(x.hitText()).isEqualToIgnoringCase(h.strip().split("\\s+")[0]));
            assertThat(find("前文" + h.replace(" ", "") + "后文")).as(h).hasSizeLessThanOrEqualTo(1);
        }
        assertThat(find("\"AND(\"")).isEmpty();
        assertThat(library.speeches().count()).isEqualTo(2);
    }

    @Test
    void filtersCombineSectorTagLevelAndDates() throws Exception {
        Speech coal = add(COAL, "coal.txt");
        Speech road = add(ROAD, "road.txt");
        search.index().putFacts(coal.id(), Map.of(1, Set.of("coal"), 2, Set.of("gas")), Map.of(2, Set.of("leadership")));
        search.index().putFacts(road.id(), Map.of(1, Set.of("road_traffic")), Map.of(2, Set.of("enterprise")));
        library.tags().set(road.id(), List.of(1), Level.SUPERVISION, true);

        SearchQuery q = SearchQuery.of("要");
        assertThat(search.search(q).hits()).hasSize(4);
        assertThat(search.search(q.withSectors(Set.of("coal"))).hits()).extracting(SearchHit::paragraph).containsExactly(1);
        assertThat(search.search(q.withSectors(Set.of("coal", "road_traffic"))).hits()).hasSize(2);
        assertThat(search.search(q.withTags(Set.of(Level.SUPERVISION))).hits())
                .singleElement().satisfies(h -> assertThat(h.speechId()).isEqualTo(road.id()));
        assertThat(search.search(q.withTags(Set.of(Level.SUPERVISION)).withSectors(Set.of("coal"))).hits()).isEmpty();
        assertThat(search.search(q.withTags(Set.of(Level.SUPERVISION)).withSectors(Set.of("road_traffic"))).hits()).hasSize(1);
        // shown level: the user's tag, else the suggestion
        assertThat(search.search(q.withLevels(Set.of(Level.LEADERSHIP))).hits())
                .singleElement().satisfies(h -> assertThat(h.speechId()).isEqualTo(coal.id()));
        assertThat(search.search(q.withLevels(Set.of(Level.SUPERVISION, Level.ENTERPRISE))).hits()).hasSize(2);
        LocalDate today = LocalDate.now();
        assertThat(search.search(q.withDates(today, today)).hits()).hasSize(4);
        assertThat(search.search(q.withDates(today.plusDays(1), null)).hits()).isEmpty();
        assertThat(search.search(q.withDates(null, today.minusDays(1))).hits()).isEmpty();
        assertThat(search.search(q.withDates(today.minusDays(3), today).withSectors(Set.of("gas"))).hits()).hasSize(1);
    }

    @Test
    void resultsComeNewestSpeechFirstInReadingOrderAndPageByTwenty() throws Exception {
        StringBuilder text = new StringBuilder("标题\n");
        for (int i = 0; i < 45; i++) {
            text.append("第").append(i).append("段要求隐患清零。\n");
        }
        Speech older = add(text.toString().strip(), "a.txt");
        Speech newer = add("新讲话\n隐患要清零。", "b.txt");
        SearchPage first = search.search(SearchQuery.of("隐患"));
        assertThat(first.hits()).hasSize(Search.PAGE_SIZE);
        assertThat(first.hasMore()).isTrue();
        assertThat(first.hits().get(0).speechId()).isEqualTo(newer.id());
        assertThat(first.hits().subList(1, 20)).extracting(SearchHit::paragraph).isSorted().allMatch(p -> p >= 1);
        SearchPage third = search.search(SearchQuery.of("隐患").withPage(2));
        assertThat(third.hits()).hasSize(6);
        assertThat(third.hasMore()).isFalse();
        assertThat(third.hits()).allSatisfy(h -> assertThat(h.speechId()).isEqualTo(older.id()));
        assertThat(third.hits().get(5).paragraph()).isEqualTo(45);
    }

    @Test
    void engineFactsAreFilledForSpeechesThatLackThem() throws Exception {
        Speech coal = add(COAL, "coal.txt");
        SearchQuery q = SearchQuery.of("要").withSectors(Set.of("coal"));
        assertThat(search.needsAnalysis(q)).isTrue();
        assertThat(search.needsAnalysis(SearchQuery.of("要"))).isFalse();
        int read = search.analysePending(new jingdu.analysis.Analyzer());
        assertThat(read).isEqualTo(1);
        assertThat(search.needsAnalysis(q)).isFalse();
        assertThat(search.search(q).hits()).extracting(SearchHit::speechId).contains(coal.id());
        assertThat(search.search(SearchQuery.of("燃气").withSectors(Set.of("gas"))).hits()).hasSize(1);
    }
}
