package jingdu.bench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jingdu.model.NewPhrase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The new-wording bench on a small generated library: figures filled and what it found really new. No timing checks. */
class NewWordingBenchTest {

    @TempDir
    Path dir;

    @Test
    void timesTheUseCaseBesideSegmentingAndFindsOnlyPhrasesNoEarlierSpeechHas() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), """
                在全市安全生产工作会议上的讲话
                各级党委政府要落实属地管理责任，坚决遏制重特大事故。
                煤矿企业必须严格执行瓦斯检查制度，严禁超能力生产。
                住建部门要加强建筑施工安全监管，排查高处坠落隐患。
                燃气经营企业要落实主体责任，定期检修管道设施。
                交通运输部门要严查客车超员超速，确保春运安全。
                """, StandardCharsets.UTF_8);
        List<String> log = new ArrayList<>();
        NewWordingBench.Figures f = NewWordingBench.measure(corpus, 5, 2, dir.resolve("work"), log::add);

        assertThat(f.find().count()).isEqualTo(2);
        assertThat(f.find().p50()).isPositive();
        assertThat(f.segmentAllMillis()).isPositive();
        assertThat(f.segmentNewerMillis()).isPositive().isLessThanOrEqualTo(f.segmentAllMillis() * 2);
        assertThat(f.earlier()).isEqualTo(5);
        assertThat(f.chars()).isGreaterThan(6L * NewWordingBench.CHARS);
        assertThat(f.top()).isNotEmpty(); // the paragraphs written backwards are new
        for (NewPhrase p : f.top()) {
            assertThat(f.earlierTexts()).noneMatch(t -> t.contains(p.phrase()));
        }
        assertThat(log).singleElement().asString().contains("6 speeches");
    }

    @Test
    void theNewerSpeechHasEveryFifthParagraphBackwards() {
        assertThat(NewWordingBench.newer("一\n二\n三\n四\n安全生产\n六")).isEqualTo("一\n二\n三\n四\n产生全安\n六");
    }
}
