package jingdu.app.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import jingdu.analysis.Analyzer;
import jingdu.analysis.SpeechAnalyzer;
import jingdu.app.library.Catalog;
import jingdu.app.Library;
import jingdu.app.search.Search;
import jingdu.app.search.SearchQuery;
import jingdu.io.DocumentFixtures;
import jingdu.model.LibraryFilter;
import jingdu.model.Speech;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportPipelineTest {

    private static final String[] SECTOR_LINES = {
        "一、煤矿企业要严防瓦斯爆炸，各乡镇要落实属地责任。",
        "二、城镇燃气企业必须排查燃气管道隐患，确保不发生事故。",
        "三、春运期间要严查客车超员，交通运输部门要加强督查。",
        "四、危险化学品企业要落实主体责任，严禁违规动火作业。"};

    @TempDir
    Path dir;

    /** A speech with its number in the title and a marker only it holds, and sectors varying with the number. */
    private static String speech(int n) {
        StringBuilder b = new StringBuilder("关于第" + n + "号安全生产工作的讲话\n同志们：\n");
        b.append("今天召开全市安全生产工作会议，2024年3月").append(1 + n % 28).append("日。\n");
        for (int k = 0; k < 3; k++) {
            b.append(SECTOR_LINES[(n + k) % SECTOR_LINES.length]).append('\n');
        }
        return b.append(String.format("标记%04d。", n)).toString();
    }

    private List<Path> speeches(int count) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("speeches"));
        List<Path> files = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            files.add(Files.writeString(folder.resolve(String.format("f%03d.txt", n)), speech(n), StandardCharsets.UTF_8));
        }
        return files;
    }

    private static Supplier<SpeechAnalyzer> engines() {
        return Analyzer::new;
    }

    /** An engine that must never be asked: everything should have been stored at import. */
    private static final SpeechAnalyzer MUST_NOT_RUN = text -> {
        throw new AssertionError("the import left work for the catch-up");
    };

    @Test
    void manyFilesGoInInFileOrderWithEveryFactStoredAndNothingLeftPending() throws Exception {
        List<Path> files = speeches(60);
        try (Library library = Library.open(dir.resolve("lib.db"))) {
            ImportPipeline pipeline = new ImportPipeline(library, engines(), 3, 7);
            BatchImport.Summary s = pipeline.run(files, List.of(), (d, t, c) -> { }, () -> false);

            assertThat(s.cancelled()).isFalse();
            assertThat(s.skipped()).isEmpty();
            assertThat(s.imported()).extracting(Speech::sourceName)
                    .containsExactlyElementsOf(files.stream().map(f -> f.getFileName().toString()).toList());
            List<Long> ids = s.imported().stream().map(Speech::id).toList();
            assertThat(ids).isSorted().doesNotHaveDuplicates();
            assertThat(pipeline.stats().transactions()).isGreaterThanOrEqualTo(60 / 7);
            assertThat(pipeline.stats().transactions()).isLessThan(60);

            Catalog catalog = new Catalog(library);
            Search search = new Search(library);
            assertThat(catalog.indexPending(MUST_NOT_RUN)).isZero();
            assertThat(search.analysePending(MUST_NOT_RUN)).isZero();
            assertThat(search.index().factsPending()).isFalse();

            Speech s37 = s.imported().get(37);
            assertThat(search.search(SearchQuery.of("标记0037")).hits()).singleElement()
                    .satisfies(h -> assertThat(h.speechId()).isEqualTo(s37.id()));
            assertThat(catalog.repository().sectors(s37.id())).isNotEmpty();
            assertThat(catalog.meta(s37.id()).govLevel()).isEqualTo("市");
            assertThat(catalog.meta(s37.id()).date()).startsWith("2024-03");
            assertThat(catalog.list(LibraryFilter.ALL.withSector("gas"))).isNotEmpty();
            assertThat(search.search(SearchQuery.of("燃气").withSectors(Set.of("gas"))).hits()).isNotEmpty();
        }
    }

    @Test
    void theFactsAreThoseTheCatchUpWouldHaveStored() throws Exception {
        List<Path> files = speeches(8);
        try (Library piped = Library.open(dir.resolve("piped.db"));
             Library serial = Library.open(dir.resolve("serial.db"))) {
            new ImportPipeline(piped, engines(), 2, 3).run(files, List.of(), (d, t, c) -> { }, () -> false);
            for (Path f : files) {
                serial.importText(f);
            }
            Analyzer engine = new Analyzer();
            assertThat(new Catalog(serial).indexPending(engine)).isEqualTo(8);
            assertThat(new Search(serial).analysePending(engine)).isEqualTo(8);

            for (String sql : List.of(
                    "SELECT speech_id, sector FROM speech_sector ORDER BY 1, 2",
                    "SELECT speech_id, paragraph, sector FROM search_sector ORDER BY 1, 2, 3",
                    "SELECT speech_id, paragraph, level FROM search_level ORDER BY 1, 2, 3",
                    "SELECT id, title, source_name, text, paragraph_count, speech_date, gov_level, meeting FROM speech ORDER BY id",
                    "SELECT id, speech_id, paragraph, start_offset, end_offset FROM search_doc ORDER BY id")) {
                assertThat(rows(piped, sql)).as(sql).isNotEmpty().isEqualTo(rows(serial, sql));
            }
        }
    }

    private static List<String> rows(Library library, String sql) {
        return library.database().read(c -> {
            List<String> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    StringBuilder b = new StringBuilder();
                    for (int i = 1; i <= n; i++) {
                        b.append(rs.getString(i)).append('|');
                    }
                    out.add(b.toString());
                }
            }
            return out;
        });
    }

    @Test
    void badFilesAreSkippedWithTheirReasonsAndTheGoodOnesKeptInOrder() throws Exception {
        List<Path> good = speeches(12);
        Path empty = Files.writeString(dir.resolve("empty.txt"), " \n\u3000\n");
        Path binary = Files.write(dir.resolve("photo.txt"),
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0});
        Path corrupt = DocumentFixtures.truncated(DocumentFixtures.docx(dir.resolve("whole.docx")), dir.resolve("cut.docx"), 0.5);
        Path gbk = dir.resolve("gbk.txt");
        Files.write(gbk, "关于冬季安全生产的讲话\r\n同志们：\r\n各乡镇要加强燃气安全检查。\r\n".getBytes(Charset.forName("GBK")));
        Path missing = dir.resolve("missing.txt");
        List<Path> files = new ArrayList<>(good.subList(0, 4));
        files.addAll(List.of(empty, binary));
        files.addAll(good.subList(4, 8));
        files.addAll(List.of(corrupt, gbk, missing));
        files.addAll(good.subList(8, 12));
        try (Library library = Library.open(dir.resolve("lib.db"))) {
            BatchImport.Summary s = new ImportPipeline(library, engines(), 2, 5)
                    .run(files, List.of(), (d, t, c) -> { }, () -> false);

            List<String> expected = new ArrayList<>(good.stream().map(f -> f.getFileName().toString()).toList());
            expected.add(12 - 4, "gbk.txt");
            assertThat(s.imported()).extracting(Speech::sourceName).containsExactlyElementsOf(expected);
            assertThat(s.skipped()).extracting(k -> k.file().getFileName().toString() + " " + k.key()).containsExactly(
                    "empty.txt import.error.empty",
                    "photo.txt import.error.notText",
                    "cut.docx importer.error.damaged",
                    "missing.txt import.error.notFound");
            assertThat(library.list()).hasSize(13);
            assertThat(new Search(library).analysePending(MUST_NOT_RUN)).isZero();
        }
    }

    @Test
    void cancellingStopsSoonAndKeepsAnOrderedPrefix() throws Exception {
        List<Path> files = speeches(60);
        AtomicBoolean cancel = new AtomicBoolean();
        AtomicInteger analysed = new AtomicInteger();
        Supplier<SpeechAnalyzer> engines = () -> {
            Analyzer engine = new Analyzer();
            return text -> {
                if (analysed.incrementAndGet() == 10) {
                    cancel.set(true);
                } else if (cancel.get()) {
                    sleep(200); // after the cancel, each speech takes long: finishing all 60 would take seconds
                }
                return engine.analyze(text);
            };
        };
        try (Library library = Library.open(dir.resolve("lib.db"))) {
            BatchImport.Summary s = new ImportPipeline(library, engines, 2, 50)
                    .run(files, List.of(), (d, t, c) -> { }, cancel::get);

            assertThat(s.cancelled()).isTrue();
            int kept = s.imported().size();
            assertThat(kept).isLessThan(60);
            assertThat(analysed.get()).isLessThan(60);
            assertThat(s.imported()).extracting(Speech::sourceName).containsExactlyElementsOf(
                    files.subList(0, kept).stream().map(f -> f.getFileName().toString()).toList());
            assertThat(library.list()).hasSize(kept);
            assertThat(new Search(library).analysePending(MUST_NOT_RUN)).isZero();
        }
    }

    @Test
    void aFailingBatchKeepsItsGoodSpeeches() throws Exception {
        List<Path> files = speeches(20);
        try (Library library = Library.open(dir.resolve("lib.db"))) {
            library.database().inTransaction(c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("CREATE TRIGGER refuse_f07 BEFORE INSERT ON speech WHEN new.source_name = 'f007.txt'"
                            + " BEGIN SELECT RAISE(ABORT, 'refused for the test'); END");
                }
                return null;
            });
            ImportPipeline pipeline = new ImportPipeline(library, engines(), 2, 5);
            BatchImport.Summary s = pipeline.run(files, List.of(), (d, t, c) -> { }, () -> false);

            assertThat(s.skipped()).singleElement().satisfies(k -> {
                assertThat(k.file().getFileName()).hasToString("f007.txt");
                assertThat(k.key()).isEqualTo("store.error.write");
                assertThat(k.args().toString()).contains("refused for the test");
            });
            assertThat(s.imported()).hasSize(19).extracting(Speech::sourceName).doesNotContain("f007.txt")
                    .startsWith("f000.txt", "f001.txt").endsWith("f019.txt").isSorted();
            assertThat(pipeline.stats().retried()).isPositive();
            assertThat(library.list()).hasSize(19);
            assertThat(new Catalog(library).indexPending(MUST_NOT_RUN)).isZero();
            assertThat(new Search(library).analysePending(MUST_NOT_RUN)).isZero();
            assertThat(new Search(library).search(SearchQuery.of("标记0006")).hits()).hasSize(1);
        }
    }

    @Test
    void progressEndsWithEveryFileDone() throws Exception {
        List<Path> files = speeches(30);
        List<int[]> calls = new ArrayList<>();
        List<Path> currents = new ArrayList<>();
        try (Library library = Library.open(dir.resolve("lib.db"))) {
            new ImportPipeline(library, engines(), 2, 4).run(files, List.of(), (d, t, c) -> {
                calls.add(new int[] {d, t});
                currents.add(c);
            }, () -> false);
        }
        assertThat(calls).isNotEmpty();
        assertThat(calls.get(0)).containsExactly(0, 30);
        assertThat(calls.get(calls.size() - 1)).containsExactly(30, 30);
        assertThat(currents.get(currents.size() - 1)).isNull();
        assertThat(calls).extracting(c -> c[0]).isSorted().doesNotHaveDuplicates();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long pragma(Library library, String sql) {
        return library.database().read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + sql)) {
                return rs.next() ? rs.getLong(1) : -1;
            }
        });
    }

    /**
     * SQLite's max_page_count makes it answer SQLITE_FULL exactly as on a full disk. Before, every file after
     * that point was retried alone and skipped with "cannot commit - no transaction is active", one line each.
     */
    @Test
    void aFullDiskStopsTheImportAtOnceSayingSoOnceAndKeepsWhatWasCommitted() throws Exception {
        List<Path> files = speeches(150);
        Path db = dir.resolve("lib.db");
        List<Speech> announced = new ArrayList<>();
        BatchImport.Summary s;
        ImportPipeline pipeline;
        long commits;
        try (Library library = Library.open(db)) {
            long pages = pragma(library, "page_count");
            assertThat(pragma(library, "max_page_count = " + (pages + 60))).isEqualTo(pages + 60);
            long before = library.database().commitCount();
            pipeline = new ImportPipeline(library, engines(), 2, 5);
            s = pipeline.run(files, List.of(), (d, t, c) -> { }, () -> false, announced::addAll);
            commits = library.database().commitCount() - before;
        }
        assertThat(s.imported()).as("some batches fit before the disk filled").isNotEmpty().hasSizeLessThan(150);
        assertThat(s.skipped()).as("no reason repeated for every file left").isEmpty();
        assertThat(s.stopped()).isNotNull().satisfies(stop -> {
            assertThat(stop.key()).isEqualTo("import.stopped.diskFull");
            assertThat(stop.args()).containsExactly(s.imported().size(), 150 - s.imported().size());
        });
        assertThat(pipeline.stats().retried()).as("a full disk is not retried speech by speech").isZero();
        assertThat(pipeline.stats().transactions()).as("one failed write, then nothing").isEqualTo(commits + 1);
        assertThat(announced).isEqualTo(s.imported());
        assertThat(s.imported()).extracting(Speech::sourceName).isSorted().startsWith("f000.txt");

        try (Library library = Library.open(db)) {
            String integrity = library.database().read(c -> {
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                    rs.next();
                    return rs.getString(1);
                }
            });
            assertThat(integrity).isEqualTo("ok");
            assertThat(library.list()).extracting(x -> x.id())
                    .containsExactlyInAnyOrderElementsOf(s.imported().stream().map(Speech::id).toList());
            Speech last = s.imported().get(s.imported().size() - 1);
            assertThat(library.find(last.id()).orElseThrow().text()).isEqualTo(last.text());
        }
    }

    @Test
    void aFileWhoseAnalysisRunsOutOfMemoryIsSkippedWithThatReasonAndTheOthersGoIn() throws Exception {
        List<Path> files = speeches(6);
        Analyzer real = new Analyzer();
        // the heap running out while one speech is analysed, as a 3,000,000-character speech on a small heap would
        Supplier<SpeechAnalyzer> engines = () -> text -> {
            if (text.contains("标记0003")) {
                throw new OutOfMemoryError("Java heap space");
            }
            return real.analyze(text);
        };
        try (Library library = Library.open(dir.resolve("lib.db"))) {
            BatchImport.Summary s = new ImportPipeline(library, engines, 2, 4).run(files, List.of(), (d, t, c) -> { }, () -> false);

            assertThat(s.imported()).extracting(Speech::sourceName).containsExactly("f000.txt", "f001.txt", "f002.txt", "f004.txt", "f005.txt");
            assertThat(s.skipped()).singleElement().satisfies(k -> {
                assertThat(k.file()).isEqualTo(files.get(3));
                assertThat(k.key()).isEqualTo("importer.error.outOfMemory");
                assertThat(new jingdu.i18n.I18n(java.util.Locale.SIMPLIFIED_CHINESE).get(k.key(), k.args().toArray()))
                        .contains("f003.txt", "内存不足");
            });
            assertThat(library.list()).hasSize(5);
        }
    }
}
