package jingdu.ui.compare;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jingdu.app.compare.ComparisonWords;
import jingdu.model.AlignedObligation;
import jingdu.model.ComparedObligation;
import jingdu.model.Comparison;
import jingdu.model.NewPhrase;
import jingdu.model.TaskChange;

/**
 * The 对比 view's state, without a scene: the comparison and its new wordings, the status and sector filters, the
 * rows they leave, the selected row, and which older speech the left text shows (a collection has several). The
 * view binds to it; it answers which row a click in either text meant and what each text highlights.
 */
public final class CompareModel {

    /** The two texts. */
    public enum Side { OLDER, NEWER }

    /** A range of a text and the style classes it takes. */
    public record Mark(int start, int end, List<String> classes) {
    }

    /** Style classes (colours in jingdu.css / jingdu-dark.css). */
    public static final String SELECTED = "compare-selected";
    public static final String PHRASE = "compare-phrase";

    private final ObjectProperty<Comparison> comparison = new SimpleObjectProperty<>();
    private final ObservableList<NewPhrase> phrases = FXCollections.observableArrayList();
    private final ObjectProperty<TaskChange> statusFilter = new SimpleObjectProperty<>();
    private final StringProperty sectorFilter = new SimpleStringProperty();
    private final ObservableList<AlignedObligation> shown = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<AlignedObligation> selected = new ReadOnlyObjectWrapper<>();
    private final LongProperty olderShown = new SimpleLongProperty(-1);

    public CompareModel() {
        statusFilter.addListener((o, a, b) -> filter());
        sectorFilter.addListener((o, a, b) -> filter());
    }

    /** A new result: filters kept, the selection cleared, the left text on the first older speech. */
    public void setResult(Comparison c, List<NewPhrase> newPhrases) {
        selected.set(null);
        phrases.setAll(newPhrases == null ? List.of() : newPhrases);
        olderShown.set(c == null || c.olderSpeechIds().isEmpty() ? -1 : c.olderSpeechIds().get(0));
        comparison.set(c);
        filter();
    }

    public ReadOnlyObjectProperty<Comparison> comparisonProperty() {
        return comparison;
    }

    public Comparison comparison() {
        return comparison.get();
    }

    public ObservableList<NewPhrase> phrases() {
        return phrases;
    }

    /** Null: every status. */
    public ObjectProperty<TaskChange> statusFilterProperty() {
        return statusFilter;
    }

    /** A sector id; null: every sector. */
    public StringProperty sectorFilterProperty() {
        return sectorFilter;
    }

    /** The rows the filters leave, in the comparison's order. */
    public ObservableList<AlignedObligation> shown() {
        return shown;
    }

    public ReadOnlyObjectProperty<AlignedObligation> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public AlignedObligation selected() {
        return selected.get();
    }

    /** The older speech the left text shows (-1: none). */
    public LongProperty olderShownProperty() {
        return olderShown;
    }

    /** Every row of the comparison (none before the first result). */
    public List<AlignedObligation> rows() {
        return comparison.get() == null ? List.of() : comparison.get().rows();
    }

    /** The sector ids any row names, in the rows' order (the sector filter's choices). */
    public List<String> sectors() {
        Set<String> ids = new LinkedHashSet<>();
        rows().forEach(r -> ids.addAll(ComparisonWords.sectorIds(r)));
        return List.copyOf(ids);
    }

    public ComparisonWords.Counts counts() {
        return ComparisonWords.Counts.of(rows());
    }

    /** True when the row passes both filters. */
    public boolean passes(AlignedObligation row) {
        TaskChange status = statusFilter.get();
        String sector = sectorFilter.get();
        return (status == null || row.change() == status)
                && (sector == null || ComparisonWords.sectorIds(row).contains(sector));
    }

    private void filter() {
        List<AlignedObligation> keep = new ArrayList<>();
        for (AlignedObligation r : rows()) {
            if (passes(r)) {
                keep.add(r);
            }
        }
        shown.setAll(keep);
        if (selected.get() != null && !keep.contains(selected.get())) {
            selected.set(null);
        }
    }

