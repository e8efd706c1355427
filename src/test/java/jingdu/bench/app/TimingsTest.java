package jingdu.bench.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class TimingsTest {

    @Test
    void nearestRankPercentilesOfOneToHundredMilliseconds() {
        long[] nanos = LongStream.rangeClosed(1, 100).map(ms -> ms * 1_000_000L).toArray();
        Timings t = Timings.ofNanos(nanos);
        assertThat(t.p50()).isEqualTo(50.0);
        assertThat(t.p95()).isEqualTo(95.0);
        assertThat(t.p99()).isEqualTo(99.0);
        assertThat(t.max()).isEqualTo(100.0);
        assertThat(t.count()).isEqualTo(100);
    }

    @Test
    void oneTimingIsEveryPercentile() {
        Timings t = Timings.ofNanos(new long[] {2_500_000L});
        assertThat(t.p50()).isEqualTo(2.5);
        assertThat(t.p99()).isEqualTo(2.5);
    }

    @Test
    void noTimingsIsAnError() {
        assertThatThrownBy(() -> Timings.ofNanos(new long[0])).isInstanceOf(IllegalArgumentException.class);
    }
}
