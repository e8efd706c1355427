package jingdu.model;

import java.util.List;

/**
 * One chart of the 统计 view, in words and numbers: its series (one for a plain bar chart; the rows of a heat
 * map), its categories (bars, months, the heat map's columns) and a point per (series, category) that has tasks.
 * Each point carries the ids of the tasks behind it, so a click can list them; its value is how many there are.
 * The same record is drawn on screen, into PNG and SVG files and into the reports.
 */
public record StatChart(String id, Kind kind, String title, String valueLabel, List<String> series,
                        List<String> categories, List<Point> points) {

    /** How the chart is drawn. */
    public enum Kind {
        /** Horizontal bars, one per category (long Chinese names read across, never clipped or turned). */
        BAR,
        /** Horizontal bars, each split by series (标注 / 建议). */
        STACKED_BAR,
        /** A grid: series are rows, categories columns, the colour and the number the count. */
        HEAT,
        /** Upright bars per category (months), one per series side by side: no two points drawn on one spot. */
        COLUMNS
    }

    /** The tasks at one series and category. */
    public record Point(int series, int category, List<Long> taskIds) {
        public Point {
            taskIds = List.copyOf(taskIds);
        }

        public int value() {
            return taskIds.size();
        }
    }

    public StatChart {
        series = List.copyOf(series);
        categories = List.copyOf(categories);
        points = List.copyOf(points);
    }

    /** The count at a series and category (0 when no point). */
    public int value(int s, int c) {
        for (Point p : points) {
            if (p.series() == s && p.category() == c) {
                return p.value();
            }
        }
        return 0;
    }

    public boolean empty() {
        return points.isEmpty();
    }
}
