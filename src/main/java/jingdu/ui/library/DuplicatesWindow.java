package jingdu.ui.library;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongConsumer;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import jingdu.app.Failures;
import jingdu.app.library.Duplicates;
import jingdu.i18n.I18n;
import jingdu.i18n.LocalizedException;
import jingdu.i18n.UserFailure;
import jingdu.ui.DialogWindows;

/**
 * 查找重复: the library's near-identical speeches in groups. In each group the user picks the speech to keep
 * (suggested: the one with most annotations, else the oldest), may leave a speech out of the merge, and merges:
 * the others' tags, notes and corrections go onto the one kept where their text is, the others to the trash,
 * as one step the main window's undo takes back. The search runs off the FX thread.
 */
public final class DuplicatesWindow {

    public static final String ROOT_ID = "duplicates-window";
    public static final String STATUS_ID = "duplicates-status";
    public static final String GROUPS_ID = "duplicates-groups";
    public static final String REFRESH_ID = "duplicates-refresh";
    /** Followed by the group's place in the list, from 0. */
    public static final String MERGE_PREFIX = "duplicates-merge-";
    /** Followed by the speech id. */
    public static final String KEEP_PREFIX = "duplicates-keep-";
    /** Followed by the speech id. */
    public static final String INCLUDE_PREFIX = "duplicates-include-";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final Duplicates duplicates;
    private final I18n i18n;
    private final LongConsumer open;
    private final LongConsumer merged;
    private final Stage stage = new Stage();
    private final Label status = new Label();
    private final VBox groups = new VBox(12);
    private final Button refresh = new Button();
    private long generation;
    private List<Duplicates.Group> shown = List.of();

