package jingdu.analysis;

import java.io.BufferedReader;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;

/**
 * Sector ids and the words that name them, read from {@code resources/lexicon/*.tsv} and optionally a
 * user file with the same line format (see resources/lexicon/README.md). Immutable once built.
 */
public final class SectorLexicon {

    /** A sector of the guide (or one the user added). */
    public record Sector(String id, String nameZh, String nameEn) {
    }

    /** How a term's sectors depend on the rest of its sentence. */
    enum Rule { PLAIN, STOP, UNLESS, MINE, COAL_LEAN }

    /** One lexicon line. {@code sectors} is empty for a stop term; {@code other} is the sector of UNLESS. */
    record Entry(String term, List<String> sectors, Rule rule, String other) {
    }

    private final Map<String, Sector> sectors;
    private final Map<String, Entry> entries;
    private final AhoCorasickDoubleArrayTrie<Entry> trie = new AhoCorasickDoubleArrayTrie<>();

    private SectorLexicon(Map<String, Sector> sectors, Map<String, Entry> entries) {
        this.sectors = Collections.unmodifiableMap(sectors);
        this.entries = Collections.unmodifiableMap(entries);
        trie.build(new TreeMap<>(entries));
    }

    /** The built-in lexicon. */
    public static SectorLexicon builtIn() {
        return load(null);
    }

    /** The built-in lexicon with the user's file on top (its lines win); {@code userFile} may be null or absent. */
    public static SectorLexicon load(Path userFile) {
        Map<String, Sector> sectors = new LinkedHashMap<>();
        Map<String, Entry> entries = new LinkedHashMap<>();
        readResource("/lexicon/sectors.tsv", line -> parseSector(line, sectors));
        readResource("/lexicon/sector-terms.tsv", line -> parseTerm(line, entries, sectors));
        if (userFile != null && Files.isRegularFile(userFile)) {
            // a FileInputStream, not Files.newBufferedReader: a FileChannel would load libnet, which creates
            // network sockets (see jingdu.io.PlainFiles); the decoder still refuses malformed UTF-8
            try (BufferedReader r = new BufferedReader(new InputStreamReader(new FileInputStream(userFile.toFile()),
                    StandardCharsets.UTF_8.newDecoder()))) {
                readLines(r, line -> {
                    if (line.startsWith("@sector\t")) {
                        parseSector(line.substring("@sector\t".length()), sectors);
                    } else {
                        parseTerm(line, entries, sectors);
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read user lexicon " + userFile, e);
            }
        }
        return new SectorLexicon(sectors, entries);
    }

    public List<Sector> sectors() {
        return List.copyOf(sectors.values());
    }

    public int termCount() {
        return entries.size();
    }

    Entry entry(String term) {
        return entries.get(term);
    }

    AhoCorasickDoubleArrayTrie<Entry> trie() {
        return trie;
    }

    private static void parseSector(String line, Map<String, Sector> sectors) {
        String[] f = line.split("\t");
        if (f.length >= 1 && !f[0].isBlank()) {
            String id = f[0].strip();
            sectors.put(id, new Sector(id, f.length > 1 ? f[1].strip() : id, f.length > 2 ? f[2].strip() : id));
        }
    }

    private static void parseTerm(String line, Map<String, Entry> entries, Map<String, Sector> known) {
        String[] f = line.split("\t");
        if (f.length < 2 || f[0].isBlank()) {
            return;
        }
        String term = f[0].strip();
        String ids = f[1].strip();
        String rule = f.length > 2 ? f[2].strip() : "";
        if (ids.equals("-")) {
            entries.put(term, new Entry(term, List.of(), Rule.STOP, null));
            return;
        }
        List<String> list = new ArrayList<>();
        for (String id : ids.split(",")) {
            String s = id.strip();
            if (known.containsKey(s)) {
                list.add(s);
            }
        }
        if (list.isEmpty()) {
            return; // unknown sector: ignore the line rather than emit ids nobody can show
        }
        Entry e;
        if (rule.startsWith("unless:")) {
            e = new Entry(term, List.copyOf(list), Rule.UNLESS, rule.substring("unless:".length()).strip());
        } else if (rule.equals("mine:coal")) {
            e = new Entry(term, List.copyOf(list), Rule.COAL_LEAN, null);
        } else if (rule.equals("mine")) {
            e = new Entry(term, List.copyOf(list), Rule.MINE, null);
        } else {
            e = new Entry(term, List.copyOf(list), Rule.PLAIN, null);
        }
        entries.put(term, e);
    }

    private interface LineSink {
        void accept(String line);
    }

    private static void readResource(String name, LineSink sink) {
        InputStream in = SectorLexicon.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing resource " + name);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            readLines(r, sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void readLines(BufferedReader r, LineSink sink) throws IOException {
        String line;
        while ((line = r.readLine()) != null) {
            if (line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (!line.isBlank() && !line.startsWith("#")) {
                sink.accept(line);
            }
        }
    }
}
