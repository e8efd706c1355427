package jingdu.app.stats;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jingdu.app.export.AtomicFiles;
import jingdu.app.tasks.BoardRow;
import jingdu.app.tasks.TaskBoard;
import jingdu.app.tasks.TaskException;
import jingdu.i18n.I18n;
import jingdu.io.ChartRenderer;
import jingdu.io.ExportLabels;
import jingdu.model.Level;
import jingdu.model.SectorCatalog;
import jingdu.model.StatChart;
import jingdu.model.TaskEvent;
import jingdu.model.TaskScope;
import jingdu.model.TaskStatus;
import jingdu.store.OutputGuard;
import jingdu.store.StoreException;

/**
 * The 统计 view's use case: reads a scope's board rows and dated events, words {@link Statistics} as charts in the
 * user's language, draws them (for the window, with where each point is) and writes them as PNG or SVG files —
 * atomically, never over the library. The 督办通报 takes its chart pictures from here too ({@link #pictures}).
 */
public final class StatsService {

    /** The chart ids, in the view's order. */
    public static final String SECTORS = "sectors";
    public static final String SECTOR_YEARS = "sector-years";
    public static final String LEVELS = "levels";
    public static final String BEARERS = "bearers";
    public static final String STATUS = "status";
    public static final String MOVES = "moves";

