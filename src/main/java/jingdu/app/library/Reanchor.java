package jingdu.app.library;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jingdu.text.NormalizedText;
import jingdu.text.TextLayout;
import jingdu.text.TextLayout.Range;

/**
 * Finds, in another speech's text, the text an annotation was on: how a merge of near-identical speeches
 * carries tags, notes and corrections over to the one kept. A passage goes where its text is, exactly or
 * once spacing, line breaks and character width are left out ({@link NormalizedText}); of several places,
 * the one nearest to where it was (in proportion to the texts' lengths). A paragraph goes to the paragraph
 * with its text, or the one that holds it (a PDF that joined two paragraphs), or the pieces it was cut into
 * (a PDF that broke one).
 */
final class Reanchor {

    private final String from;
    private final String to;
    private final NormalizedText.Mapped mapped;
    private final List<Range> fromParagraphs;
    private final List<Range> toParagraphs;
    private final List<String> toNormalized = new ArrayList<>();
    private final Map<String, List<Integer>> toByText = new HashMap<>();

    /** Annotations of {@code from} placed in {@code to}. */
    Reanchor(String from, String to) {
        this.from = from;
        this.to = to;
        this.mapped = NormalizedText.mapped(to);
        this.fromParagraphs = TextLayout.paragraphs(from);
        this.toParagraphs = TextLayout.paragraphs(to);
        for (int q = 0; q < toParagraphs.size(); q++) {
            String n = NormalizedText.of(toParagraphs.get(q).of(to));
            toNormalized.add(n);
            toByText.computeIfAbsent(n, k -> new ArrayList<>()).add(q);
        }
    }

    /** Where the text at [start, end) of {@code from} is in {@code to}; empty when it is not there. */
    Optional<Range> span(int start, int end) {
        if (start < 0 || end > from.length() || start >= end) {
            return Optional.empty();
        }
        String quote = from.substring(start, end);
        int expected = (int) Math.round(start * (double) to.length() / Math.max(1, from.length()));
        int best = -1;
        for (int i = to.indexOf(quote); i >= 0; i = to.indexOf(quote, i + 1)) {
            if (best < 0 || Math.abs(i - expected) < Math.abs(best - expected)) {
                best = i;
            }
        }
        if (best >= 0) {
            return Optional.of(new Range(best, best + quote.length()));
        }
        String n = NormalizedText.of(quote);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        String haystack = mapped.text();
        int bestN = -1;
        for (int i = haystack.indexOf(n); i >= 0; i = haystack.indexOf(n, i + 1)) {
            int at = mapped.starts()[i];
            if (bestN < 0 || Math.abs(at - expected) < Math.abs(mapped.starts()[bestN] - expected)) {
                bestN = i;
            }
        }
        return bestN < 0 ? Optional.empty() : Optional.of(mapped.original(bestN, bestN + n.length()));
    }

    /** The paragraphs of {@code to} that paragraph {@code p} of {@code from} went to, in order; empty when none. */
    List<Integer> paragraph(int p) {
        if (p < 0 || p >= fromParagraphs.size()) {
            return List.of();
        }
        String n = NormalizedText.of(fromParagraphs.get(p).of(from));
        if (n.isEmpty()) {
            return List.of();
        }
        int expected = (int) Math.round(p * (double) toParagraphs.size() / Math.max(1, fromParagraphs.size()));
        List<Integer> same = toByText.getOrDefault(n, List.of());
        if (!same.isEmpty()) {
            return List.of(nearest(same, expected));
        }
        List<Integer> holding = new ArrayList<>();
        for (int q = 0; q < toNormalized.size(); q++) {
            String t = toNormalized.get(q);
            // a line's worth, or a third of the paragraph: a heading such as 一、 is in many paragraphs and is none of them
            if (t.contains(n) && (n.length() >= 10 || 3 * n.length() >= t.length())) {
                holding.add(q);
            }
        }
        if (!holding.isEmpty()) {
            return List.of(nearest(holding, expected));
        }
        List<Integer> pieces = new ArrayList<>();
        int covered = 0;
        for (int q = 0; q < toNormalized.size(); q++) {
            String t = toNormalized.get(q);
            if (t.length() >= 4 && n.contains(t)) {
                pieces.add(q);
                covered += t.length();
            }
        }
        return 3 * covered >= 2 * n.length() ? List.copyOf(pieces) : List.of();
    }

    /** The range of paragraph {@code q} of {@code to}. */
    Range toParagraph(int q) {
        return toParagraphs.get(q);
    }

    /** The index of the paragraph of {@code from} whose range is exactly [start, end), or -1. */
    int fromParagraphAt(int start, int end) {
        for (int p = 0; p < fromParagraphs.size(); p++) {
            Range r = fromParagraphs.get(p);
            if (r.start() == start && r.end() == end) {
                return p;
            }
        }
        return -1;
    }

    String to() {
        return to;
    }

    private static int nearest(List<Integer> candidates, int expected) {
        int best = candidates.get(0);
        for (int c : candidates) {
            if (Math.abs(c - expected) < Math.abs(best - expected)) {
                best = c;
            }
        }
        return best;
    }
}
