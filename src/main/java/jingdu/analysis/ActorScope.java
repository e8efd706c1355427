package jingdu.analysis;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inherited duty bearers (guide section 6): a directive without a subject of its own takes, in this order,
 * (a) the bearer of the nearest earlier directive of the same paragraph and list item (an item continued in
 * the next paragraph keeps it); (b) for a sentence in a list item, the nearest bearer of the list's lead, the
 * text between the enclosing heading and the list's first item; (c) the bearer of the enclosing heading.
 * Nothing crosses a top-level heading (一、) or passes between sibling paragraphs or items; no bearer → null.
 * <p>
 * Headings and list items form a stack of sections. A marker type seen again closes the sections opened
 * since its earlier sibling; a new type opens a nested list. One instance reads one text, in order.
 */
final class ActorScope {

    /** Kinds of list-item marker; nesting follows the order in which a text uses them, not this order. */
    /**
     * The explicit bearer of a relayed directive that names no addressee (他强调，要…): the sentence's bearer is
     * null and nothing is inherited. Compared by identity.
     */
    @SuppressWarnings("StringOperationCanBeSimplified")
    static final String NOBODY = new String("");

    enum Marker { TOP, PAREN, ARABIC, ARABIC_PAREN, ORDINAL, DI, QI, DASH, SECTOR }

    private static final Pattern TOP = Pattern.compile("^[一二三四五六七八九十]+、");
    private static final Pattern PAREN = Pattern.compile("^[（(][一二三四五六七八九十]+[）)]");
    private static final Pattern ARABIC = Pattern.compile("^[0-9]{1,2}[.．、](?![0-9])");
    private static final Pattern ARABIC_PAREN = Pattern.compile("^[（(][0-9]{1,2}[）)]");
    private static final Pattern ORDINAL = Pattern.compile("^[一二三四五六七八九十]{1,2}[是要](?!求)");
    private static final Pattern DI = Pattern.compile("^第[一二三四五六七八九十]{1,2}[，,、：:．.]");
    private static final Pattern QI = Pattern.compile("^其[一二三四五六七八九十][，,、]");
    private static final Pattern DASH = Pattern.compile("^——");
    /** A sector label opening a run of tasks: 煤矿方面，要… / 建筑施工领域。 (not 一方面, 各方面, 在…方面). */
    private static final Pattern SECTOR = Pattern.compile(
            "^(?!一方面|另一方面|各方面|这方面|那方面|其他|其它|在|从|对|关于|加强|突出|抓好|聚焦|强化|深化|做好|针对|围绕"
            // topics of management, not sectors: 考核方面，… / 纪律方面，… open no list item
            + "|考核|纪律|制度|作风|思想|宣传|培训|投入|资金|保障|责任|问责|组织|工作|机制|队伍)"
            + "[^，,。；;：:！？!?“”要必应]{2,16}(方面|领域)[，,。：:]");
    /** An enumeration inside a sentence: 会议要求：一是必须… / 会议要求，一要… */
    private static final Pattern INNER = Pattern.compile(
            "[：:，,](?:[一二三四五六七八九十]{1,2}[是要](?!求)|第[一二三四五六七八九十]{1,2}[，,、])");

    private static final class Section {
        final Marker type;
        final boolean heading;
        final Section parent;
        /** Nearest bearer of the list's lead, for rule (b); null for the root and top-level headings. */
        final String lead;
        final int paragraph;
        String headingActor;
        /** Last bearer in this section's own text, outside its items: the lead of a list it opens. */
        String bodyLast;
        int bodyLastParagraph = -1;

        Section(Marker type, boolean heading, Section parent, String lead, int paragraph) {
            this.type = type;
            this.heading = heading;
            this.parent = parent;
            this.lead = lead;
            this.paragraph = paragraph;
        }
    }

