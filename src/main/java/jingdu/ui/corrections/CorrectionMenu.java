package jingdu.ui.corrections;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

import javafx.scene.control.IndexRange;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.stage.Window;
import jingdu.app.annotate.AnnotationException;
import jingdu.app.annotate.Annotator;
import jingdu.i18n.I18n;
import jingdu.i18n.UserFailure;
import jingdu.model.Analysis;
import jingdu.model.CorrectionKind;
import jingdu.model.Level;
import jingdu.model.Obligation;
import jingdu.model.SectorCatalog;
import jingdu.model.SectorMention;
import jingdu.model.Strength;
import jingdu.ui.reader.Labels;
import jingdu.ui.reader.ReaderView;

/**
 * The reader's corrections of the engine: the context-menu items for the obligation, sector term or selection
 * at a place in the text, the duty bearer and deadline dialogs, and rejecting a level suggestion. Each action is
 * one undoable {@link Annotator} command; {@code changed} then lets the window redraw from its kept analysis.
 */
public final class CorrectionMenu {

    public static final String DISMISS_ID = "menu-correct-dismiss";
    public static final String STRENGTH_ID = "menu-correct-strength";
    public static final String ACTOR_ID = "menu-correct-actor";
    public static final String DEADLINE_ID = "menu-correct-deadline";
    public static final String ADD_ID = "menu-correct-add";
    public static final String NOT_SECTOR_ID = "menu-correct-not-sector";
    public static final String RELABEL_ID = "menu-correct-relabel";
    public static final String MARK_SECTOR_ID = "menu-correct-mark-sector";

    private static final Strength[] STRENGTHS = {Strength.MANDATORY, Strength.REQUIRED, Strength.ADVISORY};

    private final Annotator annotator;
    private final I18n i18n;
    private final Window owner;
    private final ReaderView reader;
    private final LongSupplier speechId;
    private final Consumer<String> status;
    private final BiConsumer<String, String> error;
    private final Runnable changed;
    /** Asks (or remembers) whether a sector correction holds everywhere: true, false, or empty for cancel. */
    private Function<String, Optional<Boolean>> everywhere = term -> Optional.of(false);
    /** The user's word list changed: the engine must read the speech again. */
    private Runnable wordsChanged = () -> { };

    /**
     * {@code speechId}: the open speech (negative for none); {@code error}: header and message of a failure the
     * user must see (the library could not be written).
     */
    public CorrectionMenu(Annotator annotator, I18n i18n, Window owner, ReaderView reader, LongSupplier speechId,
                          Consumer<String> status, BiConsumer<String, String> error, Runnable changed) {
        this.annotator = annotator;
        this.i18n = i18n;
        this.owner = owner;
        this.reader = reader;
        this.speechId = speechId;
        this.status = status;
        this.error = error;
        this.changed = changed;
    }

    /** Sector corrections ask {@code everywhere} (given the words) and, for every speech, call {@code wordsChanged}. */
    public void scopeFrom(Function<String, Optional<Boolean>> everywhere, Runnable wordsChanged) {
        this.everywhere = everywhere;
        this.wordsChanged = wordsChanged;
    }

