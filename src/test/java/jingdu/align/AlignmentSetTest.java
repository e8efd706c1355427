package jingdu.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Checks the labelled alignment set (src/test/resources/align): its shape, that every quote points at exactly one
 * place, and that the set keeps at least its present size. Data only; no matcher is used here.
 */
class AlignmentSetTest {

    private static final Path ROOT = Path.of("src/test/resources/align");
    private static final String NONE = "-";

    record Link(String older, String newer, int line) {
        boolean continued() { return !older.equals(NONE) && !newer.equals(NONE); }
        boolean added() { return older.equals(NONE); }
        boolean dropped() { return newer.equals(NONE); }
    }

    record Pair(Path dir, String older, String newer, List<Link> links) {}

    /** Honest lower bounds: the counts the set had when it was labelled (see README.md). */
    private record Floor(int pairs, int continued, int added, int dropped) {}

    private static final Map<String, Floor> FLOORS = Map.of(
            "dev", new Floor(6, 149, 86, 89),
            "test", new Floor(6, 182, 50, 65));

    @Test
    void everyPairHasItsThreeFiles() throws IOException {
        for (String split : FLOORS.keySet()) {
            for (Path dir : pairDirs(split)) {
                assertThat(dir.resolve("old.txt")).as(dir + " old.txt").isRegularFile();
                assertThat(dir.resolve("new.txt")).as(dir + " new.txt").isRegularFile();
                assertThat(dir.resolve("links.tsv")).as(dir + " links.tsv").isRegularFile();
            }
        }
    }

    @Test
    void quotesAreShortSentenceInternalAndOccurOnceInTheirFile() throws IOException {
        for (Pair pair : allPairs()) {
            for (Link link : pair.links()) {
                assertThat(link.older().equals(NONE) && link.newer().equals(NONE))
                        .as("%s line %d has neither side", pair.dir(), link.line()).isFalse();
                checkQuote(pair, "old.txt", pair.older(), link.older(), link.line());
                checkQuote(pair, "new.txt", pair.newer(), link.newer(), link.line());
            }
        }
    }

    private static void checkQuote(Pair pair, String file, String text, String quote, int line) {
        if (quote.equals(NONE)) {
            return;
        }
        String where = pair.dir() + "/" + file + " (links line " + line + "): " + quote;
        assertThat(quote.length()).as("length of " + where).isBetween(6, 30);
        assertThat(quote).as(where).doesNotContain("。", "！", "？", "；", "\n", "\t");
        assertThat(occurrences(text, quote)).as("occurrences of " + where).isEqualTo(1);
    }

    @Test
    void noQuoteIsUsedTwiceExceptForADeliberateSplit() throws IOException {
        for (Pair pair : allPairs()) {
            Map<String, List<Link>> byOld = new HashMap<>();
            Map<String, List<Link>> byNew = new HashMap<>();
            for (Link link : pair.links()) {
                if (!link.older().equals(NONE)) byOld.computeIfAbsent(link.older(), k -> new ArrayList<>()).add(link);
                if (!link.newer().equals(NONE)) byNew.computeIfAbsent(link.newer(), k -> new ArrayList<>()).add(link);
            }
            // A split: one old obligation continued by two new ones; every repeat must then be a continued link.
            byOld.forEach((quote, links) -> {
                if (links.size() > 1) {
                    assertThat(links).as("%s: old quote %s repeated", pair.dir(), quote).allMatch(Link::continued);
                }
            });
            byNew.forEach((quote, links) ->
                    assertThat(links).as("%s: new quote %s repeated", pair.dir(), quote).hasSize(1));
            assertNoOverlap(pair, pair.older(), byOld.keySet(), "old.txt");
            assertNoOverlap(pair, pair.newer(), byNew.keySet(), "new.txt");
        }
    }