    private final Deque<Section> stack = new ArrayDeque<>();
    private final Section root = new Section(null, true, null, null, -1);
    private int paragraph = -1;
    private boolean previousEndsWithColon;
    private boolean scopeSet;
    private String scopeLast;
    private boolean headingSentence;
    private boolean headingParagraph;
    private String lastParagraphText = "";

    ActorScope() {
        stack.push(root);
    }

    /**
     * A new paragraph: its stripped text, whether it is a short heading paragraph, and the next paragraph's
     * text ("" at the end), which tells whether a list item of the previous paragraph goes on in this one.
     */
    void paragraph(String text, boolean headingParagraph, String next) {
        previousEndsWithColon = lastParagraphText.endsWith("：") || lastParagraphText.endsWith(":");
        lastParagraphText = text;
        paragraph++;
        boolean continued = false;
        while (stack.peek() != root && !stack.peek().heading) {
            Section item = stack.peek();
            boolean startsSibling = marker(text, true) == item.type;
            if (startsSibling || laterMarker(text, item.type) || marker(next, true) == item.type) {
                continued = !startsSibling; // a sibling item closes it itself; otherwise the item goes on here
                break;
            }
            Marker opens = marker(text, true);
            if (previousEndsWithColon && opens != null && opens != Marker.TOP && !onStack(opens)) {
                break; // （二）…各县要排查，重点是： then 1.… 2.…: a list nested in the item, led by it
            }
            stack.pop();
        }
        if (!continued) {
            scopeSet = false;
            scopeLast = null;
        }
        this.headingParagraph = headingParagraph;
    }

    /**
     * The bearer of one sentence: {@code explicit} when it names one, else the inherited one; null for a
     * sentence that is no directive ({@code obligation} false), which still opens list items.
     */
    String sentence(String sentence, boolean paragraphStart, boolean obligation, String explicit) {
        headingSentence = false;
        boolean nobody = explicit == NOBODY;
        if (nobody) {
            explicit = null;
        }
        Marker m = marker(sentence, paragraphStart);
        int innerAt = -1;
        if (m == null && mayEnumerate(sentence)) {
            Matcher inner = INNER.matcher(sentence);
            if (inner.find()) {
                m = marker(sentence.substring(inner.start() + 1), false);
                innerAt = m == null ? -1 : inner.start();
            }
        }
        if (m != null) {
            // a list opening inside a sentence (…要做到“四个到位”：一是…) is led first by the sentence's own text
            // before the first item and what this paragraph said before it, then by the section's earlier text
            String leadHere = null;
            if (innerAt >= 0) {
                int at = explicit == null ? -1 : sentence.indexOf(explicit);
                leadHere = at >= 0 && at < innerAt ? explicit : nobody ? null : inherited();
            }
            open(m, paragraphStart && (m == Marker.TOP || headingParagraph), !paragraphStart || innerAt >= 0, leadHere);
        }
        String actor = nobody ? null : explicit != null ? explicit : inherited();
        if (headingSentence) {
            stack.peek().headingActor = obligation ? actor : inherited();
        }
        if (!obligation) {
            return null;
        }
        scopeSet = true;
        scopeLast = actor;
        if (actor != null) {
            Section top = stack.peek();
            top.bodyLast = actor;
            top.bodyLastParagraph = paragraph;
        }
        return actor;
    }

    private void open(Marker m, boolean heading, boolean inline, String leadHere) {
        Section sibling = null;
        if (m == Marker.TOP) {
            while (stack.peek() != root) {
                stack.pop();
            }
        } else {
            for (Section s : stack) {
                if (s.type == m) {
                    sibling = s;
                    break;
                }
            }
            if (sibling != null) {
                while (stack.peek() != sibling) {
                    stack.pop();
                }
                stack.pop();
            }
        }
        Section parent = stack.peek();
        String lead;
        if (m == Marker.TOP) {
            lead = null;
        } else if (sibling != null) {
            lead = sibling.lead;
        } else if (inline && leadHere != null) {
            lead = leadHere;
        } else if (parent == root) {
            // before any heading only a lead-in of this paragraph or one ending with a colon counts
            lead = root.bodyLastParagraph == paragraph || previousEndsWithColon && root.bodyLastParagraph == paragraph - 1
                    ? root.bodyLast : null;
        } else {
            lead = parent.bodyLast;
        }
        stack.push(new Section(m, heading, parent, lead, paragraph));
        headingSentence = true;
        scopeSet = false;
        scopeLast = null;
    }