    /** A file format a chart is written in. */
    public enum Format {
        PNG("png"), SVG("svg");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }
    }

    /** Where a point was drawn, in the chart's units (the view's pixels before its scale). */
    public record Hit(double x, double y, double width, double height, int point) {
        public boolean contains(double px, double py) {
            return px >= x && px <= x + width && py >= y && py <= y + height;
        }
    }

    /** A chart drawn for the window: {@code argb} pixels of {@code pixelWidth} × {@code pixelHeight}, and its hits. */
    public record Rendered(int pixelWidth, int pixelHeight, int[] argb, List<Hit> hits) {
        public Rendered {
            hits = List.copyOf(hits);
        }

        /** The point drawn at (x, y) in chart units; -1 when none. */
        public int pointAt(double x, double y) {
            for (Hit h : hits) {
                if (h.contains(x, y)) {
                    return h.point();
                }
            }
            return -1;
        }
    }

    /** A scope's charts and the rows their points name, by task id. */
    public record Snapshot(List<StatChart> charts, Map<Long, BoardRow> rows) {
        public Snapshot {
            charts = List.copyOf(charts);
            rows = Map.copyOf(rows);
        }

        public StatChart chart(String id) {
            return charts.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
        }

        /** The rows behind a point, in the board's order. */
        public List<BoardRow> rowsOf(StatChart.Point p) {
            return p.taskIds().stream().map(rows::get).filter(r -> r != null).toList();
        }
    }

    private final TaskBoard board;
    private final I18n i18n;
    private final ExportLabels labels;
    private final Path libraryFile;
    private final ZoneId zone;
    private final ChartRenderer renderer;

    public StatsService(TaskBoard board, SectorCatalog sectors, I18n i18n, Path libraryFile, ZoneId zone) {
        this.board = board;
        this.i18n = i18n;
        this.labels = new ExportLabels(i18n, sectors);
        this.libraryFile = libraryFile;
        this.zone = zone;
        this.renderer = new ChartRenderer(i18n.get("stats.noData"));
    }

    /** The scope's charts from the board as it stands (the caller brings the tasks up to date first). */
    public Snapshot load(TaskScope scope, LocalDate today) {
        List<BoardRow> rows = board.rows(scope, today);
        List<TaskEvent> events = board.events(scope);
        Map<Long, BoardRow> byId = new LinkedHashMap<>();
        rows.forEach(r -> byId.put(r.id(), r));
        return new Snapshot(charts(rows, events), byId);
    }

    /** Every chart of the view, in its order. */
    public List<StatChart> charts(List<BoardRow> rows, List<TaskEvent> events) {
        return List.of(sectors(rows), sectorYears(rows), levels(rows), bearers(rows), status(rows), moves(rows, events));
    }

    public StatChart sectors(List<BoardRow> rows) {
        return single(SECTORS, StatChart.Kind.BAR, i18n.get("stats.chart.sectors"), Statistics.bySector(rows),
                labels::sector);
    }

    public StatChart sectorYears(List<BoardRow> rows) {
        Map<String, Map<String, List<Long>>> by = Statistics.sectorByYear(rows);
        List<String> years = Statistics.years(rows);
        List<String> series = new ArrayList<>();
        List<StatChart.Point> points = new ArrayList<>();
        int s = 0;
        for (Map.Entry<String, Map<String, List<Long>>> e : by.entrySet()) {
            series.add(labels.sector(e.getKey()));
            for (Map.Entry<String, List<Long>> y : e.getValue().entrySet()) {
                points.add(new StatChart.Point(s, years.indexOf(y.getKey()), y.getValue()));
            }
            s++;
        }
        List<String> columns = years.stream().map(y -> y.isEmpty() ? i18n.get("stats.year.none") : y).toList();
        return new StatChart(SECTOR_YEARS, StatChart.Kind.HEAT, i18n.get("stats.chart.sectorYears"), i18n.get("stats.value"),
                series, columns, points);
    }

    public StatChart levels(List<BoardRow> rows) {
        Statistics.Levels l = Statistics.levels(rows);
        List<String> keys = new ArrayList<>(l.tagged().keySet());
        int total = (int) rows.stream().filter(Statistics::counted).count();
        List<String> categories = new ArrayList<>();
        List<StatChart.Point> points = new ArrayList<>();
        for (int c = 0; c < keys.size(); c++) {
            String k = keys.get(c);
            List<Long> tagged = l.tagged().get(k);
            List<Long> suggested = l.suggested().get(k);
            int n = tagged.size() + suggested.size();
            String name = k.isEmpty() ? i18n.get("stats.level.none") : labels.level(Level.fromId(k).orElseThrow());
            // the share of all counted tasks (a task may have two levels, so shares may add up past 100 %)
            categories.add(i18n.get("stats.level.share", name, total == 0 ? 0 : Math.round(100.0 * n / total)));
            if (!tagged.isEmpty()) {
                points.add(new StatChart.Point(0, c, tagged));
            }
            if (!suggested.isEmpty()) {
                points.add(new StatChart.Point(1, c, suggested));
            }
        }
        return new StatChart(LEVELS, StatChart.Kind.STACKED_BAR, i18n.get("stats.chart.levels"), i18n.get("stats.value"),
                List.of(i18n.get("stats.series.tagged"), i18n.get("stats.series.suggested")), categories, points);
    }

    public StatChart bearers(List<BoardRow> rows) {
        return single(BEARERS, StatChart.Kind.BAR, i18n.get("stats.chart.bearers", Statistics.TOP_BEARERS),
                Statistics.topBearers(rows, Statistics.TOP_BEARERS), b -> b);
    }

    public StatChart status(List<BoardRow> rows) {
        Map<String, List<Long>> by = new LinkedHashMap<>();
        Statistics.byStatus(rows).forEach((s, ids) -> by.put(s.id(), ids));
        return single(STATUS, StatChart.Kind.BAR, i18n.get("stats.chart.status"), by,
                id -> i18n.get("tasks.status." + TaskStatus.fromId(id).orElseThrow().id()));
    }

    public StatChart moves(List<BoardRow> rows, List<TaskEvent> events) {
        Map<YearMonth, Map<Statistics.Move, List<Long>>> by = Statistics.moves(rows, events, zone);
        List<String> months = new ArrayList<>();
        List<StatChart.Point> points = new ArrayList<>();
        int c = 0;
        for (Map.Entry<YearMonth, Map<Statistics.Move, List<Long>>> e : by.entrySet()) {
            months.add(e.getKey().toString());
            for (Statistics.Move m : Statistics.Move.values()) {
                List<Long> ids = e.getValue().get(m);
                if (!ids.isEmpty()) {
                    points.add(new StatChart.Point(m.ordinal(), c, ids));
                }
            }
            c++;
        }
        List<String> series = List.of(i18n.get("stats.move.started"), i18n.get("stats.move.done"),
                i18n.get("stats.move.progress"));
        return new StatChart(MOVES, StatChart.Kind.COLUMNS, i18n.get("stats.chart.moves"), i18n.get("stats.value"), series,
                months, points);
    }

    private StatChart single(String id, StatChart.Kind kind, String title, Map<String, List<Long>> by,
                             java.util.function.Function<String, String> name) {
        List<String> categories = new ArrayList<>();
        List<StatChart.Point> points = new ArrayList<>();
        for (Map.Entry<String, List<Long>> e : by.entrySet()) {
            if (!e.getValue().isEmpty()) {
                points.add(new StatChart.Point(0, categories.size(), e.getValue()));
            }
            categories.add(name.apply(e.getKey()));
        }
        boolean none = points.isEmpty();
        return new StatChart(id, kind, title, i18n.get("stats.value"), List.of(i18n.get("stats.value")),
                none ? List.of() : categories, points);
    }

    // ---- drawing and files ------------------------------------------------------------------------------

    /** Draws a chart {@code width} × {@code height} (the view's units) at {@code scale} pixels a unit. */
    public Rendered render(StatChart c, int width, int height, double scale) {
        List<ChartRenderer.Hit> hits = new ArrayList<>();
        BufferedImage img = renderer.image(c, width, height, scale, hits);
        int[] argb = img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
        return new Rendered(img.getWidth(), img.getHeight(), argb,
                hits.stream().map(h -> new Hit(h.x(), h.y(), h.width(), h.height(), h.point())).toList());
    }

    /** The size a chart is written at, in points: wide enough for its labels, tall enough for its bars. */
    public static int[] fileSize(StatChart c) {
        int n = Math.max(1, c.categories().size());
        return switch (c.kind()) {
            case BAR, STACKED_BAR -> new int[] {900, Math.max(360, 120 + 34 * n)};
            case HEAT -> new int[] {Math.max(900, 280 + 64 * n), Math.max(360, 140 + 28 * c.series().size())};
            case COLUMNS -> new int[] {900, 440};
        };
    }

    /** The file's bytes: PNG at twice the size (sharp in print), SVG as UTF-8 text. */
    public byte[] bytes(StatChart c, Format format) {
        int[] size = fileSize(c);
        return format == Format.PNG ? renderer.png(c, size[0], size[1], 2)
                : renderer.svg(c, size[0], size[1]).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Writes the chart to {@code out} atomically. Refused, with nothing written, when {@code out} is the library (or
     * its side files, backups, any database), a folder, in a folder that does not exist, or exists and
     * {@code replaceExisting} is false.
     */
    public Path export(StatChart c, Format format, Path out, boolean replaceExisting) throws TaskException {
        try {
            OutputGuard.check(out, libraryFile, replaceExisting);
        } catch (StoreException e) {
            throw new TaskException(e.key(), e.detail());
        }
        Path dir = out.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new TaskException("export.error.noDir", String.valueOf(dir));
        }
        try {
            AtomicFiles.write(out, bytes(c, format));
        } catch (IOException | UncheckedIOException e) {
            throw new TaskException("export.error.write", out.toString(), String.valueOf(e.getMessage()));
        }
        return out;
    }

    /** A report picture's width in points before it is fitted to the page's text width (about 442 points). */
    static final int PRINT_WIDTH = 600;

    /** The 督办通报's chart page: tasks per sector and by status over {@code rows}, as PNG pictures. */
    public List<jingdu.io.NoticeReport.Figure> pictures(List<BoardRow> rows) {
        List<jingdu.io.NoticeReport.Figure> out = new ArrayList<>();
        for (StatChart c : List.of(sectors(rows), status(rows))) {
            // drawn narrower than a file (600 rather than 900 points) so its labels print at about 9 pt on the page
            int[] size = fileSize(c);
            int width = PRINT_WIDTH;
            out.add(new jingdu.io.NoticeReport.Figure(renderer.png(c, width, size[1], 3), width, size[1]));
        }
        return out;
    }

    /** The file name a chart is offered under: its title, made safe for a file name. */
    public String fileName(StatChart c, Format format) {
        String safe = c.title().replaceAll("[\\\\/:*?\"<>|\\s]+", "_");
        return (safe.isBlank() ? c.id() : safe) + "." + format.extension();
    }
}