    /** The items for the place {@code offset} of the text (and the reader's selection); empty when none apply. */
    public List<MenuItem> items(int offset) {
        Analysis shown = reader.shown();
        List<MenuItem> items = new ArrayList<>();
        if (shown == null || speechId.getAsLong() < 0) {
            return items;
        }
        IndexRange sel = reader.area().getSelection();
        Obligation task = obligationAt(shown, offset);
        if (task != null) {
            items.addAll(obligationItems(task));
        } else if (sel.getLength() > 0 && shown.obligations().stream()
                .noneMatch(o -> o.start() < sel.getEnd() && sel.getStart() < o.end())) {
            Menu add = new Menu(i18n.get("correct.menu.add"));
            add.setId(ADD_ID);
            for (Strength s : STRENGTHS) {
                MenuItem item = new MenuItem(i18n.get("strength." + s.id()));
                item.setId(ADD_ID + "-" + s.id());
                item.setOnAction(e -> addObligation(sel.getStart(), sel.getEnd(), s));
                add.getItems().add(item);
            }
            items.add(add);
        }
        SectorMention term = sectorAt(shown, offset);
        if (term != null) {
            if (!items.isEmpty()) {
                items.add(new SeparatorMenuItem());
            }
            String name = Labels.sector(reader.sectors(), i18n, term.sector());
            MenuItem none = new MenuItem(i18n.get("correct.menu.notSector", name));
            none.setId(NOT_SECTOR_ID);
            none.setOnAction(e -> dismissSector(term));
            Menu relabel = sectorMenu(i18n.get("correct.menu.relabel"), RELABEL_ID, term.sector(),
                    id -> setSector(term.start(), term.end(), id));
            items.addAll(List.of(none, relabel));
        }
        if (sel.getLength() > 0 && (term == null || sel.getStart() != term.start() || sel.getEnd() != term.end())) {
            if (!items.isEmpty() && !(items.get(items.size() - 1) instanceof Menu m && RELABEL_ID.equals(m.getId()))) {
                items.add(new SeparatorMenuItem());
            }
            items.add(sectorMenu(i18n.get("correct.menu.markSector"), MARK_SECTOR_ID, null,
                    id -> setSector(sel.getStart(), sel.getEnd(), id)));
        }
        return items;
    }

    private List<MenuItem> obligationItems(Obligation task) {
        MenuItem dismiss = new MenuItem(i18n.get("correct.menu.dismiss"));
        dismiss.setId(DISMISS_ID);
        dismiss.setOnAction(e -> dismissObligation(task));
        Menu strength = new Menu(i18n.get("correct.menu.strength"));
        strength.setId(STRENGTH_ID);
        ToggleGroup group = new ToggleGroup();
        for (Strength s : STRENGTHS) {
            RadioMenuItem item = new RadioMenuItem(i18n.get("strength." + s.id()));
            item.setId(STRENGTH_ID + "-" + s.id());
            item.setToggleGroup(group);
            item.setSelected(task.strength() == s);
            item.setOnAction(e -> setStrength(task, s));
            strength.getItems().add(item);
        }
        MenuItem actor = new MenuItem(i18n.get("correct.menu.actor"));
        actor.setId(ACTOR_ID);
        actor.setOnAction(e -> editActor(task));
        MenuItem deadline = new MenuItem(i18n.get("correct.menu.deadline"));
        deadline.setId(DEADLINE_ID);
        deadline.setOnAction(e -> editDeadline(task));
        return List.of(dismiss, strength, actor, deadline);
    }

    /** Every sector of the catalogue (the user's included), the current one ticked. */
    private Menu sectorMenu(String text, String id, String current, Consumer<String> choose) {
        Menu menu = new Menu(text);
        menu.setId(id);
        SectorCatalog catalog = reader.sectors();
        for (SectorCatalog.Sector s : catalog.sectors()) {
            RadioMenuItem item = new RadioMenuItem(s.name(i18n.locale()));
            item.setId(id + "-" + s.id());
            item.setSelected(s.id().equals(current));
            item.setOnAction(e -> choose.accept(s.id()));
            menu.getItems().add(item);
        }
        return menu;
    }

    private static Obligation obligationAt(Analysis a, int offset) {
        return a.obligations().stream().filter(o -> o.start() <= offset && offset < o.end()).findFirst().orElse(null);
    }

    private static SectorMention sectorAt(Analysis a, int offset) {
        return a.sectors().stream().filter(m -> m.start() <= offset && offset < m.end()).findFirst().orElse(null);
    }

    // ---- the actions -----------------------------------------------------------------------------

    public boolean dismissObligation(Obligation task) {
        return correct(CorrectionKind.DISMISS_OBLIGATION, task.start(), task.end(), null);
    }

