package jingdu.bench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jingdu.bench.app.BenchRow;
import org.junit.jupiter.api.Test;

class StartupBenchRowsTest {

    private static Map<String, Double> of(Object... kv) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], ((Number) kv[i + 1]).doubleValue());
        }
        return m;
    }

    @Test
    void theAimsAreJudgedOnTheInstalledLauncherWhenItWasMeasuredEvenIfTheJarWasFaster() {
        var f = new StartupBench.Figures(
                of("jingdu", 2000, "jingdu, AppCDS", 1300, "bare window", 800, "bare window, AppCDS", 550, "launcher", 1600),
                of("jingdu", 2500, "jingdu, AppCDS", 1700, "launcher", 2100),
                of("jingdu", 2900, "jingdu, AppCDS", 2000, "launcher", 2400), 7);
        List<BenchRow> rows = StartupBench.rows(f);
        assertThat(rows.get(0).measure()).contains("launcher");
        assertThat(rows.get(0).figure()).isEqualTo("1600 ms");
        assertThat(rows.get(0).raw()).isEqualTo("bare window, AppCDS 550 ms");
        assertThat(rows.get(0).met()).isFalse();
        assertThat(rows.get(1).figure()).isEqualTo("2100 ms");
        assertThat(rows.get(1).met()).isFalse();
        assertThat(rows.get(0).format()).endsWith("NOT MET");
    }

    @Test
    void withoutALauncherTheJarWithItsArchiveIsJudgedAndRowsWithoutAnAimClaimNothing() {
        var f = new StartupBench.Figures(
                of("jingdu", 2000, "jingdu, AppCDS", 1300, "bare window", 800, "bare window, AppCDS", 550),
                of("jingdu", 2500, "jingdu, AppCDS", 1700),
                of("jingdu", 2900, "jingdu, AppCDS", 2000), 7);
        List<BenchRow> rows = StartupBench.rows(f);
        assertThat(rows.get(0).measure()).contains("jingdu, AppCDS");
        assertThat(rows.get(0).met()).isTrue();
        assertThat(rows.get(1).met()).isTrue();
        assertThat(rows.subList(2, rows.size())).allSatisfy(r -> {
            assertThat(r.aim()).isEmpty();
            assertThat(r.format()).doesNotContain("met").doesNotContain("NOT MET");
        });
        assertThat(rows).extracting(BenchRow::measure).contains("cold start, jingdu", "cold start, bare window");
    }
}
