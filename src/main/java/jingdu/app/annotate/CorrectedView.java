package jingdu.app.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jingdu.model.Analysis;
import jingdu.model.Correction;
import jingdu.model.CorrectionKind;
import jingdu.model.LevelSuggestion;
import jingdu.model.Obligation;
import jingdu.model.ParagraphInfo;
import jingdu.model.SectorMention;
import jingdu.model.Strength;

/**
 * The engine's analysis with the user's corrections applied: what the reader shows as decided and every
 * export prints. Pure: the same analysis and corrections always give the same view.
 *
 * <p>A correction is found by its span when the text there is still its quote; otherwise by the nearest
 * occurrence of the quote (the text was edited before it); otherwise, or when the engine no longer marks
 * anything there to correct, it is listed in {@link #needingLook()} and kept, never dropped.
 */
public record CorrectedView(Analysis analysis, List<Correction> applied, List<Correction> needingLook,
                            Set<Span> decided) {

    /** A span the user decided on (an obligation or a sector term), for the reader's "decided by me" mark. */
    public record Span(int start, int end) {
    }

    public CorrectedView {
        applied = List.copyOf(applied);
        needingLook = List.copyOf(needingLook);
        decided = Set.copyOf(decided);
    }

    /** True when the user, not the engine, decided this obligation or sector mark. */
    public boolean decidedByUser(int start, int end) {
        return decided.contains(new Span(start, end));
    }

    /**
     * Only what the user decided: the obligations and sector marks they added or corrected, and no level
     * suggestions (the reader's "只看已确认" view; tags and notes are the user's anyway).
     */
    public Analysis decidedOnly() {
        List<ParagraphInfo> paragraphs = analysis.paragraphs().stream().map(p -> p.withSuggestions(List.of())).toList();
        return new Analysis(analysis.text(), paragraphs,
                analysis.sectors().stream().filter(m -> decidedByUser(m.start(), m.end())).toList(),
                analysis.obligations().stream().filter(o -> decidedByUser(o.start(), o.end())).toList());
    }

    /** The engine's view, unchanged: no corrections. */
    public static CorrectedView of(Analysis engine) {
        return new CorrectedView(engine, List.of(), List.of(), Set.of());
    }

    public static CorrectedView apply(Analysis engine, List<Correction> corrections) {
        String text = engine.text();
        List<Obligation> obligations = new ArrayList<>(engine.obligations());
        List<SectorMention> sectors = new ArrayList<>(engine.sectors());
        List<ParagraphInfo> paragraphs = new ArrayList<>(engine.paragraphs());
        List<Correction> applied = new ArrayList<>();
        List<Correction> look = new ArrayList<>();
        Set<Span> decided = new HashSet<>();
        // adds first, so a duty bearer or deadline set on an added task finds it; dismissals last
        List<Correction> ordered = corrections.stream().sorted(Comparator.comparingInt(CorrectedView::order)).toList();
        for (Correction k : ordered) {
            Optional<Correction> found = locate(text, k);
            if (found.isEmpty()) {
                look.add(k);
                continue;
            }
            Correction c = found.get();
            boolean ok = switch (c.kind()) {
                case ADD_OBLIGATION -> add(obligations, c, decided);
                case SET_STRENGTH, SET_ACTOR, SET_DEADLINE -> edit(obligations, c, decided);
                case DISMISS_OBLIGATION -> { // nothing marked there any more: the decision still holds, nothing to do
                    target(obligations, c).ifPresent(obligations::remove);
                    yield true;
                }
                case DISMISS_SECTOR -> {
                    sectors.removeIf(m -> overlap(m.start(), m.end(), c) > 0);
                    yield true;
                }
                case SET_SECTOR -> {
                    sectors.removeIf(m -> overlap(m.start(), m.end(), c) > 0);
                    sectors.add(new SectorMention(c.start(), c.end(), c.value(), c.quote()));
                    decided.add(new Span(c.start(), c.end()));
                    yield true;
                }
                case REJECT_LEVEL -> reject(paragraphs, c);
            };
            (ok ? applied : look).add(k);
        }
        obligations.sort(Comparator.comparingInt(Obligation::start).thenComparingInt(Obligation::end));
        sectors.sort(Comparator.comparingInt(SectorMention::start).thenComparingInt(SectorMention::end));
        return new CorrectedView(new Analysis(text, paragraphs, sectors, obligations), applied, look, decided);
    }

    private static int order(Correction k) {
        return switch (k.kind()) {
            case ADD_OBLIGATION -> 0;
            case DISMISS_OBLIGATION -> 2;
            default -> 1;
        };
    }

    /** The correction where its quote now is: at its own offsets, else the occurrence nearest to them. */
    static Optional<Correction> locate(String text, Correction k) {
        String quote = k.quote();
        if (quote.isEmpty()) {
            return Optional.empty();
        }
        if (k.start() >= 0 && k.end() - k.start() == quote.length() && text.startsWith(quote, k.start())) {
            return Optional.of(k);
        }
        int best = -1;
        for (int i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) {
            if (best < 0 || Math.abs(i - k.start()) < Math.abs(best - k.start())) {
                best = i;
            }
        }
        if (best < 0) {
            return Optional.empty();
        }
        return Optional.of(new Correction(k.id(), k.speechId(), k.kind(), best, best + quote.length(), quote, k.value(),
                k.createdAt()));
    }

    private static boolean add(List<Obligation> obligations, Correction c, Set<Span> decided) {
        Strength strength = Strength.fromId(c.value()).orElse(Strength.REQUIRED);
        Optional<Obligation> there = target(obligations, c);
        if (there.isPresent()) { // the engine marks it after all (a newer version): keep its bearer, take the strength
            Obligation o = there.get();
            obligations.set(obligations.indexOf(o), new Obligation(o.start(), o.end(), strength, o.actor(), o.deadline()));
            decided.add(new Span(o.start(), o.end()));
        } else {
            obligations.add(new Obligation(c.start(), c.end(), strength, null, null));
            decided.add(new Span(c.start(), c.end()));
        }
        return true;
    }

    private static boolean edit(List<Obligation> obligations, Correction c, Set<Span> decided) {
        Optional<Obligation> there = target(obligations, c);
        if (there.isEmpty()) {
            return false; // nothing to correct here any more: the user should look
        }
        Obligation o = there.get();
        Obligation changed = switch (c.kind()) {
            case SET_STRENGTH -> new Obligation(o.start(), o.end(),
                    Strength.fromId(c.value()).orElse(o.strength()), o.actor(), o.deadline());
            case SET_ACTOR -> new Obligation(o.start(), o.end(), o.strength(), c.value(), o.deadline());
            default -> new Obligation(o.start(), o.end(), o.strength(), o.actor(), c.value());
        };
        obligations.set(obligations.indexOf(o), changed);
        decided.add(new Span(o.start(), o.end()));
        return true;
    }

    /** The obligation that overlaps the correction's span most, if any overlaps it at all. */
    private static Optional<Obligation> target(List<Obligation> obligations, Correction c) {
        Obligation best = null;
        int most = 0;
        for (Obligation o : obligations) {
            int n = overlap(o.start(), o.end(), c);
            if (n > most) {
                most = n;
                best = o;
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean reject(List<ParagraphInfo> paragraphs, Correction c) {
        for (int i = 0; i < paragraphs.size(); i++) {
            ParagraphInfo p = paragraphs.get(i);
            if (overlap(p.start(), p.end(), c) > 0) {
                List<LevelSuggestion> kept = p.suggestions().stream()
                        .filter(s -> !s.level().id().equals(c.value())).toList();
                paragraphs.set(i, p.withSuggestions(kept));
                return true; // rejected even if the engine no longer suggests it: it must not come back
            }
        }
        return false;
    }

    private static int overlap(int start, int end, Correction c) {
        return Math.max(0, Math.min(end, c.end()) - Math.max(start, c.start()));
    }
}
