package jingdu.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import jingdu.analysis.Analyzer;
import jingdu.app.annotate.AnnotationException;
import jingdu.app.annotate.AnnotationImport;
import jingdu.app.annotate.Annotator;
import jingdu.app.export.ExportFormat;
import jingdu.app.export.ExportRequest;
import jingdu.app.export.Exports;
import jingdu.i18n.I18n;
import jingdu.model.ExportFilter;
import jingdu.model.Level;
import jingdu.model.Speech;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The annotations JSON is how colleagues share their work, so whatever a library holds must survive
 * export → import into an empty library → export, byte for byte. Random libraries (seeded, so a failure
 * repeats) with emoji, flags, ZWJ sequences and CJK characters outside the BMP in texts, quotes and
 * bodies, written through the app's own doors (CLI's {@link Library} and the window's {@link Annotator}).
 */
class AnnotationsRoundTripPropertyTest {

    private static final I18n ZH = new I18n(Locale.SIMPLIFIED_CHINESE);
    private static final int CASES = 200;
    /** Pieces texts and bodies are made of: BMP Chinese, ASCII, and characters that take two UTF-16 units. */
    private static final String[] PIECES = {
        "安", "全", "生", "产", "责", "任", "企", "业", "要", "必", "须", "。", "，", "：", "a", "Z", "7", " ",
        "\u3000", "😀", "🚧", "🔥", "𠀀", "𪚥", "𡈼", "👨\u200D👩\u200D👧", "🇨🇳", "e\u0301", "✅",
    };

    /**
     * Every acknowledged write waits for fsync, which makes hundreds of libraries slow on a shared disk; the
     * property is about bytes, not durability, so the libraries live in memory where Linux offers it.
     */
    @TempDir(factory = InMemoryWhereAvailable.class)
    Path dir;

    static final class InMemoryWhereAvailable implements org.junit.jupiter.api.io.TempDirFactory {
        @Override
        public Path createTempDirectory(org.junit.jupiter.api.extension.AnnotatedElementContext element,
                                        org.junit.jupiter.api.extension.ExtensionContext context) throws Exception {
            Path shm = Path.of("/dev/shm");
            return Files.isDirectory(shm) && Files.isWritable(shm)
                    ? Files.createTempDirectory(shm, "jingdu-roundtrip") : Files.createTempDirectory("jingdu-roundtrip");
        }
    }

    @Test
    void exportImportExportIsByteIdentical() throws Exception {
        Analyzer analyzer = new Analyzer();
        Random random = new Random(20240613L);
        int refusedSplits = 0;
        int notesWritten = 0;
        for (int k = 0; k < CASES; k++) {
            Path first = dir.resolve("a" + k + ".json");
            Path second = dir.resolve("b" + k + ".json");
            try (Library library = Library.open(dir.resolve("a" + k + ".db"))) {
                Annotator annotator = new Annotator(library, ZH);
                int speeches = 1 + random.nextInt(3);
                for (int s = 0; s < speeches; s++) {
                    Speech speech = library.importString(text(random, k, s), "case" + k + "-" + s + ".txt");
                    Set<String> noteKeys = new HashSet<>();
                    int actions = random.nextInt(8);
                    for (int a = 0; a < actions; a++) {
                        if (random.nextInt(3) == 0) {
                            library.tagParagraph(speech.id(), random.nextInt(speech.paragraphCount()),
                                    Level.values()[random.nextInt(Level.values().length)], true);
                            continue;
                        }
                        String t = speech.text();
                        int start = random.nextInt(t.length());
                        int end = start + 1 + random.nextInt(Math.min(12, t.length() - start));
                        String body = pieces(random, 1 + random.nextInt(8)).strip();
                        if (body.isEmpty() || !noteKeys.add(start + ":" + end + ":" + body)) {
                            continue; // duplicate notes are merged by design; the property is about everything else
                        }
                        boolean splits = splitsPair(t, start) || splitsPair(t, end);
                        try {
                            if (random.nextBoolean()) {
                                library.addNote(speech.id(), start, end, body);
                            } else {
                                annotator.addPassageNote(speech.id(), start, end, body, null);
                            }
                            assertThat(splits).as("a note splitting a character was accepted at %d–%d of %s", start, end, t)
                                    .isFalse();
                            notesWritten++;
                        } catch (AnnotationException e) {
                            if (!splits) {
                                fail("a good note was refused: " + e.key() + " at " + start + "–" + end + " of " + t);
                            }
                            assertThat(e.key()).isEqualTo("annotate.error.splitsCharacter");
                            refusedSplits++;
                        }
                    }
                }
                export(library, analyzer, first);
            }
            try (Library empty = Library.open(dir.resolve("b" + k + ".db"))) {
                new AnnotationImport(empty).importFile(first);
                export(empty, analyzer, second);
            }
            assertThat(Files.readAllBytes(second)).as("case %d:\n%s", k, Files.readString(first))
                    .isEqualTo(Files.readAllBytes(first));
        }
        // the generator reached both sides of the property
        assertThat(refusedSplits).isPositive();
        assertThat(notesWritten).isGreaterThan(CASES);
    }

    private static void export(Library library, Analyzer analyzer, Path file) throws Exception {
        new Exports(library, analyzer, ZH).write(
                new ExportRequest(ExportFormat.JSON, List.of(), ExportFilter.NONE, true), file, true);
    }

    /** One to five paragraphs; the first is unique per speech so no two texts share a hash. */
    private static String text(Random random, int k, int s) {
        StringBuilder b = new StringBuilder("第" + k + "篇" + s + pieces(random, random.nextInt(6)).strip());
        int paragraphs = random.nextInt(5);
        for (int p = 0; p < paragraphs; p++) {
            b.append('\n').append(pieces(random, 1 + random.nextInt(25)));
        }
        return b.toString();
    }

    /** The test's own oracle: the offset falls between the two halves of a surrogate pair. */
    private static boolean splitsPair(String t, int offset) {
        return offset > 0 && offset < t.length() && Character.isHighSurrogate(t.charAt(offset - 1))
                && Character.isLowSurrogate(t.charAt(offset));
    }

    private static String pieces(Random random, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return b.toString();
    }
}
