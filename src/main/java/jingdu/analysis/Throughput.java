package jingdu.analysis;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.hankcs.hanlp.HanLP;
import jingdu.text.TextLayout;

/** Analysis speed beside bare HanLP segmentation of the same text, in the same run. */
public final class Throughput {

    /** Megabytes are UTF-8 bytes of the text, 10^6 per MB. */
    public record Report(double megabytes, double engineSeconds, double segmentSeconds) {
        public double engineMBps() {
            return megabytes / engineSeconds;
        }

        public double segmentMBps() {
            return megabytes / segmentSeconds;
        }

        public double ratio() {
            return engineMBps() / segmentMBps();
        }
    }

    private Throughput() {
    }

    /** {@code text} repeated until it reaches {@code targetBytes} of UTF-8. */
    public static String repeatTo(String text, long targetBytes) {
        long bytes = text.getBytes(StandardCharsets.UTF_8).length;
        StringBuilder b = new StringBuilder();
        for (long have = 0; have < targetBytes; have += bytes + 1) {
            b.append(text).append('\n');
        }
        return b.toString();
    }

    /** Rounds of each, interleaved so a busy moment of the machine hits both; the best round of each counts. */
    static final int ROUNDS = 3;

    public static Report measure(SpeechAnalyzer analyzer, String text) {
        List<TextLayout.Range> paragraphs = TextLayout.paragraphs(text);
        // warm both paths up on a slice so neither pays for class loading or JIT in the timed runs
        String warm = text.substring(0, Math.min(text.length(), 200_000));
        analyzer.analyze(warm);
        segmentAll(warm, TextLayout.paragraphs(warm));
        long segment = Long.MAX_VALUE;
        long engine = Long.MAX_VALUE;
        for (int round = 0; round < ROUNDS; round++) {
            long t0 = System.nanoTime();
            segmentAll(text, paragraphs);
            long t1 = System.nanoTime();
            analyzer.analyze(text);
            long t2 = System.nanoTime();
            segment = Math.min(segment, t1 - t0);
            engine = Math.min(engine, t2 - t1);
        }
        double mb = text.getBytes(StandardCharsets.UTF_8).length / 1e6;
        return new Report(mb, engine / 1e9, segment / 1e9);
    }

    private static long segmentAll(String text, List<TextLayout.Range> paragraphs) {
        long words = 0;
        for (TextLayout.Range p : paragraphs) {
            words += HanLP.segment(p.of(text)).size();
        }
        return words;
    }
}
