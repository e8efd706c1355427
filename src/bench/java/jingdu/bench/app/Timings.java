package jingdu.bench.app;

import java.util.Arrays;

/** Percentiles of a set of timings (nanoseconds in, milliseconds out); nearest-rank, as benches usually report. */
public record Timings(int count, double p50, double p95, double p99, double max) {

    public static Timings ofNanos(long[] nanos) {
        if (nanos.length == 0) {
            throw new IllegalArgumentException("no timings");
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Timings(sorted.length, rank(sorted, 0.50), rank(sorted, 0.95), rank(sorted, 0.99),
                sorted[sorted.length - 1] / 1e6);
    }

    private static double rank(long[] sorted, double q) {
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    @Override
    public String toString() {
        return String.format("p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms (n=%d)", p50, p95, p99, max, count);
    }
}
