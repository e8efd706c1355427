package jingdu.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.hankcs.hanlp.dictionary.CoreDictionary;

import jingdu.model.NewPhrase;
import jingdu.text.TextLayout;

/**
 * 新提法: the words and phrases of a speech that none of the earlier speeches has. Candidates are HanLP's
 * words of two characters or more and runs of up to {@value #MAX_WORDS} adjacent words of up to
 * {@value #MAX_CHARS} characters that read as a phrase (no punctuation, digits, dates, people or places in
 * them; no function word at either end). A candidate is new when no earlier text contains it as a
 * substring, so a different cut of the same characters elsewhere never makes it look new. Of a new phrase
 * and a longer new phrase with as many occurrences, only the longer is kept, unless the longer one only puts
 * verbs in front of it (加快培育新质生产力 → 新质生产力). Thread-safe.
 * See docs/decisions/0019-new-wording.md.
 */
public final class NewPhraseFinder {

    /** A run of words is 2–6 characters (the n-grams); a quoted wording up to {@link #QUOTED_CHARS}. */
    static final int MAX_CHARS = 6;
    static final int QUOTED_CHARS = 10;
    static final int MAX_WORDS = 6;
    /** Longer phrases rank no higher for their length alone. */
    private static final int LENGTH_CAP = 6;

    private static final WordLists WORDS = WordLists.read("/lexicon/new-wording-words.tsv", "edge", "time", "light",
            "scope", "body", "domain");
    private static final java.util.Set<String> EDGE = WORDS.set("edge");
    private static final List<String> TIME = WORDS.list("time");
    private static final java.util.Set<String> LIGHT = WORDS.set("light");
    private static final java.util.Set<String> SCOPE = WORDS.set("scope");
    private static final List<String> BODY = WORDS.list("body");
    private static final List<String> DOMAIN = WORDS.list("domain");

    private final Segmenter segmenter;

    public NewPhraseFinder() {
        this(new Segmenter());
    }

    NewPhraseFinder(Segmenter segmenter) {
        this.segmenter = segmenter;
    }

    /**
     * The new phrases of {@code newerText} (normalized, as stored), best first, at most {@code limit}.
     * {@code earlierTexts} are read once each, in turn, and not kept.
     */
    public List<NewPhrase> find(String newerText, Iterable<String> earlierTexts, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit " + limit);
        }
        List<TextLayout.Range> paragraphs = TextLayout.paragraphs(newerText);
        Map<String, Candidate> byPhrase = new HashMap<>();
        for (TextLayout.Range p : paragraphs) {
            collect(segmenter.tokenize(newerText, p.start(), p.end()), newerText, byPhrase);
        }
        // what the speaker sets off in quotation marks is a wording as it stands (“一岗一清单”, “三管三必须”)
        for (String q : quoted(newerText)) {
            if (q.length() >= 2 && q.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                Candidate c = byPhrase.computeIfAbsent(q, Candidate::new);
                c.nounEnd = true;
                c.verbStart = false;
                c.edges = 2;
            }
        }
        if (byPhrase.isEmpty()) {
            return List.of();
        }
        List<Candidate> candidates = new ArrayList<>(byPhrase.values());
        List<String> phrases = new ArrayList<>(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            candidates.get(i).index = i;
            phrases.add(candidates.get(i).phrase);
        }
        PhraseAutomaton automaton = new PhraseAutomaton(phrases);
        PhraseAutomaton.Marks old = automaton.marks();
        for (String earlier : earlierTexts) {
            if (automaton.markContained(earlier, old) == phrases.size()) {
                break; // every candidate is old already
            }
        }
        int[] firstEnd = new int[phrases.size()];
        int[] count = new int[phrases.size()];
        automaton.occurrences(newerText, firstEnd, count);

