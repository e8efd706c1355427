package jingdu.app.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jingdu.analysis.SectorLexicon;
import jingdu.app.Library;
import jingdu.app.library.Catalog;
import jingdu.app.tasks.BoardRow;
import jingdu.app.tasks.TaskBoard;
import jingdu.i18n.I18n;
import jingdu.model.DuePeriod;
import jingdu.model.Level;
import jingdu.model.Speech;
import jingdu.model.SpeechMeta;
import jingdu.model.StatChart;
import jingdu.model.TaskScope;
import jingdu.model.TaskStatus;

/**
 * The 统计 view's figures against SQL counted straight from a generated library (a real SQLite file): 40 speeches
 * over three years (two without a date, one deleted), 12 tasks each with random sectors, levels (tagged or
 * suggested), duty bearers (some with stray spaces) and statuses, status changes made through the board (dated)
 * and progress entries. Every scope kind is checked.
 */
class StatsCountsTest {

    /** Every built-in sector: the long names (铁路民航水上交通, 旅游与大型活动) are the ones that could be cut. */
    static final String[] SECTORS = SectorLexicon.builtInCatalog().ids().toArray(String[]::new);
    static final String[] BEARERS = {"各乡镇", "县住建局", "县应急局", " 企业", "县交通运输局", "县市场监管局", "县住建局 ",
        "公安交警部门", "县消防救援大队", "县教育局", "县文旅局", "县水利局", "各乡镇（街道）"};

    @TempDir
    Path dir;