    /**
     * Selects a row (null: none); when its older side is in another speech of the older side, the left text
     * shows that speech.
     */
    public void select(AlignedObligation row) {
        if (row != null && row.older() != null && row.older().speechId() != olderShown.get()) {
            olderShown.set(row.older().speechId());
        }
        selected.set(row);
    }

    /** The shown row whose task in the newer text holds {@code offset}; null when none. */
    public AlignedObligation rowAtNewer(int offset) {
        for (AlignedObligation r : shown) {
            if (covers(r.newer(), offset)) {
                return r;
            }
        }
        return null;
    }

    /** The shown row whose task in the older speech now shown holds {@code offset}; null when none. */
    public AlignedObligation rowAtOlder(int offset) {
        for (AlignedObligation r : shown) {
            if (r.older() != null && r.older().speechId() == olderShown.get() && covers(r.older(), offset)) {
                return r;
            }
        }
        return null;
    }

    /** Clicks a text: selects the row whose task is there (null and nothing changed when there is none). */
    public AlignedObligation clickAt(Side side, int offset) {
        AlignedObligation row = side == Side.NEWER ? rowAtNewer(offset) : rowAtOlder(offset);
        if (row != null) {
            select(row);
        }
        return row;
    }

    /** The selected row's task on {@code side} (its partner, seen from the other side); null when it has none. */
    public ComparedObligation selectedOn(Side side) {
        AlignedObligation r = selected.get();
        if (r == null) {
            return null;
        }
        return side == Side.NEWER ? r.newer() : r.older();
    }

    private static boolean covers(ComparedObligation o, int offset) {
        return o != null && offset >= o.start() && offset < o.end();
    }

    /**
     * What a text highlights: each shown row's task on that side as its status's class (the selected one framed
     * too), and in the newer text each new wording's first use.
     */
    public List<Mark> marks(Side side) {
        List<Mark> out = new ArrayList<>();
        AlignedObligation chosen = selected.get();
        for (AlignedObligation r : shown) {
            ComparedObligation o = side == Side.NEWER ? r.newer() : r.older();
            if (o == null || side == Side.OLDER && o.speechId() != olderShown.get()) {
                continue;
            }
            String status = "compare-" + ComparisonWords.key(r.change());
            out.add(new Mark(o.start(), o.end(), r == chosen ? List.of(status, SELECTED) : List.of(status)));
        }
        if (side == Side.NEWER) {
            for (NewPhrase p : phrases) {
                out.add(new Mark(p.start(), p.end(), List.of(PHRASE)));
            }
        }
        return out;
    }

    /** The classes on every character of a text of {@code length}: the marks laid over each other, as runs. */
    public static List<Run> runs(int length, Collection<Mark> marks) {
        java.util.TreeSet<Integer> cuts = new java.util.TreeSet<>(List.of(0, length));
        for (Mark m : marks) {
            int s = Math.max(0, Math.min(length, m.start()));
            int e = Math.max(0, Math.min(length, m.end()));
            if (e > s) {
                cuts.add(s);
                cuts.add(e);
            }
        }
        List<Run> out = new ArrayList<>();
        Integer from = null;
        for (int cut : cuts) {
            if (from != null && cut > from) {
                Set<String> classes = new LinkedHashSet<>();
                for (Mark m : marks) {
                    if (m.start() <= from && m.end() >= cut) {
                        classes.addAll(m.classes());
                    }
                }
                List<String> list = List.copyOf(classes);
                if (!out.isEmpty() && out.get(out.size() - 1).classes().equals(list)) {
                    Run last = out.remove(out.size() - 1);
                    out.add(new Run(last.length() + cut - from, list));
                } else {
                    out.add(new Run(cut - from, list));
                }
            }
            from = cut;
        }
        return out;
    }

    /** {@code length} characters with {@code classes}. */
    public record Run(int length, List<String> classes) {
    }
}
