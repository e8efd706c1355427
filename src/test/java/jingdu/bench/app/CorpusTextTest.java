package jingdu.bench.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusTextTest {

    @TempDir
    Path dir;

    private void corpus() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "标题\n一、要严格落实安全生产责任制，加强矿山安全监管。\n二、强化危险化学品企业主体责任落实。\n",
                StandardCharsets.UTF_8);
    }

    @Test
    void speechesAreMadeOfCorpusParagraphsToTheAskedLengthTheSameForTheSameSeed() throws IOException {
        corpus();
        String a = CorpusText.from(dir, 1).speech("讲话", 500);
        String b = CorpusText.from(dir, 1).speech("讲话", 500);
        assertThat(a).isEqualTo(b).startsWith("讲话\n");
        assertThat(a.length()).isGreaterThanOrEqualTo(500);
        assertThat(a.lines().skip(1)).allMatch(l -> l.contains("安全") || l.contains("危险化学品"));
    }

    @Test
    void documentsAreMeasuredInUtf8Bytes() throws IOException {
        corpus();
        String doc = CorpusText.from(dir, 2).document("汇编", 100_000);
        assertThat(doc.getBytes(StandardCharsets.UTF_8).length).isBetween(99_000, 101_000);
    }

    @Test
    void anEmptyCorpusIsAnError() {
        assertThatThrownBy(() -> CorpusText.from(dir, 1)).isInstanceOf(IOException.class).hasMessageContaining("no paragraphs");
    }
}
