package jingdu.bench.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import jingdu.text.TextLayout;

/**
 * Speech-like text of any length for the benches: the corpus's own paragraphs drawn at random (fixed
 * seed), so sectors, obligations and headings come as often as in real speeches.
 */
public final class CorpusText {

    private final List<String> paragraphs;
    private final Random random;

    private CorpusText(List<String> paragraphs, long seed) {
        this.paragraphs = paragraphs;
        this.random = new Random(seed);
    }

    /** The paragraphs of every {@code .txt} under {@code corpus}, in a stable order. */
    public static CorpusText from(Path corpus, long seed) throws IOException {
        List<String> paragraphs = new ArrayList<>();
        for (String text : texts(corpus)) {
            for (TextLayout.Range p : TextLayout.paragraphs(text)) {
                String para = p.of(text).strip();
                if (para.length() >= 8) {
                    paragraphs.add(para);
                }
            }
        }
        if (paragraphs.isEmpty()) {
            throw new IOException("no paragraphs in any .txt under " + corpus);
        }
        return new CorpusText(List.copyOf(paragraphs), seed);
    }

    /** The distinct sentences (four characters or more) of every {@code .txt} under {@code corpus}, in a stable order. */
    public static List<String> sentences(Path corpus) throws IOException {
        Set<String> pool = new LinkedHashSet<>();
        for (String text : texts(corpus)) {
            for (TextLayout.Range p : TextLayout.paragraphs(text)) {
                for (TextLayout.Range s : TextLayout.sentences(text, p)) {
                    String sentence = s.of(text).strip();
                    if (sentence.length() >= 4) {
                        pool.add(sentence);
                    }
                }
            }
        }
        if (pool.isEmpty()) {
            throw new IOException("no sentences under " + corpus);
        }
        return List.copyOf(pool);
    }

    /** The canonical text of every {@code .txt} under {@code corpus}, in file-name order. */
    private static List<String> texts(Path corpus) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(corpus)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<String> texts = new ArrayList<>();
        for (Path f : files) {
            texts.add(TextLayout.canonical(Files.readString(f, StandardCharsets.UTF_8)));
        }
        return texts;
    }

    /** A speech of at least {@code chars} characters: a title line, then paragraphs one per line. */
    public String speech(String title, int chars) {
        StringBuilder b = new StringBuilder(chars + 600).append(title).append('\n');
        while (b.length() < chars) {
            b.append(paragraphs.get(random.nextInt(paragraphs.size()))).append('\n');
        }
        return b.toString().strip();
    }

    /** A document of at least {@code bytes} bytes of UTF-8. */
    public String document(String title, long bytes) {
        StringBuilder b = new StringBuilder().append(title).append('\n');
        long have = title.getBytes(StandardCharsets.UTF_8).length + 1;
        while (have < bytes) {
            String p = paragraphs.get(random.nextInt(paragraphs.size()));
            b.append(p).append('\n');
            have += p.getBytes(StandardCharsets.UTF_8).length + 1;
        }
        return b.toString().strip();
    }
}
