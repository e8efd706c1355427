package jingdu.bench.app;

/**
 * One row of the speed table: what was measured, our figure, the figure of the raw library underneath
 * measured in the same run (e.g. bare SQLite, bare HanLP, a bare JavaFX window), the aim, and whether
 * the aim was met. Figures are already formatted ("12.3 ms p99").
 */
public record BenchRow(String measure, String figure, String raw, String aim, boolean met) {

    /** A figure shown for context, with no aim of its own. */
    public static BenchRow info(String measure, String figure, String raw) {
        return new BenchRow(measure, figure, raw, "", true);
    }

    public String format() {
        return String.format("%-46s %-26s %-30s %-18s %s", measure, figure, raw, aim,
                aim.isEmpty() ? "" : met ? "met" : "NOT MET").stripTrailing();
    }
}
