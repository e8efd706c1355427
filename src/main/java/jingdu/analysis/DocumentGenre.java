package jingdu.analysis;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What kind of text the engine reads, as far as responsibility levels care (guide section 4): an
 * enterprise's own text (company news, a company notice), where 各单位、各部门, 分管领导 and 班组 are units of
 * the enterprise, not government; and whether the text as a whole is about work safety, so that a speech
 * on the economy gets levels only in its paragraphs on safety. Word lists in {@code lexicon/genre-words.tsv}.
 *
 * @param enterprise the text is an enterprise's own
 * @param safety     the text as a whole is about work safety
 */
record DocumentGenre(boolean enterprise, boolean safety) {

    /** A text reads as being about safety from this many safety words per thousand characters. */
    static final int SAFETY_PER_MILLE = 6;
    /** A text reads as being about safety when this share of its body paragraphs speaks of safety. */
    static final int SAFETY_PARAGRAPHS_PERCENT = 40;
    /** A text with fewer body paragraphs than this is taken to be about safety. */
    static final int MIN_PARAGRAPHS = 4;
    /**
     * A run of this many body paragraphs in a row without a safety word is a section on another subject (the economy
     * part of a mayor's executive meeting): such a text is not about safety as a whole, and only its paragraphs and
     * sections on safety suggest levels. Safety speeches have at most two such paragraphs in a row.
     */
    static final int OTHER_SUBJECT_RUN = 4;
    /** Paragraphs shorter than this (titles, dates, 主送 lines) are no body paragraphs. */
    static final int BODY_PARAGRAPH = 20;
    /** Enterprise self-references needed (with fewer government words) to make a text an enterprise's own. */
    static final int ENTERPRISE_MIN = 3;
    /** Weight of an enterprise organiser in the title or opening (集团公司召开…). */
    static final int ORGANIZER_WEIGHT = 3;
    /** How much of the text's start holds its title and opening. */
    static final int OPENING = 200;

    static final DocumentGenre SAFETY_SPEECH = new DocumentGenre(false, true);

    private static final List<String> SELF = NonDirectives.WORDS.list("enterprise-self");
    private static final List<String> UNITS = NonDirectives.WORDS.list("enterprise-unit");
    private static final List<String> GOVERNMENT = NonDirectives.WORDS.list("government");
    private static final List<String> SAFETY = NonDirectives.WORDS.list("safety");
    private static final List<String> SAFETY_OTHER = NonDirectives.WORDS.list("safety-other");
    private static final Pattern ORGANIZER = Pattern.compile("(" + NonDirectives.alternation(
            NonDirectives.WORDS.list("enterprise-organizer")) + ")(党委|党总支|工会)?(召开|举行|举办|组织召开|组织开展|开展|印发|下发|关于)");
    /** 今天召开集团…会议, 召开公司…会: a meeting of the enterprise named after the verb (speech openings). */
    private static final Pattern MEETING_OF = Pattern.compile("(召开|举行|举办)了?(本|全)?(" + NonDirectives.alternation(
            NonDirectives.WORDS.list("enterprise-meeting")) + ")");
    /**
     * 集团安全环保部要…, 公司审计部: the enterprise naming its own department; a government text names a company with
     * its proper name and rarely its departments. Each one counts as a self-reference.
     */
    private static final Pattern OWN_DEPARTMENT = Pattern.compile(
            "(集团|公司)(?!内部|全部|外部|局部|总部|下属)[\\u4e00-\\u9fa5]{1,5}?部(?![门分署位])");

    static DocumentGenre of(String text) {
        int self = count(text, SELF) + ownDepartments(text);
        String opening = text.substring(0, Math.min(text.length(), OPENING));
        boolean organizer = ORGANIZER.matcher(opening).find() || MEETING_OF.matcher(opening).find();
        // 车间, 班组 alone also fill a government notice addressed to enterprises: the text must speak as one
        boolean speaksAsEnterprise = organizer || self >= ENTERPRISE_MIN - 1;
        int score = self + count(text, UNITS) + (organizer ? ORGANIZER_WEIGHT : 0);
        int government = count(text, GOVERNMENT);
        boolean enterprise = speaksAsEnterprise && score >= ENTERPRISE_MIN && score > government;
        return new DocumentGenre(enterprise, aboutSafety(text));
    }

    private static int ownDepartments(String text) {
        int n = 0;
        for (Matcher m = OWN_DEPARTMENT.matcher(text); m.find(); ) {
            n++;
        }
        return n;
    }

    /**
     * Dense in safety words, and spread over the text: not one safety section in a speech on the economy, nor a
     * speech with a whole section on something else.
     */
    private static boolean aboutSafety(String text) {
        int paragraphs = 0;
        int onSafety = 0;
        int words = 0;
        int run = 0;
        int longestRun = 0;
        for (int from = 0; from < text.length(); ) {
            int nl = text.indexOf('\n', from);
            int to = nl < 0 ? text.length() : nl;
            String p = text.substring(from, to).strip();
            int n = safetyWords(p);
            words += n;
            // title, filing and date lines are too short to say what a text is about
            if (p.length() >= BODY_PARAGRAPH) {
                paragraphs++;
                if (n > 0) {
                    onSafety++;
                    run = 0;
                } else {
                    longestRun = Math.max(longestRun, ++run);
                }
            }
            from = to + 1;
        }
        if (paragraphs < MIN_PARAGRAPHS) {
            return true; // too short to tell: the engine's texts are about safety unless shown otherwise
        }
        return words * 1000L >= (long) SAFETY_PER_MILLE * Math.max(1, text.length())
                && onSafety * 100L >= (long) SAFETY_PARAGRAPHS_PERCENT * paragraphs
                && longestRun < OTHER_SUBJECT_RUN;
    }

    /** Safety words in {@code s}, not counting safety of other kinds (粮食安全). */
    static int safetyWords(String s) {
        return count(s, SAFETY) - count(s, SAFETY_OTHER);
    }

    private static int count(String s, List<String> words) {
        int n = 0;
        for (String w : words) {
            for (int k = s.indexOf(w); k >= 0; k = s.indexOf(w, k + w.length())) {
                n++;
            }
        }
        return n;
    }
}
