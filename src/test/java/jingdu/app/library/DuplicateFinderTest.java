package jingdu.app.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import jingdu.text.TextLayout;
import org.junit.jupiter.api.Test;

/** Near-identical speeches by their shared sentences: another file's line breaks match, shared boilerplate does not. */
class DuplicateFinderTest {

    static final Path CORPUS = Path.of("src/test/resources/heldout/corpus");

    static String speech(String name) throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            Path file = files.filter(f -> f.getFileName().toString().startsWith(name)).findFirst().orElseThrow();
            return TextLayout.canonical(Files.readString(file, StandardCharsets.UTF_8));
        }
    }

    /**
     * The speech as a PDF reader may give it back: some wrapped lines not joined again (a paragraph broken inside a
     * sentence, even into two paragraphs), a line's spacing different, and a page number left in.
     */
    static String asFromPdf(String text) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        for (int i = 2; i < lines.size(); i += 3) {
            String p = lines.get(i);
            if (p.length() > 40) {
                lines.set(i, p.substring(0, 23) + "\n" + p.substring(23, 37) + " " + p.substring(37));
            }
        }
        lines.add(lines.size() / 2, "- 2 -");
        return String.join("\n", lines);
    }

    @Test
    void aTxtAndItsPdfWithOtherLineJoinsAreOneSpeech() throws IOException {
        String txt = speech("h01");
        String pdf = asFromPdf(txt);
        assertThat(pdf).isNotEqualTo(txt);
        assertThat(TextLayout.paragraphs(pdf).size()).isGreaterThan(TextLayout.paragraphs(txt).size());
        DuplicateFinder finder = new DuplicateFinder();
        finder.add(1, txt);
        finder.add(2, pdf);
        finder.add(3, speech("h02"));

        assertThat(finder.pairs()).singleElement().satisfies(p -> {
            assertThat(p.first()).isEqualTo(1);
            assertThat(p.second()).isEqualTo(2);
            assertThat(p.similarity()).isGreaterThanOrEqualTo(0.95).isLessThan(1.0); // the page number costs a sentence
        });
        assertThat(finder.groups()).containsExactly(List.of(1L, 2L));
    }

    @Test
    void differentSpeechesSharingBoilerplateAreNotPaired() throws IOException {
        String opening = "同志们：\n今天召开这次会议，主要任务是深入学习贯彻习近平总书记关于安全生产的重要论述，总结工作，部署任务。\n"
                + "安全生产事关人民群众生命财产安全，事关改革发展稳定大局。\n";
        String closing = "\n同志们，安全生产责任重于泰山。\n让我们更加紧密地团结在以习近平同志为核心的党中央周围，奋力开创安全生产工作新局面！\n"
                + "谢谢大家。";
        DuplicateFinder finder = new DuplicateFinder();
        finder.add(1, opening + speech("h03") + closing);
        finder.add(2, opening + speech("h04") + closing);
        finder.add(3, opening + "各乡镇要加强燃气安全检查。" + closing); // mostly boilerplate: still not the others
        finder.add(4, opening + closing);

        assertThat(finder.pairs()).extracting(p -> p.first() + "-" + p.second()).doesNotContain("1-2", "1-3", "2-3", "1-4", "2-4");
        assertThat(finder.similarity(1, 2)).isLessThan(0.2);
    }

    @Test
    void aSpeechWithOneSentenceInTenChangedIsNoDuplicate() throws IOException {
        String text = speech("h05");
        List<TextLayout.Range> sentences = TextLayout.sentences(text, new TextLayout.Range(0, text.length()));
        StringBuilder edited = new StringBuilder(text);
        for (int i = sentences.size() - 1; i >= 0; i -= 10) { // from the end, so earlier offsets hold
            edited.insert(sentences.get(i).end() - 1, "（修订）");
        }
        DuplicateFinder finder = new DuplicateFinder();
        finder.add(1, text);
        finder.add(2, edited.toString());
        assertThat(finder.similarity(1, 2)).isBetween(0.85, 0.92);
        assertThat(finder.pairs()).isEmpty();
    }

    /** A library of 1,000 speeches made of the corpus's sentences (so every sentence recurs in many), five planted copies. */
    @Test
    void aThousandSpeechesAreSearchedQuicklyAndOnlyThePlantedCopiesMatch() throws IOException {
        List<String> pool = new ArrayList<>();
        try (Stream<Path> files = Files.list(CORPUS)) {
            for (Path f : files.sorted().toList()) {
                String t = TextLayout.canonical(Files.readString(f, StandardCharsets.UTF_8));
                TextLayout.sentences(t, new TextLayout.Range(0, t.length())).forEach(r -> pool.add(r.of(t)));
            }
        }
        Random random = new Random(18);
        List<String> library = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            StringBuilder b = new StringBuilder("第" + i + "号讲话。\n");
            for (int k = 0; k < 60; k++) {
                b.append(pool.get(random.nextInt(pool.size()))).append(k % 4 == 3 ? "\n" : "");
            }
            library.add(b.toString());
        }
        for (int copy = 0; copy < 5; copy++) {
            library.add(asFromPdf(library.get(copy * 100)).replace("第" + copy * 100 + "号讲话。", "第" + copy * 100 + "号讲话。\n"));
        }
        // CPU time, not wall time: the build machine is shared
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long t0 = cpu.getCurrentThreadCpuTime();
        DuplicateFinder finder = new DuplicateFinder();
        for (int i = 0; i < library.size(); i++) {
            finder.add(i, library.get(i));
        }
        List<DuplicateFinder.Pair> pairs = finder.pairs();
        long millis = (cpu.getCurrentThreadCpuTime() - t0) / 1_000_000;

        assertThat(pairs).extracting(p -> p.first() + "-" + p.second())
                .containsExactly("0-1000", "100-1001", "200-1002", "300-1003", "400-1004");
        assertThat(millis).as("CPU milliseconds for 1,005 speeches").isLessThan(5_000); // about 0.3 s
    }
}
