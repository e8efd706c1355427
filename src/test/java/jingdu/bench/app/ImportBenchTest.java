package jingdu.bench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small run of the import bench: every figure is measured and every row filled (no timing is judged). */
class ImportBenchTest {

    @TempDir
    Path dir;

    @Test
    void aSmallRunFillsEveryRow() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "关于安全生产的讲话\n同志们：\n一、煤矿企业要严防瓦斯爆炸。各乡镇要落实属地责任。\n"
                + "二、城镇燃气企业必须排查燃气管道隐患。春运期间要严查客车超员。\n三、危险化学品企业要落实主体责任，严禁违规动火作业。");
        List<String> log = new ArrayList<>();
        ImportBench.Figures f = ImportBench.measure(corpus, 20, dir.resolve("work"), log::add);

        assertThat(f.count()).isEqualTo(20);
        assertThat(f.skipped()).isZero();
        assertThat(f.chars()).isBetween(20L * 3000, 20L * 6100);
        assertThat(f.importSeconds()).isPositive();
        assertThat(f.segmentSeconds()).isPositive();
        assertThat(f.insertSeconds()).isPositive();
        assertThat(f.serialCount()).isEqualTo(20);
        assertThat(f.serialSeconds()).isPositive();
        assertThat(f.stats().files()).isEqualTo(20);
        assertThat(f.stats().analyseNanos()).isPositive();
        assertThat(f.stats().transactions()).isPositive();
        assertThat(log).anyMatch(l -> l.contains("0 left for the catch-ups"));

        List<BenchRow> rows = ImportBench.rows(f);
        assertThat(rows).hasSize(5).allSatisfy(r -> {
            assertThat(r.measure()).isNotBlank();
            assertThat(r.figure()).isNotBlank();
            assertThat(r.format()).contains(r.measure());
        });
        assertThat(rows.get(0).measure()).contains("20 speeches");
    }

    @Test
    void generatedSpeechesAreOfCorpusLikeSizeAndRepeatable() {
        List<String> sentences = List.of("各乡镇要落实属地责任。", "企业要严防瓦斯爆炸。", "春运期间要严查客车超员。");
        List<String> a = ImportBench.generate(sentences, 5);
        assertThat(a).isEqualTo(ImportBench.generate(sentences, 5));
        assertThat(a).allSatisfy(s -> assertThat(s.length()).isBetween(3000, 6100));
    }
}