    /**
     * {@code open} shows a speech in the main window; {@code merged} hears the kept speech's id after each merge
     * (the library list and the open speech change).
     */
    public DuplicatesWindow(Duplicates duplicates, I18n i18n, Window owner, LongConsumer open, LongConsumer merged) {
        this.duplicates = duplicates;
        this.i18n = i18n;
        this.open = open;
        this.merged = merged;
        stage.setTitle(i18n.get("duplicates.title"));
        status.setId(STATUS_ID);
        status.setWrapText(true);
        groups.setId(GROUPS_ID);
        groups.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(groups);
        scroll.setFitToWidth(true);
        refresh.setText(i18n.get("duplicates.refresh"));
        refresh.setId(REFRESH_ID);
        refresh.setOnAction(e -> search());
        Button close = new Button(i18n.get("duplicates.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bottom = new HBox(6, refresh, gap, close);
        bottom.getStyleClass().add("corrections-tools");
        HBox top = new HBox(status);
        top.getStyleClass().add("corrections-tools");
        HBox.setHgrow(status, Priority.ALWAYS);
        BorderPane root = new BorderPane(scroll, top, null, bottom, null);
        root.setId(ROOT_ID);
        root.getStyleClass().add("duplicates-window");
        Scene scene = new Scene(root, 760, 480);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        DialogWindows.dress(stage, scene, root, owner, false);
        stage.setScene(scene);
    }

    /** Shows the window and looks for duplicates; when it is open already, brings it to the front (重新查找 searches again). */
    public void show() {
        boolean showing = stage.isShowing();
        stage.show();
        stage.toFront();
        if (!showing) {
            search();
        }
    }

    public Stage stage() {
        return stage;
    }

    /** The groups shown now. */
    public List<Duplicates.Group> groups() {
        return shown;
    }

    /** Looks for near-identical speeches on a thread of its own; the newest search wins. */
    public CompletableFuture<List<Duplicates.Group>> search() {
        long g = ++generation;
        status.setText(i18n.get("duplicates.searching"));
        refresh.setDisable(true);
        groups.setDisable(true); // what is listed may be stale until the search is done
        return CompletableFuture.supplyAsync(() -> duplicates.find(() -> g != generation), DuplicatesWindow::thread)
                .whenComplete((found, failure) -> Platform.runLater(() -> {
                    if (g != generation) {
                        return;
                    }
                    refresh.setDisable(false);
                    groups.setDisable(false);
                    if (failure != null) {
                        status.setText(Failures.describe(failure, i18n));
                        return;
                    }
                    fill(found);
                }));
    }

    private static void thread(Runnable r) {
        Thread t = new Thread(r, "jingdu-duplicates");
        t.setDaemon(true);
        t.start();
    }

    private void fill(List<Duplicates.Group> found) {
        shown = List.copyOf(found);
        groups.getChildren().clear();
        status.setText(found.isEmpty() ? i18n.get("duplicates.none") : i18n.get("duplicates.found", found.size()));
        for (int i = 0; i < found.size(); i++) {
            groups.getChildren().add(group(i, found.get(i)));
        }
    }

    private VBox group(int index, Duplicates.Group group) {
        Label header = new Label(i18n.get("duplicates.group", index + 1, group.members().size()));
        header.getStyleClass().add("library-title");
        VBox box = new VBox(6, header);
        box.getStyleClass().add("duplicates-group");
        ToggleGroup keep = new ToggleGroup();
        List<CheckBox> includes = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (Duplicates.Member m : group.members()) {
            RadioButton kept = new RadioButton(i18n.get("duplicates.keep"));
            kept.setId(KEEP_PREFIX + m.id());
            kept.setToggleGroup(keep);
            kept.setUserData(m.id());
            CheckBox include = new CheckBox(i18n.get("duplicates.include"));
            include.setId(INCLUDE_PREFIX + m.id());
            include.setSelected(true);
            include.disableProperty().bind(kept.selectedProperty());
            includes.add(include);
            ids.add(m.id());
            Label title = new Label(m.title());
            title.getStyleClass().add("library-title");
            Label meta = new Label(i18n.get("duplicates.member", m.sourceName() == null ? "—" : m.sourceName(),
                    TIME.format(m.importedAt()), m.annotations(), (int) Math.floor(m.similarity() * 100)));
            meta.getStyleClass().add("library-meta");
            meta.setWrapText(true);
            VBox text = new VBox(2, title, meta);
            HBox.setHgrow(text, Priority.ALWAYS);
            String where = m.sourcePath() != null ? m.sourcePath() : m.sourceName();
            if (where != null) {
                Tooltip.install(text, new Tooltip(where));
            }
            Hyperlink show = new Hyperlink(i18n.get("duplicates.open"));
            show.setOnAction(e -> open.accept(m.id()));
            HBox row = new HBox(8, kept, include, text, show);
            row.setAlignment(Pos.CENTER_LEFT);
            box.getChildren().add(row);
            if (m.id() == group.suggestedKeep()) {
                kept.setSelected(true);
            }
        }
        Button merge = new Button(i18n.get("duplicates.merge"));
        merge.setId(MERGE_PREFIX + index);
        merge.setOnAction(e -> {
            long kept = (Long) keep.getSelectedToggle().getUserData();
            List<Long> others = new ArrayList<>();
            for (int k = 0; k < ids.size(); k++) {
                if (ids.get(k) != kept && includes.get(k).isSelected()) {
                    others.add(ids.get(k));
                }
            }
            merge(box, kept, others);
        });
        HBox actions = new HBox(merge);
        actions.setAlignment(Pos.CENTER_RIGHT);
        box.getChildren().add(actions);
        return box;
    }

    private void merge(VBox box, long keep, List<Long> others) {
        try {
            Duplicates.Merged m = duplicates.merge(keep, others);
            groups.getChildren().remove(box);
            status.setText(i18n.get("duplicates.merged", m.keptTitle(), m.trashed().size(), m.moved(), m.alreadyThere(),
                    m.notPlaced()) + " " + i18n.get("duplicates.undoHint"));
            merged.accept(keep);
        } catch (LocalizedException e) {
            status.setText(e.localized(i18n));
        } catch (UserFailure e) {
            status.setText(e.localized(i18n));
        }
    }
}
