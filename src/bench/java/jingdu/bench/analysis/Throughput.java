package jingdu.bench.analysis;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.hankcs.hanlp.HanLP;

import jingdu.analysis.SpeechAnalyzer;
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

    /**
     * The engine on text with no punctuation and no line breaks (one paragraph, one "sentence") beside the
     * same speeches as written, both {@code megabytes} of UTF-8, measured in the same run.
     */
    public record LongRun(double normalMegabytes, double normalSeconds, double runMegabytes, double runSeconds) {
        public double normalMBps() {
            return normalMegabytes / normalSeconds;
        }

        public double runMBps() {
            return runMegabytes / runSeconds;
        }

        /** How many times slower the text without punctuation is read: 1 when punctuation makes no difference. */
        public double slowdown() {
            return normalMBps() / runMBps();
        }
    }

    /** {@code text} without punctuation, symbols and whitespace: what a speech looks like as one unbroken run. */
    public static String withoutPunctuation(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().filter(c -> Character.isLetterOrDigit(c)).forEach(b::appendCodePoint);
        return b.toString();
    }

    /** {@code text} repeated, with no separator, until it reaches {@code targetBytes} of UTF-8 (cut at a character). */
    public static String runOf(String text, long targetBytes) {
        StringBuilder b = new StringBuilder();
        long bytes = 0;
        for (int i = 0; bytes < targetBytes; i = (i + 1) % text.length()) {
            char c = text.charAt(i);
            b.append(c);
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return b.toString();
    }

    /** Rounds interleaved as in {@link #measure}; the best round of each counts. */
    public static LongRun measureLongRun(SpeechAnalyzer analyzer, String speeches, long targetBytes) {
        String normal = repeatTo(speeches, targetBytes);
        String run = runOf(withoutPunctuation(speeches), targetBytes);
        analyzer.analyze(normal.substring(0, Math.min(normal.length(), 100_000)));
        analyzer.analyze(run.substring(0, Math.min(run.length(), 100_000)));
        long best = Long.MAX_VALUE;
        long bestRun = Long.MAX_VALUE;
        for (int round = 0; round < ROUNDS; round++) {
            long t0 = System.nanoTime();
            analyzer.analyze(normal);
            long t1 = System.nanoTime();
            analyzer.analyze(run);
            long t2 = System.nanoTime();
            best = Math.min(best, t1 - t0);
            bestRun = Math.min(bestRun, t2 - t1);
        }
        return new LongRun(normal.getBytes(StandardCharsets.UTF_8).length / 1e6, best / 1e9,
                run.getBytes(StandardCharsets.UTF_8).length / 1e6, bestRun / 1e9);
    }

    private static long segmentAll(String text, List<TextLayout.Range> paragraphs) {
        long words = 0;
        for (TextLayout.Range p : paragraphs) {
            words += HanLP.segment(p.of(text)).size();
        }
        return words;
    }
}
