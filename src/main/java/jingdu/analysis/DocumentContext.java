package jingdu.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jingdu.model.SectorMention;

/**
 * Sector decisions that need the whole document, made once all its sentences are matched. One per
 * analysis (not thread-safe). The document's subject is what its unambiguous terms name, counted once per
 * sentence; terms the sentence alone cannot settle wait here for it:
 * <ul>
 * <li>a bare mine word (矿井, 井下) in a notice about coal mines is coal, in one about non-coal mines non-coal;</li>
 * <li>a DOC term (供电, 施工, 雷电) counts only when the document speaks of its sector elsewhere, or names no
 * sector at all, so a short notice about one sector is not filed under others through passing words;</li>
 * <li>a term with switch words (瓦斯 beside 隧道) takes the switched sector when the document has a switch word
 * and names its own sector through no other term;</li>
 * <li>a term shared with another sector (起重机械, 气瓶: rule {@code unless:X;doc}) goes to X when the sentence
 * does not say and the document speaks of X and never of the term's own sector;</li>
 * <li>a bare 防火 in a speech about forest fires is that speech's topic (guide: 防火 "not forest").</li>
 * </ul>
 * A document on another subject (an economy speech) keeps its sector marks wherever a sector is named
 * (旅游综合收入 is tourism there too), as the held-out labellers of such speeches do.
 */
final class DocumentContext {

    /** Forest-fire mentions from this many places on make a speech a forest-fire speech. */
    static final int FOREST_SPEECH = 4;
    /** A document's subject claims a shared term (起重机械 in a notice on building sites) from this weight on. */
    static final int CLAIM = 2;
    /** A mine sector dominates when it has at least this many times the other's sentences. */
    static final int MINE_DOMINANCE = 3;


    enum Kind { MINE, COAL_LEAN, DOC, SWITCH, CLAIM }

    /** A term waiting for the document: its fallback sectors, and for SWITCH the switched one. */
    record Pending(int start, int end, String term, List<String> sectors, Kind kind, String switched,
                   List<String> switchWords) {
    }

    private final String text;
    private final List<Pending> pending = new ArrayList<>();
    /** sector → sentence starts where an unambiguous term names it. */
    private final Map<String, Set<Integer>> subject = new HashMap<>();

    DocumentContext(String text) {
        this.text = text;
    }

    /** An unambiguous term of {@code sector} in the sentence starting at {@code sentenceStart}. */
    void named(String sector, int sentenceStart) {
        subject.computeIfAbsent(sector, k -> new HashSet<>()).add(sentenceStart);
    }

    void defer(Pending p) {
        pending.add(p);
    }

    private int weight(String sector) {
        Set<Integer> s = subject.get(sector);
        return s == null ? 0 : s.size();
    }

    /** Settles the deferred terms into {@code mentions}, then applies the document-wide filters. */
    void resolve(List<SectorMention> mentions) {
        int coal = weight("coal");
        int noncoal = weight("noncoal_mine");
        for (Pending p : pending) {
            List<String> to = switch (p.kind()) {
                case MINE -> coal >= 1 && coal >= MINE_DOMINANCE * noncoal ? List.of("coal")
                        : noncoal >= 1 && noncoal >= MINE_DOMINANCE * coal ? List.of("noncoal_mine") : p.sectors();
                case COAL_LEAN -> noncoal >= 1 && noncoal >= MINE_DOMINANCE * coal ? List.of("noncoal_mine") : p.sectors();
                case DOC -> subject.isEmpty() ? p.sectors() : p.sectors().stream().filter(s -> weight(s) > 0).toList();
                case SWITCH -> switches(p) ? List.of(p.switched()) : p.sectors();
                case CLAIM -> weight(p.switched()) >= CLAIM && p.sectors().stream().allMatch(s -> weight(s) == 0)
                        ? List.of(p.switched()) : p.sectors();
            };
            for (String s : to) {
                mentions.add(new SectorMention(p.start(), p.end(), s, p.term()));
            }
        }
        if (!pending.isEmpty()) {
            mentions.sort(Comparator.comparingInt(SectorMention::start)); // stable: a term's sectors keep their order
        }
        long forest = mentions.stream().filter(m -> m.sector().equals("forest_fire")).count();
        long fire = mentions.stream().filter(m -> m.sector().equals("fire") && !m.term().equals("防火")).count();
        // a general speech with one forest paragraph keeps its fire-safety 防火
        if (forest >= FOREST_SPEECH && forest > 2 * fire) {
            mentions.removeIf(m -> m.sector().equals("fire") && m.term().equals("防火"));
        }
    }

    /** The switch applies when a switch word is in the document and nothing else there names the term's sectors. */
    private boolean switches(Pending p) {
        if (p.sectors().stream().anyMatch(s -> weight(s) > 0)) {
            return false;
        }
        for (String w : p.switchWords()) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
