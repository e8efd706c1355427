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
 * cuts through words on both sides rejected (化工 in 文化工作), then the sentence-level context rules.
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

    /** Mentions in text[start, end), appended to {@code out}; returns the sector ids the sentence names. */
    Set<String> match(String text, int start, int end, Tokens tokens, List<SectorMention> out) {
        List<Hit> hits = new ArrayList<>();
        AhoCorasickDoubleArrayTrie<Entry> trie = lexicon.trie();
        trie.parseText(text.substring(start, end), (b, e, entry) -> {
            int s = start + b;
            int t = start + e;
            if (tokens == null || tokens.isBoundary(s) || tokens.isBoundary(t)) {
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
        for (Hit h : chosen) {
            if (h.entry.rule() == Rule.PLAIN) {
                named.addAll(h.entry.sectors());
            }
        }
        // mine words that lean on the sentence: 采空区 in a coal sentence is coal
        boolean coal = named.contains(COAL);
        boolean noncoal = named.contains(NONCOAL);
        Set<String> found = new HashSet<>();
        for (Hit h : chosen) {
            Entry e = h.entry;
            switch (e.rule()) {
                case STOP -> {
                }
                case UNLESS -> {
                    if (!named.contains(e.other())) {
                        emit(h, e.sectors(), out, found);
                    }
                }
                case MINE -> {
                    if (coal != noncoal) {
                        emit(h, List.of(coal ? COAL : NONCOAL), out, found);
                    } else {
                        emit(h, e.sectors(), out, found);
                    }
                }
                case COAL_LEAN -> emit(h, List.of(noncoal && !coal ? NONCOAL : COAL), out, found);
                default -> emit(h, e.sectors(), out, found);
            }
        }
        return found;
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