    /** Rules (a), (b), (c) for a sentence without a subject of its own. */
    private String inherited() {
        if (scopeSet) {
            return scopeLast;
        }
        Section s = stack.peek();
        if (s == root) {
            return null;
        }
        if (s.lead != null) {
            return s.lead;
        }
        if (headingSentence) {
            return s.parent == root ? null : s.parent.headingActor;
        }
        return s.headingActor;
    }

    private boolean onStack(Marker type) {
        for (Section s : stack) {
            if (s.type == type) {
                return true;
            }
        }
        return false;
    }

    /** True when a sentence of {@code paragraph} after its first opens an item of type {@code type}. */
    private static boolean laterMarker(String paragraph, Marker type) {
        for (int i = 0; i < paragraph.length(); i++) {
            char c = paragraph.charAt(i);
            if (c == '。' || c == '；' || c == ';' || c == '！' || c == '？' || c == '!' || c == '?') {
                int k = i + 1;
                while (k < paragraph.length() && "”’」』）)】》".indexOf(paragraph.charAt(k)) >= 0) {
                    k++;
                }
                if (k < paragraph.length() && marker(paragraph.substring(k, Math.min(paragraph.length(), k + 24)), false) == type) {
                    return true;
                }
            }
        }
        return false;
    }

    /** What INNER needs: a colon or comma followed by a numeral or 第 (most sentences have none). */
    private static boolean mayEnumerate(String s) {
        for (int i = 0; i + 1 < s.length(); i++) {
            if ("：:，,".indexOf(s.charAt(i)) >= 0 && (NUMERALS.indexOf(s.charAt(i + 1)) >= 0 || s.charAt(i + 1) == '第')) {
                return true;
            }
        }
        return false;
    }

    private static final String NUMERALS = "一二三四五六七八九十";

    /**
     * The list-item marker that opens {@code s}, or null; 一、 only opens a paragraph. Each pattern is tried only
     * when {@code s} opens with a character it can open with.
     */
    static Marker marker(String s, boolean paragraphStart) {
        if (s.isEmpty()) {
            return null;
        }
        char c = s.charAt(0);
        boolean numeral = NUMERALS.indexOf(c) >= 0;
        boolean paren = c == '（' || c == '(';
        if (paragraphStart && numeral && TOP.matcher(s).lookingAt()) {
            return Marker.TOP;
        }
        if (paren && PAREN.matcher(s).lookingAt()) {
            return Marker.PAREN;
        }
        if (paren && ARABIC_PAREN.matcher(s).lookingAt()) {
            return Marker.ARABIC_PAREN;
        }
        if (c >= '0' && c <= '9' && ARABIC.matcher(s).lookingAt()) {
            return Marker.ARABIC;
        }
        if (numeral && ORDINAL.matcher(s).lookingAt()) {
            return Marker.ORDINAL;
        }
        if (c == '第' && DI.matcher(s).lookingAt()) {
            return Marker.DI;
        }
        if (c == '其' && QI.matcher(s).lookingAt()) {
            return Marker.QI;
        }
        if (c == '—' && DASH.matcher(s).lookingAt()) {
            return Marker.DASH;
        }
        // a sector label ends in 方面 or 领域: without one the pattern (and its backtracking) is not tried
        return (s.contains("方面") || s.contains("领域")) && SECTOR.matcher(s).lookingAt() ? Marker.SECTOR : null;
    }
}
