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
 * A document that is not about safety (an economy or education speech: its first paragraph names no safety
 * word and few of its sentences do, or none in a short text) keeps sectors only in paragraphs that speak of
 * safety.
 */
final class DocumentContext {

    /** Forest-fire mentions from this many places on make a speech a forest-fire speech. */
    static final int FOREST_SPEECH = 4;
    /** Below this share of safety sentences a document is about something else. */
    static final double SAFETY_SHARE = 0.15;
    /** A document's subject claims a shared term (起重机械 in a notice on building sites) from this weight on. */
    static final int CLAIM = 2;
    /** Shorter documents (a sentence, a short notice) are too short to tell their subject by the share. */
    static final int SUBJECT_SENTENCES = 20;
    /** A shorter document from this many sentences is off the subject when no sentence speaks of safety. */
    static final int SHORT_SUBJECT = 5;
    /** A mine sector dominates when it has at least this many times the other's sentences. */
    static final int MINE_DOMINANCE = 3;

    private static final WordLists WORDS = WordLists.read("/lexicon/sector-context.tsv", "safety-cues", "title-cues");
    private static final List<String> SAFETY_CUES = WORDS.list("safety-cues");
    private static final List<String> TITLE_CUES = WORDS.list("title-cues");

    enum Kind { MINE, COAL_LEAN, DOC, SWITCH, CLAIM }

    /** A term waiting for the document: its fallback sectors, and for SWITCH the switched one. */
    record Pending(int start, int end, String term, List<String> sectors, Kind kind, String switched,
                   List<String> switchWords) {
    }

    private final String text;
    private final List<Pending> pending = new ArrayList<>();
    /** sector → sentence starts where an unambiguous term names it. */
    private final Map<String, Set<Integer>> subject = new HashMap<>();
    private final Set<Integer> safetyParagraphs = new HashSet<>();
    private int sentences;
    private int safetySentences;
    /** The first paragraph (a title, or the opening) speaks of safety: the whole document does. */
    private boolean safetyTitle;

    /** Offsets of the line breaks, for paragraph look-ups in logarithmic time (one-line texts are long). */
    private final int[] breaks;
    private final int firstParagraph;

    DocumentContext(String text) {
        this.text = text;
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        breaks = new int[n];
        for (int i = 0, k = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                breaks[k++] = i;
            }
        }
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        firstParagraph = paragraphStart(i);
    }

    /** Called once per sentence before its terms. */
    void sentence(int start, int end) {
        sentences++;
        String s = text.substring(start, end);
        if (paragraphStart(start) == firstParagraph && containsAny(s, TITLE_CUES)) {
            safetyTitle = true;
        }
        if (containsAny(s, SAFETY_CUES)) {
            safetySentences++;
            safetyParagraphs.add(paragraphStart(start));
        }
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
        boolean offTopic = sentences >= SUBJECT_SENTENCES && safetySentences < SAFETY_SHARE * sentences
                || sentences >= SHORT_SUBJECT && safetySentences == 0;
        if (!safetyTitle && offTopic) {
            mentions.removeIf(m -> !safetyParagraphs.contains(paragraphStart(m.start())));
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

    private static boolean containsAny(String s, List<String> words) {
        for (String w : words) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Start of the line holding {@code offset}: just after the last break before it. */
    private int paragraphStart(int offset) {
        int lo = 0;
        int hi = breaks.length;
        while (lo < hi) { // first break at or after offset
            int mid = (lo + hi) >>> 1;
            if (breaks[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo == 0 ? 0 : breaks[lo - 1] + 1;
    }
}