    /** Writes the library; returns the collection's name. */
    static Library generate(Path file, int speeches, int perSpeech) throws Exception {
        Library library = Library.open(file);
        Catalog catalog = new Catalog(library);
        long collection = catalog.createCollection("重点检查").id();
        Random r = new Random(7);
        List<Long> ids = new ArrayList<>();
        for (int s = 0; s < speeches; s++) {
            Speech sp = library.importString("在全县安全生产会议上的讲话（第" + s + "次）\n同志们：\n各单位要抓好落实，第" + s
                    + "次部署。", "s" + s + ".txt");
            String date = s % 20 == 7 ? null : LocalDate.of(2022 + s % 3, 1 + s % 12, 1 + s % 27).toString();
            catalog.saveMeta(sp.id(), new SpeechMeta(sp.title(), "张三", date, null, "县", null, null));
            if (s % 3 == 0) {
                catalog.addToCollection(collection, sp.id());
            }
            ids.add(sp.id());
        }
        library.database().inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO task(speech_id, start_offset, end_offset, quote, "
                    + "paragraph, strength, sectors, levels, levels_suggested, actor, deadline, status) "
                    + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
                for (long id : ids) {
                    for (int t = 0; t < perSpeech; t++) {
                        List<String> sectors = new ArrayList<>();
                        int n = r.nextInt(4) == 0 ? 0 : 1 + r.nextInt(2);
                        while (sectors.size() < n) {
                            String x = SECTORS[r.nextInt(SECTORS.length)];
                            if (!sectors.contains(x)) {
                                sectors.add(x);
                            }
                        }
                        List<String> levels = new ArrayList<>();
                        for (Level l : Level.values()) {
                            if (r.nextInt(3) == 0) {
                                levels.add(l.id());
                            }
                        }
                        String quote = "第" + t + "项：要抓好第" + t + "项工作。";
                        ps.setLong(1, id);
                        ps.setInt(2, t * 20);
                        ps.setInt(3, t * 20 + quote.length());
                        ps.setString(4, quote);
                        ps.setInt(5, 2);
                        ps.setString(6, "required");
                        ps.setString(7, String.join(",", sectors));
                        ps.setString(8, String.join(",", levels));
                        ps.setInt(9, r.nextBoolean() ? 1 : 0);
                        ps.setString(10, r.nextInt(8) == 0 ? null : BEARERS[r.nextInt(BEARERS.length)]);
                        ps.setString(11, null);
                        ps.setString(12, TaskStatus.values()[r.nextInt(4)].id());
                        ps.executeUpdate();
                    }
                }
            }
            return null;
        });
        TaskBoard board = board(library);
        List<BoardRow> rows = board.rows(TaskScope.all(), LocalDate.of(2025, 7, 1));
        // moves made the way the window makes them: dated status changes and progress entries
        for (int i = 0; i < rows.size(); i += 5) {
            TaskStatus next = i % 2 == 0 ? TaskStatus.IN_PROGRESS : TaskStatus.DONE;
            if (rows.get(i).task().state().status() != next) {
                board.edit(List.of(rows.get(i).id()), st -> st.withStatus(next));
            }
        }
        for (int i = 0; i < rows.size(); i += 7) {
            board.addProgress(rows.get(i).id(), "王", "已部署", Instant.parse("2025-0" + (1 + i % 6) + "-15T08:00:00Z"));
        }
        library.database().inTransaction(c -> {
            // spread the changes over months, as a year of use would
            c.createStatement().executeUpdate("UPDATE task_status_change SET changed_at = "
                    + "'2025-0' || (1 + id % 5) || '-10T09:00:00Z'");
            c.createStatement().executeUpdate("UPDATE speech SET deleted_at = '2025-01-01T00:00:00Z' WHERE id = " + ids.get(4));
            return null;
        });
        return library;
    }

    static TaskBoard board(Library library) {
        return new TaskBoard(library, SectorLexicon.builtInCatalog(), p -> (d, s) -> Optional.empty(),
                u -> b -> Optional.empty(), List.<DuePeriod>of());
    }

    static StatsService service(Library library, Locale locale) {
        return new StatsService(board(library), SectorLexicon.builtInCatalog(), new I18n(locale), library.file(),
                ZoneOffset.UTC);
    }

    @Test
    void everyFigureEqualsTheSqlCountInEveryScope() throws Exception {
        try (Library library = generate(dir.resolve("lib.db"), 40, 12)) {
            StatsService stats = service(library, Locale.SIMPLIFIED_CHINESE);
            TaskBoard board = board(library);
            for (TaskScope scope : List.of(TaskScope.all(), TaskScope.collection("重点检查"), TaskScope.year(2023),
                    TaskScope.speech(3))) {
                List<BoardRow> rows = board.rows(scope, LocalDate.of(2025, 7, 1));
                String where = " FROM task t JOIN speech s ON s.id = t.speech_id WHERE s.deleted_at IS NULL"
                        + scopeSql(scope);
                String counted = where + " AND t.status <> 'excluded'";
                assertThat(rows).hasSize(count(library, "SELECT count(*)" + where));
                assertThat(rows.size()).isPositive();

                Map<String, List<Long>> sectors = Statistics.bySector(rows);
                for (String sector : SECTORS) {
                    int sql = count(library, "SELECT count(*)" + counted
                            + " AND (',' || t.sectors || ',') LIKE '%," + sector + ",%'");
                    assertThat(sectors.getOrDefault(sector, List.of())).as(scope + " " + sector).hasSize(sql);
                }
                assertThat(sectors.getOrDefault("", List.of()))
                        .hasSize(count(library, "SELECT count(*)" + counted + " AND t.sectors = ''"));
                if (sectors.containsKey("")) { // the tasks without a sector come last, however many they are
                    assertThat(List.copyOf(sectors.keySet())).last().isEqualTo("");
                }

                Map<String, Map<String, List<Long>>> byYear = Statistics.sectorByYear(rows);
                assertThat(byYear).as("no sector is not a row of the heat map").doesNotContainKey("");
                for (String sector : SECTORS) {
                    for (String year : List.of("2022", "2023", "2024")) {
                        int sql = count(library, "SELECT count(*)" + counted + " AND (',' || t.sectors || ',') LIKE '%,"
                                + sector + ",%' AND substr(s.speech_date, 1, 4) = '" + year + "'");
                        assertThat(byYear.getOrDefault(sector, Map.of()).getOrDefault(year, List.of()))
                                .as(sector + " " + year).hasSize(sql);
                    }
                    int undated = count(library, "SELECT count(*)" + counted + " AND (',' || t.sectors || ',') LIKE '%,"
                            + sector + ",%' AND s.speech_date IS NULL");
                    assertThat(byYear.getOrDefault(sector, Map.of()).getOrDefault("", List.of())).hasSize(undated);
                }

                Statistics.Levels levels = Statistics.levels(rows);
                for (Level l : Level.values()) {
                    for (int suggested = 0; suggested <= 1; suggested++) {
                        int sql = count(library, "SELECT count(*)" + counted + " AND t.levels_suggested = " + suggested
                                + " AND (',' || t.levels || ',') LIKE '%," + l.id() + ",%'");
                        assertThat((suggested == 1 ? levels.suggested() : levels.tagged()).get(l.id())).hasSize(sql);
                    }
                }
                assertThat(levels.tagged().get(Statistics.NO_LEVEL)).hasSize(count(library,
                        "SELECT count(*)" + counted + " AND t.levels = '' AND t.levels_suggested = 0"));

                Map<TaskStatus, List<Long>> status = Statistics.byStatus(rows);
                for (TaskStatus st : TaskStatus.values()) {
                    assertThat(status.get(st)).hasSize(count(library, "SELECT count(*)" + where + " AND t.status = '"
                            + st.id() + "'"));
                }

                // duty bearers: spaces do not split one bearer; the top ones are the SQL's top ones
                Map<String, Integer> sqlBearers = new LinkedHashMap<>();
                library.database().read(c -> {
                    try (ResultSet rs = c.createStatement().executeQuery("SELECT trim(t.actor), count(*)" + counted
                            + " AND t.actor IS NOT NULL AND trim(t.actor) <> '' GROUP BY trim(t.actor) "
                            + "ORDER BY count(*) DESC, trim(t.actor)")) {
                        while (rs.next()) {
                            sqlBearers.put(rs.getString(1), rs.getInt(2));
                        }
                    }
                    return null;
                });
                Map<String, List<Long>> top = Statistics.topBearers(rows, Statistics.TOP_BEARERS);
                assertThat(top).hasSize(Math.min(Statistics.TOP_BEARERS, sqlBearers.size()));
                top.forEach((b, tasks) -> assertThat(tasks).as(b).hasSize(sqlBearers.get(b)));
                assertThat(top.values().stream().map(List::size).toList()).isEqualTo(sqlBearers.values().stream()
                        .limit(Statistics.TOP_BEARERS).toList());

                // over time: distinct tasks per month, from the dated records
                StatChart moves = stats.moves(rows, board.events(scope));
                for (int m = 0; m < moves.categories().size(); m++) {
                    String month = moves.categories().get(m);
                    assertThat(moves.value(0, m)).as(month).isEqualTo(count(library, "SELECT count(DISTINCT e.task_id) "
                            + "FROM task_status_change e JOIN task t ON t.id = e.task_id JOIN speech s ON s.id = t.speech_id "
                            + "WHERE s.deleted_at IS NULL" + scopeSql(scope) + " AND e.status = 'in_progress' "
                            + "AND substr(e.changed_at, 1, 7) = '" + month + "'"));
                    assertThat(moves.value(1, m)).isEqualTo(count(library, "SELECT count(DISTINCT e.task_id) "
                            + "FROM task_status_change e JOIN task t ON t.id = e.task_id JOIN speech s ON s.id = t.speech_id "
                            + "WHERE s.deleted_at IS NULL" + scopeSql(scope) + " AND e.status = 'done' "
                            + "AND substr(e.changed_at, 1, 7) = '" + month + "'"));
                    assertThat(moves.value(2, m)).isEqualTo(count(library, "SELECT count(DISTINCT p.task_id) "
                            + "FROM task_progress p JOIN task t ON t.id = p.task_id JOIN speech s ON s.id = t.speech_id "
                            + "WHERE s.deleted_at IS NULL" + scopeSql(scope) + " AND substr(p.written_at, 1, 7) = '"
                            + month + "'"));
                }
                if (scope.kind() == TaskScope.Kind.ALL) {
                    assertThat(moves.categories()).containsExactly("2025-01", "2025-02", "2025-03", "2025-04", "2025-05",
                            "2025-06");
                }
            }
        }
    }

    @Test
    void chartsCarryTheIdsTheirBarsCount() throws Exception {
        try (Library library = generate(dir.resolve("lib.db"), 12, 10)) {
            StatsService stats = service(library, Locale.SIMPLIFIED_CHINESE);
            StatsService.Snapshot snap = stats.load(TaskScope.all(), LocalDate.of(2025, 7, 1));
            assertThat(snap.charts()).extracting(StatChart::id).containsExactly(StatsService.SECTORS,
                    StatsService.SECTOR_YEARS, StatsService.LEVELS, StatsService.BEARERS, StatsService.STATUS,
                    StatsService.MOVES);
            StatChart sectors = snap.chart(StatsService.SECTORS);
            assertThat(sectors.categories()).contains("建筑施工");
            for (StatChart c : snap.charts()) {
                for (StatChart.Point p : c.points()) {
                    assertThat(snap.rowsOf(p)).hasSize(p.value());
                    assertThat(p.value()).isPositive();
                }
            }
            // the status chart's bars add up to every task; the others leave 不纳入 out
            StatChart status = snap.chart(StatsService.STATUS);
            assertThat(status.points().stream().mapToInt(StatChart.Point::value).sum()).isEqualTo(snap.rows().size());
            assertThat(stats.sectors(List.of()).empty()).isTrue();
        }
    }

    private static String scopeSql(TaskScope scope) {
        return switch (scope.kind()) {
            case ALL -> "";
            case SPEECH -> " AND t.speech_id = " + scope.speechId();
            case COLLECTION -> " AND t.speech_id IN (SELECT sc.speech_id FROM speech_collection sc JOIN collection k "
                    + "ON k.id = sc.collection_id WHERE k.name = '" + scope.collection() + "')";
            case YEAR -> " AND substr(s.speech_date, 1, 4) = '" + scope.year() + "'";
        };
    }

    static int count(Library library, String sql) {
        return library.database().read(c -> one(c, sql));
    }

    private static int one(Connection c, String sql) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