    public boolean setStrength(Obligation task, Strength strength) {
        return task.strength() != strength && correct(CorrectionKind.SET_STRENGTH, task.start(), task.end(), strength.id());
    }

    public boolean addObligation(int start, int end, Strength strength) {
        return correct(CorrectionKind.ADD_OBLIGATION, start, end, strength.id());
    }

    /** 不是该行业: here only, or (the user's choice) the word names no sector in any speech. */
    public boolean dismissSector(SectorMention term) {
        String words = words(term.start(), term.end());
        return everywhere.apply(words).map(all -> all
                ? words(() -> annotator.setUserTermAt(speechId.getAsLong(), term.start(), term.end(), null))
                : correct(CorrectionKind.DISMISS_SECTOR, term.start(), term.end(), null)).orElse(false);
    }

    /** 改为 / 标为行业: here only, or (the user's choice) the word names the sector in every speech. */
    public boolean setSector(int start, int end, String sectorId) {
        String words = words(start, end);
        return everywhere.apply(words).map(all -> all
                ? words(() -> annotator.setUserTermAt(speechId.getAsLong(), start, end, sectorId))
                : correct(CorrectionKind.SET_SECTOR, start, end, sectorId)).orElse(false);
    }

    private String words(int start, int end) {
        return reader.area().getText(start, Math.min(end, reader.area().getLength()));
    }

    /** A change of the user's word list: the engine reads the speech again (the kept analysis is outdated). */
    private boolean words(Action action) {
        boolean done = run(action, () -> { });
        if (done) {
            wordsChanged.run();
        }
        return done;
    }

    /** The × on a dashed level chip: the suggestion goes, and stays gone. */
    public boolean rejectLevel(int paragraph, Level level) {
        return run(() -> annotator.rejectLevel(speechId.getAsLong(), paragraph, level.id()));
    }

    /** 责任主体…: the dialog, prefilled; the speech's other duty bearers offered. False when cancelled or unchanged. */
    public boolean editActor(Obligation task) {
        return edit(task, CorrectionKind.SET_ACTOR, task.actor(), "correct.dialog.actor",
                reader.analysis().obligations().stream().map(Obligation::actor).toList());
    }

    /** 完成时限…: the same for the deadline. */
    public boolean editDeadline(Obligation task) {
        return edit(task, CorrectionKind.SET_DEADLINE, task.deadline(), "correct.dialog.deadline",
                reader.analysis().obligations().stream().map(Obligation::deadline).toList());
    }

    private boolean edit(Obligation task, CorrectionKind kind, String current, String titleKey, List<String> offered) {
        String quote = reader.area().getText(task.start(), Math.min(task.end(), reader.area().getLength()));
        return BearerDialog.show(i18n, owner, i18n.get(titleKey), quote, current,
                        offered.stream().filter(Objects::nonNull).distinct().sorted().toList())
                .filter(a -> !Objects.equals(a.value(), current))
                .map(a -> correct(kind, task.start(), task.end(), a.value()))
                .orElse(false);
    }

    private boolean correct(CorrectionKind kind, int start, int end, String value) {
        return run(() -> annotator.correct(speechId.getAsLong(), kind, start, end, value));
    }

    private boolean run(Action action) {
        return run(action, changed);
    }

    @FunctionalInterface
    private interface Action {
        Object run() throws AnnotationException;
    }

    /** Runs one correction; the reason in the status bar when refused, a dialog when it could not be saved. */
    private boolean run(Action action, Runnable after) {
        if (speechId.getAsLong() < 0) {
            return false;
        }
        try {
            action.run();
            annotator.nextUndo().ifPresent(d -> status.accept(i18n.get(d.key(), d.argArray())));
            after.run();
            return true;
        } catch (AnnotationException e) {
            status.accept(e.localized(i18n));
        } catch (UserFailure e) {
            error.accept(i18n.get("store.failed"), e.localized(i18n));
        }
        return false;
    }
}
