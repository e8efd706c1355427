package jingdu.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;

import jingdu.analysis.SectorLexicon.Entry;
import jingdu.analysis.SectorLexicon.Rule;
import jingdu.model.SectorMention;

/**
 * Finds sector terms in one sentence: Aho-Corasick over the lexicon, longest match first, a match that
 * does not fit HanLP's words rejected (化工 in 文化工作, 大风 in 大风险), then the sentence-level context rules;
 * what the sentence cannot settle is left to the {@link DocumentContext}.
 */
final class SectorMatcher {

    private static final String COAL = "coal";
    private static final String NONCOAL = "noncoal_mine";

    private final SectorLexicon lexicon;

    SectorMatcher(SectorLexicon lexicon) {
        this.lexicon = lexicon;
    }

    private record Hit(int start, int end, Entry entry) {
    }

    /**
     * Mentions in text[start, end), appended to {@code out}; terms the sentence cannot settle go to {@code doc}.
     * Returns the sector ids the sentence names by itself.
     */
    Set<String> match(String text, int start, int end, Tokens tokens, List<SectorMention> out, DocumentContext doc) {
        List<Hit> hits = new ArrayList<>();
        AhoCorasickDoubleArrayTrie<Entry> trie = lexicon.trie();
        trie.parseText(text.substring(start, end), (b, e, entry) -> {
            int s = start + b;
            int t = start + e;
            if (tokens == null || aligned(tokens, s, t)) {
                hits.add(new Hit(s, t, entry));
            }
        });
        if (hits.isEmpty()) {
            return Set.of();
        }
        hits.sort(Comparator.comparingInt((Hit h) -> h.end - h.start).reversed().thenComparingInt(Hit::start));
        List<Hit> chosen = new ArrayList<>();
        boolean[] taken = new boolean[end - start];
        for (Hit h : hits) {
            if (free(taken, h.start - start, h.end - start)) {
                for (int i = h.start; i < h.end; i++) {
                    taken[i - start] = true;
                }
                chosen.add(h);
            }
        }
        chosen.sort(Comparator.comparingInt(Hit::start));
        Set<String> named = new HashSet<>();
        String sentence = null;
        for (Hit h : chosen) {
            Entry e = h.entry;
            if (e.rule() == Rule.PLAIN && e.whenWords().isEmpty()) {
                named.addAll(e.sectors());
            }
        }
        // the document's subject counts only unambiguous terms; the sentence also trusts unswitched ones
        Set<String> strong = Set.copyOf(named);
        for (String s : strong) {
            doc.named(s, start);
        }
        for (Hit h : chosen) {
            Entry e = h.entry;
            if (e.rule() == Rule.PLAIN && !e.whenWords().isEmpty()) {
                if (sentence == null) {
                    sentence = text.substring(start, end);
                }
                named.addAll(WordLists.containsAny(sentence, e.whenWords()) ? List.of(e.whenSector()) : e.sectors());
            }
        }
        // mine words that lean on the sentence: 采空区 in a coal sentence is coal
        boolean coal = named.contains(COAL);
        boolean noncoal = named.contains(NONCOAL);
        Set<String> found = new HashSet<>();
        Hit previous = null;
        for (Hit h : chosen) {
            Hit before = previous;
            previous = h;
            Entry e = h.entry;
            if (!e.whenWords().isEmpty() && e.rule() != Rule.STOP) {
                if (sentence == null) {
                    sentence = text.substring(start, end);
                }
                if (WordLists.containsAny(sentence, e.whenWords())) {
                    emit(h, List.of(e.whenSector()), out, found);
                } else if (strong.containsAll(e.sectors())) {
                    emit(h, e.sectors(), out, found);
                } else {
                    defer(doc, h, e.sectors(), DocumentContext.Kind.SWITCH);
                }
                continue;
            }
            switch (e.rule()) {
                case STOP -> {
                }
                case UNLESS -> {
                    if (!named.contains(e.other())) {
                        emit(h, e.sectors(), out, found);
                    }
                }
                case UNLESS_DOC -> {
                    if (!named.contains(e.other())) {
                        doc.defer(new DocumentContext.Pending(h.start, h.end, e.term(), e.sectors(),
                                DocumentContext.Kind.CLAIM, e.other(), List.of()));
                    }
                }
                case MINE -> {
                    if (coal != noncoal) {
                        emit(h, List.of(coal ? COAL : NONCOAL), out, found);
                    } else if (coal) {
                        emit(h, e.sectors(), out, found);
                    } else {
                        defer(doc, h, e.sectors(), DocumentContext.Kind.MINE);
                    }
                }
                case COAL_LEAN -> {
                    if (coal || noncoal) {
                        emit(h, List.of(noncoal && !coal ? NONCOAL : COAL), out, found);
                    } else {
                        defer(doc, h, List.of(COAL), DocumentContext.Kind.COAL_LEAN);
                    }
                }
                case WEAK -> emit(h, e.sectors().stream().filter(named::contains).toList(), out, found);
                case DOC -> {
                    List<String> here = e.sectors().stream().filter(named::contains).toList();
                    emit(h, here, out, found);
                    if (headOf(before, h)) {
                        continue; // 矿井供电, 燃气施工: the passing word is a part of the term before it
                    }
                    if (here.size() < e.sectors().size()) {
                        defer(doc, h, e.sectors().stream().filter(s -> !named.contains(s)).toList(),
                                DocumentContext.Kind.DOC);
                    }
                }
                default -> emit(h, e.sectors(), out, found);
            }
        }
        return found;
    }

    /** From this length on a term is a compound specific enough to trust across HanLP's words (等边/坡工程). */
    static final int COMPOUND = 4;

    /**
     * A term must start and end on HanLP word boundaries, or lie inside one word as its beginning or end
     * (施工 in 施工队). A short term that cuts a word while spanning a boundary is a misreading: 大风 in 大/风险.
     */
    private static boolean aligned(Tokens tokens, int s, int t) {
        boolean startCut = !tokens.isBoundary(s);
        boolean endCut = !tokens.isBoundary(t);
        if (!startCut && !endCut) {
            return true;
        }
        if (startCut && endCut) {
            return false;
        }
        if (t - s >= COMPOUND) {
            return true;
        }
        for (int i = s + 1; i < t; i++) {
            if (tokens.isBoundary(i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code h} directly follows a term of another sector that it completes (消防|供水). */
    private static boolean headOf(Hit before, Hit h) {
        return before != null && before.end == h.start && before.entry.rule() != Rule.STOP
                && !before.entry.sectors().isEmpty() && !before.entry.sectors().containsAll(h.entry.sectors());
    }


    private static void defer(DocumentContext doc, Hit h, List<String> sectors, DocumentContext.Kind kind) {
        Entry e = h.entry;
        doc.defer(new DocumentContext.Pending(h.start, h.end, e.term(), sectors, kind, e.whenSector(), e.whenWords()));
    }

    private static void emit(Hit h, List<String> sectors, List<SectorMention> out, Set<String> found) {
        for (String s : sectors) {
            out.add(new SectorMention(h.start, h.end, s, h.entry.term()));
            found.add(s);
        }
    }

    private static boolean free(boolean[] taken, int from, int to) {
        for (int i = from; i < to; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }
}
