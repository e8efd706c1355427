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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import jingdu.model.SectorCatalog;

/**
 * Sector ids and the words that name them, read from {@code resources/lexicon/*.tsv} and optionally a
 * user file with the same line format (see resources/lexicon/README.md). Immutable once built.
 */
public final class SectorLexicon {

    /** How a term's sectors depend on the rest of its sentence. */
    enum Rule { PLAIN, STOP, UNLESS, MINE, COAL_LEAN }

    /** One lexicon line. {@code sectors} is empty for a stop term; {@code other} is the sector of UNLESS. */
    record Entry(String term, List<String> sectors, Rule rule, String other) {
    }

    private static final String SECTOR_LINE = "@sector\t";

    private final SectorCatalog catalog;
    private final Map<String, Entry> entries;
    private final AhoCorasickDoubleArrayTrie<Entry> trie = new AhoCorasickDoubleArrayTrie<>();

    private SectorLexicon(SectorCatalog catalog, Map<String, Entry> entries) {
        this.catalog = catalog;
        this.entries = Collections.unmodifiableMap(entries);
        trie.build(new TreeMap<>(entries));
    }

    /** The built-in lexicon. */
    public static SectorLexicon builtIn() {
        return load(null);
    }

    /** The built-in lexicon with the user's file on top (its lines win); {@code userFile} may be null or absent. */
    public static SectorLexicon load(Path userFile) {
        return load(userFile, List.of());
    }

    /**
     * As {@link #load(Path)}, then {@code wordList}: term lines in the same format (the user's own list kept in
     * the library), which win over both.
     */
    public static SectorLexicon load(Path userFile, List<String> wordList) {
        List<SectorCatalog.Declared> user = new ArrayList<>();
        Set<String> known = new HashSet<>();
        BuiltIn.SECTORS.forEach(d -> known.add(d.id()));
        Map<String, Entry> entries = new LinkedHashMap<>();
        readResource("/lexicon/sector-terms.tsv", line -> parseTerm(line, entries, known));
        readUserFile(userFile, line -> {
            if (line.startsWith(SECTOR_LINE)) {
                declare(line.substring(SECTOR_LINE.length()), user, known);
            } else {
                parseTerm(line, entries, known);
            }
        });
        wordList.forEach(line -> parseTerm(line, entries, known));
        return new SectorLexicon(SectorCatalog.of(BuiltIn.SECTORS, user), entries);
    }

    /**
     * Only the sectors of {@link #load}: built-in plus the user file's {@code @sector} lines. Cheap (no terms,
     * no trie), so the window can label and colour sectors before the engine has loaded.
     */
    public static SectorCatalog catalog(Path userFile) {
        List<SectorCatalog.Declared> user = new ArrayList<>();
        readUserFile(userFile, line -> {
            if (line.startsWith(SECTOR_LINE)) {
                declare(line.substring(SECTOR_LINE.length()), user, new HashSet<>());
            }
        });
        return SectorCatalog.of(BuiltIn.SECTORS, user);
    }

    /** The built-in sectors alone (tests, benches and the engine without a user lexicon). */
    public static SectorCatalog builtInCatalog() {
        return BuiltIn.CATALOG;
    }

    /** Read once, on first use. */
    private static final class BuiltIn {
        static final List<SectorCatalog.Declared> SECTORS = readBuiltIn();
        static final SectorCatalog CATALOG = SectorCatalog.of(SECTORS, List.of());

        private static List<SectorCatalog.Declared> readBuiltIn() {
            List<SectorCatalog.Declared> out = new ArrayList<>();
            readResource("/lexicon/sectors.tsv", line -> declare(line, out, new HashSet<>()));
            return List.copyOf(out);
        }
    }

    /** The sectors this lexicon's terms may name, with their names, order and colours. */
    public SectorCatalog catalog() {
        return catalog;
    }

    public List<SectorCatalog.Sector> sectors() {
        return catalog.sectors();
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

    private static void declare(String line, List<SectorCatalog.Declared> into, Set<String> known) {
        String[] f = line.split("\t");
        if (f.length >= 1 && !f[0].isBlank()) {
            String id = f[0].strip();
            into.add(new SectorCatalog.Declared(id, f.length > 1 ? f[1].strip() : id, f.length > 2 ? f[2].strip() : id));
            known.add(id);
        }
    }

    private static void parseTerm(String line, Map<String, Entry> entries, Set<String> known) {
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
            if (known.contains(s)) {
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

    private static void readUserFile(Path file, LineSink sink) {
        if (file == null || !Files.isRegularFile(file)) {
            return;
        }
        // a FileInputStream, not Files.newBufferedReader: a FileChannel would load libnet, which creates
        // network sockets (see jingdu.io.PlainFiles); the decoder still refuses malformed UTF-8
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new FileInputStream(file.toFile()),
                StandardCharsets.UTF_8.newDecoder()))) {
            readLines(r, sink);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read user lexicon " + file, e);
        }
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