    /** Two different quotes covering the same characters would label one obligation twice. */
    private static void assertNoOverlap(Pair pair, String text, Iterable<String> quotes, String file) {
        List<int[]> spans = new ArrayList<>();
        for (String q : quotes) {
            int at = text.indexOf(q);
            if (at >= 0) spans.add(new int[] {at, at + q.length()});
        }
        spans.sort((a, b) -> Integer.compare(a[0], b[0]));
        for (int i = 1; i < spans.size(); i++) {
            assertThat(spans.get(i)[0]).as("%s/%s: quotes overlap at %d", pair.dir(), file, spans.get(i)[0])
                    .isGreaterThanOrEqualTo(spans.get(i - 1)[1]);
        }
    }

    @Test
    void oldSidesAreLongEnoughAndOnePairIsLong() throws IOException {
        int longPairs = 0;
        for (Pair pair : allPairs()) {
            assertThat(pair.older().length()).as(pair.dir() + " old.txt length").isGreaterThanOrEqualTo(1500);
            assertThat(pair.older()).as(pair.dir() + " old.txt BOM").doesNotStartWith("\uFEFF");
            assertThat(pair.newer()).as(pair.dir() + " new.txt BOM").doesNotStartWith("\uFEFF");
            if (pair.newer().length() >= 6000) longPairs++;
        }
        assertThat(longPairs).as("pairs whose new.txt has at least 6,000 characters").isGreaterThanOrEqualTo(1);
    }

    @Test
    void eachSplitKeepsItsSize() throws IOException {
        for (Map.Entry<String, Floor> e : FLOORS.entrySet()) {
            List<Pair> pairs = new ArrayList<>();
            for (Path dir : pairDirs(e.getKey())) pairs.add(read(dir));
            long continued = pairs.stream().flatMap(p -> p.links().stream()).filter(Link::continued).count();
            long added = pairs.stream().flatMap(p -> p.links().stream()).filter(Link::added).count();
            long dropped = pairs.stream().flatMap(p -> p.links().stream()).filter(Link::dropped).count();
            Floor floor = e.getValue();
            assertThat(pairs).as(e.getKey() + " pairs").hasSizeGreaterThanOrEqualTo(floor.pairs());
            assertThat(continued).as(e.getKey() + " continued links").isGreaterThanOrEqualTo(floor.continued());
            assertThat(added).as(e.getKey() + " new links").isGreaterThanOrEqualTo(floor.added());
            assertThat(dropped).as(e.getKey() + " dropped links").isGreaterThanOrEqualTo(floor.dropped());
        }
    }

    @Test
    void pairNamesAreUniqueAcrossSplits() throws IOException {
        List<String> names = new ArrayList<>();
        for (String split : FLOORS.keySet()) {
            for (Path dir : pairDirs(split)) names.add(dir.getFileName().toString());
        }
        assertThat(names).doesNotHaveDuplicates();
    }

    private static List<Pair> allPairs() throws IOException {
        List<Pair> pairs = new ArrayList<>();
        for (String split : FLOORS.keySet()) {
            for (Path dir : pairDirs(split)) pairs.add(read(dir));
        }
        assertThat(pairs).isNotEmpty();
        return pairs;
    }

    private static List<Path> pairDirs(String split) throws IOException {
        try (Stream<Path> s = Files.list(ROOT.resolve(split))) {
            return s.filter(Files::isDirectory).sorted().toList();
        }
    }

    private static Pair read(Path dir) throws IOException {
        String older = Files.readString(dir.resolve("old.txt"), StandardCharsets.UTF_8);
        String newer = Files.readString(dir.resolve("new.txt"), StandardCharsets.UTF_8);
        List<String> lines = Files.readAllLines(dir.resolve("links.tsv"), StandardCharsets.UTF_8);
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] cells = line.split("\t", -1);
            assertThat(cells).as("%s/links.tsv line %d: two tab-separated cells", dir, i + 1).hasSize(2);
            assertThat(cells[0]).as("%s/links.tsv line %d old cell", dir, i + 1).isNotBlank();
            assertThat(cells[1]).as("%s/links.tsv line %d new cell", dir, i + 1).isNotBlank();
            links.add(new Link(cells[0], cells[1], i + 1));
        }
        assertThat(links).as(dir + " links").isNotEmpty();
        return new Pair(dir, older, newer, links);
    }

    private static int occurrences(String text, String quote) {
        int n = 0;
        for (int at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) n++;
        return n;
    }
}