        boolean[] dropped = new boolean[phrases.size()];
        for (Candidate c : candidates) {
            if (old.found(c.index)) {
                continue;
            }
            // a shorter new phrase that occurs only inside this one says nothing more
            String s = c.phrase;
            for (int from = 0; from < s.length(); from++) {
                for (int to = from + 2; to <= s.length(); to++) {
                    if (to - from == s.length()) {
                        continue;
                    }
                    Candidate inner = byPhrase.get(s.substring(from, to));
                    if (inner != null && !old.found(inner.index) && count[inner.index] == count[c.index]) {
                        // 加快培育新质生产力: the verbs in front are the sentence's, the wording is what they act on
                        boolean object = to == s.length() && c.verbStart && !c.singleWord;
                        dropped[object ? c.index : inner.index] = true;
                    }
                }
            }
        }
        java.util.Set<String> quoted = quoted(newerText);
        List<NewPhrase> ranked = new ArrayList<>();
        for (Candidate c : candidates) {
            int i = c.index;
            if (old.found(i) || dropped[i] || count[i] == 0) {
                continue;
            }
            int end = firstEnd[i];
            // the sentence is looked up for the rows listed only
            ranked.add(new NewPhrase(c.phrase, end - c.phrase.length(), end, count[i], score(c, count[i], quoted), null));
        }
        ranked.sort(Comparator.comparingDouble(NewPhrase::score).reversed().thenComparingInt(NewPhrase::start));
        List<NewPhrase> out = new ArrayList<>();
        for (NewPhrase p : distinct(ranked, limit)) {
            out.add(new NewPhrase(p.phrase(), p.start(), p.end(), p.count(), p.score(),
                    sentenceAt(newerText, paragraphs, p.start())));
        }
        return List.copyOf(out);
    }

    /** What the text sets off in quotation marks (“三管三必须”), short enough to be a wording. */
    static java.util.Set<String> quoted(String text) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (int open = text.indexOf('“'); open >= 0; open = text.indexOf('“', open + 1)) {
            int close = text.indexOf('”', open + 1);
            if (close < 0) {
                break;
            }
            if (close - open - 1 <= QUOTED_CHARS) {
                out.add(text.substring(open + 1, close));
            }
        }
        return out;
    }

    /**
     * The best {@code limit} rows, one per wording: a phrase inside a better-ranked one, or holding one, or
     * overlapping it as often, is another window on the same words (工贸行业安全, 工贸行业安全生产) and is
     * left out.
     */
    private static List<NewPhrase> distinct(List<NewPhrase> ranked, int limit) {
        List<NewPhrase> out = new ArrayList<>();
        for (NewPhrase p : ranked) {
            if (out.size() == limit) {
                break;
            }
            boolean same = false;
            for (NewPhrase q : out) {
                boolean overlapping = p.count() == q.count() && p.start() < q.end() && q.start() < p.end();
                if (overlapping || q.phrase().contains(p.phrase()) || p.phrase().contains(q.phrase())) {
                    same = true;
                    break;
                }
            }
            if (!same) {
                out.add(p);
            }
        }
        return List.copyOf(out);
    }

    /**
     * count × length × how much it reads like a wording: quoted, a word of its own that general Chinese rarely
     * uses (HanLP's dictionary frequency), set off at both ends, a term, the domain's.
     */
    static double score(Candidate c, int count, java.util.Set<String> quoted) {
        double weight = 1;
        if (quoted.contains(c.phrase)) {
            weight *= 2; // the speaker sets it off as a wording
        }
        if (c.singleWord) {
            // a word of its own, the less so the more general Chinese uses it (发展, 建设 are new to no one)
            weight *= 2 / (1 + Math.log10(1 + CoreDictionary.getTermFrequency(c.phrase)));
        } else {
            // a window cut out of a longer run of content words reads worse than a stretch set off at both ends
            weight *= c.edges == 2 ? 1 : c.edges == 1 ? 0.6 : 0.35;
            if (!c.nounEnd) {
                weight *= 0.7;
            }
            if (c.verbStart) {
                weight *= 0.5; // verb + object: a stretch of a sentence more often than a term
            }
        }
        if (WordLists.containsAny(c.phrase, DOMAIN)) {
            weight *= 1.5;
        }
        for (String b : BODY) {
            if (c.phrase.endsWith(b)) {
                weight *= 0.3; // a body's name, not a wording
                break;
            }
        }
        return count * Math.min(c.phrase.length(), LENGTH_CAP) * weight;
    }

    /** The phrase candidates of one paragraph's words, merged into {@code into}. */
    private static void collect(Tokens t, String text, Map<String, Candidate> into) {
        for (int i = 0; i < t.size; i++) {
            if (breaks(t.word[i], t.nature[i]) || !canStart(t.word[i], t.nature[i])
                    || t.nature[i].startsWith("m") && i + 1 < t.size && t.nature[i + 1].startsWith("q")) {
                continue; // 一次安全生产: a count, not a wording (quoted ones such as “一件事” are taken as they stand)
            }
            int length = 0;
            for (int j = i; j < t.size && j < i + MAX_WORDS; j++) {
                if (breaks(t.word[j], t.nature[j]) || (j > i && !canBeInside(t.word[j], t.nature[j]))
                        || j >= i + 2 && clause(t.nature[j - 2], t.nature[j - 1], t.nature[j])) {
                    break;
                }
                length += t.word[j].length();
                if (length > MAX_CHARS) {
                    break;
                }
                // a run of words that ends in other than a noun, or starts with a plain verb, is a stretch of a
                // sentence (检查企业, 列入执法重点, 职工发现隐患可以), not a wording
                boolean run = j > i;
                if (length >= 2 && canEnd(t.word[j], t.nature[j])
                        && (!run || nounLike(t.nature[j]) && !verbal(t, i))) {
                    String phrase = text.substring(t.start[i], t.end(j));
                    Candidate c = into.get(phrase);
                    if (c == null) {
                        c = new Candidate(phrase);
                        into.put(phrase, c);
                    }
                    if (i == j) {
                        c.singleWord = true;
                    } else {
                        c.nounEnd |= nounLike(t.nature[j]);
                        c.verbStart &= t.nature[i].equals("v");
                        int edges = (i == 0 || setsOff(t.word[i - 1], t.nature[i - 1]) ? 1 : 0)
                                + (j == t.size - 1 || setsOff(t.word[j + 1], t.nature[j + 1]) ? 1 : 0);
                        c.edges = Math.max(c.edges, edges);
                    }
                }
            }
        }
    }

    /** A plain verb, or a verbal noun an adverb makes a predicate (共检查企业): it starts a clause, not a term. */
    private static boolean verbal(Tokens t, int i) {
        return t.nature[i].equals("v") || t.nature[i].equals("vn") && i > 0 && t.nature[i - 1].startsWith("d");
    }

    /**
     * A verb inside a run between a subject or a manner word and its object reads as a clause (企业开展自查,
     * 会议精神形成纪要, 扎实抓好重点), while a verb modifying what follows stays in a term (双重预防机制,
     * 隐患排查治理闭环, where the verbs follow a modifier or each other).
     */
    private static boolean clause(String before, String verb, String after) {
        boolean subjectOrManner = before.startsWith("n") && !before.equals("nz") || before.equals("a") || before.equals("ad")
                || before.startsWith("d");
        return verb.equals("v") && subjectOrManner && (after.startsWith("n") || after.equals("vn"));
    }

    /** Words no phrase runs across: punctuation, anything not a Chinese character, times, people, places. */
    static boolean breaks(String word, String nature) {
        if (nature.startsWith("w") || nature.startsWith("t") || nature.startsWith("nr") || nature.startsWith("ns")
                || nature.startsWith("x") || nature.equals("s")) { // s: 处所词 (当地, and 一起 as in 一起事故)
            return true;
        }
        for (int k = 0; k < word.length(); k++) {
            if (Character.UnicodeScript.of(word.charAt(k)) != Character.UnicodeScript.HAN) {
                return true;
            }
        }
        for (String t : TIME) {
            if (word.endsWith(t)) {
                return true;
            }
        }
        return false;
    }

    /** A word a phrase may stop at: punctuation, a function word, a modal, 是/有. */
    private static boolean setsOff(String word, String nature) {
        return breaks(word, nature) || !canBeInside(word, nature) || nature.startsWith("d");
    }

    /**
     * Not a function word, adverb, measure word or the speaker's own place (全省); a numeral only as one
     * character (一件事, 三管三必须, not 一次).
     */
    private static boolean canStart(String word, String nature) {
        return canBeInside(word, nature) && !nature.startsWith("d") && !nature.equals("ad") && !nature.startsWith("q")
                && !(nature.startsWith("m") && word.length() > 1) && !SCOPE.contains(word) && !LIGHT.contains(word);
    }

    private static boolean canEnd(String word, String nature) {
        return canBeInside(word, nature) && !nature.startsWith("m") && !nature.startsWith("q") && !LIGHT.contains(word);
    }

    /** Not a function word nor 是/有 nor a one-character modal or particle (隐患要整改 is two pieces). */
    private static boolean canBeInside(String word, String nature) {
        return !functionWord(nature) && !nature.equals("vshi") && !nature.equals("vyou") && !EDGE.contains(word);
    }

    /** Prepositions, conjunctions, particles, pronouns, interjections, locatives. */
    private static boolean functionWord(String nature) {
        return nature.startsWith("p") || nature.startsWith("c") || nature.startsWith("u") || nature.startsWith("r")
                || nature.startsWith("y") || nature.startsWith("e") || nature.startsWith("o") || nature.startsWith("f");
    }

    private static boolean nounLike(String nature) {
        return nature.startsWith("n") || nature.equals("vn") || nature.equals("an") || nature.startsWith("g")
                || nature.equals("j") || nature.equals("i") || nature.equals("l") || nature.equals("b");
    }

    private static String sentenceAt(String text, List<TextLayout.Range> paragraphs, int offset) {
        for (TextLayout.Range p : paragraphs) {
            if (offset >= p.start() && offset < p.end()) {
                for (TextLayout.Range s : TextLayout.sentences(text, p)) {
                    if (offset < s.end()) {
                        return s.of(text);
                    }
                }
                return p.of(text);
            }
        }
        return "";
    }

    /** A distinct phrase of the newer speech and how it was cut. */
    static final class Candidate {
        final String phrase;
        int index;
        /** HanLP cut it as one word somewhere. */
        boolean singleWord;
        /** As a run of words, it ended in a noun-like word somewhere. */
        boolean nounEnd;
        /** As a run of words, it always began with a plain verb. */
        boolean verbStart = true;
        /** The most ends (0–2) at which it stood set off from the words around it (punctuation, function words). */
        int edges;

        Candidate(String phrase) {
            this.phrase = phrase;
        }
    }
}
