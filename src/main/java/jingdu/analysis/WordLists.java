package jingdu.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Named word lists from a UTF-8 class-path resource with one {@code list-name<TAB>word} line per word
 * ({@code lexicon/obligation-words.tsv}); {@code #} lines are comments. Read with a plain stream (no
 * {@code Files.*}: see {@code jingdu.io.PlainFiles}). Any mistake in the file (an unknown or missing list,
 * an empty or repeated word, malformed UTF-8) fails at once with the resource and line in the message,
 * rather than silently changing what the engine finds.
 */
final class WordLists {

    private final String source;
    private final Map<String, List<String>> lists;

    private WordLists(String source, Map<String, List<String>> lists) {
        this.source = source;
        this.lists = lists;
    }

    /** Reads {@code resource} (an absolute class-path name), which must hold exactly the lists {@code names}. */
    static WordLists read(String resource, String... names) {
        InputStream in = WordLists.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource + " (the engine's word lists)");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()))) {
            return parse(r, resource, names);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + resource, e);
        }
    }

    static WordLists parse(BufferedReader r, String source, String... names) throws IOException {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        for (String name : names) {
            lists.put(name, new ArrayList<>());
        }
        Map<String, Set<String>> seen = new LinkedHashMap<>();
        int lineNo = 0;
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            lineNo++;
            if (lineNo == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length != 2) {
                throw bad(source, lineNo, "expected list-name<TAB>word, got: " + line);
            }
            String name = fields[0].strip();
            String word = fields[1].strip();
            List<String> list = lists.get(name);
            if (list == null) {
                throw bad(source, lineNo, "unknown list '" + name + "' (known: " + String.join(", ", names) + ")");
            }
            if (word.isEmpty()) {
                throw bad(source, lineNo, "empty word in list '" + name + "'");
            }
            if (!seen.computeIfAbsent(name, k -> new HashSet<>()).add(word)) {
                throw bad(source, lineNo, "'" + word + "' is listed twice in list '" + name + "'");
            }
            list.add(word);
        }
        Map<String, List<String>> result = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : lists.entrySet()) {
            if (e.getValue().isEmpty()) {
                throw new IllegalStateException(source + ": list '" + e.getKey() + "' is missing or empty");
            }
            result.put(e.getKey(), List.copyOf(e.getValue()));
        }
        return new WordLists(source, Map.copyOf(result));
    }

    /** The words of a list in file order. */
    List<String> list(String name) {
        List<String> list = lists.get(name);
        if (list == null) {
            throw new IllegalArgumentException("no list '" + name + "' in " + source);
        }
        return list;
    }

    /** The words of a list, for lookups. */
    Set<String> set(String name) {
        return Set.copyOf(list(name));
    }

    private static IllegalStateException bad(String source, int lineNo, String message) {
        return new IllegalStateException(source + ":" + lineNo + ": " + message);
    }

    /** Whether {@code s} contains any of {@code words} (the rules' one test for a word list). */
    static boolean containsAny(String s, List<String> words) {
        for (String w : words) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
